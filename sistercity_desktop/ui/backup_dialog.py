"""File › Back up now… and Restore from a backup…"""

from __future__ import annotations

from pathlib import Path

from babel.numbers import format_decimal
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.store import Store
from sistercity_desktop.store.backup import check_file, list_backups, make_backup
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.i18n import localize
from sistercity_desktop.ui.labels import Words

# Why a backup was taken (the end of its file name); other reasons are shown as they are.
REASONS = Words("backup_dialog", {
    "manual": QT_TRANSLATE_NOOP("backup_dialog", "manual"),
    "daily": QT_TRANSLATE_NOOP("backup_dialog", "daily"),
    "before-restore": QT_TRANSLATE_NOOP("backup_dialog", "before-restore"),
})


def back_up_now(store: Store, parent: QWidget) -> Path | None:
    try:
        path = make_backup(store.path, "manual")
    except UserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("backup_dialog", "Back up"),
                            localize(exc))
        return None
    QMessageBox.information(
        parent, QCoreApplication.translate("backup_dialog", "Back up"),
        QCoreApplication.translate("backup_dialog", "A backup was saved as:\n{0}").format(path))
    return path


class RestoreDialog(QDialog):
    """Pick a backup (automatic ones listed, or any file); the caller restores it."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "Restoring replaces what is in the app now with the backup. What is there now is "
            "kept as a backup of its own first, so this can be undone.")))
        self.list = named(QListWidget(), self.tr("Backups"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for b in list_backups(store.path):
            size = format_decimal(round(b.size / 1024), locale=i18n.babel_locale())
            item = QListWidgetItem(self.tr("{0} · {1} · {2} KB").format(
                f"{b.taken_at.astimezone():%Y-%m-%d %H:%M}", REASONS.get(b.reason, b.reason),
                size))
            item.setData(256, str(b.path))
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(self.tr("No automatic backups yet."))
            self.list.setEnabled(False)
        layout.addWidget(self.list, 1)
        other = QPushButton(self.tr("Choose another &file…"))
        other.clicked.connect(self.choose_file)
        layout.addWidget(other)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        restore = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.clicked.connect(self.accept_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Backup file"), "",
                                              self.tr("Sister City Desktop stores (*.sqlite3)"))
        if name:
            self.accept_path(Path(name))

    def accept_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or item.data(256) is None:
            self.error.setText(self.tr("Choose a backup in the list, or another file."))
            return
        self.accept_path(Path(item.data(256)))

    def accept_path(self, path: Path) -> None:
        problem = check_file(path)
        if problem:
            self.error.setText(problem)
            return
        self.chosen = path
        self.accept()
