"""The main window: partnerships on the left, the open partnership's workspace on the right.

At start-up the window is shown first as a shell ("Opening your data…") and filled once the
store is open (`attach`), so nothing on screen waits for SQLAlchemy, the migrations or the
queries. The services, the workspace and the dashboard are imported only then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
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
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.common import heading, wrapped
from sistercity_desktop.ui.i18n import localize
from sistercity_desktop.ui.partnership_model import PartnershipListModel

if TYPE_CHECKING:
    from sistercity_desktop.services.committee import CommitteeView
    from sistercity_desktop.services.views import PartnershipSummary
    from sistercity_desktop.store import Store
    from sistercity_desktop.ui.dashboard import Dashboard
    from sistercity_desktop.ui.workspace import Workspace

LAST_PARTNERSHIP = "last_partnership"
# Window size and place: per computer, so in the data folder's preferences.json (read
# before the store opens: the window appears at its size at once, with no jump).
GEOMETRY = "window_geometry"
LIST_WIDTH = 500


@dataclass(frozen=True)
class StartData:
    """What the window shows first, read in one go (at start-up, off the UI thread)."""

    committee: CommitteeView | None
    rows: list[PartnershipSummary]
    last_partnership: str


def load_start_data(store: Store) -> StartData:
    """Read what the filled window shows first, and import the modules filling it needs.

    Safe on a worker thread: no widget is made (the app calls it off the UI thread, so the
    window stays responsive while SQLAlchemy and the services load).
    """
    from datetime import date

    import sistercity_desktop.ui.dashboard
    import sistercity_desktop.ui.workspace  # noqa: F401 (imported here, used by attach)
    from sistercity_desktop.services import partnerships as service
    from sistercity_desktop.services.committee import committee_view, get_setting

    i18n.format_day(date.today())  # loads the language's CLDR data (the dates listed)
    return StartData(committee_view(store), service.list_partnerships(store),
                     get_setting(store, LAST_PARTNERSHIP))


class MainWindow(QMainWindow):
    """With a store: the filled window. With `store=None` (and the data `folder`): the
    shell the app shows while the store opens; `attach` fills it."""

    first_painted = Signal()  # on screen for the first time (the app opens the store then)
    filled = Signal()  # the store is attached and the partnerships are listed

    def __init__(self, store: Store | None,
                 on_restore: Callable[[Path], None] | None = None,
                 folder: Path | None = None) -> None:
        super().__init__()
        self.store: Store | None = None
        self.folder = folder if folder is not None else store.path.parent
        self.on_restore = on_restore  # the app swaps the store and rebuilds the window
        self._sized = False
        self.committee_language = "en"
        self.workspace: Workspace | None = None
        self._dashboard: Dashboard | None = None
        self._needs_store: list[QAction | QPushButton] = []  # off until the store is here
        self.setWindowTitle(self.tr("Sister City Desktop"))
        self.installEventFilter(self)  # until the first paint

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
        self._needs_store.append(home)
        column.addWidget(home)
        column.addWidget(heading(self.tr("Partnerships"), 1.2))
        column.addWidget(self.table, 1)
        new_button = QPushButton(self.tr("&New partnership…"))
        new_button.clicked.connect(self.new_partnership)
        self._needs_store.append(new_button)
        column.addWidget(new_button)

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_text = wrapped(self.tr("Opening your data…"))
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addStretch(1)
        self._dashboard_stale = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._menus()
        for widget in self._needs_store:
            widget.setEnabled(False)
        self.statusBar().showMessage(self.tr("Every change is saved as you make it."))

        geometry = i18n.preferences(self.folder).get(GEOMETRY)
        if not (isinstance(geometry, str) and geometry
                and self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))):
            self.resize(1300, 860)
        if store is not None:
            self.attach(store)

    def attach(self, store: Store, start: StartData | None = None) -> None:
        """Fill the shell from the open store (`start`: read beforehand, else now)."""
        from sistercity_desktop.ui.workspace import Workspace

        start = start or load_start_data(store)
        self.store = store
        committee = start.committee
        self.committee_language = committee.language if committee else "en"
        name = committee.name if committee else "Sister City Desktop"
        self.setWindowTitle(self.tr("{0} — Sister City Desktop").format(name))
        # Everything below changes the window in one go: it shows the result once, filled.
        self.setUpdatesEnabled(False)
        try:
            self.workspace = Workspace(store)
            self.workspace.changed.connect(self.reload_list)
            self.workspace.message.connect(
                lambda text: self.statusBar().showMessage(text, 6000))
            self.stack.addWidget(self.workspace)
            self.empty_text.setText("")
            self.reload_list(start.rows)
            self._open_last(start.last_partnership)
            for widget in self._needs_store:
                widget.setEnabled(True)
        finally:
            self.setUpdatesEnabled(True)
        self.filled.emit()

    @property
    def dashboard(self) -> Dashboard:
        """What is due; built the first time it is shown (it reads every partnership)."""
        if self._dashboard is None:
            from sistercity_desktop.ui.dashboard import Dashboard

            self._dashboard = Dashboard(self.store)
            self._dashboard.open_step.connect(self.open_at_step)
            self.stack.addWidget(self._dashboard)
            self._dashboard_stale = False
        return self._dashboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self, self.first_painted.emit)  # once this paint is done
        return False

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
        backup.triggered.connect(self.back_up)
        file_menu.addAction(backup)
        restore = QAction(self.tr("&Restore from a backup…"), self)
        restore.triggered.connect(self.restore)
        file_menu.addAction(restore)
        self._needs_store += [new, export, committee, inquiries, preferences, backup, restore]
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
        self._needs_store.append(due)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Sister City Desktop"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    # --- list -------------------------------------------------------------------

    def reload_list(self, rows: list[PartnershipSummary] | None = None) -> None:
        """List the partnerships again (`rows`: already read, else read now)."""
        from sistercity_desktop.services import partnerships as service

        current = self.workspace.partnership_id
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(service.list_partnerships(self.store) if rows is None else rows)
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
        from sistercity_desktop.services.committee import put_setting

        try:
            self.workspace.open(partnership_id)
        except UserError as exc:
            self.statusBar().showMessage(localize(exc), 8000)
            return
        put_setting(self.store, LAST_PARTNERSHIP, partnership_id)
        self.stack.setCurrentWidget(self.workspace)
        row = self.model.row_of(partnership_id)
        if row >= 0 and self.table.currentIndex().row() != row:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def _open_last(self, last: str) -> None:
        if self.model.row_of(last) >= 0:
            self.open_partnership(last)
        elif self.model.rows:
            self.show_dashboard()

    def new_partnership(self) -> None:
        from sistercity_desktop.ui.new_partnership import NewPartnershipWizard

        wizard = NewPartnershipWizard(self.store, self.committee_language, self)
        if wizard.exec() and wizard.partnership_id:
            self.reload_list()
            self.open_partnership(wizard.partnership_id)
            self.statusBar().showMessage(self.tr("Partnership created."), 6000)

    def edit_committee(self) -> None:
        from sistercity_desktop.services.committee import committee_view
        from sistercity_desktop.ui.committee_dialog import CommitteeDialog

        CommitteeDialog(self.store, self).exec()
        view = committee_view(self.store)
        if view is not None:
            self.committee_language = view.language
            self.setWindowTitle(self.tr("{0} — Sister City Desktop").format(view.name))

    def show_dashboard(self) -> None:
        dashboard = self.dashboard  # built now (with fresh data) the first time
        if self._dashboard_stale:
            dashboard.reload()
        self._dashboard_stale = True
        self.stack.setCurrentWidget(dashboard)
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

    def back_up(self) -> None:
        from sistercity_desktop.ui.backup_dialog import back_up_now

        back_up_now(self.store, self)

    def restore(self) -> None:
        from sistercity_desktop.ui.backup_dialog import RestoreDialog

        dialog = RestoreDialog(self.store, self)
        if dialog.exec() and dialog.chosen is not None and self.on_restore is not None:
            self.on_restore(dialog.chosen)

    def edit_preferences(self) -> None:
        from sistercity_desktop.ui.preferences_dialog import PreferencesDialog

        PreferencesDialog(self.store, self).exec()

    def about(self) -> None:
        from sistercity_desktop.ui.about import show_about

        show_about(self, str(self.folder))

    def edit_inquiries(self) -> None:
        from sistercity_desktop.ui.inquiries_dialog import InquiriesDialog

        InquiriesDialog(self.store, self).exec()

    # --- closing ------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # saves the field being edited
        try:
            i18n.save_preference(self.folder, GEOMETRY,
                                 bytes(self.saveGeometry().toBase64()).decode())
        except Exception as exc:  # noqa: BLE001 - never block closing over window size
            QMessageBox.warning(self, "Sister City Desktop",
                                self.tr("Could not save window size: {0}").format(exc))
        super().closeEvent(event)
