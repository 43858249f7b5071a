"""Words shown for stored vocabulary values.

The tables keep the English words (marked for lupdate with QT_TRANSLATE_NOOP) and
translate them each time they are read, in the interface language of that moment:
`labels.KINDS["sister"]`, `labels.KINDS.items()` and `label(labels.KINDS, "sister")`
all give translated words. The keys are the stored values and are never translated.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "labels"


class Words(Mapping[str, str]):
    """Stored value -> English word, read back translated in `context`."""

    def __init__(self, context: str, english: dict[str, str]) -> None:
        self.context = context
        self._english = dict(english)

    def __getitem__(self, value: str) -> str:
        return QCoreApplication.translate(self.context, self._english[value])

    def __iter__(self) -> Iterator[str]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)

    def english(self, value: str) -> str:
        """The untranslated word (for logs and tests)."""
        return self._english[value]

    def __repr__(self) -> str:
        return f"Words({self.context!r}, {self._english!r})"


ROLES = Words(CONTEXT, {
    "mayors_office": QT_TRANSLATE_NOOP("labels", "Mayor's office"),
    "volunteer": QT_TRANSLATE_NOOP("labels", "Volunteer"),
    "council": QT_TRANSLATE_NOOP("labels", "Council"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
})
SIDES = Words(CONTEXT, {
    "ours": QT_TRANSLATE_NOOP("labels", "Our side"),
    "theirs": QT_TRANSLATE_NOOP("labels", "Partner side"),
})
DIRECTIONS = Words(CONTEXT, {
    "outgoing": QT_TRANSLATE_NOOP("labels", "Sent"),
    "incoming": QT_TRANSLATE_NOOP("labels", "Received"),
})
CHANNELS = Words(CONTEXT, {
    "letter": QT_TRANSLATE_NOOP("labels", "Letter"),
    "email": QT_TRANSLATE_NOOP("labels", "Email"),
    "call": QT_TRANSLATE_NOOP("labels", "Phone call"),
    "video_call": QT_TRANSLATE_NOOP("labels", "Video call"),
    "visit": QT_TRANSLATE_NOOP("labels", "Visit"),
    "delegation": QT_TRANSLATE_NOOP("labels", "Delegation"),
})
KINDS = Words(CONTEXT, {
    "sister": QT_TRANSLATE_NOOP("labels", "Sister city"),
    "friendship": QT_TRANSLATE_NOOP("labels", "Friendship city"),
})
NOTE_KINDS = Words(CONTEXT, {
    "note": QT_TRANSLATE_NOOP("labels", "Note"),
    "decision": QT_TRANSLATE_NOOP("labels", "Decision"),
})
STYLES = Words(CONTEXT, {
    "ceremonial": QT_TRANSLATE_NOOP("labels", "Ceremonial"),
    "precise": QT_TRANSLATE_NOOP("labels", "Precise"),
})
TERMS = Words(CONTEXT, {
    "short": QT_TRANSLATE_NOOP("labels", "Short term"),
    "long": QT_TRANSLATE_NOOP("labels", "Long term"),
})
STATUSES = Words(CONTEXT, {
    "planned": QT_TRANSLATE_NOOP("labels", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("labels", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
})


def label(table: Mapping[str, str], value: str) -> str:
    """The word for a stored value, in the interface language.

    `table` is a `Words` table (translated in its own context) or a plain dict whose
    values are English literals marked with QT_TRANSLATE_NOOP("labels", ...).
    Unknown values (data from a newer version) are shown as they are, tidied.
    """
    if isinstance(table, Words):
        return table[value] if value in table else value.replace("_", " ").capitalize()
    english = table.get(value)
    if english is None:
        return value.replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, english)
