"""Editing a city's data points: geography tags, climate, industries, institution kinds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
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
from sistercity_desktop.ui.i18n import localize

KIND_WORDS = {"high_school": QT_TRANSLATE_NOOP("research", "high school"),
              "language_school": QT_TRANSLATE_NOOP("research", "language school"),
              "research_institute": QT_TRANSLATE_NOOP("research", "research institute"),
              "music_venue": QT_TRANSLATE_NOOP("research", "music venue"),
              "community_centre": QT_TRANSLATE_NOOP("research", "community centre")}

# The fixed English vocabulary the research services hand to the window (data point labels,
# candidate statuses, tie kinds, fact captions, geography tags, climates, institution kinds).
# Listed here so lupdate extracts them; shown through research_word() in the "research"
# context. The services and the PDF report keep the English words.
RESEARCH_WORDS = (
    # research.similarity.DATA_POINT_LABELS
    QT_TRANSLATE_NOOP("research", "Population"),
    QT_TRANSLATE_NOOP("research", "Geography"),
    QT_TRANSLATE_NOOP("research", "Industries"),
    QT_TRANSLATE_NOOP("research", "Academic institutions"),
    QT_TRANSLATE_NOOP("research", "Cultural institutions"),
    QT_TRANSLATE_NOOP("research", "Preexisting relationships"),
    QT_TRANSLATE_NOOP("research", "Historical or ancestral ties"),
    # services.research_report.STATUS_LABELS
    QT_TRANSLATE_NOOP("research", "Under consideration"),
    QT_TRANSLATE_NOOP("research", "Chosen"),
    QT_TRANSLATE_NOOP("research", "Declined"),
    # services.research_report.TIE_LABELS
    QT_TRANSLATE_NOOP("research", "Mayoral"),
    QT_TRANSLATE_NOOP("research", "Trade"),
    QT_TRANSLATE_NOOP("research", "Diaspora"),
    QT_TRANSLATE_NOOP("research", "Faith-based"),
    QT_TRANSLATE_NOOP("research", "Personal"),
    QT_TRANSLATE_NOOP("research", "Other"),
    # captions of services.research_report.fact_lines()
    QT_TRANSLATE_NOOP("research", "Distance"),
    QT_TRANSLATE_NOOP("research", "Time difference"),
    QT_TRANSLATE_NOOP("research", "Shared office hours"),
    QT_TRANSLATE_NOOP("research", "Hemisphere"),
    QT_TRANSLATE_NOOP("research", "Likely document language"),
    # research.similarity tie kinds as the score explanations write them
    QT_TRANSLATE_NOOP("research", "mayoral"),
    QT_TRANSLATE_NOOP("research", "trade"),
    QT_TRANSLATE_NOOP("research", "diaspora"),
    QT_TRANSLATE_NOOP("research", "faith-based"),
    QT_TRANSLATE_NOOP("research", "personal"),
    QT_TRANSLATE_NOOP("research", "other"),
    # research.similarity.GEOGRAPHY_TAGS
    QT_TRANSLATE_NOOP("research", "port"),
    QT_TRANSLATE_NOOP("research", "coast"),
    QT_TRANSLATE_NOOP("research", "river"),
    QT_TRANSLATE_NOOP("research", "lake"),
    QT_TRANSLATE_NOOP("research", "mountains"),
    QT_TRANSLATE_NOOP("research", "desert"),
    QT_TRANSLATE_NOOP("research", "island"),
    QT_TRANSLATE_NOOP("research", "plains"),
    QT_TRANSLATE_NOOP("research", "forest"),
    QT_TRANSLATE_NOOP("research", "valley"),
    # research.similarity.CLIMATES
    QT_TRANSLATE_NOOP("research", "tropical"),
    QT_TRANSLATE_NOOP("research", "arid"),
    QT_TRANSLATE_NOOP("research", "mediterranean"),
    QT_TRANSLATE_NOOP("research", "temperate"),
    QT_TRANSLATE_NOOP("research", "oceanic"),
    QT_TRANSLATE_NOOP("research", "continental"),
    QT_TRANSLATE_NOOP("research", "subarctic"),
    QT_TRANSLATE_NOOP("research", "highland"),
    # research.similarity.ACADEMIC_KINDS and CULTURAL_KINDS (two-word kinds: KIND_WORDS)
    QT_TRANSLATE_NOOP("research", "university"),
    QT_TRANSLATE_NOOP("research", "college"),
    QT_TRANSLATE_NOOP("research", "museum"),
    QT_TRANSLATE_NOOP("research", "theatre"),
    QT_TRANSLATE_NOOP("research", "library"),
    QT_TRANSLATE_NOOP("research", "festival"),
    QT_TRANSLATE_NOOP("research", "sports"),
)


def research_word(english: str) -> str:
    """A fixed English word from the research services, in the interface language."""
    return QCoreApplication.translate("research", english)


def word(value: str) -> str:
    """A vocabulary value (e.g. "high_school") as words in the interface language."""
    return research_word(KIND_WORDS.get(value, value.replace("_", " ")))


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
            box = named(QCheckBox(word(value)), self.tr("{0}: {1}").format(name, word(value)))
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
        self.population = named(CommitLineEdit(), self.tr("Population"))
        self.geography = TagBoxes(GEOGRAPHY_TAGS, self.tr("Geography"))
        self.climate = named(QComboBox(), self.tr("Climate"))
        self.climate.addItem(self.tr("not set"), "")
        for value in CLIMATES:
            self.climate.addItem(research_word(value), value)
        self.industries = named(CommitLineEdit(), self.tr("Industries"),
                                self.tr("Main industries, separated by commas"))
        self.industries.setPlaceholderText(self.tr("e.g. wine, tourism, software"))
        self.academic = TagBoxes(ACADEMIC_KINDS, self.tr("Academic institutions"), 3)
        self.academic_names = named(CommitLineEdit(), self.tr("Academic institutions by name"))
        self.cultural = TagBoxes(CULTURAL_KINDS, self.tr("Cultural institutions"), 4)
        self.cultural_names = named(CommitLineEdit(), self.tr("Cultural institutions by name"))
        form.addRow(self.tr("Population:"), self.population)
        form.addRow(self.tr("Geography:"), self.geography)
        form.addRow(self.tr("Climate:"), self.climate)
        form.addRow(self.tr("Industries:"), self.industries)
        form.addRow(self.tr("Schools and universities:"), self.academic)
        form.addRow(self.tr("… by name:"), self.academic_names)
        form.addRow(self.tr("Culture:"), self.cultural)
        form.addRow(self.tr("… by name:"), self.cultural_names)
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
            self.failed.emit(localize(exc))
            self.load(self.values)  # show what is stored, never unsaved text
            return
        self.values[key] = value
        self.saved.emit()
