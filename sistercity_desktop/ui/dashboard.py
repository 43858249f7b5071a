"""The home dashboard: what is due across every partnership, most urgent first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.process.steps import step as step_info
from sistercity_desktop.services.dashboard import DueItem, due_items
from sistercity_desktop.store import Store
from sistercity_desktop.text import Text
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.common import heading, named, wrapped

CONTEXT = "dashboard"
# English column captions (the code finds columns by them); shown translated.
HEADERS = (QT_TRANSLATE_NOOP("dashboard", "When"),
           QT_TRANSLATE_NOOP("dashboard", "Partner city"),
           QT_TRANSLATE_NOOP("dashboard", "What needs doing"),
           QT_TRANSLATE_NOOP("dashboard", "Due"),
           QT_TRANSLATE_NOOP("dashboard", "Step"))
# Fixed texts of services/dashboard.py DueItem (the partner placeholder and item texts),
# translated where shown. Texts the service computes with numbers inside ("No contact for
# 130 days") are Text and localised like any service message.
FIXED_TEXTS = (
    QT_TRANSLATE_NOOP("dashboard", "Partner not chosen yet"),
    QT_TRANSLATE_NOOP("dashboard", "Signing ceremony"),
    QT_TRANSLATE_NOOP("dashboard", "Evaluation due"),
    QT_TRANSLATE_NOOP("dashboard", "Partnership at risk"),
)
URGENT_COLOUR = QColor("#b00020")
URGENT_BACKGROUND = QColor("#fdecee")
CALM_COLOUR = QColor("#555555")
ROW_PADDING = 10
COLUMN_PADDING = 16
WHAT_COLUMN = HEADERS.index("What needs doing")


def fixed_text(text: str) -> str:
    """A fixed service text in the interface language; anything else as it is."""
    if isinstance(text, Text):
        return i18n.localize(text)
    return QCoreApplication.translate(CONTEXT, text) if text in FIXED_TEXTS else text


def tag(item: DueItem, today: date) -> str:
    """A word for how pressing an item is, so urgency never rests on colour alone."""
    if item.urgent:
        if item.due_on and item.due_on < today:
            return QCoreApplication.translate("dashboard", "⚠ Overdue")
        return QCoreApplication.translate("dashboard", "⚠ Now")
    if item.due_on:
        return QCoreApplication.translate("dashboard", "Coming up")
    return QCoreApplication.translate("dashboard", "Next step")


def what_text(item: DueItem) -> str:
    # The tag already says "Overdue"; name the kind of thing instead of repeating it.
    if item.kind == "overdue":
        return QCoreApplication.translate("dashboard", "Work plan: {0}").format(
            item.text.removeprefix("Overdue: "))
    return fixed_text(item.text)


def due_text(due_on: date | None, today: date) -> str:
    if due_on is None:
        return "—"
    day, days = i18n.format_day(due_on), (due_on - today).days
    if days == 0:
        return QCoreApplication.translate("dashboard", "{0} (today)").format(day)
    if days == -1:
        return QCoreApplication.translate("dashboard", "{0} (%n day late)", "", 1).format(day)
    if days < 0:
        return QCoreApplication.translate("dashboard", "{0} (%n days late)", "", -days).format(
            day)
    if days == 1:
        return QCoreApplication.translate("dashboard", "{0} (in %n day)", "", 1).format(day)
    return QCoreApplication.translate("dashboard", "{0} (in %n days)", "", days).format(day)


def step_text(number: int) -> str:
    # The short title (from the step words in the interface language) fits the column.
    return QCoreApplication.translate("dashboard", "Step {0} · {1}").format(
        number, step_info(number).short_title)


class Dashboard(QWidget):
    """Lists what is due; opening a line asks the window to show that step."""

    open_step = Signal(str, int)  # partnership id, step number

    def __init__(self, store: Store, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today = today  # None: the real date, read again at every reload
        self.items: list[DueItem] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("What is due"), 1.5))
        layout.addWidget(wrapped(self.tr(
            "Everything that needs the committee's attention, across all your partnerships. "
            "The most pressing come first, marked “Overdue” or “Now”. Double-click a line, or "
            "select it and press Open, to go to the step that deals with it.")))
        self.counts = wrapped("")
        layout.addWidget(self.counts)

        self.items_view = named(QTableWidget(0, len(HEADERS)), self.tr("What is due"),
                                self.tr("Most urgent first. Press Enter to open the step."))
        self.items_view.setHorizontalHeaderLabels(
            [QCoreApplication.translate(CONTEXT, caption) for caption in HEADERS])
        self.items_view.verticalHeader().setVisible(False)
        self.items_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_view.setWordWrap(True)
        self.items_view.setAlternatingRowColors(True)
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(WHAT_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Enter and double-click both arrive as `activated`; connecting doubleClicked too
        # would open the step twice.
        self.items_view.activated.connect(lambda _index: self.open_selected())
        # Wrapped rows must be measured again once the columns have their real widths.
        self._fit_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_rows.timeout.connect(self._fit_row_heights)
        header.sectionResized.connect(lambda *_args: self._fit_rows.start())
        self.items_view.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.items_view, 1)

        self.empty = heading(self.tr("Nothing is due. Well done."), 1.2)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)

        buttons = QHBoxLayout()
        self.open_button = named(QPushButton(self.tr("&Open")),
                                 self.tr("Open the step for the selected line"))
        self.open_button.clicked.connect(self.open_selected)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        """Ask the services again what is due (after any change elsewhere)."""
        today = self.today or date.today()
        self.items = due_items(self.store, today)
        view = self.items_view
        view.clearContents()
        view.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            values = (tag(item, today), fixed_text(item.partner), what_text(item),
                      due_text(item.due_on, today), step_text(item.step))
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)
                view.setItem(row, column, cell)
            first = view.item(row, 0)
            font = first.font()
            font.setBold(item.urgent)
            first.setFont(font)
            first.setForeground(QBrush(URGENT_COLOUR if item.urgent else CALM_COLOUR))
            if item.urgent:
                first.setBackground(QBrush(URGENT_BACKGROUND))
        self._fit_columns()
        self._fit_row_heights()
        urgent = sum(item.urgent for item in self.items)
        rest = len(self.items) - urgent
        if not self.items:
            counts = ""
        elif urgent == 1:
            counts = self.tr("%n needs attention now, {0} more to do.", "", urgent).format(rest)
        else:
            counts = self.tr("%n need attention now, {0} more to do.", "", urgent).format(rest)
        self.counts.setText(counts)
        view.setVisible(bool(self.items))
        self.counts.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        if self.items:
            # Current but not selected: Enter or Open works at once, and the first urgent
            # line keeps its red tag visible instead of the selection colour.
            view.selectionModel().setCurrentIndex(
                view.model().index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._selection_changed()

    def _fit_columns(self) -> None:
        """Size the short columns to their text plus some air; the task takes the rest."""
        view = self.items_view
        for column in range(len(HEADERS)):
            if column != WHAT_COLUMN:
                view.resizeColumnToContents(column)
                view.setColumnWidth(column, view.columnWidth(column) + COLUMN_PADDING)

    def _fit_row_heights(self) -> None:
        self.items_view.resizeRowsToContents()
        for row in range(self.items_view.rowCount()):  # a little air between lines
            height = self.items_view.rowHeight(row) + ROW_PADDING
            self.items_view.setRowHeight(row, height)

    def selected_item(self) -> DueItem | None:
        """The selected line, else the current one (the first line until the user moves)."""
        rows = self.items_view.selectionModel().selectedRows()
        row = rows[0].row() if rows else self.items_view.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected_item() is not None)

    def open_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.open_step.emit(item.partnership_id, item.step)
