"""The agreement on step 5: areas, numbers and clauses, then the two originals as PDF."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES
from sistercity_desktop.services import agreement
from sistercity_desktop.services.agreement import AREAS, CLAUSES, CUSTOM
from sistercity_desktop.services.documents import file_name
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.fields import CommitLineEdit
from sistercity_desktop.ui.i18n import localize
from sistercity_desktop.ui.pdf_preview import PdfPreview, render_and_preview

# English sources, translated when shown (context "agreement"): clause_label(key).
CLAUSE_LABELS = {
    "equally_authentic": QT_TRANSLATE_NOOP("agreement", "Both texts equally authentic"),
    "originals": QT_TRANSLATE_NOOP("agreement", "One signed original for each side"),
    "effective": QT_TRANSLATE_NOOP("agreement", "Effective on signature"),
    "not_binding": QT_TRANSLATE_NOOP("agreement", "Creates no legally binding obligations"),
    "committees": QT_TRANSLATE_NOOP("agreement", "Names the implementing committees"),
    "termination": QT_TRANSLATE_NOOP("agreement", "Either side may end it by written notice"),
}


def clause_label(key: str) -> str:
    return QCoreApplication.translate("agreement", CLAUSE_LABELS[key])


def style_text() -> str:
    return QCoreApplication.translate(
        "agreement",
        "A ceremonial agreement speaks of friendship and cooperation in general words. A "
        "precise one also lists the areas of cooperation and the exchanges a year, sets up a "
        "joint working group meeting once a year, and says that each side pays its own costs. "
        "Choose the style in “Type of agreement” above: the areas and the number of exchanges "
        "below are written into the text only when the type is Precise. The clauses are used "
        "in both.")


def alternat_text() -> str:
    return QCoreApplication.translate(
        "agreement",
        "Two originals are printed, one kept by each city. In each city's own original that "
        "city is named first, its language stands in the left column and its mayor signs first "
        "(the “alternat”). A plain bilingual copy is for reading and sharing, not for signing.")


def interface_document_language() -> str:
    """The document language matching the interface language, else English."""
    language = {"zh_CN": "zh-Hans", i18n.PSEUDO: "en"}.get(i18n.current(), i18n.current())
    return language if language in DOCUMENT_LANGUAGES else "en"


def area_labels(language: str) -> dict[str, str]:
    """Area names in the committee's language, English where that is missing."""
    english = agreement.agreement_template("en")["areas"]
    try:
        own = agreement.agreement_template(language)["areas"]
    except UserError:
        own = {}
    return {key: own.get(key) or english.get(key, key) for key in AREAS}


class AgreementPanel(QGroupBox):
    """Builds the partnership agreement; every choice is saved at once."""

    failed = Signal(str)
    changed = Signal()

    def __init__(self, store: Store, pid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Agreement"))
        self.store, self.pid = store, pid
        self.preview: PdfPreview | None = None
        current = agreement.settings(store, pid)

        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(style_text()))
        # Area names in the interface language, from the agreement texts (English if none).
        layout.addWidget(self._areas_box(area_labels(interface_document_language())))
        layout.addLayout(self._numbers())
        layout.addWidget(self._clauses_box())
        layout.addWidget(self._documents_box())
        layout.addStretch(1)  # extra height goes below, not between the rows
        self.load(current)

    # --- building -----------------------------------------------------------------

    def _areas_box(self, names: dict[str, str]) -> QGroupBox:
        box = QGroupBox(self.tr("Areas of cooperation"))
        column = QVBoxLayout(box)
        column.addWidget(wrapped(self.tr("Tick what the two cities mean to work on together.")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.area_boxes: dict[str, QCheckBox] = {}
        for index, key in enumerate(AREAS):
            check = named(QCheckBox(names[key]),
                          self.tr("Area of cooperation: {0}").format(names[key]))
            check.toggled.connect(self._save_areas)
            grid.addWidget(check, index // 3, index % 3)
            self.area_boxes[key] = check
        column.addLayout(grid)

        column.addWidget(QLabel(self.tr("Areas of your own (written as you type them, in every "
                                        "language):")))
        row = QHBoxLayout()
        self.custom_edit = named(QLineEdit(), self.tr("New area of cooperation"))
        self.custom_edit.setPlaceholderText(self.tr("e.g. Music education for children"))
        self.custom_edit.setMaxLength(200)
        self.custom_edit.returnPressed.connect(self.add_custom_area)
        add = QPushButton(self.tr("Add a&rea"))
        add.clicked.connect(self.add_custom_area)
        row.addWidget(self.custom_edit, 1)
        row.addWidget(add)
        column.addLayout(row)
        row = QHBoxLayout()
        self.custom_list = named(QListWidget(), self.tr("Areas of your own"))
        self.custom_list.setMaximumHeight(90)
        self.remove_custom = QPushButton(self.tr("Remo&ve area"))
        self.remove_custom.clicked.connect(self.remove_custom_area)
        row.addWidget(self.custom_list, 1)
        row.addWidget(self.remove_custom)
        column.addLayout(row)
        return box

    def _numbers(self) -> QFormLayout:
        form = QFormLayout()
        self.exchanges = named(QSpinBox(), self.tr("Exchanges a year"),
                               self.tr("How many visits or exchanges a year the agreement "
                                       "promises; 0 leaves the number out."))
        self.exchanges.setRange(0, 100)
        self.exchanges.setSpecialValueText(self.tr("not stated"))
        self.exchanges.setKeyboardTracking(False)  # save the typed number, not each digit
        self.exchanges.setMaximumWidth(160)
        self.exchanges.valueChanged.connect(self._save_exchanges)
        self.place = named(CommitLineEdit(), self.tr("Place of signing"),
                           self.tr("Where the agreement is signed, e.g. Greenvale City Hall. "
                                   "Left empty, the ceremony venue or our city is used."))
        self.place.setPlaceholderText(self.tr("e.g. Greenvale City Hall"))
        self.place.setMaximumWidth(520)
        self.place.committed.connect(self._save_place)
        form.addRow(self.tr("E&xchanges a year:"), self.exchanges)
        form.addRow(self.tr("Place of si&gning:"), self.place)
        return form

    def _clauses_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Standard clauses"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(24)
        self.clause_boxes: dict[str, QCheckBox] = {}
        for index, key in enumerate(CLAUSES):
            label = clause_label(key)
            check = named(QCheckBox(label), self.tr("Clause: {0}").format(label))
            check.toggled.connect(self._save_clauses)
            grid.addWidget(check, index // 2, index % 2)
            self.clause_boxes[key] = check
        return box

    def _documents_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Print the agreement"))
        column = QVBoxLayout(box)
        column.addWidget(wrapped(alternat_text()))
        row = QHBoxLayout()
        self.page_size = named(QComboBox(), self.tr("Paper size"))
        self.page_size.addItem("A4", "A4")  # an ISO name, the same in every language
        self.page_size.addItem(self.tr("US Letter"), "LETTER")
        paper = QLabel(self.tr("Pa&per:"))
        paper.setBuddy(self.page_size)
        self.originals_button = QPushButton(self.tr("Preview the two &originals…"))
        self.originals_button.clicked.connect(self.preview_originals)
        self.copy_button = QPushButton(self.tr("Preview a plain bilingual &copy…"))
        self.copy_button.clicked.connect(self.preview_copy)
        row.addWidget(paper)
        row.addWidget(self.page_size)
        row.addSpacing(12)
        row.addWidget(self.originals_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        column.addLayout(row)
        self.status = wrapped("")
        column.addWidget(self.status)
        return box

    # --- showing what is stored ----------------------------------------------------

    def load(self, current: agreement.AgreementSettings | None = None) -> None:
        """Show the stored settings without saving anything back."""
        current = current or agreement.settings(self.store, self.pid)
        for key, check in self.area_boxes.items():
            check.blockSignals(True)
            check.setChecked(key in current.areas)
            check.blockSignals(False)
        self.custom_list.clear()
        for area in current.areas:
            if area.startswith(CUSTOM):
                item = QListWidgetItem(area[len(CUSTOM):])
                item.setData(256, area)
                self.custom_list.addItem(item)
        self.remove_custom.setEnabled(self.custom_list.count() > 0)
        for key, check in self.clause_boxes.items():
            check.blockSignals(True)
            check.setChecked(key in current.clauses)
            check.blockSignals(False)
        self.exchanges.blockSignals(True)
        self.exchanges.setValue(current.exchanges_per_year or 0)
        self.exchanges.blockSignals(False)
        self.place.load(current.signing_place)

    # --- saving ------------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> bool:
        """Save through the service; on refusal say why and show the stored values."""
        try:
            action()
        except UserError as exc:
            self.failed.emit(localize(exc))
            self.load()
            return False
        self.changed.emit()
        return True

    def _areas(self) -> list[str]:
        known = [key for key, check in self.area_boxes.items() if check.isChecked()]
        own = [self.custom_list.item(i).data(256) for i in range(self.custom_list.count())]
        return known + own

    def _save_areas(self) -> None:
        self._run(lambda: agreement.set_areas(self.store, self.pid, self._areas()))

    def add_custom_area(self) -> None:
        name = " ".join(self.custom_edit.text().split())
        if not name:
            self.failed.emit(self.tr("Type the name of the area first, then choose “Add area”."))
            return
        areas = [*self._areas(), CUSTOM + name]
        if self._run(lambda: agreement.set_areas(self.store, self.pid, areas)):
            self.custom_edit.clear()
            self.load()

    def remove_custom_area(self) -> None:
        item = self.custom_list.currentItem()
        if item is None:
            self.failed.emit(self.tr("Select one of your own areas in the list first."))
            return
        answer = QMessageBox.question(
            self, self.tr("Remove area"),
            self.tr("Remove “{0}” from the agreement?").format(item.text()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        areas = [a for a in self._areas() if a != item.data(256)]
        if self._run(lambda: agreement.set_areas(self.store, self.pid, areas)):
            self.load()

    def _save_clauses(self) -> None:
        chosen = [key for key, check in self.clause_boxes.items() if check.isChecked()]
        self._run(lambda: agreement.set_clauses(self.store, self.pid, chosen))

    def _save_exchanges(self, value: int) -> None:
        self._run(lambda: agreement.set_exchanges(self.store, self.pid, value or None))

    def _save_place(self, text: str) -> None:
        self._run(lambda: agreement.set_signing_place(self.store, self.pid, text))

    # --- documents ---------------------------------------------------------------

    def preview_originals(self) -> None:
        """Render the two mirrored originals off the UI thread and show them."""
        self._preview("originals", "agreement")

    def preview_copy(self) -> None:
        """Render one plain bilingual copy off the UI thread and show it."""
        self._preview("copy", "agreement_copy")

    def _preview(self, mode: str, kind: str) -> None:
        store, pid, page_size = self.store, self.pid, self.page_size.currentData()
        render_and_preview(
            self, lambda: agreement.render(store, pid, mode, page_size),
            file_name(store, pid, kind, []), busy=self._busy, status=self.status,
            preparing=self.tr("Preparing the PDF…"), failed=self.failed.emit)

    def _busy(self, busy: bool) -> None:
        self.originals_button.setEnabled(not busy)
        self.copy_button.setEnabled(not busy)
