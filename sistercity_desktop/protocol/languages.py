"""Countries and languages from CLDR (through Babel), in any display language."""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages, get_territory_language_info

# The languages documents are written in (letters issue); BCP 47 codes.
DOCUMENT_LANGUAGES = ("en", "es", "fr", "de", "it", "pt", "ja", "zh-Hans", "ko", "ru")


def _locale(display: str) -> Locale:
    try:
        return Locale.parse(display.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale("en")


@cache
def countries(display: str = "en") -> tuple[tuple[str, str], ...]:
    """(ISO code, name) for every country CLDR knows, sorted by name."""
    names = _locale(display).territories
    pairs = [
        (code, name) for code, name in names.items()
        if len(code) == 2 and code.isalpha() and code not in {"ZZ", "EU", "EZ", "UN", "QO", "XA",
                                                                 "XB"}
    ]
    return tuple(sorted(pairs, key=lambda pair: pair[1].casefold()))


def country_name(code: str, display: str = "en") -> str:
    return _locale(display).territories.get(code.upper(), code)


def language_name(code: str, display: str = "en") -> str:
    """A BCP 47 code's name in the display language, e.g. 'ja' -> 'Japanese'."""
    if not code:
        return ""
    try:
        return Locale.parse(code.replace("-", "_")).get_display_name(_locale(display)) or code
    except (ValueError, UnknownLocaleError):
        return code


def suggest_language(country: str) -> str:
    """The partner's likely document language: the country's main official language."""
    code = country.upper()
    official = get_official_languages(code, de_facto=True)
    if official:
        code = official[0].replace("_", "-")
        return "zh-Hans" if code == "zh" else code
    info = get_territory_language_info(code)
    if info:
        best = max(info.items(), key=lambda item: item[1].get("population_percent", 0))
        return best[0].replace("_", "-")
    return "en"


def language_choices(display: str = "en", extra: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(code, name) for the document languages plus any extra codes, by name."""
    codes = list(dict.fromkeys((*DOCUMENT_LANGUAGES, *[c for c in extra if c])))
    return sorted(((c, language_name(c, display)) for c in codes), key=lambda x: x[1].casefold())
