"""Suggest cities like ours from the gazetteer, with filters; add picks as candidates."""

from __future__ import annotations

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
from sistercity_desktop.ui.worker import run_in_background


class SuggestDialog(QDialog):
    def __init__(self, store, pid: str, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.store, self.pid = store, pid
        self.added: list[str] = []
        self.found: list[Suggestion] = []
        self.setWindowTitle("Suggest cities like ours")
        self.resize(980, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(
            "Cities of a similar size from the world gazetteer that you have not considered "
            "yet. Only population is known for them; add a promising one as a candidate and "
            "fill in the other data points."))
        form = QFormLayout()
        self.countries = named(QLineEdit(), "Countries (two-letter codes)")
        self.countries.setPlaceholderText("e.g. FR, ES, IT — empty for every country")
        self.language = named(QComboBox(), "Language")
        self.language.addItem("any language", "")
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.distance = named(QSpinBox(), "Maximum distance in km (0 for any)")
        self.distance.setRange(0, 20_000)
        self.distance.setSingleStep(500)
        self.distance.setSpecialValueText("any distance")
        self.exclude = named(QCheckBox("Leave out countries where we already have a partner"),
                             "Leave out countries where we already have a partner")
        self.top = named(QSpinBox(), "How many suggestions")
        self.top.setRange(1, 200)
        self.top.setValue(25)
        form.addRow("&Countries:", self.countries)
        form.addRow("&Language:", self.language)
        form.addRow("&Distance:", self.distance)
        form.addRow("", self.exclude)
        form.addRow("&Show:", self.top)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.find_button = QPushButton("&Find")
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.find)
        self.add_button = QPushButton("&Add selected as candidate")
        self.add_button.clicked.connect(self.add_selected)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        self.status = QLabel()
        for widget in (self.find_button, self.add_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        headers = ["City", "Country", "Population", "Distance", "Language", "Score",
                   "Why"]
        self.table = named(QTableWidget(0, len(headers)), "Suggested cities")
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
            self.status.setText(f"“{bad[0]}” is not a two-letter country code.")
            return
        language = self.language.currentData()
        distance = float(self.distance.value()) or None
        exclude, top = self.exclude.isChecked(), self.top.value()
        store, pid = self.store, self.pid
        self.find_button.setEnabled(False)
        self.status.setText("Searching 34,000 cities…")

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
        self.status.setText(f"{len(found)} suggestion(s).")
        self.table.setRowCount(len(found))
        for r, s in enumerate(found):
            population = next((p for p in s.similarity.parts if p.point == "population"), None)
            values = (s.city.name, s.city.country, f"{s.city.population:,}",
                      f"{s.distance_km:,.0f} km" if s.distance_km is not None else "",
                      language_name(s.language),
                      f"{s.similarity.total:.0f}" if s.similarity.total is not None else "—",
                      population.explanation if population else "")
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def add_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        if not rows:
            self.status.setText("Select a city in the list first.")
            return
        for row in rows:
            city = self.found[row].city
            try:
                self.added.append(research.add_candidate(self.store, self.pid, city.geonameid))
            except UserError as exc:
                self.status.setText(str(exc))
                return
        self.status.setText(f"Added {len(rows)} candidate(s).")
