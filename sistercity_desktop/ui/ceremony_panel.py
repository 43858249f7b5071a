"""The ceremony planner on step 6: time, order of events, roles, gifts, seating and papers."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import available_timezones

from babel.dates import format_date
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
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
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.protocol.ceremony import ROLES, TimedEvent, presets
from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES, country_name, language_name
from sistercity_desktop.services import ceremony, ceremony_docs
from sistercity_desktop.services.documents import file_name
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.fields import CommitLineEdit
from sistercity_desktop.ui.i18n import localize
from sistercity_desktop.ui.pdf_preview import PdfPreview, render_and_preview
from sistercity_desktop.ui.seating_view import SeatingView

START, MINUTES, TITLE_OURS, TITLE_THEIRS, WHO, CUE = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole
NO_TIME = "—"
# Module-level words are English sources (context "ceremony"), translated when shown.
# The role names of protocol.ceremony.ROLE_LABELS, shown through role_name().
ROLE_WORDS = {
    "mc": QT_TRANSLATE_NOOP("ceremony", "Master of ceremonies"),
    "host_signatory": QT_TRANSLATE_NOOP("ceremony", "Host signatory"),
    "guest_signatory": QT_TRANSLATE_NOOP("ceremony", "Guest signatory"),
    "host_council_chair": QT_TRANSLATE_NOOP("ceremony", "Host council chair"),
    "guest_council_chair": QT_TRANSLATE_NOOP("ceremony", "Guest council chair"),
    "diplomatic_guest": QT_TRANSLATE_NOOP("ceremony", "Diplomatic guest"),
    "protocol_officer": QT_TRANSLATE_NOOP("ceremony", "Protocol officer"),
    "signing_assistant": QT_TRANSLATE_NOOP("ceremony", "Signing assistant"),
    "host_interpreter": QT_TRANSLATE_NOOP("ceremony", "Host interpreter"),
    "guest_interpreter": QT_TRANSLATE_NOOP("ceremony", "Guest interpreter"),
    "performers": QT_TRANSLATE_NOOP("ceremony", "Performers"),
    "press": QT_TRANSLATE_NOOP("ceremony", "Press"),
}
ROLE_HINTS = {
    "mc": QT_TRANSLATE_NOOP(
        "ceremony", "Announces each item of the programme; usually provided by the host."),
    "protocol_officer": QT_TRANSLATE_NOOP(
        "ceremony", "Seats people, passes the documents and arranges the photo."),
    "signing_assistant": QT_TRANSLATE_NOOP(
        "ceremony", "Stands behind the signatories and turns the pages to sign."),
    "host_interpreter": QT_TRANSLATE_NOOP(
        "ceremony", "Sits beside or just behind the host signatory."),
    "guest_interpreter": QT_TRANSLATE_NOOP(
        "ceremony", "Sits beside or just behind the guest signatory."),
    "diplomatic_guest": QT_TRANSLATE_NOOP(
        "ceremony", "E.g. a consul or ambassador who offers congratulations."),
}
DOCUMENTS = (("ceremony_programme", QT_TRANSLATE_NOOP("ceremony", "Guests' &programme…")),
             ("run_of_show", QT_TRANSLATE_NOOP("ceremony", "&Run-of-show…")),
             ("seating_plan", QT_TRANSLATE_NOOP("ceremony", "Seating plan (P&DF)…")))


def words(english: str) -> str:
    """One of this module's marked English sources in the interface language."""
    return QCoreApplication.translate("ceremony", english) if english else ""


def role_name(role: str) -> str:
    """A role in the interface language; the service's English word is the source."""
    return words(ceremony.role_label(role)) if role in ROLES else ceremony.role_label(role)


def role_hint(role: str) -> str:
    return words(ROLE_HINTS.get(role, ""))


def display_locale() -> str:
    """The interface language as a Babel locale name, for names and dates from CLDR."""
    return str(i18n.babel_locale())


def interface_document_language() -> str:
    """The document language matching the interface language, else English."""
    language = {"zh_CN": "zh-Hans", i18n.PSEUDO: "en"}.get(i18n.current(), i18n.current())
    return language if language in DOCUMENT_LANGUAGES else "en"




def side_of_role(role: str, host: str) -> str:
    """The stored side of a role: host_… and guest_… belong to a city, the rest to none."""
    guest = "theirs" if host == "ours" else "ours"
    if role.startswith("host_"):
        return host
    return guest if role.startswith("guest_") else "neutral"


def role_pairs() -> list[tuple[str, str]]:
    """Roles two by two: host and guest side by side, then the others."""
    paired = [(r, "guest_" + r[len("host_"):]) for r in ROLES
              if r.startswith("host_") and "guest_" + r[len("host_"):] in ROLES]
    used = {r for pair in paired for r in pair}
    rest = [r for r in ROLES if r not in used]
    return paired + [(rest[i], rest[i + 1] if i + 1 < len(rest) else "")
                     for i in range(0, len(rest), 2)]


def who_text(stored: str) -> str:
    """Role keys ("mc, performers") as words; anything else as typed."""
    parts = [p.strip() for p in stored.split(",") if p.strip()]
    return ", ".join(role_name(p) if p in ROLES else p for p in parts)


def who_keys(text: str) -> str:
    """Words typed in the Who column back to role keys where they name a role."""
    # The English words too, so a list typed or pasted in English is understood.
    by_label = {ceremony.role_label(r).lower(): r for r in ROLES}
    by_label |= {role_name(r).lower(): r for r in ROLES}
    parts = [p.strip() for p in text.split(",") if p.strip()]
    return ", ".join(by_label.get(p.lower(), p) for p in parts)


def duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours:
        return QCoreApplication.translate("ceremony", "{0} h {1} min").format(hours, rest)
    return QCoreApplication.translate("ceremony", "{0} min").format(rest)


class MinutesDelegate(QStyledItemDelegate):
    """Minutes are edited with a spin box limited to what the service accepts."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,  # noqa: N802
                     _index: QModelIndex) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(1, 600)
        spin.setSuffix(self.tr(" min"))
        spin.setAccessibleName(self.tr("Minutes"))
        return spin


class CeremonyPanel(QGroupBox):
    """Plans the signing ceremony; every change is saved at once."""

    failed = Signal(str)
    changed = Signal()

    def __init__(self, store: Store, pid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Ceremony planner"))
        self.store, self.pid = store, pid
        self.preview: PdfPreview | None = None
        self.cities = ceremony.cities(store, pid)
        self.view = ceremony.view(store, pid)
        self._loading = False
        self._default_zone()

        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "Plan the day step by step: when it starts, the order of events, who does what, "
            "the gifts and where everyone sits. Everything is saved as you type; the three "
            "documents at the bottom are made from it.")))
        layout.addWidget(self._schedule_box())
        layout.addWidget(self._events_box())
        layout.addWidget(self._roles_box())
        layout.addWidget(self._gifts_box())
        layout.addWidget(self._seating_box())
        layout.addWidget(self._documents_box())
        layout.addStretch(1)  # extra height goes below, not between the sections
        self._load_events()
        self._load_gifts()
        self._load_seating()

    # --- names of the two sides --------------------------------------------------------

    def _city(self, side: str) -> str:
        return self.cities.ours if side == "ours" else self.cities.theirs

    def _host_and_guest(self) -> tuple[str, str]:
        host = self.view.host
        return self._city(host), self._city("theirs" if host == "ours" else "ours")

    def _zone_of(self, host: str) -> str:
        return self.cities.ours_zone if host == "ours" else self.cities.theirs_zone

    def _default_zone(self) -> None:
        """A new plan starts in the host city's time zone, when the city's zone is known."""
        zone = self._zone_of(self.view.host)
        if self.view.timezone or not zone:
            return
        try:
            ceremony.set_schedule(self.store, self.pid, self.view.start, zone, self.view.host)
        except UserError:
            return  # the field stays empty; the user picks a zone
        self.view = ceremony.view(self.store, self.pid)

    # --- when and who hosts -------------------------------------------------------------

    def _schedule_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("When, and who hosts"))
        form = QFormLayout(box)
        self.start_edit = named(CommitLineEdit(), self.tr("Start time"),
                                self.tr("The local time the ceremony begins, as HH:MM (24-hour "
                                        "clock)."))
        self.start_edit.setPlaceholderText(self.tr("HH:MM, e.g. 14:00"))
        self.start_edit.setMaximumWidth(160)
        self.start_edit.load(self.view.start)
        self.start_edit.committed.connect(lambda _text: self._save_schedule())
        self.start_message = QLabel()
        self.start_message.setWordWrap(True)
        self.start_message.setStyleSheet("color: #a40000;")
        row = QHBoxLayout()
        row.addWidget(self.start_edit)
        row.addWidget(self.start_message, 1)
        start_label = QLabel(self.tr("Start t&ime:"))
        start_label.setBuddy(self.start_edit)
        form.addRow(start_label, row)

        self.zone_box = named(QComboBox(), self.tr("Time zone"),
                              self.tr("Where the ceremony takes place, e.g. Asia/Tokyo. Type "
                                      "part of a city's name to find it."))
        self.zone_box.setEditable(True)
        self.zone_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        zones = sorted(available_timezones())
        self.zone_box.addItems(zones)
        completer = QCompleter(zones, self.zone_box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "tokyo" finds Asia/Tokyo
        self.zone_box.setCompleter(completer)
        self.zone_box.setMinimumWidth(260)
        self.zone_box.setMaximumWidth(360)
        self.zone_box.setEditText(self.view.timezone)
        self.zone_box.lineEdit().setPlaceholderText(self.tr("e.g. Asia/Tokyo"))
        self.zone_box.lineEdit().setAccessibleName(self.tr("Time zone"))
        self.zone_box.activated.connect(lambda _index: self._zone_edited())
        self.zone_box.lineEdit().editingFinished.connect(self._zone_edited)
        zone_label = QLabel(self.tr("Time &zone:"))
        zone_label.setBuddy(self.zone_box)
        form.addRow(zone_label, self.zone_box)

        self.host_ours = named(
            QRadioButton(self.tr("Our city hosts ({0})").format(self.cities.ours)),
            self.tr("Our city hosts the ceremony"))
        self.host_theirs = named(
            QRadioButton(self.tr("The partner city hosts ({0})").format(
                self.cities.theirs or self.tr("partner"))),
            self.tr("The partner city hosts the ceremony"))
        group = QButtonGroup(self)
        group.addButton(self.host_ours)
        group.addButton(self.host_theirs)
        (self.host_ours if self.view.host == "ours" else self.host_theirs).setChecked(True)
        self.host_ours.toggled.connect(lambda _on: self._host_changed())
        hosts = QHBoxLayout()
        hosts.addWidget(self.host_ours)
        hosts.addWidget(self.host_theirs)
        hosts.addStretch(1)
        form.addRow(self.tr("Host:"), hosts)
        self.date_note = wrapped("")
        form.addRow(self.tr("Date:"), self.date_note)
        return box

    def _zone_edited(self) -> None:
        if self.zone_box.currentText().strip() != self.view.timezone:
            self._save_schedule()

    def _host(self) -> str:
        return "ours" if self.host_ours.isChecked() else "theirs"

    def _save_schedule(self, zone: str | None = None) -> bool:
        start = self.start_edit.text().strip()
        zone = self.zone_box.currentText().strip() if zone is None else zone
        try:
            ceremony.set_schedule(self.store, self.pid, start, zone, self._host())
        except UserError as exc:
            self.start_message.setText(localize(exc))
            self.failed.emit(localize(exc))
            self._load_schedule()  # show what is stored, never unsaved text
            return False
        self.start_message.clear()
        self.view = ceremony.view(self.store, self.pid)
        self.start_edit.load(self.view.start)  # e.g. " 9:30 " is kept as "9:30"
        self.zone_box.setEditText(self.view.timezone)
        self._fill_times()
        self.changed.emit()
        return True

    def _load_schedule(self) -> None:
        self.view = ceremony.view(self.store, self.pid)
        self.start_edit.load(self.view.start)
        self.zone_box.setEditText(self.view.timezone)
        for button, host in ((self.host_ours, "ours"), (self.host_theirs, "theirs")):
            button.blockSignals(True)
            button.setChecked(self.view.host == host)
            button.blockSignals(False)
        self._fill_times()

    def _host_changed(self) -> None:
        old, new = self.view.host, self._host()
        if old == new:
            return
        zone = self.zone_box.currentText().strip()
        if not zone or zone == self._zone_of(old):
            zone = self._zone_of(new) or zone  # the ceremony moves to the new host's city
        if not self._save_schedule(zone):
            return
        self._keep_names_with_cities(old, new)
        self._build_roles()
        self._load_seating()

    def _keep_names_with_cities(self, old: str, new: str) -> None:
        """The host changed: each city's people keep their names (host_… becomes guest_…)."""
        stored = {(r.role, r.side): r for r in self.view.roles}
        for host_role, guest_role in role_pairs():
            if not host_role.startswith("host_") or not guest_role:
                continue
            for side in ("ours", "theirs"):
                was = host_role if side == old else guest_role
                now = host_role if side == new else guest_role
                record = stored.get((was, side))
                if record is None or not record.name or was == now:
                    continue
                try:
                    ceremony.set_role(self.store, self.pid, now, side, record.name, record.title)
                    ceremony.set_role(self.store, self.pid, was, side, "", "")
                except UserError as exc:
                    self.failed.emit(localize(exc))
        self.view = ceremony.view(self.store, self.pid)

    # --- order of events ----------------------------------------------------------------

    def _events_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Order of events"))
        column = QVBoxLayout(box)
        column.addWidget(wrapped(self.tr(
            "Start from an order of events used in practice, then adjust it: type in a cell "
            "to change a title, the minutes, who takes part or the note for the organisers. "
            "Changes are saved at once.")))
        row = QHBoxLayout()
        self.preset_box = named(QComboBox(), self.tr("Ready-made order of events"))
        for key, name in ceremony_docs.preset_names(interface_document_language()):
            self.preset_box.addItem(name, key)
        preset_label = QLabel(self.tr("Read&y-made order:"))
        preset_label.setBuddy(self.preset_box)
        self.apply_button = QPushButton(self.tr("Use this &order of events"))
        self.apply_button.clicked.connect(
            lambda: self.apply_preset(self.preset_box.currentData()))
        row.addWidget(preset_label)
        row.addWidget(self.preset_box)
        row.addWidget(self.apply_button)
        row.addStretch(1)
        column.addLayout(row)
        self.preset_note = wrapped("", italic=True)
        column.addWidget(self.preset_note)
        self.preset_box.currentIndexChanged.connect(self._preset_chosen)
        self._preset_chosen()

        display = display_locale()
        ours = language_name(self.view.ours_language, display) or self.view.ours_language
        theirs = language_name(self.view.theirs_language, display) or self.view.theirs_language
        headers = [self.tr("Starts"), self.tr("Minutes"), self.tr("Title in {0}").format(ours),
                   self.tr("Title in {0}").format(theirs), self.tr("Who"),
                   self.tr("Note for the organisers")]
        self.events_table = named(QTableWidget(0, len(headers)), self.tr("Order of events"))
        self.events_table.setHorizontalHeaderLabels(headers)
        self.events_table.verticalHeader().setVisible(False)
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events_table.setWordWrap(False)
        self.events_table.setItemDelegateForColumn(MINUTES, MinutesDelegate(self.events_table))
        header = self.events_table.horizontalHeader()
        for index, width in ((START, 62), (MINUTES, 75), (TITLE_OURS, 260), (TITLE_THEIRS, 180),
                             (WHO, 210)):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            self.events_table.setColumnWidth(index, width)
        header.setSectionResizeMode(CUE, QHeaderView.ResizeMode.Stretch)
        self.events_table.itemChanged.connect(self._cell_changed)
        column.addWidget(self.events_table)

        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add &event"), self.add_event),
                           (self.tr("Remo&ve event"), self.remove_event),
                           (self.tr("Move &up"), lambda: self.move_event(-1)),
                           (self.tr("&Move down"), lambda: self.move_event(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.total_label = wrapped("")
        column.addWidget(self.total_label)
        return box

    def _preset_chosen(self) -> None:
        preset = presets().get(self.preset_box.currentData())
        self.preset_note.setText(preset.described(i18n.document_language()) if preset else "")

    def apply_preset(self, key: str, confirm: bool = True) -> bool:
        """Replace the order of events with a preset; asks first if there is one already."""
        if self.view.events and confirm:
            name = self.preset_box.itemText(max(self.preset_box.findData(key), 0))
            answer = QMessageBox.question(
                self, self.tr("Use this order of events"),
                self.tr("Replace the %n event(s) already planned with the “{0}” order? Your "
                        "changes to them will be lost.", "", len(self.view.events)).format(name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if not self._run(lambda: ceremony.apply_preset(self.store, self.pid, key)):
            return False
        self._load_events()
        return True

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except UserError as exc:
            self.failed.emit(localize(exc))
            return False
        self.changed.emit()
        return True

    def _load_events(self, select: int | None = None) -> None:
        self.view = ceremony.view(self.store, self.pid)
        self._loading = True
        table = self.events_table
        table.setRowCount(len(self.view.events))
        for row, event in enumerate(self.view.events):
            start = QTableWidgetItem(NO_TIME)
            start.setFlags(start.flags() & ~Qt.ItemFlag.ItemIsEditable)
            start.setData(ID_ROLE, event.id)
            minutes = QTableWidgetItem()
            minutes.setData(Qt.ItemDataRole.EditRole, event.minutes)
            for column, item in ((START, start), (MINUTES, minutes),
                                 (TITLE_OURS, QTableWidgetItem(event.title_ours)),
                                 (TITLE_THEIRS, QTableWidgetItem(event.title_theirs)),
                                 (WHO, QTableWidgetItem(who_text(event.who))),
                                 (CUE, QTableWidgetItem(event.cue))):
                if column not in (START, MINUTES):
                    item.setToolTip(item.text())  # long texts are cut short in the cell
                table.setItem(row, column, item)
        self._loading = False
        # Show every event without a scroll bar of its own: the page already scrolls.
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(table.horizontalHeader().height() + max(rows, 90)
                             + 2 * table.frameWidth() + 4)
        if select is not None and 0 <= select < table.rowCount():
            table.selectRow(select)
        self._fill_times()

    def _times(self) -> list[TimedEvent] | None:
        v = self.view
        if not (v.on and v.start and v.timezone and v.events):
            return None
        try:
            return ceremony.timed_events(self.store, self.pid)
        except UserError:
            return None

    def _fill_times(self) -> None:
        """Clock times, the date note and the total, from what is stored."""
        v = self.view
        times = self._times()
        self._loading = True
        for row in range(self.events_table.rowCount()):
            item = self.events_table.item(row, START)
            if item is not None:
                item.setText(times[row].start.strftime("%H:%M")
                             if times and row < len(times) else NO_TIME)
        self._loading = False
        if v.on is None:
            self.date_note.setText(self.tr("Set the ceremony date above to see clock times."))
        else:
            when = format_date(v.on, "full", locale=i18n.babel_locale())
            self.date_note.setText(
                self.tr("{0} (the “Ceremony date” above).").format(when)
                if v.start and v.timezone else
                self.tr("{0} (the “Ceremony date” above). Type the start time and the time "
                        "zone to see clock times.").format(when))
        total, count = sum(e.minutes for e in v.events), len(v.events)
        if not v.events:
            self.total_label.setText(self.tr("No events yet: choose a ready-made order above, "
                                             "or add events one by one."))
        elif times:
            self.total_label.setText(
                self.tr("%n event(s), {0} in all: from {1} to {2} ({3}).", "", count).format(
                    duration(total), f"{times[0].start:%H:%M}", f"{times[-1].end:%H:%M}",
                    v.timezone))
        elif v.on is None:
            self.total_label.setText(
                self.tr("%n event(s), {0} in all. Set the ceremony date above to see clock "
                        "times.", "", count).format(duration(total)))
        else:
            self.total_label.setText(
                self.tr("%n event(s), {0} in all. Clock times appear once the start time and "
                        "time zone are set.", "", count).format(duration(total)))

    def refresh_times(self) -> None:
        """Re-read the date and times (e.g. after the ceremony date changed on the page)."""
        self.view = ceremony.view(self.store, self.pid)
        self._fill_times()

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() == START:
            return
        row = item.row()
        table = self.events_table
        event_id = table.item(row, START).data(ID_ROLE)
        minutes = table.item(row, MINUTES).data(Qt.ItemDataRole.EditRole)
        try:
            ceremony.update_event(
                self.store, event_id, table.item(row, TITLE_OURS).text(),
                table.item(row, TITLE_THEIRS).text(), int(minutes or 0),
                who_keys(table.item(row, WHO).text()), table.item(row, CUE).text())
        except (UserError, ValueError) as exc:
            self.failed.emit(localize(exc))
            self._restore_row(row)
            return
        self.view = ceremony.view(self.store, self.pid)
        self._restore_row(row)  # shows the saved form, e.g. role words as the app spells them
        self._fill_times()
        self.changed.emit()

    def _restore_row(self, row: int) -> None:
        event = next((e for e in self.view.events
                      if e.id == self.events_table.item(row, START).data(ID_ROLE)), None)
        if event is None:
            return
        self._loading = True
        table = self.events_table
        table.item(row, MINUTES).setData(Qt.ItemDataRole.EditRole, event.minutes)
        for column, text in ((TITLE_OURS, event.title_ours), (TITLE_THEIRS, event.title_theirs),
                             (WHO, who_text(event.who)), (CUE, event.cue)):
            table.item(row, column).setText(text)
            table.item(row, column).setToolTip(text)
        self._loading = False

    def _selected_row(self) -> int | None:
        rows = self.events_table.selectionModel().selectedRows()
        if not rows:
            self.failed.emit(self.tr("Select an event in the order of events first."))
            return None
        return rows[0].row()

    def add_event(self) -> None:
        # Stored as the event's title in our document language (data, not the interface).
        if self._run(lambda: ceremony.add_event(self.store, self.pid, "New event", "", 5)):
            self._load_events()
            last = self.events_table.rowCount() - 1
            self.events_table.setCurrentCell(last, TITLE_OURS)
            self.events_table.editItem(self.events_table.item(last, TITLE_OURS))

    def remove_event(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        event = self.view.events[row]
        answer = QMessageBox.question(
            self, self.tr("Remove event"),
            self.tr("Remove “{0}” from the order of events?").format(event.title_ours))
        if answer == QMessageBox.StandardButton.Yes and self._run(
                lambda: ceremony.delete_event(self.store, event.id)):
            self._load_events(select=min(row, len(self.view.events) - 2))

    def move_event(self, offset: int) -> None:
        row = self._selected_row()
        if row is None:
            return
        event = self.view.events[row]
        if self._run(lambda: ceremony.move_event(self.store, self.pid, event.id, offset)):
            self._load_events(select=max(0, min(len(self.view.events) - 1, row + offset)))

    # --- roles --------------------------------------------------------------------------

    def _roles_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who does what"))
        self.roles_layout = QVBoxLayout(box)
        self.roles_layout.addWidget(wrapped(self.tr(
            "Write the name of each person taking part. Names appear on the guests' programme "
            "and the run-of-show; leave a role empty if nobody fills it.")))
        self.roles_widget: QWidget | None = None
        self.role_edits: dict[tuple[str, str], CommitLineEdit] = {}
        self._build_roles()
        return box

    def _build_roles(self) -> None:
        """One name field per role; host and guest roles carry their city's name."""
        if self.roles_widget is not None:
            self.roles_widget.hide()  # deleteLater waits for the event loop; do not paint
            self.roles_widget.deleteLater()
        self.roles_widget = QWidget()
        grid = QGridLayout(self.roles_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        host, guest = self._host_and_guest()
        stored = {(r.role, r.side): r for r in self.view.roles}
        self.role_edits = {}
        for row, pair in enumerate(role_pairs()):
            for slot, role in enumerate(pair):
                if not role:
                    continue
                side = side_of_role(role, self.view.host)
                city = host if role.startswith("host_") else guest if side != "neutral" else ""
                caption = role_name(role) + (f" ({city})" if city else "")
                edit = named(CommitLineEdit(), caption, role_hint(role))
                record = stored.get((role, side))
                edit.load(record.name if record else "")
                edit.setPlaceholderText(self.tr("Name"))
                edit.committed.connect(
                    lambda text, r=role, s=side, e=edit: self._save_role(r, s, text, e))
                label = QLabel(self.tr("{0}:", "a field's label").format(caption))
                label.setBuddy(edit)
                grid.addWidget(label, row, slot * 2)
                grid.addWidget(edit, row, slot * 2 + 1)
                self.role_edits[(role, side)] = edit
        self.roles_layout.addWidget(self.roles_widget)

    def _save_role(self, role: str, side: str, name: str, edit: CommitLineEdit) -> None:
        title = next((r.title for r in self.view.roles if r.role == role and r.side == side), "")
        if self._run(lambda: ceremony.set_role(self.store, self.pid, role, side, name, title)):
            self.view = ceremony.view(self.store, self.pid)
        else:
            edit.revert_to_last_saved()

    # --- gifts --------------------------------------------------------------------------

    def _gifts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Gifts"))
        column = QVBoxLayout(box)
        column.addWidget(wrapped(self.tr(
            "Gifts to officials often become city property and must be reported, so write "
            "down every gift given and received.")))
        self.gifts_list = named(QListWidget(), self.tr("Gifts given and received"))
        self.gifts_list.setMaximumHeight(90)
        column.addWidget(self.gifts_list)
        row = QHBoxLayout()
        self.gift_direction = named(QComboBox(), self.tr("Given or received"))
        self.gift_direction.addItem(self.tr("We give"), "give")
        self.gift_direction.addItem(self.tr("We receive"), "receive")
        self.gift_description = named(QLineEdit(), self.tr("Gift"))
        self.gift_description.setPlaceholderText(
            self.tr("The gift, e.g. a framed print of the old mill"))
        self.gift_recipient = named(QLineEdit(), self.tr("Given to or received from"))
        self.gift_recipient.setPlaceholderText(self.tr("To or from whom"))
        self.gift_description.returnPressed.connect(self.add_gift)
        self.gift_recipient.returnPressed.connect(self.add_gift)
        add = QPushButton(self.tr("Add &gift"))
        add.clicked.connect(self.add_gift)
        self.remove_gift_button = QPushButton(self.tr("Remove gif&t"))
        self.remove_gift_button.clicked.connect(self.remove_gift)
        row.addWidget(self.gift_direction)
        row.addWidget(self.gift_description, 2)
        row.addWidget(self.gift_recipient, 1)
        row.addWidget(add)
        row.addWidget(self.remove_gift_button)
        column.addLayout(row)
        country = country_name(self.cities.partner_country, display_locale()) \
            if self.cities.partner_country else self.tr("the partner's country")
        lines = [self.tr("Before choosing gifts for {0}:").format(country)]
        lines += [f"•  {localize(caution)}" for caution in self.view.cautions]
        self.cautions_label = named(wrapped("\n".join(lines)), self.tr("Gift cautions"))
        self.cautions_label.setStyleSheet("background: #fff8e1; padding: 6px;")
        column.addWidget(self.cautions_label)
        return box

    def _load_gifts(self) -> None:
        self.view = ceremony.view(self.store, self.pid)
        self.gifts_list.clear()
        for gift in self.view.gifts:
            if gift.direction == "give":
                text = (self.tr("We give: {0} (to {1})") if gift.recipient
                        else self.tr("We give: {0}"))
            else:
                text = (self.tr("We receive: {0} (from {1})") if gift.recipient
                        else self.tr("We receive: {0}"))
            item = QListWidgetItem(text.format(gift.description, gift.recipient))
            item.setData(ID_ROLE, gift.id)
            self.gifts_list.addItem(item)
        if not self.view.gifts:
            placeholder = QListWidgetItem(self.tr("No gifts recorded yet."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.gifts_list.addItem(placeholder)
        self.remove_gift_button.setEnabled(bool(self.view.gifts))

    def add_gift(self) -> None:
        direction = self.gift_direction.currentData()
        description, recipient = self.gift_description.text(), self.gift_recipient.text()
        if self._run(lambda: ceremony.add_gift(self.store, self.pid, direction, description,
                                               recipient)):
            self.gift_description.clear()
            self.gift_recipient.clear()
            self._load_gifts()

    def remove_gift(self) -> None:
        item = self.gifts_list.currentItem()
        gift_id = item.data(ID_ROLE) if item is not None else None
        if not gift_id:
            self.failed.emit(self.tr("Select a gift in the list first."))
            return
        answer = QMessageBox.question(self, self.tr("Remove gift"),
                                      self.tr("Remove “{0}”?").format(item.text()))
        if answer == QMessageBox.StandardButton.Yes and self._run(
                lambda: ceremony.delete_gift(self.store, gift_id)):
            self._load_gifts()

    # --- seating plan -------------------------------------------------------------------

    def _seating_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Flag and seating plan"))
        column = QVBoxLayout(box)
        column.addWidget(wrapped(self.tr(
            "Seen from the audience. The place of honour is at the host's right, so the guest "
            "signatory sits on the audience's left. Each city's flag stands behind its own "
            "signatory, both flags the same size, and each city's original lies in front of "
            "its own signatory.")))
        self.seating = SeatingView()
        column.addWidget(self.seating)
        self.seating_note = wrapped("")
        column.addWidget(self.seating_note)
        return box

    def _load_seating(self) -> None:
        host, guest = self._host_and_guest()
        try:
            items = ceremony.plan(self.store, self.pid, display=str(i18n.babel_locale()))
        except UserError as exc:
            self.seating.set_items([])
            self.seating_note.setText(localize(exc))
            return
        self.seating_note.clear()
        self.seating.set_items(items, host=host, guest=guest)

    # --- documents ----------------------------------------------------------------------

    def _documents_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Print for the day"))
        column = QVBoxLayout(box)
        column.addWidget(wrapped(self.tr(
            "The guests' programme is printed in both languages. The run-of-show is for the "
            "organisers: every item with its clock time, who takes part and what to do.")))
        row = QHBoxLayout()
        self.page_size = named(QComboBox(), self.tr("Paper size"))
        self.page_size.addItem("A4", "A4")  # an ISO name, the same in every language
        self.page_size.addItem(self.tr("US Letter"), "LETTER")
        paper = QLabel(self.tr("Paper:"))
        paper.setBuddy(self.page_size)
        row.addWidget(paper)
        row.addWidget(self.page_size)
        row.addSpacing(12)
        self.document_buttons: dict[str, QPushButton] = {}
        for kind, text in DOCUMENTS:
            button = QPushButton(words(text))
            button.clicked.connect(lambda _checked=False, k=kind: self.preview_document(k))
            row.addWidget(button)
            self.document_buttons[kind] = button
        row.addStretch(1)
        column.addLayout(row)
        self.status = wrapped("")
        column.addWidget(self.status)
        return box

    def preview_document(self, kind: str) -> None:
        """Render one ceremony document off the UI thread and show it."""
        store, pid, page_size = self.store, self.pid, self.page_size.currentData()
        render_and_preview(
            self, lambda: ceremony_docs.render(store, pid, kind, page_size),
            file_name(store, pid, kind, []), busy=self._busy, status=self.status,
            preparing=self.tr("Preparing the PDF…"), failed=self.failed.emit)

    def _busy(self, busy: bool) -> None:
        for button in self.document_buttons.values():
            button.setEnabled(not busy)
