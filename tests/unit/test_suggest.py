"""Partner suggestions from the gazetteer: ranking by population, filters, exclusions."""

from __future__ import annotations

import math

import pytest

from sistercity_desktop.research.gazetteer import Gazetteer, shared_gazetteer
from sistercity_desktop.research.geo import distance_km, likely_language
from sistercity_desktop.research.similarity import DATA_POINTS, population_score
from sistercity_desktop.research.suggest import Suggestion, language_matches, suggest

LYON = (45.76, 4.84)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return shared_gazetteer()  # a couple of seconds: once for the whole module


def key(s: Suggestion) -> float:
    return abs(math.log10(s.city.population / 180_000))


def test_french_cities_near_lyon(gaz: Gazetteer) -> None:
    results = suggest(gaz, population=180_000, origin=LYON, countries=["FR"])
    assert len(results) == 20
    for s in results:
        assert s.city.country == "FR"
        assert s.language == "fr"
        pop = s.similarity.parts[0]
        assert pop.point == "population"
        assert pop.score is not None and pop.score > 0.8
        assert pop.score == pytest.approx(population_score(180_000, s.city.population))
        assert s.distance_km == pytest.approx(
            distance_km(*LYON, s.city.latitude, s.city.longitude), abs=1e-6
        )


def test_ranked_by_total_then_population_closeness(gaz: Gazetteer) -> None:
    results = suggest(gaz, population=180_000, countries=["fr"], top=50)
    totals = [s.similarity.total for s in results]
    assert totals == sorted(totals, reverse=True)
    closeness = [key(s) for s in results]
    assert closeness == sorted(closeness)
    # No French city left out is closer in size than the last one suggested.
    others = [
        c
        for c in gaz.cities()
        if c.country == "FR" and c.geonameid not in {s.city.geonameid for s in results}
    ]
    assert min(abs(math.log10(c.population / 180_000)) for c in others) >= closeness[-1]


def test_population_ranking_beyond_a_factor_of_ten(gaz: Gazetteer) -> None:
    # All totals are 0 here (no French city has 100 million people), yet the order stays useful.
    results = suggest(gaz, population=100_000_000, countries=["FR"], top=3)
    assert [s.similarity.total for s in results] == [0.0, 0.0, 0.0]
    assert results[0].city.population == max(
        c.population for c in gaz.cities() if c.country == "FR"
    )


def test_only_population_is_known(gaz: Gazetteer) -> None:
    (s,) = suggest(gaz, population=50_000, top=1)
    parts = s.similarity.parts
    assert tuple(p.point for p in parts) == DATA_POINTS
    for p in parts[1:]:
        assert p.score is None
        assert p.explanation == "not known yet"
    assert parts[0].explanation.startswith("population 50,000 vs ")
    assert s.similarity.total == pytest.approx(100 * parts[0].score)
    assert s.distance_km is None


def test_weights_without_population_leave_no_total(gaz: Gazetteer) -> None:
    results = suggest(gaz, population=50_000, top=5, weights={"population": 0})
    assert all(s.similarity.total is None for s in results)
    closeness = [abs(math.log10(s.city.population / 50_000)) for s in results]
    assert closeness == sorted(closeness)


def test_languages_filter(gaz: Gazetteer) -> None:
    results = suggest(gaz, population=180_000, languages=["ja"])
    assert results
    assert {s.city.country for s in results} == {"JP"}
    assert {s.language for s in results} == {"ja"}


def test_language_primary_subtag(gaz: Gazetteer) -> None:
    chinese = suggest(gaz, population=300_000, languages=["zh"], top=200)
    assert {s.language for s in chinese} <= {"zh-Hans", "zh-Hant"}
    simplified = suggest(gaz, population=300_000, languages=["ZH-hans"], top=100)
    assert {s.language for s in simplified} == {"zh-Hans"}
    assert language_matches("zh", "zh-Hant")
    assert language_matches("pt-BR", "pt")
    assert not language_matches("zh-Hans", "zh-Hant")
    assert not language_matches("fr", "fy")


def test_countries_and_languages_combine(gaz: Gazetteer) -> None:
    results = suggest(gaz, population=200_000, countries=["CH", "BE"], languages=["de"], top=50)
    assert results
    for s in results:
        assert s.city.country in {"CH", "BE"}
        assert likely_language(s.city.country) == "de"


def test_max_distance_respected(gaz: Gazetteer) -> None:
    results = suggest(gaz, population=180_000, origin=LYON, max_distance_km=300, top=100)
    assert len(results) == 100
    assert {"FR", "CH"} <= {s.city.country for s in results}
    for s in results:
        assert s.distance_km is not None and s.distance_km <= 300
        assert distance_km(*LYON, s.city.latitude, s.city.longitude) <= 300 + 1e-6
    # Nothing in reach is left out that would rank higher than the last one suggested
    # (except what lies within 1 km of the origin: that counts as our own city).
    ids = {s.city.geonameid for s in results}
    worst = max(key(s) for s in results)
    for city in gaz.cities():
        if (
            city.geonameid not in ids
            and 1 < distance_km(*LYON, city.latitude, city.longitude) < 299
        ):
            assert abs(math.log10(city.population / 180_000)) >= worst


def test_max_distance_across_the_antimeridian(gaz: Gazetteer) -> None:
    suva = (-18.14, 178.44)
    results = suggest(gaz, population=10_000, origin=suva, max_distance_km=1500, top=50)
    assert results
    assert all(s.distance_km <= 1500 for s in results)
    assert any(s.city.longitude < 0 for s in results)  # Tonga / Samoa lie east of 180°


def test_max_distance_near_the_pole(gaz: Gazetteer) -> None:
    results = suggest(gaz, population=100_000, origin=(89.0, 0.0), max_distance_km=2500)
    assert results
    assert all(s.distance_km <= 2500 for s in results)


def test_exclude_countries(gaz: Gazetteer) -> None:
    before = suggest(gaz, population=180_000, origin=LYON, max_distance_km=300, top=100)
    assert "CH" in {s.city.country for s in before}
    after = suggest(
        gaz,
        population=180_000,
        origin=LYON,
        max_distance_km=300,
        top=100,
        exclude_countries=["ch", "IT"],
    )
    assert {s.city.country for s in after}.isdisjoint({"CH", "IT"})
    everywhere = suggest(gaz, population=180_000, top=200, exclude_countries=["US", "CN", "IN"])
    assert {s.city.country for s in everywhere}.isdisjoint({"US", "CN", "IN"})


def test_exclude_specific_cities(gaz: Gazetteer) -> None:
    first = suggest(gaz, population=1_500_000, countries=["DE"], top=3)
    munich = first[0].city
    assert munich.name == "Munich"
    by_id = suggest(
        gaz, population=1_500_000, countries=["DE"], top=3, exclude_geonameids=[munich.geonameid]
    )
    assert munich not in [s.city for s in by_id]
    for name in ("munich", "München", "MUNCHEN"):
        by_name = suggest(
            gaz,
            population=1_500_000,
            countries=["DE"],
            top=3,
            exclude_names=[(name.casefold(), "DE")],
        )
        assert munich not in [s.city for s in by_name], name
    # The country has to match too.
    other = suggest(
        gaz, population=1_500_000, countries=["DE"], top=3, exclude_names=[("munich", "US")]
    )
    assert other[0].city == munich


def test_origin_city_is_never_suggested(gaz: Gazetteer) -> None:
    lyon = gaz.search("Lyon")[0]
    assert lyon.country == "FR"
    origin = (lyon.latitude, lyon.longitude)
    without = suggest(gaz, population=lyon.population, countries=["FR"], top=5)
    assert without[0].city == lyon  # the best match of all, but it is our own city
    for kwargs in ({}, {"max_distance_km": 200}):
        results = suggest(
            gaz, population=lyon.population, origin=origin, countries=["FR"], top=5, **kwargs
        )
        assert lyon not in [s.city for s in results]
        assert all(s.distance_km >= 1 for s in results)


def test_top_respected(gaz: Gazetteer) -> None:
    assert len(suggest(gaz, population=180_000, top=1)) == 1
    assert len(suggest(gaz, population=180_000, top=500)) == 500
    assert len(suggest(gaz, population=180_000, countries=["FR"], top=7)) == 7
    # Fewer candidates than asked for: all of them.
    assert len(suggest(gaz, population=5_000, countries=["VA", "MC"], top=50)) < 50


def test_no_candidates(gaz: Gazetteer) -> None:
    assert suggest(gaz, population=180_000, countries=["XX"]) == []
    assert suggest(gaz, population=180_000, languages=["tlh"]) == []
    assert suggest(gaz, population=180_000, countries=["FR"], exclude_countries=["FR"]) == []


def test_results_are_repeatable(gaz: Gazetteer) -> None:
    args = {"population": 180_000, "origin": LYON, "max_distance_km": 800, "top": 30}
    assert suggest(gaz, **args) == suggest(gaz, **args)


@pytest.mark.parametrize("top", [0, -1, 501, 2.5, True])
def test_bad_top(gaz: Gazetteer, top: object) -> None:
    with pytest.raises(ValueError, match="top"):
        suggest(gaz, population=180_000, top=top)  # type: ignore[arg-type]


def test_distance_without_origin(gaz: Gazetteer) -> None:
    with pytest.raises(ValueError, match="origin"):
        suggest(gaz, population=180_000, max_distance_km=300)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"population": 0},
        {"population": -5},
        {"population": 180_000, "origin": LYON, "max_distance_km": -1},
        {"population": 180_000, "origin": (91.0, 0.0)},
        {"population": 180_000, "weights": {"population": 7}},
    ],
)
def test_other_bad_arguments(gaz: Gazetteer, kwargs: dict) -> None:
    with pytest.raises(ValueError):
        suggest(gaz, **kwargs)
