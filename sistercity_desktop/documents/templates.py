"""Letter templates: the words per language, read from resources/letters/<lang>.json."""

from __future__ import annotations

import json
import string
from functools import cache
from importlib import resources
from typing import Any

from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES


class TemplateError(ValueError):
    """A template file is missing or broken (a translator's mistake, reported plainly)."""


@cache
def letter_template(language: str) -> dict[str, Any]:
    """The template file of a document language."""
    if language not in DOCUMENT_LANGUAGES:
        raise TemplateError(f"Letters are not available in {language!r}; choose one of "
                            f"{', '.join(DOCUMENT_LANGUAGES)}.")
    path = resources.files("sistercity_desktop.resources") / "letters" / f"{language}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise TemplateError(f"The {language} letter template cannot be read: {exc}") from None


def fill(text: str, values: dict[str, str]) -> str:
    """Fill $placeholders; an unknown one is left visible rather than crashing."""
    return string.Template(text).safe_substitute(values)
