"""Sentences computed below `ui/` that the window shows in the interface language.

Services, process rules and protocol data have no Qt, yet their messages (errors, health
reasons, research facts, gift cautions) must reach a Japanese or French window translated.
`translate()` has the signature of `QCoreApplication.translate`, so `pyside6-lupdate` finds
these strings like any `tr()`; it returns a `Text`: a plain English `str` (what the CLI, logs
and tests see) that also remembers its source, plural count and values, which
`ui.i18n.localize()` turns into the interface language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

_PLURAL = re.compile(r"\((s|es)\)")


class Text(str):
    """English text plus what is needed to say it in another language."""

    context: str
    source: str
    disambiguation: str | None
    n: int
    values: dict[str, Any]

    def __new__(cls, context: str, source: str, disambiguation: str | None = None,
                n: int = -1, values: dict[str, Any] | None = None,
                english: str | None = None) -> Text:
        values = dict(values or {})
        if english is None:
            english = _english(source, n).format(**{k: _plain(v) for k, v in values.items()}) \
                if values else _english(source, n)
        self = super().__new__(cls, english)
        self.context, self.source, self.disambiguation = context, source, disambiguation
        self.n, self.values = n, values
        return self

    def format(self, *args: object, **values: Any) -> Text:  # noqa: D102 (str.format)
        if args:
            raise TypeError("Text.format takes named values only")
        return Text(self.context, self.source, self.disambiguation, self.n,
                    self.values | values)

    def __reduce__(self) -> tuple:  # pickling/copying keeps the translation data
        return (Text, (self.context, self.source, self.disambiguation, self.n, self.values,
                       str(self)))


class LanguageName(str):
    """A language's English name that the window shows in the interface language."""

    code: str

    def __new__(cls, code: str, english: str) -> LanguageName:
        self = super().__new__(cls, english)
        self.code = code
        return self

    def __reduce__(self) -> tuple:
        return (LanguageName, (self.code, str(self)))


class Number(str):
    """A number written "1,234.5" in English and with the interface locale's marks on screen."""

    value: float
    digits: int

    def __new__(cls, value: float, digits: int = 0) -> Number:
        self = super().__new__(cls, f"{value:,.{digits}f}")
        self.value, self.digits = value, digits
        return self

    def __reduce__(self) -> tuple:
        return (Number, (self.value, self.digits))


def translate(context: str, source: str, disambiguation: str | None = None,
              n: int = -1) -> Text:
    """Mark `source` for translation (lupdate reads these calls) and return it as Text.

    `%n` stands for `n`; in English "(s)" after a word becomes "s" unless n == 1.
    Named `{values}` are filled with `.format(name=value)`.
    """
    return Text(context, source, disambiguation, n)


def word(context: str, source: str, english: str | None = None) -> Text:
    """A vocabulary word (a tag, a kind) whose translation the window declares elsewhere.

    lupdate cannot read a computed string, so the ui module that shows the vocabulary lists
    each word with QT_TRANSLATE_NOOP in the same context. `english` is how the word reads in
    English text when that differs from the catalogue's source (e.g. lower case in a list).
    """
    return Text(context, source, english=english)


def listing(items: Iterable[object]) -> tuple[object, ...]:
    """A list value for `.format()`: "a, b, c" in English, the locale's own list elsewhere."""
    return tuple(items)


def joined(items: Iterable[object]) -> Text:
    """A list as one Text: "a, b, c" in English, the locale's own list in the window."""
    return Text("", "{items}", values={"items": tuple(items)})


def _english(source: str, n: int) -> str:
    if n < 0:
        return source
    return _PLURAL.sub("" if n == 1 else r"\1", source.replace("%n", str(n)))


def _plain(value: Any) -> Any:
    """How a value reads in the English text (dates as ISO, like the CLI prints them)."""
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return ", ".join(str(_plain(item)) for item in value)
    return value
