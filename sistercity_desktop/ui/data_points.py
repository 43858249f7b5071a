"""Editing a city's data points: geography tags, climate, industries, institution kinds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.research.similarity import (
    ACADEMIC_KINDS,
    CLIMATES,
    CULTURAL_KINDS,
    GEOGRAPHY_TAGS,
    normalise_terms,
)
from sistercity_desktop.ui.common import named
from sistercity_desktop.ui.fields import CommitLineEdit

KIND_WORDS = {"high_school": "high school", "language_school": "language school",
              "research_institute": "research institute", "music_venue": "music venue",
              "community_centre": "community centre"}


def word(value: str) -> str:
    return KIND_WORDS.get(value, value.replace("_", " "))


class TagBoxes(QWidget):
    """Checkboxes for a vocabulary; free words typed elsewhere are kept alongside."""

    changed = Signal(str)

    def __init__(self, vocabulary: tuple[str, ...], name: str, columns: int = 5) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.extra: frozenset[str] = frozenset()
        for index, value in enumerate(vocabulary):
            box = named(QCheckBox(word(value)), f"{name}: {word(value)}")
            box.toggled.connect(self._emit)
            grid.addWidget(box, index // columns, index % columns)
            self.boxes[value] = box

    def load(self, text: str) -> None:
        terms = normalise_terms(text)
        self.extra = frozenset(t for t in terms if t not in self.boxes)
        for value, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(value in terms)
            box.blockSignals(False)

    def value(self) -> str:
        chosen = [v for v, box in self.boxes.items() if box.isChecked()]
        return ", ".join([*chosen, *sorted(self.extra)])

    def _emit(self) -> None:
        self.changed.emit(self.value())


class DataPointsEditor(QWidget):
    """The guide's data points of one city; each change is saved through `save`."""

    failed = Signal(str)
    saved = Signal()

    def __init__(self, values: dict[str, object], save: Callable[[str, object], None]) -> None:
        super().__init__()
        self.save = save
        form = QFormLayout(self)
        self.population = named(CommitLineEdit(), "Population")
        self.geography = TagBoxes(GEOGRAPHY_TAGS, "Geography")
        self.climate = named(QComboBox(), "Climate")
        self.climate.addItem("not set", "")
        for value in CLIMATES:
            self.climate.addItem(value, value)
        self.industries = named(CommitLineEdit(), "Industries",
                                "Main industries, separated by commas")
        self.industries.setPlaceholderText("e.g. wine, tourism, software")
        self.academic = TagBoxes(ACADEMIC_KINDS, "Academic institutions", 3)
        self.academic_names = named(CommitLineEdit(), "Academic institutions by name")
        self.cultural = TagBoxes(CULTURAL_KINDS, "Cultural institutions", 4)
        self.cultural_names = named(CommitLineEdit(), "Cultural institutions by name")
        form.addRow("Population:", self.population)
        form.addRow("Geography:", self.geography)
        form.addRow("Climate:", self.climate)
        form.addRow("Industries:", self.industries)
        form.addRow("Schools and universities:", self.academic)
        form.addRow("… by name:", self.academic_names)
        form.addRow("Culture:", self.cultural)
        form.addRow("… by name:", self.cultural_names)
        self.load(values)
        self.population.committed.connect(lambda v: self._save("population", v))
        self.geography.changed.connect(lambda v: self._save("geography", v))
        self.climate.activated.connect(
            lambda _i: self._save("climate", self.climate.currentData()))
        self.industries.committed.connect(lambda v: self._save("industries", v))
        self.academic.changed.connect(lambda v: self._save("academic_kinds", v))
        self.academic_names.committed.connect(lambda v: self._save("academic_institutions", v))
        self.cultural.changed.connect(lambda v: self._save("cultural_kinds", v))
        self.cultural_names.committed.connect(lambda v: self._save("cultural_institutions", v))

    def load(self, values: dict[str, object]) -> None:
        self.values = dict(values)
        population = values.get("population")
        self.population.load(str(population) if population is not None else "")
        self.geography.load(str(values.get("geography") or ""))
        self.climate.setCurrentIndex(max(self.climate.findData(values.get("climate") or ""), 0))
        self.industries.load(str(values.get("industries") or ""))
        self.academic.load(str(values.get("academic_kinds") or ""))
        self.academic_names.load(str(values.get("academic_institutions") or ""))
        self.cultural.load(str(values.get("cultural_kinds") or ""))
        self.cultural_names.load(str(values.get("cultural_institutions") or ""))

    def _save(self, key: str, value: object) -> None:
        try:
            self.save(key, value)
        except UserError as exc:
            self.failed.emit(str(exc))
            self.load(self.values)  # show what is stored, never unsaved text
            return
        self.values[key] = value
        self.saved.emit()
