"""The work plan on a step page: goals, programmes and exchanges, a timeline, PDF and calendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from babel.numbers import format_decimal
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.files import atomic_write_text, slug
from sistercity_desktop.services import followup_docs
from sistercity_desktop.services import workplan as service
from sistercity_desktop.services.documents import file_name
from sistercity_desktop.services.partnerships import detail
from sistercity_desktop.services.workplan import GoalView, ItemInput, ItemView
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n, labels
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.fields import DateField
from sistercity_desktop.ui.gantt_view import GanttView, state_text
from sistercity_desktop.ui.i18n import babel_locale, localize
from sistercity_desktop.ui.pdf_preview import PdfPreview
from sistercity_desktop.ui.worker import run_in_background

ID_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #b00020"
OVERDUE_COLOUR = QColor("#b00020")

# Vocabularies: the English words, marked for lupdate, translated where they are shown
# (word(CONTEXT, table, value)). Keys are stored values and are never translated.
CONTEXT = "workplan_panel"
KINDS = {
    "youth_pen_pals": QT_TRANSLATE_NOOP("workplan_panel", "Youth pen pals"),
    "student_exchange": QT_TRANSLATE_NOOP("workplan_panel", "Student exchange"),
    "municipal_best_practice": QT_TRANSLATE_NOOP("workplan_panel", "Municipal best practice"),
    "delegation_visit": QT_TRANSLATE_NOOP("workplan_panel", "Delegation visit"),
    "cultural": QT_TRANSLATE_NOOP("workplan_panel", "Cultural"),
    "economic": QT_TRANSLATE_NOOP("workplan_panel", "Economic"),
    "other": QT_TRANSLATE_NOOP("workplan_panel", "Other"),
}
TERM_WORDS = {"short": QT_TRANSLATE_NOOP("workplan_panel", "Short term (within a year)"),
              "long": QT_TRANSLATE_NOOP("workplan_panel", "Long term")}
# A goal's term in lower case, on its own line in a tooltip.
TERM_LOWER = {"short": QT_TRANSLATE_NOOP("workplan_panel", "short term"),
              "long": QT_TRANSLATE_NOOP("workplan_panel", "long term")}
# English column captions (the tests and the code find columns by them); shown translated.
HEADERS = (QT_TRANSLATE_NOOP("workplan_panel", "Title"),
           QT_TRANSLATE_NOOP("workplan_panel", "Kind"),
           QT_TRANSLATE_NOOP("workplan_panel", "Pilot"),
           QT_TRANSLATE_NOOP("workplan_panel", "Owner"),
           QT_TRANSLATE_NOOP("workplan_panel", "Start"),
           QT_TRANSLATE_NOOP("workplan_panel", "End"),
           QT_TRANSLATE_NOOP("workplan_panel", "Status"),
           QT_TRANSLATE_NOOP("workplan_panel", "Budget"),
           QT_TRANSLATE_NOOP("workplan_panel", "Participants"),
           QT_TRANSLATE_NOOP("workplan_panel", "Goal"))
# Columns whose words may wrap onto a second line: (preferred, narrowest) width. The title
# takes the rest but never less than TITLE_WIDTH; below that the table scrolls sideways.
WRAPPING_COLUMNS = {"Kind": (125, 90), "Owner": (150, 100), "Status": (100, 90),
                    "Goal": (140, 100)}
TITLE_WIDTH = 200
STATUS_COLUMN = HEADERS.index("Status")


def word(context: str, table: dict[str, str], value: str) -> str:
    """The translated word for a stored value; unknown values are shown tidied."""
    english = table.get(value)
    if english is None:
        return value.replace("_", " ").capitalize()
    return QCoreApplication.translate(context, english)


def kind_text(kind: str) -> str:
    return word(CONTEXT, KINDS, kind)


def term_text(term: str) -> str:
    return word(CONTEXT, TERM_WORDS, term)


class MessageLabel(QLabel):
    """A wrapped one-off message that takes no room while it is empty."""

    def __init__(self, style: str = "") -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setStyleSheet(style)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")


def fit_height(view: QListWidget, limit: int) -> None:
    """As tall as its lines (up to `limit`), so a short list leaves no empty box."""
    lines = sum(view.sizeHintForRow(r) for r in range(view.count()))
    view.setFixedHeight(min(max(lines, 40), limit) + 2 * view.frameWidth() + 4)


def read_date(field: DateField, caption: str) -> date | None:
    """The date typed in a DateField, even if not committed yet (the user clicked Save)."""
    text = field.edit.text().strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(QCoreApplication.translate(
            "workplan_panel", "{0}: “{1}” is not a date. Type it as YYYY-MM-DD, e.g. "
            "2026-03-14.").format(caption, text)) from None


def _number(text: str, caption: str, whole: bool) -> float | int | None:
    """A typed amount or count; thousands separators and spaces are allowed."""
    cleaned = text.strip().replace(",", "").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    try:
        return int(cleaned) if whole else float(cleaned)
    except ValueError:
        if whole:
            message = QCoreApplication.translate("workplan_panel",
                                                 "{0} must be a whole number, like 12.")
        else:
            message = QCoreApplication.translate("workplan_panel",
                                                 "{0} must be an amount, like 1500 or 1500.50.")
        raise UserError(message.format(caption)) from None


def status_text(item: ItemView) -> str:
    if item.overdue:
        return QCoreApplication.translate("workplan_panel", "Overdue · {0}").format(
            state_text(item.status))
    return labels.label(labels.STATUSES, item.status)


class ItemsTable(QTableWidget):
    """The programmes table; shares its width out again whenever it is resized."""

    def __init__(self) -> None:
        super().__init__(0, len(HEADERS))
        header = self.horizontalHeader()
        for index in range(len(HEADERS)):
            mode = QHeaderView.ResizeMode.Interactive if HEADERS[index] in WRAPPING_COLUMNS \
                or index == 0 else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(index, mode)
        # Wrapped cells need new row heights whenever a column gets wider or narrower.
        header.sectionResized.connect(lambda *_args: self.fit_rows())

    def fit_rows(self) -> None:
        """Row heights for the wrapped text, with a little air between rows."""
        self.resizeRowsToContents()
        for row in range(self.rowCount()):
            self.setRowHeight(row, self.rowHeight(row) + 6)

    def fit_columns(self) -> None:
        """Wrapping columns shrink towards their narrowest before the title does."""
        header = self.horizontalHeader()
        # The content widths, not columnWidth(): those sections resize lazily after a reload.
        fixed = sum(max(self.sizeHintForColumn(i), header.sectionSizeHint(i))
                    for i, caption in enumerate(HEADERS) if i and caption not in WRAPPING_COLUMNS)
        room = self.viewport().width() - fixed
        preferred = sum(p for p, _ in WRAPPING_COLUMNS.values())
        narrowest = sum(n for _, n in WRAPPING_COLUMNS.values())
        spare = room - TITLE_WIDTH
        share = 1.0 if spare >= preferred else max(spare - narrowest, 0) / (preferred - narrowest)
        used = 0
        for caption, (wide, narrow) in WRAPPING_COLUMNS.items():
            width = round(narrow + (wide - narrow) * share)
            self.setColumnWidth(HEADERS.index(caption), width)
            used += width
        self.setColumnWidth(0, max(TITLE_WIDTH, room - used))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit_columns()


class ItemDialog(QDialog):
    """Add or edit one programme or exchange; stays open and says why if it is refused."""

    def __init__(self, store: Store, pid: str, goals: list[GoalView],
                 item: ItemView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.pid = store, pid
        self.item_id: str | None = item.id if item else None
        self.setWindowTitle(self.tr("Edit programme or exchange") if item else
                            self.tr("Add a programme or exchange"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.title = named(QLineEdit(), self.tr("Title"),
                           self.tr("What will happen, in a few words"))
        self.title.setPlaceholderText(self.tr("e.g. Summer youth soccer exchange"))
        self.kind = named(QComboBox(), self.tr("Kind"))
        for value in KINDS:
            self.kind.addItem(kind_text(value), value)
        self.term = named(QComboBox(), self.tr("Term"), self.tr("Short term is within a year"))
        for value in TERM_WORDS:
            self.term.addItem(term_text(value), value)
        self.pilot = named(QCheckBox(self.tr("This is the &pilot programme")),
                           self.tr("Pilot programme"),
                           self.tr("The first, small programme that tests the partnership"))
        self.owner = named(QLineEdit(), self.tr("Owner"), self.tr("Who makes sure it happens"))
        self.starts_on = named(DateField(), self.tr("Start date"))
        self.due_on = named(DateField(), self.tr("End date"), self.tr("When it should be finished"))
        self.status = named(QComboBox(), self.tr("Status"))
        for value in labels.STATUSES:
            self.status.addItem(labels.label(labels.STATUSES, value), value)
        self.budget = named(QLineEdit(), self.tr("Budget"), self.tr(
            "An amount in your currency; leave empty if unknown"))
        self.budget.setPlaceholderText(self.tr("e.g. 2500"))
        self.participants = named(QLineEdit(), self.tr("Participants"),
                                  self.tr("How many people take part"))
        self.participants.setPlaceholderText(self.tr("e.g. 12"))
        self.goal = named(QComboBox(), self.tr("Goal"), self.tr("The work plan goal this serves"))
        self.goal.addItem(self.tr("No goal"), "")
        for goal in goals:
            self.goal.addItem(self.tr("{0} ({1})").format(
                goal.title, labels.label(labels.TERMS, goal.term)), goal.id)
        self.notes = named(QPlainTextEdit(), self.tr("Notes"))
        self.notes.setTabChangesFocus(True)  # Tab moves on; keyboard users are not trapped
        self.notes.setMaximumHeight(80)
        if item:
            self.title.setText(item.title)
            self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
            self.term.setCurrentIndex(max(self.term.findData(item.term), 0))
            self.pilot.setChecked(item.pilot)
            self.owner.setText(item.owner)
            self.starts_on.load(item.starts_on)
            self.due_on.load(item.due_on)
            self.status.setCurrentIndex(max(self.status.findData(item.status), 0))
            self.budget.setText(f"{item.budget:g}" if item.budget is not None else "")
            self.participants.setText(str(item.participants)
                                      if item.participants is not None else "")
            self.goal.setCurrentIndex(max(self.goal.findData(item.goal_id or ""), 0))
            self.notes.setPlainText(item.notes)
        else:
            self.kind.setCurrentIndex(self.kind.findData("other"))
        dates = QHBoxLayout()
        dates.addWidget(self.starts_on, 1)
        end = QLabel(self.tr("&End:"))
        end.setBuddy(self.due_on)
        dates.addWidget(end)
        dates.addWidget(self.due_on, 1)
        rows: tuple[tuple[str, QWidget | QHBoxLayout], ...] = (
            (self.tr("&Title:"), self.title), (self.tr("&Kind:"), self.kind),
            (self.tr("Te&rm:"), self.term), ("", self.pilot),
            (self.tr("&Owner:"), self.owner), (self.tr("&Start:"), dates),
            (self.tr("St&atus:"), self.status), (self.tr("&Budget:"), self.budget),
            (self.tr("Parti&cipants:"), self.participants), (self.tr("&Goal:"), self.goal),
            (self.tr("&Notes:"), self.notes),
        )
        for caption, widget in rows:
            if isinstance(widget, QHBoxLayout):
                label = QLabel(caption)
                label.setBuddy(self.starts_on)
                form.addRow(label, widget)
            else:
                form.addRow(caption, widget)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form.addRow(self.error)
        for field in (self.starts_on, self.due_on):
            field.invalid.connect(self.error.setText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            named(button, button.text().replace("&", ""))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.title.setFocus()

    def value(self) -> ItemInput:
        """What the form says; raises UserError for a date or number that cannot be read."""
        budget = _number(self.budget.text(), self.tr("The budget"), whole=False)
        participants = _number(self.participants.text(), self.tr("The number of participants"),
                               whole=True)
        return ItemInput(
            title=self.title.text(), kind=self.kind.currentData(), term=self.term.currentData(),
            pilot=self.pilot.isChecked(), owner=self.owner.text(),
            starts_on=read_date(self.starts_on, self.tr("Start")),
            due_on=read_date(self.due_on, self.tr("End")),
            status=self.status.currentData(),
            budget=float(budget) if budget is not None else None,
            participants=int(participants) if participants is not None else None,
            goal_id=self.goal.currentData() or None, notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        try:
            item = self.value()
            if self.item_id:
                service.update_item(self.store, self.item_id, item)
            else:
                self.item_id = service.add_item(self.store, self.pid, item)
        except UserError as exc:
            self.error.setText(localize(exc))
            return
        self.accept()


class WorkPlanPanel(QGroupBox):
    """Goals and the programmes under them; every change is saved at once."""

    failed = Signal(str)  # a clear message for the user
    changed = Signal()  # a goal or item was saved or removed

    def __init__(self, store: Store, pid: str, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Work plan"))
        self.store, self.pid = store, pid
        self.today = today or date.today()
        self.preview: PdfPreview | None = None
        self._goals: list[GoalView] = []
        self._items: list[ItemView] = []
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "Agree with the partner city on goals for the coming year (short term) and "
            "beyond (long term), then list the programmes and exchanges that serve them: "
            "who owns each one, when it happens and what it costs. Start with one small "
            "pilot programme.")))
        layout.addWidget(self._goals_box())
        layout.addWidget(self._items_box())
        self.error = MessageLabel(ERROR_STYLE)
        layout.addWidget(self.error)
        self.status_label = MessageLabel()
        layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.pdf_button = named(QPushButton(self.tr("Work plan &PDF…")), self.tr("Work plan PDF"),
                                self.tr("Preview, print or save the work plan as a PDF"))
        self.pdf_button.clicked.connect(self.make_preview)
        self.calendar_button = named(
            QPushButton(self.tr("Export &calendar (.ics)…")), self.tr("Export calendar"),
            self.tr("Save the ceremony, evaluation and work plan dates as a file that Outlook, "
                    "Google Calendar or Apple Calendar can import"))
        self.calendar_button.clicked.connect(self.export_calendar)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.calendar_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)  # spare height goes below, not into the sections
        self.reload()

    # --- building -------------------------------------------------------------

    def _goals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Goals"))
        column = QVBoxLayout(box)
        self.goals_list = named(QListWidget(), self.tr("Work plan goals"),
                                self.tr("Short-term goals first, then long-term goals"))
        self.goals_list.setWordWrap(True)
        self.goals_list.itemSelectionChanged.connect(self._goal_selection_changed)
        column.addWidget(self.goals_list)
        add = QGridLayout()
        self.goal_term = named(QComboBox(), self.tr("Goal term"),
                               self.tr("Short term is within a year"))
        for value in TERM_WORDS:
            self.goal_term.addItem(term_text(value), value)
        self.goal_title = named(QLineEdit(), self.tr("Goal title"))
        self.goal_title.setPlaceholderText(self.tr("e.g. Every school in town has a class link"))
        self.goal_title.returnPressed.connect(self._add_goal_from_form)
        self.goal_description = named(QLineEdit(), self.tr("Goal description"), self.tr(
            "Optional: how you will know the goal is reached"))
        self.goal_description.setPlaceholderText(
            self.tr("Optional: how you will know it is reached"))
        self.goal_description.returnPressed.connect(self._add_goal_from_form)
        self.add_goal_button = named(QPushButton(self.tr("Add &goal")), self.tr("Add goal"))
        self.add_goal_button.clicked.connect(self._add_goal_from_form)
        self.remove_goal_button = named(QPushButton(self.tr("Remo&ve goal…")),
                                        self.tr("Remove goal"),
                                        self.tr("Its programmes stay in the plan without a goal"))
        self.remove_goal_button.clicked.connect(self.remove_selected_goal)
        title_label = QLabel(self.tr("New goal t&itle:"))
        title_label.setBuddy(self.goal_title)
        add.addWidget(title_label, 0, 0)
        add.addWidget(self.goal_title, 0, 1)
        add.addWidget(self.goal_term, 0, 2)
        add.addWidget(self.add_goal_button, 0, 3)
        description_label = QLabel(self.tr("Descriptio&n:"))
        description_label.setBuddy(self.goal_description)
        add.addWidget(description_label, 1, 0)
        add.addWidget(self.goal_description, 1, 1, 1, 2)
        add.addWidget(self.remove_goal_button, 1, 3)
        add.setColumnStretch(1, 1)
        column.addLayout(add)
        return box

    def _items_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Programmes and exchanges"))
        column = QVBoxLayout(box)
        self.items_table = named(ItemsTable(), self.tr("Programmes and exchanges"),
                                 self.tr("Double-click a row to edit it"))
        table = self.items_table
        table.setHorizontalHeaderLabels(
            [QCoreApplication.translate(CONTEXT, caption) for caption in HEADERS])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        # As tall as its rows up to a limit; longer plans scroll inside the table.
        table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        table.setMinimumHeight(120)
        table.setMaximumHeight(420)
        table.activated.connect(lambda _index: self.edit_selected())
        table.itemSelectionChanged.connect(self._item_selection_changed)
        column.addWidget(table)
        buttons = QHBoxLayout()
        self.add_button = named(QPushButton(self.tr("&Add programme…")),
                                self.tr("Add programme or exchange"))
        self.add_button.clicked.connect(self.add_with_dialog)
        self.edit_button = named(QPushButton(self.tr("&Edit…")),
                                 self.tr("Edit programme or exchange"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = named(QPushButton(self.tr("&Delete…")),
                                   self.tr("Delete programme or exchange"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        caption = QLabel(self.tr("Timeline (point at a bar to see its dates):"))
        column.addWidget(caption)
        self.gantt = GanttView()
        column.addWidget(self.gantt)
        return box

    # --- showing --------------------------------------------------------------

    def reload(self) -> None:
        """Read goals and items again from the store."""
        self._goals = service.goals(self.store, self.pid)
        self._items = service.items(self.store, self.pid, self.today)
        self._fill_goals()
        self._fill_items()
        self.gantt.set_items(self._items, self.today)
        self._goal_selection_changed()
        self._item_selection_changed()

    def _fill_goals(self) -> None:
        self.goals_list.clear()
        bold = QFont(self.goals_list.font())
        bold.setBold(True)
        for term in TERM_WORDS:
            heading = QListWidgetItem(term_text(term))
            heading.setFont(bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a caption, not a goal to select
            self.goals_list.addItem(heading)
            chosen = [g for g in self._goals if g.term == term]
            for goal in chosen:
                text = f"   {goal.title}" + (f" — {goal.description}" if goal.description
                                              else "")
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, goal.id)
                item.setToolTip(text.strip())
                self.goals_list.addItem(item)
            if not chosen:
                empty = QListWidgetItem("   " + self.tr("No goals yet."))
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                empty.setForeground(self.palette().placeholderText())
                self.goals_list.addItem(empty)
        self.goals_list.setCurrentRow(-1)  # no caption looks selected
        fit_height(self.goals_list, 200)

    def _fill_items(self) -> None:
        table = self.items_table
        goal_titles = {g.id: g.title for g in self._goals}
        locale = babel_locale()
        table.blockSignals(True)
        table.clearSpans()
        table.clearContents()
        table.setRowCount(max(len(self._items), 1))
        for row, item in enumerate(self._items):
            values = (
                item.title, kind_text(item.kind), self.tr("Pilot") if item.pilot else "",
                item.owner, i18n.format_day(item.starts_on),
                i18n.format_day(item.due_on), status_text(item),
                format_decimal(item.budget, "#,##0", locale=locale)
                if item.budget is not None else "",
                format_decimal(item.participants, "#,##0", locale=locale)
                if item.participants is not None else "",
                goal_titles.get(item.goal_id or "", ""),
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, item.id)
                cell.setToolTip(value)
                if column in (HEADERS.index("Budget"), HEADERS.index("Participants")):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, cell)
            term = word(CONTEXT, TERM_LOWER, item.term)
            table.item(row, 0).setToolTip(f"{item.title}\n{term}"
                                          + (f"\n{item.notes}" if item.notes else ""))
            if item.overdue:
                cell = table.item(row, STATUS_COLUMN)
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
                cell.setForeground(OVERDUE_COLOUR)
                cell.setToolTip(self.tr("The end date {0} has passed and it is not done.")
                                .format(item.due_on))
        if not self._items:
            empty = QTableWidgetItem(self.tr("No programmes or exchanges yet. Use “Add "
                                             "programme…” for the pilot programme."))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a message, not a row to select
            table.setSpan(0, 0, 1, len(HEADERS))
            table.setItem(0, 0, empty)
        table.fit_columns()
        table.fit_rows()
        table.blockSignals(False)

    def selected_item(self) -> ItemView | None:
        model = self.items_table.selectionModel()
        row = self.items_table.currentRow()
        if model is None or not model.hasSelection() or not 0 <= row < len(self._items):
            return None
        return self._items[row]

    def select_item(self, item_id: str) -> bool:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                self.items_table.selectRow(row)
                self.items_table.scrollToItem(self.items_table.item(row, 0))
                return True
        return False

    def selected_goal_id(self) -> str | None:
        item = self.goals_list.currentItem()
        return item.data(ID_ROLE) if item is not None and item.isSelected() else None

    def _goal_selection_changed(self) -> None:
        self.remove_goal_button.setEnabled(bool(self.selected_goal_id()))

    def _item_selection_changed(self) -> None:
        chosen = self.selected_item() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- helpers --------------------------------------------------------------

    def _report(self, text: str) -> None:
        self.error.setText(text)
        self.failed.emit(text)

    def _saved(self) -> None:
        self.error.clear()
        self.reload()
        self.changed.emit()

    # --- goals ----------------------------------------------------------------

    def add_goal(self, term: str, title: str, description: str = "") -> str | None:
        """Save a goal; returns its id, or None after showing why it was refused."""
        try:
            goal_id = service.add_goal(self.store, self.pid, term, title, description)
        except UserError as exc:
            self._report(localize(exc))
            return None
        self._saved()
        return goal_id

    def _add_goal_from_form(self) -> None:
        if self.add_goal(self.goal_term.currentData(), self.goal_title.text(),
                         self.goal_description.text()):
            self.goal_title.clear()
            self.goal_description.clear()
            self.goal_title.setFocus()

    def remove_selected_goal(self) -> None:
        goal_id = self.selected_goal_id()
        goal = next((g for g in self._goals if g.id == goal_id), None)
        if goal is None:
            self._report(self.tr("Select a goal in the list first."))
            return
        using = sum(1 for i in self._items if i.goal_id == goal.id)
        question = self.tr("Remove the goal “{0}”?").format(goal.title)
        if using == 1:
            question += "\n\n" + self.tr(
                "%n programme under it stay in the plan without a goal.", "", using)
        elif using:
            question += "\n\n" + self.tr(
                "%n programmes under it stay in the plan without a goal.", "", using)
        answer = QMessageBox.question(self, self.tr("Remove goal"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.delete_goal(self.store, goal.id)
        except UserError as exc:
            self._report(localize(exc))
            return
        self._saved()

    # --- items ----------------------------------------------------------------

    def add_item(self, item: ItemInput) -> str | None:
        """Save a new programme; returns its id, or None after showing why it was refused."""
        try:
            item_id = service.add_item(self.store, self.pid, item)
        except UserError as exc:
            self._report(localize(exc))
            return None
        self._saved()
        self.select_item(item_id)
        return item_id

    def add_with_dialog(self) -> None:
        dialog = ItemDialog(self.store, self.pid, self._goals, parent=self)
        if dialog.exec() and dialog.item_id:
            self._saved()
            self.select_item(dialog.item_id)

    def edit_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            self._report(self.tr("Select a programme in the table first."))
            return
        dialog = ItemDialog(self.store, self.pid, self._goals, item, parent=self)
        if dialog.exec():
            self._saved()
            self.select_item(item.id)

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            self._report(self.tr("Select a programme in the table first."))
            return
        answer = QMessageBox.question(
            self, self.tr("Delete programme"),
            self.tr("Delete “{0}” from the work plan?").format(item.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.delete_item(self.store, item.id)
        except UserError as exc:
            self._report(localize(exc))
            return
        self.items_table.clearSelection()
        self._saved()

    # --- documents ------------------------------------------------------------

    def make_preview(self) -> None:
        """Render the work plan PDF off the UI thread, then show it."""
        store, pid = self.store, self.pid
        self.pdf_button.setEnabled(False)
        self.status_label.setText(self.tr("Preparing the PDF…"))

        def work() -> bytes:
            return followup_docs.render(store, pid, "work_plan")

        def done(pdf: bytes) -> None:
            self.pdf_button.setEnabled(True)
            self.status_label.clear()
            self.preview = PdfPreview(pdf, file_name(store, pid, "work_plan", []), self)
            self.preview.open()

        def failed(text: str) -> None:
            self.pdf_button.setEnabled(True)
            self.status_label.clear()
            self._report(text)

        run_in_background(work, done, failed, owner=self)

    def export_calendar(self) -> Path | None:
        """Save the partnership's dates as an .ics file; returns where, or None."""
        try:
            text = followup_docs.calendar(self.store, self.pid)
        except UserError as exc:
            self._report(localize(exc))
            return None
        partner = detail(self.store, self.pid).summary.partner_city or "partner"
        suggested = Path.home() / f"{slug(partner, 'partner')}-dates.ics"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), str(suggested), self.tr("Calendar files (*.ics)"))
        if not name:
            return None
        path = Path(name if name.lower().endswith(".ics") else f"{name}.ics")
        try:
            atomic_write_text(path, text)
        except UserError as exc:
            self._report(localize(exc))
            return None
        self.error.clear()
        self.status_label.setText(self.tr("Calendar saved to {0}. Open it with your calendar "
                                          "program to add the dates.").format(path))
        return path
