"""File › Export packet…: pick documents, write a folder or ZIP, draft an email."""

from __future__ import annotations

from pathlib import Path
from threading import Event

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES, language_name
from sistercity_desktop.services import packets
from sistercity_desktop.sharing.email_draft import Recipient, mailto, too_large
from sistercity_desktop.sharing.packet import Cancelled
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.i18n import localize
from sistercity_desktop.ui.worker import run_in_background


def interface_document_language() -> str:
    """The document language matching the interface language, else English."""
    language = {"zh_CN": "zh-Hans", i18n.PSEUDO: "en"}.get(i18n.current(), i18n.current())
    return language if language in DOCUMENT_LANGUAGES else "en"


class ExportDialog(QDialog):
    def __init__(self, store: Store, pid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.pid = store, pid
        self.packet: Path | None = None
        self.files: list[Path] = []
        self.cancel = Event()
        self.setWindowTitle(self.tr("Export a packet"))
        self.resize(760, 640)
        about = packets.info(store, pid)
        # Document names in the interface language (the packet's own files use the
        # committee's language: that is the service's choice).
        words = packets.texts(interface_document_language())["documents"]
        available = set(packets.available_kinds(store, pid))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "Choose the documents of {0} to share. You get each PDF, one PDF with everything "
            "(with bookmarks), the data and a short README.").format(about.partnership)))
        box = QGroupBox(self.tr("Documents"))
        grid = QGridLayout(box)
        self.boxes: dict[str, QCheckBox] = {}
        for index, kind in enumerate(packets.PACKET_KINDS):
            check = named(QCheckBox(words.get(kind, kind)), words.get(kind, kind))
            check.setChecked(kind in available)
            check.setEnabled(kind in available)
            if kind not in available:
                check.setToolTip(self.tr("Not ready yet for this partnership."))
            grid.addWidget(check, index // 2, index % 2)
            self.boxes[kind] = check
        layout.addWidget(box)
        where = QHBoxLayout()
        self.folder = named(QLineEdit(str(Path.home())), self.tr("Save in folder"))
        browse = QPushButton(self.tr("&Choose folder…"))
        browse.clicked.connect(self._browse)
        self.as_zip = named(QRadioButton(self.tr("One &ZIP file")), self.tr("One ZIP file"))
        self.as_folder = named(QRadioButton(self.tr("A &folder")), self.tr("A folder"))
        self.as_zip.setChecked(True)
        self.page_size = named(QComboBox(), self.tr("Paper size"))
        self.page_size.addItem("A4", "A4")  # an ISO name, the same in every language
        self.page_size.addItem(self.tr("US Letter"), "LETTER")
        where.addWidget(QLabel(self.tr("Save in:")))
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        layout.addLayout(where)
        options = QHBoxLayout()
        for widget in (self.as_zip, self.as_folder, QLabel(self.tr("Paper:")), self.page_size):
            options.addWidget(widget)
        options.addStretch(1)
        layout.addLayout(options)

        mail = QGroupBox(self.tr("Email draft"))
        mail_layout = QVBoxLayout(mail)
        mail_layout.addWidget(wrapped(self.tr(
            "After exporting, make an email draft your mail program opens as a new message "
            "with the files attached (it works offline; send it when you are online).")))
        self.recipients = named(QListWidget(), self.tr("Recipients"))
        self.recipients.setMaximumHeight(110)
        mail.setSizePolicy(mail.sizePolicy().horizontalPolicy(),
                           mail.sizePolicy().verticalPolicy().Maximum)
        for person in packets.contact_recipients(store, pid):
            item = QListWidgetItem(f"{person.name} <{person.email}>")
            item.setData(256, (person.name, person.email))
            item.setCheckState(Qt.CheckState.Unchecked)
            self.recipients.addItem(item)
        mail_layout.addWidget(self.recipients)
        row = QHBoxLayout()
        self.language = named(QComboBox(), self.tr("Email language"))
        display = str(i18n.babel_locale())  # language names in the interface language
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem(language_name(code, display), code)
        self.language.setCurrentIndex(max(self.language.findData(about.language), 0))
        self.email_button = QPushButton(self.tr("Make &email draft"))
        self.email_button.setEnabled(False)
        self.email_button.clicked.connect(self.make_email)
        self.mailto_button = QPushButton(self.tr("Open as &plain email (no attachments)"))
        self.mailto_button.setEnabled(False)
        self.mailto_button.clicked.connect(self.open_mailto)
        for widget in (QLabel(self.tr("Language:")), self.language, self.email_button,
                       self.mailto_button):
            row.addWidget(widget)
        row.addStretch(1)
        mail_layout.addLayout(row)
        layout.addWidget(mail)

        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("E&xport"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.show_button = QPushButton(self.tr("&Show in its folder"))
        self.show_button.setEnabled(False)
        self.show_button.clicked.connect(self.show_in_folder)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        for widget in (self.export_button, self.show_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def chosen_kinds(self) -> list[str]:
        return [k for k, box in self.boxes.items() if box.isChecked() and box.isEnabled()]

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the packet in"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    def export(self) -> None:
        kinds = self.chosen_kinds()
        destination = Path(self.folder.text().strip()).expanduser()
        as_zip, page_size = self.as_zip.isChecked(), self.page_size.currentData()
        store, pid = self.store, self.pid
        self.cancel.clear()
        progress = QProgressDialog(self.tr("Preparing the documents…"), self.tr("Cancel"), 0,
                                   100, self)
        progress.setWindowTitle(self.tr("Export"))
        progress.setMinimumDuration(0)
        progress.canceled.connect(self.cancel.set)
        self.progress_dialog = progress
        self.export_button.setEnabled(False)

        def report(done: int, total: int, what: str) -> None:
            if self.cancel.is_set():
                raise Cancelled()
            self._last = (done, total, what)

        cancelled = self.tr("Export cancelled; nothing was written.")  # here, not in the worker

        def work() -> tuple[Path, list[Path]]:
            try:
                return packets.export_packet(store, pid, kinds, destination, as_zip, page_size,
                                             report)
            except Cancelled:
                raise UserError(cancelled) from None

        self._last = (0, 1, "")
        from PySide6.QtCore import QTimer

        timer = QTimer(self)
        timer.timeout.connect(lambda: self._tick(progress))
        timer.start(150)
        self._timer = timer
        run_in_background(work, self._done, self._failed, owner=self)

    def _tick(self, progress: QProgressDialog) -> None:
        done, total, what = self._last
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, total - 1) if total > 1 else 0)
        progress.setLabelText(self.tr("Preparing: {0}").format(what) if what
                              else self.tr("Preparing the documents…"))

    def _finish(self) -> None:
        self._timer.stop()
        self.progress_dialog.reset()
        self.progress_dialog.hide()
        self.export_button.setEnabled(True)

    def _done(self, result: tuple[Path, list[Path]]) -> None:
        self._finish()
        self.packet, self.files = result
        self.status.setText(self.tr("Written: {0}").format(self.packet))
        for button in (self.show_button, self.email_button, self.mailto_button):
            button.setEnabled(True)

    def _failed(self, text: str) -> None:
        self._finish()
        self.status.setText(text)

    def attachments(self) -> list[Path]:
        if self.packet is None:
            return []
        if self.packet.suffix == ".zip":
            return [self.packet]
        return [f for f in self.files if f.suffix == ".pdf"]

    def chosen_recipients(self) -> list[Recipient]:
        out = []
        for index in range(self.recipients.count()):
            item = self.recipients.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                name, email = item.data(256)
                out.append(Recipient(name, email))
        return out

    def make_email(self) -> Path | None:
        files = self.attachments()
        if too_large(files):
            answer = QMessageBox.question(
                self, self.tr("Large attachments"),
                self.tr("The attachments are over 10 MB; many mail servers refuse that. Make "
                        "the draft anyway? (Or export a ZIP, or fewer documents.)"))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        try:
            draft = packets.email_draft(self.store, self.pid, files, self.chosen_recipients(),
                                        self.language.currentData())
            folder = self.packet.parent if self.packet.suffix == ".zip" else self.packet
            path = packets.write_eml(draft, folder / "email-draft.eml")
        except UserError as exc:
            self.status.setText(localize(exc))
            return None
        self.status.setText(self.tr("Email draft written: {0}").format(path))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def open_mailto(self) -> None:
        draft = packets.email_draft(self.store, self.pid, self.attachments(),
                                    self.chosen_recipients(), self.language.currentData())
        QDesktopServices.openUrl(QUrl(mailto(draft)))

    def show_in_folder(self) -> None:
        if self.packet is not None:
            target = self.packet.parent if self.packet.suffix == ".zip" else self.packet
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
