"""Country and language pickers (CLDR names through Babel), type-to-search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from sistercity_desktop.protocol.languages import countries, language_choices


class CountryPicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for code, name in countries():
            self.addItem(f"{name} ({code})", code)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCurrentIndex(0)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt name)
        super().setAccessibleName(name)
        self.lineEdit().setAccessibleName(name)  # the typing field inside the combo

    def code(self) -> str:
        # Typed text must match an entry exactly; otherwise it is no choice.
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(index)) if index > 0 else ""

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(max(self.findData(code.upper()), 0))


class LanguagePicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fill()

    def fill(self, extra: tuple[str, ...] = ()) -> None:
        current = self.code()
        self.clear()
        for code, name in language_choices(extra=extra):
            self.addItem(f"{name} ({code})", code)
        self.set_code(current or "en")

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index < 0 and code:
            self.fill(extra=(code,))
            index = self.findData(code)
        self.setCurrentIndex(max(index, 0))
