"""Letters on a step page: choose kind and languages, edit the wording, preview and print."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES, language_name
from sistercity_desktop.services import letters
from sistercity_desktop.services.documents import default_languages, file_name
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.fields import CommitLineEdit, CommitTextEdit
from sistercity_desktop.ui.i18n import localize
from sistercity_desktop.ui.pdf_preview import PdfPreview
from sistercity_desktop.ui.worker import run_in_background

# The English names of letters.KIND_NAMES, for lupdate; shown through kind_name().
KIND_WORDS = {
    "introduction": QT_TRANSLATE_NOOP("documents", "Letter of introduction"),
    "delegation_invitation": QT_TRANSLATE_NOOP("documents", "Invitation for a delegation visit"),
    "national_body": QT_TRANSLATE_NOOP("documents", "Letter to the national sister cities body"),
}


def kind_name(kind: str) -> str:
    """A kind of letter in the interface language (the service's English name as source)."""
    english = letters.KIND_NAMES.get(kind) or KIND_WORDS.get(kind, kind)
    return QCoreApplication.translate("documents", english)


def display_locale() -> str:
    """The interface language as a Babel locale name, for language names from CLDR."""
    return str(i18n.babel_locale())


class DraftEditor(QWidget):
    """The wording of one language version; every field saves when left."""

    failed = Signal(str)

    def __init__(self, store: Store, pid: str, draft: letters.Draft) -> None:
        super().__init__()
        self.store, self.pid, self.draft = store, pid, draft
        form = QFormLayout(self)
        self.recipient = CommitTextEdit()
        self.recipient.setMaximumHeight(90)
        self.subject = CommitLineEdit()
        self.salutation = CommitLineEdit()
        self.opening = CommitLineEdit()
        self.body = CommitTextEdit()
        self.body.setMaximumHeight(16777215)
        self.body.setMinimumHeight(260)
        self.closing = CommitTextEdit()
        self.closing.setMaximumHeight(60)
        self.closing.setMinimumHeight(40)
        rows = ((self.tr("Address:"), self.tr("Address"), self.recipient),
                (self.tr("Subject:"), self.tr("Subject"), self.subject),
                (self.tr("Salutation:"), self.tr("Salutation"), self.salutation),
                (self.tr("Opening:"), self.tr("Opening"), self.opening),
                (self.tr("Paragraphs:"), self.tr("Paragraphs"), self.body),
                (self.tr("Closing:"), self.tr("Closing"), self.closing))
        for label, name, editor in rows:
            named(editor, name)
            editor.committed.connect(self._save)
            form.addRow(label, editor)
        form.addRow(wrapped(self.tr("Separate paragraphs with an empty line. Changes are kept; "
                                    "“Use the proposed wording” brings back the app's text.")))
        self.load(draft)

    def load(self, draft: letters.Draft) -> None:
        self.draft = draft
        self.recipient.load("\n".join(draft.recipient))
        self.subject.load(draft.subject)
        self.salutation.load(draft.salutation)
        self.opening.load(draft.opening)
        self.opening.setEnabled(bool(draft.opening) or draft.language == "ja")
        self.body.load("\n\n".join(draft.paragraphs))
        self.closing.load(draft.closing)

    def current(self) -> letters.Draft:
        paragraphs = [x.strip() for x in self.body.toPlainText().split("\n\n") if x.strip()]
        return replace(
            self.draft, recipient=tuple(self.recipient.toPlainText().splitlines()),
            subject=self.subject.text(), salutation=self.salutation.text(),
            opening=self.opening.text(), paragraphs=tuple(paragraphs),
            closing=self.closing.toPlainText(),
        )

    def _save(self, _value: object = None) -> None:
        try:
            letters.save_draft(self.store, self.pid, self.current())
        except UserError as exc:
            self.failed.emit(localize(exc))
            self.load(letters.draft(self.store, self.pid, self.draft.kind, self.draft.language))


class LetterPanel(QGroupBox):
    """Write, preview, print and record letters for one partnership."""

    failed = Signal(str)
    changed = Signal()

    def __init__(self, store: Store, pid: str, default_kind: str = "introduction",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Letters"))
        self.store, self.pid = store, pid
        self.preview: PdfPreview | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "The letter is written in the partner's language, following its protocol, with a "
            "courtesy copy in yours. Check the proposed wording, adjust it, then preview and "
            "print.")))
        choices = QFormLayout()
        self.kind = named(QComboBox(), self.tr("Kind of letter"))
        for kind in letters.KIND_NAMES:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(default_kind), 0))
        self.language = named(QComboBox(), self.tr("Letter language"))
        self.second = named(QComboBox(), self.tr("Courtesy copy language"))
        self.second.addItem(self.tr("No courtesy copy"), "")
        display = display_locale()
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem(f"{language_name(code, display)} ({code})", code)
            self.second.addItem(f"{language_name(code, display)} ({code})", code)
        self.separate = named(QRadioButton(self.tr("Two letters")),
                              self.tr("Courtesy copy as a second letter"))
        self.parallel = named(QRadioButton(self.tr("Parallel columns")),
                              self.tr("Courtesy copy in a column"))
        self.separate.setChecked(True)
        self.page_size = named(QComboBox(), self.tr("Paper size"))
        self.page_size.addItem("A4", "A4")  # an ISO name, the same in every language
        self.page_size.addItem(self.tr("US Letter"), "LETTER")
        layout_row = QHBoxLayout()
        layout_row.addWidget(self.separate)
        layout_row.addWidget(self.parallel)
        layout_row.addStretch(1)
        choices.addRow(self.tr("&Kind:"), self.kind)
        choices.addRow(self.tr("&Language:"), self.language)
        choices.addRow(self.tr("&Courtesy copy:"), self.second)
        choices.addRow(self.tr("Layout:"), layout_row)
        choices.addRow(self.tr("Paper:"), self.page_size)
        layout.addLayout(choices)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Letter wording by language"))
        layout.addWidget(self.tabs)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.reset = QPushButton(self.tr("Use the proposed &wording"))
        self.reset.clicked.connect(self.reset_wording)
        self.preview_button = QPushButton(self.tr("&Preview and print…"))
        self.preview_button.clicked.connect(self.make_preview)
        self.sent = QPushButton(self.tr("Mark as &sent today"))
        self.sent.clicked.connect(self.mark_sent)
        for button in (self.reset, self.preview_button, self.sent):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language.currentIndexChanged.connect(self.reload)
        self.second.currentIndexChanged.connect(self.reload)
        self._kind_changed()

    def _kind_changed(self) -> None:
        main, courtesy = default_languages(self.store, self.pid, self.kind.currentData())
        for combo, code in ((self.language, main), (self.second, courtesy)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(code), 0))
            combo.blockSignals(False)
        self.reload()

    def languages(self) -> list[str]:
        main, second = self.language.currentData(), self.second.currentData()
        return [main] + ([second] if second and second != main else [])

    def reload(self) -> None:
        self.tabs.clear()
        self.status.clear()
        for code in self.languages():
            try:
                draft = letters.draft(self.store, self.pid, self.kind.currentData(), code)
            except UserError as exc:
                self.status.setText(localize(exc))
                self.preview_button.setEnabled(False)
                return
            editor = DraftEditor(self.store, self.pid, draft)
            editor.failed.connect(self.failed)
            name = language_name(code, display_locale())
            self.tabs.addTab(editor, self.tr("{0} (edited)").format(name) if draft.edited
                             else name)
        self.preview_button.setEnabled(True)

    def _commit_editing(self) -> None:
        focused = QGuiApplication.focusObject()
        if isinstance(focused, QWidget | QLineEdit):
            focused.clearFocus()

    def reset_wording(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Use the proposed wording"),
            self.tr("Replace your edits of this letter with the wording the app proposes?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        for code in self.languages():
            letters.reset_draft(self.store, self.pid, self.kind.currentData(), code)
        self.reload()

    def make_preview(self) -> None:
        self._commit_editing()
        kind, langs = self.kind.currentData(), self.languages()
        layout = "parallel" if self.parallel.isChecked() else "separate"
        page_size = self.page_size.currentData()
        store, pid = self.store, self.pid
        self.preview_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the PDF…"))

        def work() -> bytes:
            return letters.render(store, pid, kind, langs[0], langs[1] if len(langs) > 1 else "",
                                  layout, page_size)

        def done(pdf: bytes) -> None:
            self._finished()
            self.status.setText("")
            name = file_name(store, pid, kind, langs)
            self.preview = PdfPreview(pdf, name, self)
            self.preview.open()

        run_in_background(work, done, self._failed, owner=self)

    def _failed(self, text: str) -> None:
        self._finished()
        self.status.setText(text)
        self.failed.emit(text)

    def _finished(self) -> None:
        self.preview_button.setEnabled(True)

    def mark_sent(self) -> None:
        try:
            letters.record_sent(self.store, self.pid, self.kind.currentData(), self.languages())
        except UserError as exc:
            self.failed.emit(localize(exc))
            return
        self.status.setText(self.tr("Recorded in the correspondence."))
        self.changed.emit()
