"""How alike two cities are, point by point, on the research data points of the SCI guide.

The Sister Cities International guide lists seven things to compare when looking for a
partner: population size, geography, industries, academic institutions, cultural
institutions, preexisting relationships and historical or ancestral connections. Each gets
a sub-score from 0 to 1 with a plain-English reason; the total is a weighted mean on a
0-100 scale over the points that are actually known on both sides.

Pure functions, no data files: the caller supplies what it knows as :class:`CityPoints`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sistercity_desktop.text import Number, Text, listing, translate, word

__all__ = [
    "ACADEMIC_KINDS",
    "CLIMATES",
    "CULTURAL_KINDS",
    "DATA_POINTS",
    "DATA_POINT_LABELS",
    "DEFAULT_WEIGHTS",
    "GEOGRAPHY_TAGS",
    "MAX_WEIGHT",
    "TIE_KINDS",
    "CityPoints",
    "Similarity",
    "SubScore",
    "normalise_terms",
    "population_score",
    "population_subscore",
    "similarity",
    "validate_weights",
    "weighted_total",
]

DATA_POINTS = (
    "population",
    "geography",
    "industries",
    "academic",
    "cultural",
    "relationships",
    "history",
)
DATA_POINT_LABELS = {
    "population": "Population",
    "geography": "Geography",
    "industries": "Industries",
    "academic": "Academic institutions",
    "cultural": "Cultural institutions",
    "relationships": "Preexisting relationships",
    "history": "Historical or ancestral ties",
}
# Integers 0..5; 0 switches a point off.
DEFAULT_WEIGHTS = {
    "population": 3,
    "geography": 2,
    "industries": 2,
    "academic": 2,
    "cultural": 1,
    "relationships": 3,
    "history": 1,
}
MAX_WEIGHT = 5
GEOGRAPHY_TAGS = (
    "port",
    "coast",
    "river",
    "lake",
    "mountains",
    "desert",
    "island",
    "plains",
    "forest",
    "valley",
)
CLIMATES = (
    "tropical",
    "arid",
    "mediterranean",
    "temperate",
    "oceanic",
    "continental",
    "subarctic",
    "highland",
)
ACADEMIC_KINDS = ("university", "college", "high_school", "language_school", "research_institute")
CULTURAL_KINDS = (
    "museum",
    "music_venue",
    "theatre",
    "library",
    "community_centre",
    "festival",
    "sports",
)
TIE_KINDS = ("mayoral", "trade", "diaspora", "faith_based", "personal", "other")

# Summed tie strength at which the relationships point is full: e.g. a strong mayoral tie
# plus a moderate trade link. One weak contact alone should not look like a partnership.
_FULL_TIES = 5
_MAX_STRENGTH = 3
_STRENGTH_WORDS = {1: translate("research", "weak"), 2: translate("research", "moderate"),
                   3: translate("research", "strong")}

_TERM_SPLIT = re.compile(r"[,;\n\r]+")
_SPACES = re.compile(r"\s+")


# --- data --------------------------------------------------------------------------------


def normalise_terms(text: str) -> frozenset[str]:
    """Terms typed as free text: "Tourism, Wine" -> {"tourism", "wine"}.

    Splits on commas, semicolons and line breaks, case-folds, strips, collapses runs of
    white space to one space and drops empty terms.
    """
    terms = (_SPACES.sub(" ", part).strip().casefold() for part in _TERM_SPLIT.split(text))
    return frozenset(term for term in terms if term)


def _terms(values: Iterable[str] | str) -> frozenset[str]:
    """Normalised terms from a text or from a collection of texts (each may hold several)."""
    if isinstance(values, str):
        return normalise_terms(values)
    found: set[str] = set()
    for value in values:
        found |= normalise_terms(str(value))
    return frozenset(found)


def _kinds(values: Iterable[str] | str) -> frozenset[str]:
    # "High school" and "high-school" are the same kind as "high_school".
    return frozenset(term.replace(" ", "_").replace("-", "_") for term in _terms(values))


@dataclass(frozen=True)
class CityPoints:
    """What is known about one city, for comparison.

    Collections may be given as any iterable of strings (or one comma-separated text);
    they are normalised (case-folded, trimmed) on construction so that comparisons do
    not depend on how the committee typed them. ``ties`` and ``history`` describe the
    connection between *our* city and *this* one, so they only matter on the candidate side.
    """

    population: int | None = None
    geography: frozenset[str] = frozenset()  # tags (known tags or free words)
    climate: str = ""
    industries: frozenset[str] = frozenset()  # free terms
    academic: frozenset[str] = frozenset()  # kinds present (ACADEMIC_KINDS)
    cultural: frozenset[str] = frozenset()  # kinds present (CULTURAL_KINDS)
    ties: tuple[tuple[str, int], ...] = ()  # (TIE_KINDS value, strength 1..3)
    history: int = 0  # 0..3 strength of historical/ancestral connection

    def __post_init__(self) -> None:
        # Frozen: normalised values are written past the dataclass guard, once, here.
        setattr_ = object.__setattr__
        setattr_(self, "geography", _terms(self.geography))
        setattr_(self, "climate", _SPACES.sub(" ", str(self.climate or "")).strip().casefold())
        setattr_(self, "industries", _terms(self.industries))
        setattr_(self, "academic", _kinds(self.academic))
        setattr_(self, "cultural", _kinds(self.cultural))
        ties = []
        for tie in self.ties:
            try:
                kind, strength = tie
            except (TypeError, ValueError):
                raise ValueError(f"Each tie must be a (kind, strength) pair, got {tie!r}") from None
            kind = str(kind).strip().casefold().replace(" ", "_").replace("-", "_")
            if kind not in TIE_KINDS:
                raise ValueError(
                    f"Unknown tie kind {kind!r}: expected one of {', '.join(TIE_KINDS)}"
                )
            if not _is_int(strength) or not 1 <= strength <= _MAX_STRENGTH:
                raise ValueError(
                    f"Tie strength for {kind!r} must be a whole number from 1 to "
                    f"{_MAX_STRENGTH}, got {strength!r}"
                )
            ties.append((kind, int(strength)))
        setattr_(self, "ties", tuple(ties))
        if not _is_int(self.history) or not 0 <= self.history <= _MAX_STRENGTH:
            raise ValueError(
                f"History strength must be a whole number from 0 to {_MAX_STRENGTH}, "
                f"got {self.history!r}"
            )
        if self.population is not None and not _is_int(self.population):
            raise ValueError(f"Population must be a whole number, got {self.population!r}")


@dataclass(frozen=True)
class SubScore:
    """One data point's score: 0..1, or None when it is not known on one side."""

    point: str
    score: float | None
    explanation: str


@dataclass(frozen=True)
class Similarity:
    """All seven sub-scores (in ``DATA_POINTS`` order) and their weighted total, 0..100."""

    parts: tuple[SubScore, ...]
    total: float | None

    def part(self, point: str) -> SubScore:
        """The sub-score for one data point."""
        return self.parts[DATA_POINTS.index(point)]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# --- weights -----------------------------------------------------------------------------


def validate_weights(weights: Mapping[str, object]) -> dict[str, int]:
    """A complete weight table: every data point, each a whole number from 0 to 5.

    Missing points get their default weight. Raises ValueError naming the offending point
    for an unknown point or a weight that is not a whole number in range.
    """
    unknown = [key for key in weights if key not in DATA_POINTS]
    if unknown:
        raise ValueError(
            f"Unknown data point {unknown[0]!r} in weights: expected one of "
            f"{', '.join(DATA_POINTS)}"
        )
    checked: dict[str, int] = {}
    for point in DATA_POINTS:
        value = weights.get(point, DEFAULT_WEIGHTS[point])
        # bool is an int subclass, but True is no weight.
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_WEIGHT:
            raise ValueError(
                f"Weight for {DATA_POINT_LABELS[point]} ({point!r}) must be a whole number "
                f"from 0 to {MAX_WEIGHT}, got {value!r}"
            )
        checked[point] = value
    return checked


def weighted_total(parts: Iterable[SubScore], weights: Mapping[str, int]) -> float | None:
    """100 x sum(w*s) / sum(w) over the known parts with weight > 0; None if there are none.

    ``weights`` must already be complete (see :func:`validate_weights`).
    """
    weighted = 0.0
    weight_sum = 0
    for part in parts:
        weight = weights[part.point]
        if part.score is None or weight <= 0:
            continue
        weighted += weight * part.score
        weight_sum += weight
    return None if weight_sum == 0 else 100.0 * weighted / weight_sum


# --- the sub-scores ----------------------------------------------------------------------


def population_score(a: int | None, b: int | None) -> float | None:
    """1.0 for equal populations, falling linearly with |log10(a/b)| to 0.0 at a factor of 10.

    A factor of 2 scores about 0.699. None when either population is unknown or not positive.
    """
    if a is None or b is None or a <= 0 or b <= 0:
        return None
    return max(0.0, 1.0 - abs(math.log10(a / b)))


def _unknown_side(ours_known: bool, theirs_known: bool, what: str) -> str:
    if not ours_known and not theirs_known:
        return translate("research", "{what} not known for either city").format(what=what)
    if not ours_known:
        return translate("research", "{what} not known for your city").format(what=what)
    return translate("research", "{what} not known for this city").format(what=what)


def population_subscore(ours: int | None, theirs: int | None) -> SubScore:
    """The population sub-score with its reason, e.g. "population 180,000 vs 240,000 (1.3×)"."""
    score = population_score(ours, theirs)
    if score is None:
        explanation = _unknown_side(
            ours is not None and ours > 0, theirs is not None and theirs > 0,
            translate("research", "population"),
        )
        return SubScore("population", None, explanation)
    assert ours is not None and theirs is not None
    ratio = max(ours, theirs) / min(ours, theirs)
    if ratio == 1:
        size = translate("research", "same size")
    elif ratio < 1.05:  # "1.0×" would read as "equal"
        size = translate("research", "about the same size")
    else:
        size = translate("research", "{ratio}×").format(ratio=Number(ratio, 1))
    explanation = translate("research", "population {ours} vs {theirs} ({size})").format(
        ours=Number(ours), theirs=Number(theirs), size=size)
    return SubScore("population", score, explanation)


def _listing(items: Iterable[str]) -> tuple[Text, ...]:
    # Vocabulary words: ui/data_points.py declares their translations in "research".
    return listing(word("research", item.replace("_", " ")) for item in sorted(items))


def _geography(ours: CityPoints, theirs: CityPoints) -> SubScore:
    ours_known = bool(ours.geography or ours.climate)
    theirs_known = bool(theirs.geography or theirs.climate)
    if not (ours_known and theirs_known):
        return SubScore("geography", None, _unknown_side(
            ours_known, theirs_known, translate("research", "geography")))
    shared = ours.geography & theirs.geography
    union = len(ours.geography | theirs.geography)
    # The climate is one more feature: one shared tag when it matches, two distinct otherwise.
    same_climate = bool(ours.climate) and ours.climate == theirs.climate
    climates = {c for c in (ours.climate, theirs.climate) if c}
    union += len(climates)
    matches = len(shared) + same_climate
    score = matches / union
    if matches:
        what = list(_listing(shared))
        if same_climate:
            what.append(translate("research", "{climate} climate").format(
                climate=word("research", ours.climate)))
        explanation = translate("research", "shared: {what} ({matches} of %n features)",
                                None, union).format(what=listing(what), matches=matches)
    else:
        explanation = translate("research", "no shared features (%n in all)", None, union)
    return SubScore("geography", score, explanation)


def _industries(ours: CityPoints, theirs: CityPoints) -> SubScore:
    if not (ours.industries and theirs.industries):
        explanation = _unknown_side(bool(ours.industries), bool(theirs.industries),
                                    translate("research", "industries"))
        return SubScore("industries", None, explanation)
    shared = ours.industries & theirs.industries
    union = len(ours.industries | theirs.industries)
    if shared:
        explanation = translate("research", "shared: {what} ({matches} of %n industries)",
                                None, union).format(what=_listing(shared), matches=len(shared))
    else:
        explanation = translate("research", "no shared industries (%n in all)", None, union)
    return SubScore("industries", len(shared) / union, explanation)


def _institutions(point: str, noun: str, ours: frozenset[str], theirs: frozenset[str]) -> SubScore:
    if not ours:
        return SubScore(point, None, translate("research", "no {noun} recorded for your city")
                        .format(noun=noun))
    if not theirs:
        return SubScore(point, 0.0, translate("research", "no {noun} recorded for this city")
                        .format(noun=noun))
    matched = ours & theirs
    if matched:
        explanation = translate(
            "research", "{matched} of %n of your institution kinds have a counterpart: {what}",
            None, len(ours)).format(matched=len(matched), what=_listing(matched))
    else:
        explanation = translate(
            "research", "none of your %n institution kinds has a counterpart", None, len(ours))
    return SubScore(point, len(matched) / len(ours), explanation)


def _relationships(theirs: CityPoints) -> SubScore:
    # Known even when empty: the committee would have recorded a tie if it knew of one.
    if not theirs.ties:
        return SubScore("relationships", 0.0, translate("research", "no ties recorded"))
    total = sum(strength for _, strength in theirs.ties)
    described = listing(
        translate("research", "{kind} ({strength})").format(
            kind=word("research", kind.replace("_", "-")),
            strength=_STRENGTH_WORDS[strength])
        for kind, strength in theirs.ties
    )
    return SubScore("relationships", min(1.0, total / _FULL_TIES),
                    translate("research", "ties: {what}").format(what=described))


def _history(theirs: CityPoints) -> SubScore:
    if not theirs.history:
        return SubScore("history", 0.0,
                        translate("research", "no historical or ancestral ties recorded"))
    return SubScore(
        "history",
        theirs.history / _MAX_STRENGTH,
        translate("research", "{strength} historical or ancestral ties ({value} of {most})")
        .format(strength=_STRENGTH_WORDS[theirs.history], value=theirs.history,
                most=_MAX_STRENGTH),
    )


def similarity(
    ours: CityPoints, theirs: CityPoints, weights: Mapping[str, int] | None = None
) -> Similarity:
    """Compare our city with a candidate on all seven data points.

    ``weights`` (0..5 per point, 0 switches a point off; missing points take their default)
    decide how much each known point counts towards the 0-100 total. Points unknown on one
    side (score None) do not count at all. Raises ValueError for invalid weights.
    """
    table = validate_weights(weights if weights is not None else DEFAULT_WEIGHTS)
    parts = (
        population_subscore(ours.population, theirs.population),
        _geography(ours, theirs),
        _industries(ours, theirs),
        _institutions("academic", translate("research", "academic institutions"),
                      ours.academic, theirs.academic),
        _institutions("cultural", translate("research", "cultural institutions"),
                      ours.cultural, theirs.cultural),
        _relationships(theirs),
        _history(theirs),
    )
    return Similarity(parts=parts, total=weighted_total(parts, table))
