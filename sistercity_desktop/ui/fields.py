"""Editors that save when the user commits them (focus out or Enter).

Each emits `committed(value)` only when the value changed since it was loaded
or last committed, so tabbing through a form writes nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)


class CommitLineEdit(QLineEdit):
    """A single-line field that saves on Enter or focus out."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = self._previous = ""
        self.editingFinished.connect(self._commit)

    def load(self, value: str) -> None:
        self._saved = value
        self.setText(value)

    def revert_to_last_saved(self) -> None:
        """Undo a commit the store refused: show the value saved before it."""
        self.load(self._previous)

    def _commit(self) -> None:
        if self.text() != self._saved:
            self._previous, self._saved = self._saved, self.text()
            self.committed.emit(self.text())


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that saves on focus out or Ctrl+Enter."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved = self._previous = ""
        self.setTabChangesFocus(True)  # Tab moves on; keyboard users are not trapped
        self.setMinimumHeight(70)
        self.setMaximumHeight(130)

    def load(self, value: str) -> None:
        self._saved = value
        self.setPlainText(value)

    def revert_to_last_saved(self) -> None:
        """Undo a commit the store refused: show the value saved before it."""
        self.load(self._previous)

    def commit(self) -> None:
        if self.toPlainText() != self._saved:
            self._previous, self._saved = self._saved, self.toPlainText()
            self.committed.emit(self._saved)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A date that may be empty: typed as YYYY-MM-DD or picked from a calendar."""

    committed = Signal(object)  # date | None
    invalid = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saved: date | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.setMaxLength(10)
        self.edit.editingFinished.connect(self._commit_text)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick a date from a calendar"))
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def load(self, value: date | None) -> None:
        self._saved = value
        self.edit.setText(value.isoformat() if value else "")

    def value(self) -> date | None:
        return self._saved

    def _picked(self, qdate: QDate) -> None:
        self.button.menu().hide()
        self.edit.setText(qdate.toString("yyyy-MM-dd"))
        self._commit_text()

    def _commit_text(self) -> None:
        text = self.edit.text().strip()
        try:
            value = date.fromisoformat(text) if text else None
        except ValueError:
            self.invalid.emit(self.tr("“{0}” is not a date. Type it as YYYY-MM-DD, e.g. "
                                      "2026-03-14.").format(text))
            self.load(self._saved)
            return
        if value != self._saved:
            self._saved = value
            self.committed.emit(value)
        self.load(value)


class ChoiceField(QComboBox):
    """A fixed list of choices; saves as soon as one is picked."""

    committed = Signal(str)

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, label in choices:
            self.addItem(label, value)
        self.activated.connect(lambda _index: self.committed.emit(self.currentData()))

    def load(self, value: str) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))
