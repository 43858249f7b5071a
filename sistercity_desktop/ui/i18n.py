"""The interface language: Qt translators, the user's choice, pseudo-localisation.

Independent of the document languages: a German committee can work in a German
window and still write a Japanese/English agreement.
"""

from __future__ import annotations

import functools
import json
import re
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sistercity_desktop.process.steps import set_default_language
from sistercity_desktop.text import LanguageName, Number, Text

if TYPE_CHECKING:
    from babel import Locale
# Babel is imported where dates, lists and names are formatted, not here: the window's
# first paint (which installs the language) needs none of it.

# Interface languages: Qt locale name -> name in that language.
INTERFACE_LANGUAGES = {
    "en": "English", "es": "Español", "fr": "Français", "de": "Deutsch", "ja": "日本語",
    "zh_CN": "中文（简体）",
}
PSEUDO = "pseudo"
PREFERENCES = "preferences.json"
_installed: list[QTranslator] = []
_current = ["en"]


def preferences(folder: Path) -> dict:
    try:
        return json.loads((folder / PREFERENCES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or damaged preferences: defaults, never a crash


def save_preference(folder: Path, key: str, value: str) -> None:
    from sistercity_desktop.files import atomic_write_text

    data = preferences(folder) | {key: value}
    atomic_write_text(folder / PREFERENCES, json.dumps(data, ensure_ascii=False, indent=2))


def system_language() -> str:
    name = QLocale.system().name()  # e.g. "fr_FR", "zh_CN"
    if name in INTERFACE_LANGUAGES:
        return name
    return name.split("_")[0] if name.split("_")[0] in INTERFACE_LANGUAGES else "en"


def resolve(cli_choice: str | None, folder: Path | None) -> str:
    """--lang, else the saved preference, else the system's language, else English."""
    for choice in (cli_choice, (preferences(folder) if folder else {}).get("language")):
        if choice and (choice in INTERFACE_LANGUAGES or choice == PSEUDO):
            return choice
    return system_language()


class PseudoTranslator(QTranslator):
    """Longer strings with markers: shows text that escapes tr() and labels that clip."""

    ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "àéîõüÀÉÎÕÜçñýÇÑÝ")

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:  # noqa: ARG002 (Qt signature)
        if not source:
            return source
        # Keep placeholders ({0}, %n, &mnemonics) working while stretching the text by ~40%.
        parts = re.split(r"(\{[^}]*\}|%n|%\d|&&|&)", source)
        stretched = "".join(p if re.fullmatch(r"\{[^}]*\}|%n|%\d|&&|&", p or "-")
                            else p.translate(self.ACCENTS) for p in parts)
        padding = "·" * max(2, len(source) * 2 // 5)
        return f"⟦{stretched}{padding}⟧"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return False


def install(language: str) -> str:
    """Install the translators for `language` on the running application."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == PSEUDO:
        translator = PseudoTranslator()
        app.installTranslator(translator)
        _installed.append(translator)
        _current[0] = PSEUDO
        set_default_language("en")
        return PSEUDO
    folder = resources.files("sistercity_desktop.resources") / "translations"
    ours = QTranslator()
    # English has a catalogue too: it carries the plural forms of "%n" strings.
    with resources.as_file(folder / f"sistercity_{language}.qm") as path:
        if path.exists() and ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
    if language != "en":
        qt = QTranslator()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_folder):  # Qt's own dialogs and buttons
            app.installTranslator(qt)
            _installed.append(qt)
    _current[0] = language
    set_default_language({"zh_CN": "zh-Hans"}.get(language, language))
    return language


def current() -> str:
    return _current[0]


def document_language() -> str:
    """The document language that matches the interface (for template words on screen)."""
    return {"zh_CN": "zh-Hans", PSEUDO: "en"}.get(current(), current())


def babel_locale() -> Locale:
    """The interface language as a Babel locale, for dates and numbers in the window."""
    return _babel_locale(current())


@functools.cache
def _babel_locale(language: str) -> Locale:
    # Parsed once per language: lists call this for every cell they format.
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse("en" if language == PSEUDO else language)
    except (ValueError, UnknownLocaleError):
        return Locale("en")


def format_day(day: date | None, empty: str = "") -> str:
    """A date shown in the window, in the interface language's medium format."""
    if day is None:
        return empty
    from babel.dates import format_date

    return format_date(day, "medium", locale=babel_locale())


def localize(value: object) -> str:
    """A message from below ui/ (an error, a health reason, a fact) in the interface language.

    `Text` values are translated in their own context and their named values localised in
    turn (dates in the medium format, nested Text translated); anything else reads as str.
    """
    if isinstance(value, BaseException):
        value = value.args[0] if len(value.args) == 1 else str(value)
    if isinstance(value, date):
        return format_day(value)
    if isinstance(value, tuple | list):
        return _format_list([localize(item) for item in value])
    if isinstance(value, Number):
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * value.digits if value.digits else "")
        return format_decimal(value.value, format=pattern, locale=babel_locale())
    if isinstance(value, LanguageName):
        from sistercity_desktop.protocol.languages import language_name

        return language_name(value.code, str(babel_locale())) or str(value)
    if not isinstance(value, Text):
        return str(value)
    source = QCoreApplication.translate(value.context, value.source, value.disambiguation,
                                        value.n)
    if value.n >= 0:
        source = source.replace("%n", str(value.n))
        if source == value.source.replace("%n", str(value.n)):  # no catalogue entry
            source = str(Text(value.context, value.source, None, value.n))
    if not value.values:
        return source
    try:
        return source.format(**{k: localize(v) for k, v in value.values.items()})
    except (KeyError, IndexError, ValueError):
        return str(value)  # a translation with a broken placeholder: English beats a crash


def _format_list(items: list[str]) -> str:
    if not items:
        return ""
    from babel.lists import format_list

    for style in ("standard-narrow", "standard"):
        try:
            return format_list(items, style=style, locale=babel_locale())
        except KeyError:  # a locale without this list style in CLDR
            continue
    return ", ".join(items)
