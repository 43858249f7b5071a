"""Similarity of two cities on the seven research data points of the SCI guide."""

from __future__ import annotations

import math

import pytest

from sistercity_desktop.research.similarity import (
    DATA_POINT_LABELS,
    DATA_POINTS,
    DEFAULT_WEIGHTS,
    CityPoints,
    Similarity,
    normalise_terms,
    population_score,
    similarity,
    validate_weights,
)


def part(result: Similarity, point: str):
    return result.parts[DATA_POINTS.index(point)]


def only(point: str) -> dict[str, int]:
    """Weights that count one data point alone."""
    return {p: (1 if p == point else 0) for p in DATA_POINTS}


# --- constants and shape -------------------------------------------------------------------


def test_tables_cover_every_point() -> None:
    assert set(DATA_POINT_LABELS) == set(DATA_POINTS) == set(DEFAULT_WEIGHTS)
    assert all(isinstance(w, int) and 0 <= w <= 5 for w in DEFAULT_WEIGHTS.values())


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        (CityPoints(), CityPoints()),
        (CityPoints(population=1000), CityPoints(population=2000, history=2)),
        (
            CityPoints(
                180_000,
                frozenset({"river"}),
                "temperate",
                frozenset({"wine"}),
                frozenset({"university"}),
                frozenset({"museum"}),
            ),
            CityPoints(
                240_000,
                frozenset({"river"}),
                "temperate",
                frozenset({"wine"}),
                frozenset({"university"}),
                frozenset({"museum"}),
                (("trade", 2),),
                1,
            ),
        ),
    ],
)
def test_all_seven_parts_always_present_in_order(ours: CityPoints, theirs: CityPoints) -> None:
    result = similarity(ours, theirs)
    assert tuple(p.point for p in result.parts) == DATA_POINTS
    for p in result.parts:
        assert p.explanation.strip(), f"{p.point} has no explanation"
        assert "_" not in p.explanation, f"{p.point}: {p.explanation!r} is not plain English"
        assert p.score is None or 0.0 <= p.score <= 1.0


# --- normalise_terms -----------------------------------------------------------------------


def test_normalise_terms() -> None:
    assert normalise_terms("Tourism, Wine") == {"tourism", "wine"}
    assert normalise_terms("wine ; agriculture") == {"wine", "agriculture"}
    assert normalise_terms("  Car   MAKING\nsteel;;, ,\n") == {"car making", "steel"}
    assert normalise_terms("") == frozenset()
    assert normalise_terms(" ,; \n") == frozenset()


def test_city_points_normalise_their_terms() -> None:
    points = CityPoints(
        geography=frozenset({" River", "VALLEY "}),
        climate=" Temperate ",
        industries=frozenset({"Tourism, Wine"}),
        academic=frozenset({"High school", "university"}),
        ties=(("Faith-based", 2),),
    )
    assert points.geography == {"river", "valley"}
    assert points.climate == "temperate"
    assert points.industries == {"tourism", "wine"}
    assert points.academic == {"high_school", "university"}
    assert points.ties == (("faith_based", 2),)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"ties": (("trade", 4),)},
        {"ties": (("trade", 0),)},
        {"ties": (("smuggling", 1),)},
        {"ties": (("trade",),)},
        {"history": 4},
        {"history": -1},
        {"population": 1.5},
    ],
)
def test_city_points_reject_bad_values(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        CityPoints(**kwargs)


# --- population ----------------------------------------------------------------------------


def test_population_score_values() -> None:
    assert population_score(180_000, 180_000) == 1.0
    assert population_score(100_000, 200_000) == pytest.approx(0.699, abs=1e-3)
    assert population_score(200_000, 100_000) == pytest.approx(1 - math.log10(2))
    assert population_score(10_000, 100_000) == pytest.approx(0.0)
    assert population_score(1_000, 1_000_000) == 0.0
    # Linear in the log ratio: a factor of sqrt(10) is half way.
    assert population_score(100_000, round(100_000 * 10**0.5)) == pytest.approx(0.5, abs=1e-5)


@pytest.mark.parametrize(
    ("a", "b"), [(None, 1000), (1000, None), (None, None), (0, 1000), (1000, -5)]
)
def test_population_score_unknown(a: int | None, b: int | None) -> None:
    assert population_score(a, b) is None


def test_population_part_explains_sizes() -> None:
    p = part(
        similarity(CityPoints(population=180_000), CityPoints(population=240_000)), "population"
    )
    assert p.score == pytest.approx(1 - math.log10(240 / 180))
    assert p.explanation == "population 180,000 vs 240,000 (1.3×)"
    same = part(similarity(CityPoints(population=5000), CityPoints(population=5000)), "population")
    assert same.score == 1.0
    assert "same size" in same.explanation


def test_population_part_unknown_names_the_side() -> None:
    p = part(similarity(CityPoints(population=5000), CityPoints()), "population")
    assert p.score is None
    assert p.explanation == "population not known for this city"
    p = part(similarity(CityPoints(), CityPoints(population=5000)), "population")
    assert p.explanation == "population not known for your city"


# --- geography -----------------------------------------------------------------------------


def test_geography_jaccard_of_tags() -> None:
    ours = CityPoints(geography=frozenset({"river", "valley", "mountains"}))
    theirs = CityPoints(geography=frozenset({"river", "valley", "lake"}))
    p = part(similarity(ours, theirs), "geography")
    assert p.score == pytest.approx(2 / 4)
    assert p.explanation.startswith("shared: river, valley")


def test_geography_matching_climate_is_one_more_shared_tag() -> None:
    ours = CityPoints(geography=frozenset({"river", "port"}), climate="temperate")
    theirs = CityPoints(geography=frozenset({"river"}), climate="temperate")
    p = part(similarity(ours, theirs), "geography")
    assert p.score == pytest.approx(2 / 3)  # {river, temperate} of {river, port, temperate}
    assert "temperate climate" in p.explanation


def test_geography_different_climates_count_as_two_features() -> None:
    ours = CityPoints(geography=frozenset({"river"}), climate="temperate")
    theirs = CityPoints(geography=frozenset({"river"}), climate="arid")
    assert part(similarity(ours, theirs), "geography").score == pytest.approx(1 / 3)


def test_geography_climate_alone_counts() -> None:
    p = part(similarity(CityPoints(climate="arid"), CityPoints(climate="arid")), "geography")
    assert p.score == 1.0
    p = part(
        similarity(CityPoints(climate="arid"), CityPoints(geography=frozenset({"coast"}))),
        "geography",
    )
    assert p.score == 0.0
    assert p.explanation == "no shared features (2 in all)"


def test_geography_unknown_without_tags_or_climate() -> None:
    p = part(similarity(CityPoints(geography=frozenset({"coast"})), CityPoints()), "geography")
    assert p.score is None
    assert p.explanation == "geography not known for this city"


# --- industries ----------------------------------------------------------------------------


def test_industries_jaccard_after_normalisation() -> None:
    ours = CityPoints(industries=normalise_terms("Tourism, Wine"))
    theirs = CityPoints(industries=normalise_terms("wine ; agriculture"))
    p = part(similarity(ours, theirs), "industries")
    assert p.score == pytest.approx(1 / 3)
    assert p.explanation == "shared: wine (1 of 3 industries)"


def test_industries_none_shared_and_unknown() -> None:
    ours = CityPoints(industries=frozenset({"steel"}))
    p = part(similarity(ours, CityPoints(industries=frozenset({"fishing"}))), "industries")
    assert p.score == 0.0
    assert "no shared industries" in p.explanation
    p = part(similarity(ours, CityPoints()), "industries")
    assert p.score is None
    assert p.explanation == "industries not known for this city"
    assert part(similarity(CityPoints(), ours), "industries").score is None


# --- institutions --------------------------------------------------------------------------


def test_academic_share_of_our_kinds_with_counterpart() -> None:
    ours = CityPoints(academic=frozenset({"university", "high_school", "college"}))
    theirs = CityPoints(academic=frozenset({"university", "high_school", "research_institute"}))
    p = part(similarity(ours, theirs), "academic")
    assert p.score == pytest.approx(2 / 3)
    assert p.explanation == (
        "2 of 3 of your institution kinds have a counterpart: high school, university"
    )
    # Their extra kinds do not dilute the score: it is about our exchanges finding partners.
    richer = CityPoints(
        academic=frozenset({"university", "high_school", "college", "language_school"})
    )
    assert part(similarity(ours, richer), "academic").score == 1.0


def test_institutions_none_handling() -> None:
    ours = CityPoints(cultural=frozenset({"museum", "theatre"}))
    p = part(similarity(ours, CityPoints()), "cultural")
    assert p.score == 0.0  # ours known, theirs empty: nothing to pair with
    assert p.explanation == "no cultural institutions recorded for this city"
    p = part(similarity(CityPoints(), ours), "cultural")
    assert p.score is None  # nothing of ours to find counterparts for
    assert p.explanation == "no cultural institutions recorded for your city"


def test_cultural_by_kind() -> None:
    ours = CityPoints(cultural=frozenset({"museum", "music_venue", "festival", "sports"}))
    theirs = CityPoints(cultural=frozenset({"music_venue", "library"}))
    p = part(similarity(ours, theirs), "cultural")
    assert p.score == pytest.approx(1 / 4)
    assert "music venue" in p.explanation


# --- relationships and history -------------------------------------------------------------


@pytest.mark.parametrize(
    ("ties", "expected"),
    [
        ((), 0.0),
        ((("personal", 1),), 0.2),
        ((("mayoral", 3),), 0.6),
        ((("mayoral", 3), ("trade", 2)), 1.0),
        ((("mayoral", 3), ("trade", 3), ("diaspora", 3)), 1.0),  # capped
    ],
)
def test_relationships_strength(ties: tuple, expected: float) -> None:
    p = part(similarity(CityPoints(), CityPoints(ties=ties)), "relationships")
    assert p.score == pytest.approx(expected)


def test_relationships_known_even_without_ties() -> None:
    p = part(similarity(CityPoints(), CityPoints()), "relationships")
    assert p.score == 0.0
    assert p.explanation == "no ties recorded"
    p = part(similarity(CityPoints(), CityPoints(ties=(("faith_based", 2),))), "relationships")
    assert p.explanation == "ties: faith-based (moderate)"


def test_relationships_only_count_on_the_candidate_side() -> None:
    ours = CityPoints(ties=(("trade", 3),), history=3)
    result = similarity(ours, CityPoints())
    assert part(result, "relationships").score == 0.0
    assert part(result, "history").score == 0.0


@pytest.mark.parametrize(("history", "expected"), [(0, 0.0), (1, 1 / 3), (2, 2 / 3), (3, 1.0)])
def test_history_strength(history: int, expected: float) -> None:
    p = part(similarity(CityPoints(), CityPoints(history=history)), "history")
    assert p.score == pytest.approx(expected)
    if history == 0:
        assert p.explanation == "no historical or ancestral ties recorded"
    else:
        assert f"({history} of 3)" in p.explanation


# --- total and weights ---------------------------------------------------------------------


def example() -> tuple[CityPoints, CityPoints]:
    ours = CityPoints(
        population=100_000,
        geography=frozenset({"river", "valley"}),
        climate="temperate",
        industries=frozenset({"tourism", "wine"}),
        academic=frozenset({"university", "high_school"}),
        cultural=frozenset({"museum"}),
    )
    theirs = CityPoints(
        population=200_000,
        geography=frozenset({"river"}),
        climate="temperate",
        industries=frozenset({"wine", "agriculture"}),
        academic=frozenset({"university"}),
        cultural=frozenset(),
        ties=(("mayoral", 2),),
        history=1,
    )
    return ours, theirs


def test_total_exactly_computed() -> None:
    ours, theirs = example()
    result = similarity(ours, theirs)
    scores = {
        "population": 1 - math.log10(2),
        "geography": 2 / 3,  # river + climate of river, valley, climate
        "industries": 1 / 3,
        "academic": 1 / 2,
        "cultural": 0.0,
        "relationships": 2 / 5,
        "history": 1 / 3,
    }
    for point, score in scores.items():
        assert part(result, point).score == pytest.approx(score)
    w = DEFAULT_WEIGHTS
    expected = 100 * sum(w[p] * s for p, s in scores.items()) / sum(w.values())
    assert result.total == pytest.approx(expected)
    assert 0 <= result.total <= 100


def test_total_ignores_unknown_parts() -> None:
    # Population unknown on our side: it must neither help nor hurt.
    result = similarity(CityPoints(), CityPoints(population=5000, history=3))
    assert part(result, "population").score is None
    w = DEFAULT_WEIGHTS
    # Known: relationships 0, history 1.
    expected = 100 * w["history"] / (w["relationships"] + w["history"])
    assert result.total == pytest.approx(expected)


def test_total_none_when_nothing_counts() -> None:
    weights = {p: 0 for p in DATA_POINTS} | {"population": 3}
    assert similarity(CityPoints(), CityPoints(), weights).total is None
    assert similarity(CityPoints(population=10), CityPoints(population=10), weights).total == 100


def test_weight_zero_removes_a_point() -> None:
    ours, theirs = example()
    without = similarity(ours, theirs, {"relationships": 0})
    scores = {p.point: p.score for p in without.parts}
    w = dict(DEFAULT_WEIGHTS, relationships=0)
    expected = 100 * sum(w[p] * s for p, s in scores.items()) / sum(w.values())
    assert without.total == pytest.approx(expected)
    # The part itself is still reported, it just does not count.
    assert part(without, "relationships").score == pytest.approx(0.4)


def test_changing_a_weight_moves_the_total_the_expected_way() -> None:
    ours, theirs = example()
    base = similarity(ours, theirs).total
    assert base is not None
    # Population (0.70) is above the default total; cultural (0.0) is below it.
    assert similarity(ours, theirs, {"population": 5}).total > base
    assert similarity(ours, theirs, {"population": 1}).total < base
    assert similarity(ours, theirs, {"cultural": 5}).total < base
    assert similarity(ours, theirs, {"cultural": 0}).total > base


def test_single_weight_total_is_that_score() -> None:
    ours, theirs = example()
    for point in DATA_POINTS:
        result = similarity(ours, theirs, only(point))
        assert result.total == pytest.approx(100 * part(result, point).score)


# --- validate_weights ----------------------------------------------------------------------


def test_validate_weights_fills_defaults() -> None:
    assert validate_weights({}) == DEFAULT_WEIGHTS
    assert validate_weights({"history": 5}) == dict(DEFAULT_WEIGHTS, history=5)
    assert validate_weights({p: 0 for p in DATA_POINTS}) == {p: 0 for p in DATA_POINTS}


@pytest.mark.parametrize(
    ("weights", "named"),
    [
        ({"population": 6}, "population"),
        ({"geography": -1}, "geography"),
        ({"industries": 2.5}, "industries"),
        ({"academic": "3"}, "academic"),
        ({"cultural": True}, "cultural"),
        ({"history": None}, "history"),
        ({"populaton": 3}, "populaton"),
    ],
)
def test_validate_weights_errors_name_the_point(weights: dict, named: str) -> None:
    with pytest.raises(ValueError, match=named):
        validate_weights(weights)


def test_similarity_rejects_bad_weights() -> None:
    with pytest.raises(ValueError, match="relationships"):
        similarity(CityPoints(), CityPoints(), {"relationships": 9})
