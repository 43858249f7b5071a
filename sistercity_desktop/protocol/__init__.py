"""Protocol knowledge: languages, countries, forms of address (pure Python, Babel)."""
