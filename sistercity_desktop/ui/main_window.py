"""The main window: partnerships on the left, the open partnership's workspace on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.services import partnerships as service
from sistercity_desktop.services.committee import committee_view, get_setting, put_setting
from sistercity_desktop.store import Store
from sistercity_desktop.ui.about import show_about
from sistercity_desktop.ui.backup_dialog import RestoreDialog, back_up_now
from sistercity_desktop.ui.committee_dialog import CommitteeDialog
from sistercity_desktop.ui.common import heading, wrapped
from sistercity_desktop.ui.dashboard import Dashboard
from sistercity_desktop.ui.new_partnership import NewPartnershipWizard
from sistercity_desktop.ui.partnership_model import PartnershipListModel
from sistercity_desktop.ui.workspace import Workspace

LAST_PARTNERSHIP = "last_partnership"
GEOMETRY = "window_geometry"
LIST_WIDTH = 500


class MainWindow(QMainWindow):
    def __init__(self, store: Store,
                 on_restore: Callable[[Path], None] | None = None) -> None:
        super().__init__()
        self.store = store
        self.on_restore = on_restore  # the app swaps the store and rebuilds the window
        self._sized = False
        committee = committee_view(store)
        self.committee_language = committee.language if committee else "en"
        name = committee.name if committee else "Sister City Desktop"
        self.setWindowTitle(self.tr("{0} — Sister City Desktop").format(name))

        self.model = PartnershipListModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Partnerships"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        left = QWidget()
        left.setMinimumWidth(280)
        column = QVBoxLayout(left)
        home = QPushButton(self.tr("What is &due"))
        home.setToolTip(self.tr("Everything due across your partnerships (Ctrl+D)"))
        home.clicked.connect(self.show_dashboard)
        column.addWidget(home)
        column.addWidget(heading(self.tr("Partnerships"), 1.2))
        column.addWidget(self.table, 1)
        new_button = QPushButton(self.tr("&New partnership…"))
        new_button.clicked.connect(self.new_partnership)
        column.addWidget(new_button)

        self.workspace = Workspace(store)
        self.workspace.changed.connect(self.reload_list)
        self.workspace.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_text = wrapped("")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addStretch(1)
        self.dashboard = Dashboard(store)
        self.dashboard.open_step.connect(self.open_at_step)
        self._dashboard_stale = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.workspace)
        self.stack.addWidget(self.dashboard)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._menus()
        self.statusBar().showMessage(self.tr("Every change is saved as you make it."))

        geometry = get_setting(store, GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        else:
            self.resize(1300, 860)
        self.reload_list()
        self._open_last()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if not self._sized:  # the splitter only honours sizes once it is laid out
            self._sized = True
            QTimer.singleShot(0, lambda: self.splitter.setSizes(
                [LIST_WIDTH, max(self.splitter.width() - LIST_WIDTH, 400)]))

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("&New partnership…"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.new_partnership)
        file_menu.addAction(new)
        export = QAction(self.tr("&Export packet…"), self)
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(self.export_packet)
        file_menu.addAction(export)
        committee = QAction(self.tr("&Committee and city…"), self)
        committee.triggered.connect(self.edit_committee)
        file_menu.addAction(committee)
        inquiries = QAction(self.tr("&Inquiries and policy…"), self)
        inquiries.triggered.connect(self.edit_inquiries)
        file_menu.addAction(inquiries)
        preferences = QAction(self.tr("&Preferences…"), self)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self.edit_preferences)
        file_menu.addAction(preferences)
        file_menu.addSeparator()
        backup = QAction(self.tr("&Back up now"), self)
        backup.triggered.connect(lambda: back_up_now(self.store, self))
        file_menu.addAction(backup)
        restore = QAction(self.tr("&Restore from a backup…"), self)
        restore.triggered.connect(self.restore)
        file_menu.addAction(restore)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        due = QAction(self.tr("What is &due"), self)
        due.setShortcut(QKeySequence("Ctrl+D"))
        due.triggered.connect(self.show_dashboard)
        view_menu.addAction(due)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Sister City Desktop"), self)
        about.triggered.connect(lambda: show_about(self, str(self.store.path.parent)))
        help_menu.addAction(about)

    # --- list -------------------------------------------------------------------

    def reload_list(self) -> None:
        current = self.workspace.partnership_id
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(service.list_partnerships(self.store))
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().blockSignals(False)
        if not self.model.rows:
            self.empty_text.setText(self.tr("No partnerships yet.\n\nChoose File › New "
                                            "partnership (Ctrl+N) to start one."))
            self.stack.setCurrentWidget(self.empty)

    def _row_changed(self, current, _previous) -> None:  # noqa: ANN001 (Qt indexes)
        if current.isValid():
            self.open_partnership(self.model.rows[current.row()].id)

    def open_partnership(self, partnership_id: str) -> None:
        try:
            self.workspace.open(partnership_id)
        except UserError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        put_setting(self.store, LAST_PARTNERSHIP, partnership_id)
        self.stack.setCurrentWidget(self.workspace)
        row = self.model.row_of(partnership_id)
        if row >= 0 and self.table.currentIndex().row() != row:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def _open_last(self) -> None:
        last = get_setting(self.store, LAST_PARTNERSHIP)
        if self.model.row_of(last) >= 0:
            self.open_partnership(last)
        elif self.model.rows:
            self.show_dashboard()

    def new_partnership(self) -> None:
        wizard = NewPartnershipWizard(self.store, self.committee_language, self)
        if wizard.exec() and wizard.partnership_id:
            self.reload_list()
            self.open_partnership(wizard.partnership_id)
            self.statusBar().showMessage(self.tr("Partnership created."), 6000)

    def edit_committee(self) -> None:
        CommitteeDialog(self.store, self).exec()
        view = committee_view(self.store)
        if view is not None:
            self.committee_language = view.language
            self.setWindowTitle(self.tr("{0} — Sister City Desktop").format(view.name))

    def show_dashboard(self) -> None:
        if self._dashboard_stale:  # it was built with fresh data at start
            self.dashboard.reload()
        self._dashboard_stale = True
        self.stack.setCurrentWidget(self.dashboard)
        self.table.clearSelection()

    def open_at_step(self, partnership_id: str, step: int) -> None:
        self.open_partnership(partnership_id)
        self.workspace.jump(min(step, self.workspace.detail.furthest_step))

    def export_packet(self) -> None:
        from sistercity_desktop.ui.export_dialog import ExportDialog

        if self.workspace.partnership_id is None or self.stack.currentWidget() \
                is not self.workspace:
            QMessageBox.information(self, self.tr("Export packet"),
                                    self.tr("Open a partnership first, then export its "
                                            "documents."))
            return
        ExportDialog(self.store, self.workspace.partnership_id, self).exec()

    def restore(self) -> None:
        dialog = RestoreDialog(self.store, self)
        if dialog.exec() and dialog.chosen is not None and self.on_restore is not None:
            self.on_restore(dialog.chosen)

    def edit_preferences(self) -> None:
        from sistercity_desktop.ui.preferences_dialog import PreferencesDialog

        PreferencesDialog(self.store, self).exec()

    def edit_inquiries(self) -> None:
        from sistercity_desktop.ui.inquiries_dialog import InquiriesDialog

        InquiriesDialog(self.store, self).exec()

    # --- closing ------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # saves the field being edited
        try:
            put_setting(self.store, GEOMETRY, bytes(self.saveGeometry().toBase64()).decode())
        except Exception as exc:  # noqa: BLE001 - never block closing over window size
            QMessageBox.warning(self, "Sister City Desktop",
                                self.tr("Could not save window size: {0}").format(exc))
        super().closeEvent(event)
