"""Bundled data shipped with the app (fonts, templates, presets)."""
