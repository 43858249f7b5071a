"""Suggest cities like ours from the gazetteer, with filters; add picks as candidates."""

from __future__ import annotations

from babel.numbers import format_decimal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES, language_name
from sistercity_desktop.research.suggest import Suggestion
from sistercity_desktop.services import research
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.i18n import babel_locale, localize
from sistercity_desktop.ui.worker import run_in_background


class SuggestDialog(QDialog):
    def __init__(self, store, pid: str, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.store, self.pid = store, pid
        self.added: list[str] = []
        self.found: list[Suggestion] = []
        self.setWindowTitle(self.tr("Suggest cities like ours"))
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "Cities of a similar size from the world gazetteer that you have not considered "
            "yet. Only population is known for them; add a promising one as a candidate and "
            "fill in the other data points.")))
        form = QFormLayout()
        self.countries = named(QLineEdit(), self.tr("Countries (two-letter codes)"))
        self.countries.setPlaceholderText(self.tr("e.g. FR, ES, IT — empty for every country"))
        self.language = named(QComboBox(), self.tr("Language"))
        self.language.addItem(self.tr("any language"), "")
        display = str(babel_locale())  # language names in the interface language
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem(language_name(code, display), code)
        self.distance = named(QSpinBox(), self.tr("Maximum distance in km (0 for any)"))
        self.distance.setRange(0, 20_000)
        self.distance.setSingleStep(500)
        self.distance.setSpecialValueText(self.tr("any distance"))
        leave_out = self.tr("Leave out countries where we already have a partner")
        self.exclude = named(QCheckBox(leave_out), leave_out)
        self.top = named(QSpinBox(), self.tr("How many suggestions"))
        self.top.setRange(1, 200)
        self.top.setValue(25)
        form.addRow(self.tr("&Countries:"), self.countries)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Distance:"), self.distance)
        form.addRow("", self.exclude)
        form.addRow(self.tr("&Show:"), self.top)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.find_button = QPushButton(self.tr("&Find"))
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.find)
        self.add_button = QPushButton(self.tr("&Add selected as candidate"))
        self.add_button.clicked.connect(self.add_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.status = QLabel()
        for widget in (self.find_button, self.add_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        headers = [self.tr("City"), self.tr("Country"), self.tr("Population"),
                   self.tr("Distance"), self.tr("Language"), self.tr("Score"), self.tr("Why")]
        self.table = named(QTableWidget(0, len(headers)), self.tr("Suggested cities"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

    def find(self) -> None:
        countries = tuple(c.strip().upper() for c in self.countries.text().replace(";", ",")
                          .split(",") if c.strip())
        bad = [c for c in countries if len(c) != 2 or not c.isalpha()]
        if bad:
            self.status.setText(self.tr("“{0}” is not a two-letter country code.").format(bad[0]))
            return
        language = self.language.currentData()
        distance = float(self.distance.value()) or None
        exclude, top = self.exclude.isChecked(), self.top.value()
        store, pid = self.store, self.pid
        self.find_button.setEnabled(False)
        self.status.setText(self.tr("Searching 34,000 cities…"))

        def work() -> list[Suggestion]:
            return research.suggestions(store, pid, countries, (language,) if language else (),
                                        distance, exclude, top)

        run_in_background(work, self._show, self._failed, owner=self)

    def _failed(self, text: str) -> None:
        self.find_button.setEnabled(True)
        self.status.setText(text)

    def _show(self, found: list[Suggestion]) -> None:
        self.find_button.setEnabled(True)
        self.found = found
        self.status.setText(self.tr("%n suggestion(s).", "", len(found)))
        self.table.setRowCount(len(found))
        locale = babel_locale()
        for r, s in enumerate(found):
            population = next((p for p in s.similarity.parts if p.point == "population"), None)
            distance = ("" if s.distance_km is None else self.tr("{0} km").format(
                format_decimal(s.distance_km, format="#,##0", locale=locale)))
            values = (s.city.name, s.city.country,
                      format_decimal(s.city.population, locale=locale), distance,
                      language_name(s.language, str(locale)),
                      f"{s.similarity.total:.0f}" if s.similarity.total is not None else "—",
                      localize(population.explanation) if population else "")
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def add_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        if not rows:
            self.status.setText(self.tr("Select a city in the list first."))
            return
        for row in rows:
            city = self.found[row].city
            try:
                self.added.append(research.add_candidate(self.store, self.pid, city.geonameid))
            except UserError as exc:
                self.status.setText(localize(exc))
                return
        self.status.setText(self.tr("Added %n candidate(s).", "", len(rows)))
