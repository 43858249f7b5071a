"""The research step: find candidates in the gazetteer, compare them, decide, report."""

from __future__ import annotations

from babel.numbers import format_decimal
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.protocol.languages import country_name
from sistercity_desktop.research.gazetteer import shared_gazetteer
from sistercity_desktop.research.similarity import DATA_POINT_LABELS, DATA_POINTS
from sistercity_desktop.services import research
from sistercity_desktop.services.research_report import STATUS_LABELS
from sistercity_desktop.store import Store
from sistercity_desktop.ui.candidate_editor import CandidateEditor
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.data_points import DataPointsEditor, research_word
from sistercity_desktop.ui.i18n import babel_locale, localize
from sistercity_desktop.ui.pdf_preview import PdfPreview
from sistercity_desktop.ui.worker import run_in_background

SCORE_ROLE = Qt.ItemDataRole.UserRole + 2
# Short column titles; translated when shown (context "ResearchPanel").
SHORT_LABELS = {"population": QT_TRANSLATE_NOOP("ResearchPanel", "Population"),
                "geography": QT_TRANSLATE_NOOP("ResearchPanel", "Geography"),
                "industries": QT_TRANSLATE_NOOP("ResearchPanel", "Industries"),
                "academic": QT_TRANSLATE_NOOP("ResearchPanel", "Academic"),
                "cultural": QT_TRANSLATE_NOOP("ResearchPanel", "Cultural"),
                "relationships": QT_TRANSLATE_NOOP("ResearchPanel", "Ties"),
                "history": QT_TRANSLATE_NOOP("ResearchPanel", "History")}


def short_label(point: str) -> str:
    return QCoreApplication.translate("ResearchPanel", SHORT_LABELS[point])


class BarDelegate(QStyledItemDelegate):
    """Draws a sub-score as a bar with its percentage; 'not known' stays text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        score = index.data(SCORE_ROLE)
        if score is None:
            super().paint(painter, option, index)
            return
        painter.save()
        rect = option.rect.adjusted(4, 6, -4, -6)
        bar = QRect(rect.left(), rect.top(), int(rect.width() * 0.6), rect.height())
        painter.setPen(QColor("#999999"))
        painter.drawRect(bar)
        filled = QRect(bar.left(), bar.top(), int(bar.width() * max(0.0, min(score, 1.0))),
                       bar.height())
        painter.fillRect(filled, QColor("#3b73b9"))
        painter.setPen(option.palette.text().color())
        painter.drawText(QRect(bar.right() + 6, rect.top(), rect.width() - bar.width() - 6,
                               rect.height()), Qt.AlignmentFlag.AlignVCenter, f"{score:.0%}")
        painter.restore()


class NumberItem(QTableWidgetItem):
    """Sorts by the number behind the text (unknown last)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SCORE_ROLE), other.data(SCORE_ROLE)
        return (-1 if mine is None else mine) < (-1 if theirs is None else theirs)


class ResearchPanel(QWidget):
    changed = Signal()
    failed = Signal(str)

    def __init__(self, store: Store, pid: str) -> None:
        super().__init__()
        self.store, self.pid = store, pid
        self.rows: list[research.CandidateRow] = []
        self.editor: CandidateEditor | None = None
        self.preview: PdfPreview | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._finder())
        layout.addWidget(self._comparison())
        self.editor_box = QGroupBox(self.tr("Candidate"))
        self.editor_layout = QVBoxLayout(self.editor_box)
        self.editor_layout.addWidget(wrapped(self.tr("Select a candidate above to see and edit "
                                                     "it.")))
        layout.addWidget(self.editor_box)
        layout.addWidget(self._our_city())
        self.reload()
        self._load_gazetteer()

    # --- finding cities -----------------------------------------------------------

    def _finder(self) -> QGroupBox:
        box = QGroupBox(self.tr("Find candidate cities"))
        column = QVBoxLayout(box)
        column.addWidget(wrapped(self.tr(
            "Type a city's name in any language or script (Osaka, Ōsaka or 大阪). The world "
            "gazetteer is on this computer, so this works offline.")))
        row = QHBoxLayout()
        self.search = named(QLineEdit(), self.tr("Search the world gazetteer"))
        self.search.setPlaceholderText(self.tr("Loading the world gazetteer…"))
        self.search.setEnabled(False)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._add_selected)
        self.add_button = QPushButton(self.tr("&Add as candidate"))
        self.add_button.clicked.connect(self._add_selected)
        self.suggest_button = QPushButton(self.tr("Su&ggest cities like ours…"))
        self.suggest_button.clicked.connect(self._suggest)
        row.addWidget(self.search, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.suggest_button)
        column.addLayout(row)
        self.results = named(QListWidget(), self.tr("Matching cities"))
        self.results.setMaximumHeight(150)
        self.results.itemActivated.connect(lambda _item: self._add_selected())
        column.addWidget(self.results)
        return box

    def _load_gazetteer(self) -> None:
        def loaded(gazetteer: object) -> None:
            self.search.setEnabled(True)
            count = format_decimal(len(gazetteer), locale=babel_locale())
            self.search.setPlaceholderText(self.tr("Type a city name ({0} cities)…").format(count))

        def failed(text: str) -> None:
            self.search.setPlaceholderText(self.tr("The gazetteer could not be loaded."))
            self.failed.emit(text)

        run_in_background(shared_gazetteer, loaded, failed, owner=self.search)

    def _search(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            return
        locale = babel_locale()
        for city in research.search_cities(text, 8):
            item = QListWidgetItem(self.tr("{0} — {1}, population {2}, {3}").format(
                city.name, country_name(city.country, str(locale)),
                format_decimal(city.population, locale=locale), city.timezone))
            item.setData(256, city.geonameid)
            self.results.addItem(item)
        self.results.setCurrentRow(0)

    def _add_selected(self) -> None:
        item = self.results.currentItem()
        if item is None:
            self.failed.emit(self.tr("Type a city's name and pick it from the list first."))
            return
        try:
            research.add_candidate(self.store, self.pid, item.data(256))
        except UserError as exc:
            self.failed.emit(localize(exc))
            return
        self.search.clear()
        self.reload()
        self.changed.emit()

    def _suggest(self) -> None:
        from sistercity_desktop.ui.suggest_dialog import SuggestDialog

        dialog = SuggestDialog(self.store, self.pid, self)
        dialog.exec()
        if dialog.added:
            self.reload()
            self.changed.emit()

    # --- comparison -------------------------------------------------------------

    def _comparison(self) -> QGroupBox:
        box = QGroupBox(self.tr("Compare candidates"))
        column = QVBoxLayout(box)
        column.addWidget(wrapped(self.tr(
            "Each data point from the guide gets its own score against your city; the "
            "weights say how much each counts for your committee (0 leaves it out). Click "
            "a column title to sort.")))
        weights = QHBoxLayout()
        self.weight_boxes: dict[str, QSpinBox] = {}
        current = research.weights_of(self.store)
        for point in DATA_POINTS:
            spin = named(QSpinBox(), self.tr("Weight of {0}").format(
                research_word(DATA_POINT_LABELS[point])))
            spin.setRange(0, 5)
            spin.setValue(current.get(point, 0))
            spin.valueChanged.connect(self._weights_changed)
            weights.addWidget(QLabel(self.tr("{0}:", "form label").format(
                short_label(point))))
            weights.addWidget(spin)
            self.weight_boxes[point] = spin
        weights.addStretch(1)
        column.addLayout(weights)
        headers = [self.tr("City"), self.tr("Country"), self.tr("Status"), self.tr("Total"),
                   *(short_label(p) for p in DATA_POINTS)]
        self.table = named(QTableWidget(0, len(headers)), self.tr("Candidate comparison"))
        self.table.setHorizontalHeaderLabels(headers)
        for index, point in enumerate(DATA_POINTS, start=4):
            self.table.horizontalHeaderItem(index).setToolTip(
                research_word(DATA_POINT_LABELS[point]))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        delegate = BarDelegate(self.table)
        for column_index in range(4, len(headers)):
            self.table.setItemDelegateForColumn(column_index, delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(110)
        self.table.setMinimumHeight(170)
        self.table.itemSelectionChanged.connect(self._selected)
        column.addWidget(self.table)
        buttons = QHBoxLayout()
        self.report_button = QPushButton(self.tr("Research &report (PDF)…"))
        self.report_button.clicked.connect(self._report)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return box

    def reload(self, keep: str | None = None) -> None:
        selected = keep or self.selected_id()
        self.rows = research.comparison(self.store, self.pid)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            name = QTableWidgetItem(row.name)
            name.setData(256, row.id)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, QTableWidgetItem(row.country))
            self.table.setItem(r, 2, QTableWidgetItem(
                research_word(STATUS_LABELS.get(row.status, row.status))))
            total = NumberItem("—" if row.similarity.total is None
                               else f"{row.similarity.total:.0f}")
            total.setData(SCORE_ROLE, row.similarity.total)
            self.table.setItem(r, 3, total)
            for c, part in enumerate(row.similarity.parts, start=4):
                item = NumberItem(self.tr("not known") if part.score is None
                                  else f"{part.score:.0%}")
                item.setData(SCORE_ROLE, part.score)
                item.setToolTip(localize(part.explanation))
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        if selected:
            self.select(selected)

    def selected_id(self) -> str | None:
        items = self.table.selectedItems()
        if not items:
            return None
        return self.table.item(items[0].row(), 0).data(256)

    def select(self, candidate_id: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(256) == candidate_id:
                self.table.selectRow(r)
                return

    def _selected(self) -> None:
        candidate_id = self.selected_id()
        row = next((r for r in self.rows if r.id == candidate_id), None)
        if self.editor is not None:
            self.editor.setParent(None)
            self.editor.deleteLater()
            self.editor = None
        while self.editor_layout.count():
            widget = self.editor_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; do not paint meanwhile
                widget.deleteLater()
        if row is None:
            return
        self.editor = CandidateEditor(self.store, row)
        self.editor.failed.connect(self.failed)
        self.editor.changed.connect(lambda: self._candidate_changed(row.id))
        self.editor_layout.addWidget(self.editor)

    def _candidate_changed(self, candidate_id: str) -> None:
        self.changed.emit()
        exists = any(r.id == candidate_id for r in research.comparison(self.store, self.pid))
        self.table.clearSelection()
        self.reload(keep=candidate_id if exists else None)

    def _weights_changed(self) -> None:
        try:
            research.set_weights(self.store, {p: s.value() for p, s in self.weight_boxes.items()})
        except UserError as exc:
            self.failed.emit(localize(exc))
            return
        self.reload()

    # --- our city and the report --------------------------------------------------

    def _our_city(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your city's data points (what candidates are compared with)"))
        column = QVBoxLayout(box)
        editor = DataPointsEditor(research.our_city_values(self.store),
                                  lambda key, value: research.update_our_city(self.store, key,
                                                                              value))
        editor.failed.connect(self.failed)
        editor.saved.connect(self.reload)
        self.our_city = editor
        column.addWidget(editor)
        return box

    def _report(self) -> None:
        from sistercity_desktop.services import research_report
        from sistercity_desktop.services.documents import file_name

        store, pid = self.store, self.pid
        self.report_button.setEnabled(False)

        def done(pdf: bytes) -> None:
            self.report_button.setEnabled(True)
            self.preview = PdfPreview(pdf, file_name(store, pid, "research_report", []), self)
            self.preview.open()

        def failed(text: str) -> None:
            self.report_button.setEnabled(True)
            self.failed.emit(text)

        run_in_background(lambda: research_report.render(store, pid), done, failed,
                          owner=self)


