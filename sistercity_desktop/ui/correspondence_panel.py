"""The correspondence log of one partnership: a filterable timeline with attached files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from babel.numbers import format_decimal
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.services import correspondence as service
from sistercity_desktop.services.correspondence import AttachmentView, EntryInput, EntryView
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n, labels
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.i18n import babel_locale, localize

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SHOWN_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ID_ROLE))
ERROR_STYLE = "color: #b00020"
CONTEXT = "correspondence_panel"
# English column captions (the code finds columns by them); shown translated.
HEADERS = (QT_TRANSLATE_NOOP("correspondence_panel", "Date"),
           QT_TRANSLATE_NOOP("correspondence_panel", "Sent or received"),
           QT_TRANSLATE_NOOP("correspondence_panel", "Channel"),
           QT_TRANSLATE_NOOP("correspondence_panel", "Our people"),
           QT_TRANSLATE_NOOP("correspondence_panel", "Their people"),
           QT_TRANSLATE_NOOP("correspondence_panel", "Summary"),
           QT_TRANSLATE_NOOP("correspondence_panel", "Files"))
SUMMARY_COLUMN = HEADERS.index("Summary")
PEOPLE_COLUMNS = (HEADERS.index("Our people"), HEADERS.index("Their people"))
FILES_COLUMN = HEADERS.index("Files")
LABEL_COLUMNS = {HEADERS.index("Sent or received"): labels.DIRECTIONS,
                 HEADERS.index("Channel"): labels.CHANNELS}
ROW_PADDING = 8
COLUMN_PADDING = 12
FIT_SAMPLE_ROWS = 40
LABEL_MARGIN = 8  # a cell's own margins around its text
# Rows the panel reads at a time: a few screenfuls. Each row read is measured for its
# wrapped height, which costs more than reading it.
PANEL_PAGE_SIZE = 100


def _size(size: int) -> str:
    """A file size a volunteer can read at a glance."""
    if size < 1024:
        return QCoreApplication.translate("correspondence_panel", "%n bytes", "", size)
    locale = babel_locale()
    if size < 1024 * 1024:
        return QCoreApplication.translate("correspondence_panel", "{0} KB").format(
            format_decimal(size / 1024, "0", locale=locale))
    return QCoreApplication.translate("correspondence_panel", "{0} MB").format(
        format_decimal(size / (1024 * 1024), "0.0", locale=locale))


def files_text(count: int) -> str:
    # Words, not a paperclip emoji: many Linux desktops have no emoji font and show a box.
    if not count:
        return ""
    if count == 1:
        return QCoreApplication.translate("correspondence_panel", "%n file", "", count)
    return QCoreApplication.translate("correspondence_panel", "%n files", "", count)


def last_contact_text(days: int | None) -> str:
    if days is None:
        return QCoreApplication.translate("correspondence_panel", "No contact recorded yet")
    if days <= 0:
        return QCoreApplication.translate("correspondence_panel", "Last contact today")
    if days == 1:
        return QCoreApplication.translate("correspondence_panel", "Last contact yesterday")
    return QCoreApplication.translate("correspondence_panel", "Last contact %n days ago", "",
                                      days)


class EntryDialog(QDialog):
    """Add or edit one exchange; saves through the service and stays open on a refusal."""

    def __init__(self, store: Store, pid: str, entry: EntryView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.pid = store, pid
        self.entry_id: str | None = entry.id if entry else None
        self.setWindowTitle(self.tr("Edit exchange") if entry else self.tr("Add exchange"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.on = named(QDateEdit(), self.tr("Date"),
                        self.tr("When the letter, email, call or visit happened"))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        # The service refuses future dates; the calendar should not offer them.
        self.on.setMaximumDate(QDate.currentDate())
        self.on.setDate(_qdate(entry.on) if entry else QDate.currentDate())
        self.direction = named(QComboBox(), self.tr("Sent or received"))
        for value in labels.DIRECTIONS:
            self.direction.addItem(labels.label(labels.DIRECTIONS, value), value)
        self.channel = named(QComboBox(), self.tr("Channel"))
        for value in labels.CHANNELS:
            self.channel.addItem(labels.label(labels.CHANNELS, value), value)
        self.our_people = named(QLineEdit(), self.tr("Our people"),
                                self.tr("Who took part on our side"))
        self.their_people = named(QLineEdit(), self.tr("Their people"),
                                  self.tr("Who took part on the partner city's side"))
        self.summary = named(QPlainTextEdit(), self.tr("Summary"),
                             self.tr("What was said or agreed, in a sentence or two"))
        self.summary.setTabChangesFocus(True)  # Tab moves on; keyboard users are not trapped
        self.summary.setMinimumHeight(100)
        self.summary.setPlaceholderText(self.tr("What was said or agreed, in a sentence or two"))
        if entry:
            self.direction.setCurrentIndex(max(self.direction.findData(entry.direction), 0))
            self.channel.setCurrentIndex(max(self.channel.findData(entry.channel), 0))
            self.our_people.setText(entry.our_people)
            self.their_people.setText(entry.their_people)
            self.summary.setPlainText(entry.summary)
        else:
            self.channel.setCurrentIndex(max(self.channel.findData("email"), 0))
        for caption, widget in ((self.tr("&Date:"), self.on),
                                (self.tr("S&ent or received:"), self.direction),
                                (self.tr("&Channel:"), self.channel),
                                (self.tr("&Our people:"), self.our_people),
                                (self.tr("&Their people:"), self.their_people),
                                (self.tr("&Summary:"), self.summary)):
            form.addRow(caption, widget)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            named(button, button.text().replace("&", ""))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.summary.setFocus()

    def value(self) -> EntryInput:
        return EntryInput(
            on=self.on.date().toPython(), direction=self.direction.currentData(),
            channel=self.channel.currentData(), our_people=self.our_people.text(),
            their_people=self.their_people.text(), summary=self.summary.toPlainText())

    def save(self) -> None:
        try:
            if self.entry_id:
                service.update_entry(self.store, self.entry_id, self.value())
            else:
                self.entry_id = service.add_entry(self.store, self.pid, self.value())
        except UserError as exc:
            self.error.setText(localize(exc))
            return
        self.accept()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TimelineModel(QAbstractTableModel):
    """One partnership's timeline, filtered, read a page at a time as the view scrolls.

    It holds plain rows from the service, never a session. load() reads the first page
    and the number of matching entries; when the view reaches the last row read,
    canFetchMore()/fetchMore() read the next page. With nothing to show, one row carries
    a message instead (the view spans it across the columns).
    """

    def __init__(self, store: Store, pid: str, page_size: int = service.PAGE_SIZE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.pid, self.page_size = store, pid, page_size
        self.rows: list[EntryView] = []
        self.total = 0  # entries matching the filters, read or not
        self.filters = {"channel": "", "direction": "", "text": ""}
        self._ids: set[str] = set()
        self._texts: dict[int, tuple[str, ...]] = {}  # a row's cells, made when first shown

    def load(self, channel: str = "", direction: str = "", text: str = "",
             at_least: int = 0) -> None:
        """Read the first page with these filters (at least `at_least` rows)."""
        filters = {"channel": channel or "", "direction": direction or "", "text": text or ""}
        page = service.entry_page(self.store, self.pid, **filters,
                                  limit=max(self.page_size, at_least))
        self.beginResetModel()
        self.filters = filters
        self.rows = list(page.rows)
        self.total = page.total if self.rows else 0
        self._ids = {entry.id for entry in self.rows}
        self._texts.clear()
        self.endResetModel()

    def filtered(self) -> bool:
        return any(value.strip() for value in self.filters.values())

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self.read_more(self.page_size)

    def read_more(self, count: int) -> None:
        """Read up to `count` more rows (the next page, or several at once)."""
        more = [entry for entry in service.entries(self.store, self.pid, **self.filters,
                                                   limit=count, offset=len(self.rows))
                if entry.id not in self._ids]  # an entry added meanwhile shifts the pages
        if not more:  # fewer than counted (deleted meanwhile): stop asking
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.rows.extend(more)
        self._ids.update(entry.id for entry in more)
        self.endInsertRows()

    def row_of(self, entry_id: str) -> int:
        return next((row for row, entry in enumerate(self.rows) if entry.id == entry_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else max(len(self.rows), 1)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == FILES_COLUMN:
            # The panel's words (its translation context), now shown by its model.
            return QCoreApplication.translate("CorrespondencePanel", "Attached files")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self.rows:  # a message, not a row to select
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)

    def _cells(self, row: int) -> tuple[str, ...]:
        cells = self._texts.get(row)
        if cells is None:
            entry = self.rows[row]
            cells = self._texts[row] = (
                i18n.format_day(entry.on), labels.label(labels.DIRECTIONS, entry.direction),
                labels.label(labels.CHANNELS, entry.channel), entry.our_people,
                entry.their_people, entry.summary, files_text(len(entry.attachments)))
        return cells

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Measuring a row asks every cell for a dozen roles: answer the others at once.
        if role not in SHOWN_ROLES or not index.isValid():
            return None
        if not self.rows:
            if index.column() == 0 and role == Qt.ItemDataRole.DisplayRole:
                if self.filtered():
                    return QCoreApplication.translate("CorrespondencePanel",
                                                      "No exchange matches these filters.")
                return QCoreApplication.translate(
                    "CorrespondencePanel", "No exchanges recorded yet. Use “Add exchange…” for "
                                           "the first letter, email or call.")
            return None
        entry = self.rows[index.row()]
        if role == ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == FILES_COLUMN \
                and entry.attachments:
            return QCoreApplication.translate("CorrespondencePanel", "%n attached: {0}", "",
                                              len(entry.attachments)).format(
                ", ".join(a.name for a in entry.attachments))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells(index.row())[index.column()]
        return None


class PaddedRows(QStyledItemDelegate):
    """Cells ask for ROW_PADDING more height: wrapped rows get a little air between them.

    Measuring rows with this padding built in takes one call per row (or one for all),
    where adding it afterwards took a second call per row.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + ROW_PADDING)


class CellText:
    """A cell's text and tooltip, read the way a QTableWidgetItem is."""

    def __init__(self, text: str, tip: str) -> None:
        self._text, self._tip = text, tip

    def text(self) -> str:
        return self._text

    def toolTip(self) -> str:  # noqa: N802 (Qt name)
        return self._tip


class TimelineView(QTableView):
    """The timeline table; rowCount() and item() read it as the QTableWidget it replaced."""

    def rowCount(self) -> int:  # noqa: N802 (Qt name)
        return self.model().rowCount()

    def item(self, row: int, column: int) -> CellText | None:
        index = self.model().index(row, column)
        if not index.isValid():
            return None
        return CellText(index.data() or "", index.data(Qt.ItemDataRole.ToolTipRole) or "")


class CorrespondencePanel(QGroupBox):
    """Every exchange with the partner city, newest first; each change is saved at once."""

    changed = Signal()  # an entry or attachment was saved or removed
    failed = Signal(str)  # a clear message for the user

    def __init__(self, store: Store, pid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Correspondence"))
        self.store, self.pid = store, pid
        self.model = TimelineModel(store, pid, PANEL_PAGE_SIZE, parent=self)
        self._columns_fitted = False
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "Record every letter, email, call and visit, with the files that went with them, so "
            "anyone on the committee can pick up where the last person left off.")))
        self.last_contact_label = QLabel()
        font = self.last_contact_label.font()
        font.setBold(True)
        self.last_contact_label.setFont(font)
        layout.addWidget(self.last_contact_label)

        filters = QHBoxLayout()
        self.channel_filter = named(QComboBox(), self.tr("Show channel"))
        self.channel_filter.addItem(self.tr("All channels"), "")
        for value in labels.CHANNELS:
            self.channel_filter.addItem(labels.label(labels.CHANNELS, value), value)
        self.direction_filter = named(QComboBox(), self.tr("Show sent or received"))
        self.direction_filter.addItem(self.tr("Sent and received"), "")
        for value in labels.DIRECTIONS:
            self.direction_filter.addItem(labels.label(labels.DIRECTIONS, value), value)
        self.search = named(QLineEdit(), self.tr("Search the correspondence"),
                            self.tr("Finds words in the summary and in the people's names"))
        self.search.setPlaceholderText(self.tr("Search summaries and names…"))
        self.search.setClearButtonEnabled(True)
        show = QLabel(self.tr("S&how:"))
        show.setBuddy(self.channel_filter)
        filters.addWidget(show)
        filters.addWidget(self.channel_filter)
        filters.addWidget(self.direction_filter)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)

        # How many exchanges match, above a list that reads them a page at a time.
        self.count_label = QLabel()
        layout.addWidget(self.count_label)

        self.table = named(TimelineView(), self.tr("Correspondence timeline"),
                           self.tr("Newest first. Double-click an exchange to edit it."))
        self.table.setModel(self.model)
        self.table.setItemDelegate(PaddedRows(self.table))
        self.table.verticalHeader().setVisible(False)
        # Fitting a column to its text measures the rows on screen and this many more, not
        # every row read (dates and labels are much alike; the padding absorbs the rest).
        self.table.verticalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(240)
        header = self.table.horizontalHeader()
        # People can be long lists of names: cap them so the summary keeps most of the room.
        for column in PEOPLE_COLUMNS:
            self.table.setColumnWidth(column, 170)
        header.setSectionResizeMode(SUMMARY_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Wrapped rows must be measured again once the columns have their real widths.
        self._fit_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_rows.timeout.connect(self._fit_row_heights)
        header.sectionResized.connect(lambda *_args: self._fit_rows.start())
        self.model.rowsInserted.connect(self._rows_read)  # the next page, while scrolling
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self._selection_changed())
        self.table.activated.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table, 1)

        self.attachments_caption = QLabel(self.tr("Files attached to the selected exchange:"))
        layout.addWidget(self.attachments_caption)
        self.attachments = named(QListWidget(), self.tr("Files attached to the selected exchange"),
                                 self.tr("Double-click a file to open it"))
        self.attachments.setMaximumHeight(80)
        self.attachments.itemActivated.connect(lambda item: self._open(item.data(ID_ROLE)))
        layout.addWidget(self.attachments)

        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()  # takes no room until there is something to say
        layout.addWidget(self.error)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add exchange…"))
        self.add_button.clicked.connect(self.add_with_dialog)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.attach_button = QPushButton(self.tr("Attach &file…"))
        self.attach_button.clicked.connect(self.attach_with_dialog)
        self.open_button = QPushButton(self.tr("&Open attachment"))
        self.open_button.clicked.connect(self.open_attachment)
        self.remove_attachment_button = QPushButton(self.tr("Remove attachment"))
        self.remove_attachment_button.clicked.connect(self.remove_selected_attachment)
        for button, name in ((self.add_button, self.tr("Add exchange")),
                             (self.edit_button, self.tr("Edit exchange")),
                             (self.delete_button, self.tr("Delete exchange")),
                             (self.attach_button, self.tr("Attach file")),
                             (self.open_button, self.tr("Open attachment")),
                             (self.remove_attachment_button, self.tr("Remove attachment"))):
            named(button, name)
            buttons.addWidget(button)
        buttons.insertStretch(3, 1)  # entry actions on the left, file actions on the right
        layout.addLayout(buttons)

        # A change of filters reads the first page and the count again, on the UI thread:
        # indexed queries of the columns shown take milliseconds, tens of them for a
        # partnership with ten thousand exchanges; measuring the rows' heights costs more.
        self.channel_filter.currentIndexChanged.connect(lambda _index: self.reload())
        self.direction_filter.currentIndexChanged.connect(lambda _index: self.reload())
        self.search.textChanged.connect(lambda _text: self.reload())
        self.reload()

    # --- showing --------------------------------------------------------------

    def reload(self, keep_rows: bool = False) -> None:
        """Read the timeline again with the current filters, keeping the selection.

        With `keep_rows` (after a change saved here) as many rows as were read before are
        read again, so the selected exchange is still there; a change of filters starts
        again from the first page.
        """
        keep = self.selected_entry()
        self.model.load(self.channel_filter.currentData(), self.direction_filter.currentData(),
                        self.search.text(), at_least=len(self.model.rows) if keep_rows else 0)
        self.last_contact_label.setText(
            last_contact_text(service.days_since_last_contact(self.store, self.pid)))
        self.table.clearSpans()
        if self.model.rows:  # the spanned "nothing here" line would widen the date column
            if not self._columns_fitted:
                self._fit_columns()
        else:
            self.table.setSpan(0, 0, 1, len(HEADERS))
        self._fit_row_heights()
        self._fit_rows.stop()  # the columns fitted above: rows are measured already
        self._show_count()
        if keep is not None:
            self.select_entry(keep.id, read_more=False)
        self._selection_changed()

    def _show_count(self) -> None:
        total, shown = self.model.total, len(self.model.rows)
        locale = babel_locale()
        number = format_decimal(total, locale=locale)
        # Plural forms chosen by the count; the number itself is Babel's (thousands marks).
        if self.model.filtered():
            text = self.tr("{0} exchange(s) match", "", total).format(number)
        else:
            text = self.tr("{0} exchange(s)", "", total).format(number)
        if shown < total:
            text = self.tr("{0}; the newest {1} are shown, scroll down for more").format(
                text, format_decimal(shown, locale=locale))
        self.count_label.setText(text)

    def _rows_read(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._fit_row_heights(first, last)
        self._show_count()

    def _fit_columns(self) -> None:
        """Short columns fit their text plus some air; the summary takes the rest.

        Done when the first rows arrive; later pages and filters keep the widths (and any
        the user chose). The two label columns fit their longest label, shown or not.
        """
        metrics = self.table.fontMetrics()
        for column in range(len(HEADERS)):
            if column == SUMMARY_COLUMN or column in PEOPLE_COLUMNS:
                continue
            self.table.resizeColumnToContents(column)
            width = self.table.columnWidth(column)
            words = LABEL_COLUMNS.get(column)
            if words is not None:
                width = max(width, LABEL_MARGIN + max(
                    metrics.horizontalAdvance(labels.label(words, value)) for value in words))
            self.table.setColumnWidth(column, width + COLUMN_PADDING)
        self._columns_fitted = True

    def _fit_row_heights(self, first: int = 0, last: int | None = None) -> None:
        """Wrapped rows as tall as their text plus the delegate's air: every row read, or
        the rows `first` to `last` (a page just read)."""
        if last is None:
            self.table.resizeRowsToContents()
            return
        for row in range(first, last + 1):
            self.table.resizeRowToContents(row)

    def select_entry(self, entry_id: str, read_more: bool = True) -> bool:
        """Select an exchange; with `read_more`, reads further pages until it is found."""
        row = self.model.row_of(entry_id)
        count = self.model.page_size
        while row < 0 and read_more and self.model.canFetchMore():
            first = len(self.model.rows)
            self.model.read_more(count)
            count *= 2  # far down a long timeline: a few reads, not one per page
            row = next((r for r in range(first, len(self.model.rows))
                        if self.model.rows[r].id == entry_id), -1)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_entry(self) -> EntryView | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _selection_changed(self) -> None:
        entry = self.selected_entry()
        self.attachments.clear()
        for attachment in entry.attachments if entry else ():
            item = QListWidgetItem(f"{attachment.name}  ({_size(attachment.size)})")
            item.setData(ID_ROLE, attachment.id)
            self.attachments.addItem(item)
        if entry is None:
            self.attachments_caption.setText(
                self.tr("Select an exchange to see its attached files."))
        elif entry.attachments:
            self.attachments_caption.setText(
                self.tr("Files attached to the exchange of {0}:").format(i18n.format_day(entry.on)))
        else:
            self.attachments_caption.setText(
                self.tr("No files attached to the exchange of {0}. Use “Attach file…” to add a "
                        "scan, a photo or a document.").format(i18n.format_day(entry.on)))

    # --- helpers --------------------------------------------------------------

    def _report(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.failed.emit(text)

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def _saved(self) -> None:
        self._clear_error()
        self.reload(keep_rows=True)
        self.changed.emit()

    def _need_entry(self) -> EntryView | None:
        entry = self.selected_entry()
        if entry is None:
            self._report(self.tr("Select an exchange in the table first."))
        return entry

    def _show_new(self, entry_id: str) -> None:
        """Select a just-saved entry, clearing filters that would hide it."""
        if not self.select_entry(entry_id):
            for widget in (self.channel_filter, self.direction_filter, self.search):
                widget.blockSignals(True)
            self.channel_filter.setCurrentIndex(0)
            self.direction_filter.setCurrentIndex(0)
            self.search.clear()
            for widget in (self.channel_filter, self.direction_filter, self.search):
                widget.blockSignals(False)
            self.reload()
            self.select_entry(entry_id)

    # --- actions --------------------------------------------------------------

    def add_entry(self, entry: EntryInput) -> str | None:
        """Save a new exchange; returns its id, or None after showing why it was refused."""
        try:
            entry_id = service.add_entry(self.store, self.pid, entry)
        except UserError as exc:
            self._report(localize(exc))
            return None
        self._saved()
        self._show_new(entry_id)
        return entry_id

    def add_with_dialog(self) -> None:
        dialog = EntryDialog(self.store, self.pid, parent=self)
        if dialog.exec() and dialog.entry_id:
            self._saved()
            self._show_new(dialog.entry_id)

    def edit_selected(self) -> None:
        entry = self._need_entry()
        if entry is None:
            return
        dialog = EntryDialog(self.store, self.pid, entry, parent=self)
        if dialog.exec():
            self._saved()
            self._show_new(entry.id)

    def delete_selected(self) -> None:
        entry = self._need_entry()
        if entry is None:
            return
        files = len(entry.attachments)
        question = self.tr("Delete the exchange of {0}?\n\n“{1}”").format(
            i18n.format_day(entry.on), entry.summary[:200])
        if files == 1:
            question += "\n\n" + self.tr("Its %n attached file will be moved to the “deleted” "
                                          "folder inside the attachments folder.", "", files)
        elif files:
            question += "\n\n" + self.tr("Its %n attached files will be moved to the “deleted” "
                                          "folder inside the attachments folder.", "", files)
        answer = QMessageBox.question(self, self.tr("Delete exchange"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.delete_entry(self.store, entry.id)
        except UserError as exc:
            self._report(localize(exc))
            return
        self.table.clearSelection()
        self._saved()

    def attach_file(self, entry_id: str, path: Path | str) -> str | None:
        """Copy a file into the data folder and attach it; None after showing a refusal."""
        try:
            attachment_id = service.attach(self.store, entry_id, Path(path))
        except UserError as exc:
            self._report(localize(exc))
            return None
        self._saved()
        self.select_entry(entry_id)
        return attachment_id

    def attach_with_dialog(self) -> None:
        entry = self._need_entry()
        if entry is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Attach a file to the exchange of {0}").format(i18n.format_day(entry.on)),
            str(Path.home()))
        if path:
            self.attach_file(entry.id, path)

    def _attachment(self, attachment_id: str) -> AttachmentView | None:
        for entry in self.model.rows:
            for attachment in entry.attachments:
                if attachment.id == attachment_id:
                    return attachment
        return None

    def _open(self, attachment_id: str) -> None:
        attachment = self._attachment(attachment_id)
        if attachment is None:
            return
        if not attachment.path.is_file():
            self._report(self.tr("The copy of {0} is missing from the attachments folder "
                                 "({1}).").format(attachment.name, attachment.path.parent))
            return
        self._clear_error()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(attachment.path))):
            self._report(self.tr("No program on this computer opens {0}.")
                         .format(attachment.name))

    def open_attachment(self) -> None:
        """Open the selected file; with several and none selected, offer a short menu."""
        entry = self._need_entry()
        if entry is None:
            return
        current = self.attachments.currentItem()
        if current is not None and current.isSelected():
            self._open(current.data(ID_ROLE))
        elif not entry.attachments:
            self._report(self.tr("This exchange has no attached files. Use “Attach file…” "
                                 "first."))
        elif len(entry.attachments) == 1:
            self._open(entry.attachments[0].id)
        else:
            menu = QMenu(self)
            for attachment in entry.attachments:
                action = menu.addAction(attachment.name)
                action.setData(attachment.id)
            chosen = menu.exec(self.open_button.mapToGlobal(QPoint(0, self.open_button.height())))
            if chosen is not None:
                self._open(chosen.data())

    def remove_selected_attachment(self) -> None:
        item = self.attachments.currentItem()
        attachment = self._attachment(item.data(ID_ROLE)) if item is not None else None
        if attachment is None:
            self._report(self.tr("Select a file in the list of attached files first."))
            return
        answer = QMessageBox.question(
            self, self.tr("Remove attachment"),
            self.tr("Remove {0} from this exchange?\n\nThe copy is moved to the “deleted” folder "
                    "inside the attachments folder; your original file is not touched.")
            .format(attachment.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.remove_attachment(self.store, attachment.id)
        except UserError as exc:
            self._report(localize(exc))
            return
        self._saved()
