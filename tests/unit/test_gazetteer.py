"""The GeoNames gazetteer: folding, type-ahead search in any script, ranking, speed."""

from __future__ import annotations

import threading
import time

import pytest

from sistercity_desktop.research import gazetteer as gazetteer_module
from sistercity_desktop.research.gazetteer import City, Gazetteer, fold, fold_all


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()  # a couple of seconds: once for the whole module


@pytest.fixture(scope="module")
def folded_names(gaz: Gazetteer) -> list[set[str]]:
    """Every city's folded names, in the gazetteer's order, for brute-force checks."""
    cities = gaz.cities()
    flat = [name for city in cities for name in (city.name, *city.alternate_names)]
    keys = iter(fold_all(flat))
    return [{next(keys) for _ in range(1 + len(city.alternate_names))} for city in cities]


def naive_search(gaz: Gazetteer, folded_names: list[set[str]], query: str, limit: int):
    """The specification, by linear scan: exact names first, then prefixes, by population."""
    key = fold(query)
    exact, prefix = [], []
    for rank, names in enumerate(folded_names):
        if key in names:
            exact.append(rank)
        elif any(n.startswith(key) or f" {key}" in n for n in names):
            prefix.append(rank)
    return [gaz.cities()[rank] for rank in (exact + prefix)[:limit]]


def first(gaz: Gazetteer, query: str) -> City:
    results = gaz.search(query)
    assert results, f"nothing found for {query!r}"
    return results[0]


# --- fold ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("São Paulo", "sao paulo"),
        ("MÜNCHEN", "munchen"),
        ("Ōsaka", "osaka"),
        ("Straße", "strasse"),
        ("Łódź", "lodz"),
        ("Tromsø", "tromso"),
        ("Đà Nẵng", "da nang"),
        ("Ærøskøbing", "aeroskobing"),
        ("Œuilly", "oeuilly"),
        ("İstanbul", "istanbul"),
        ("Diyarbakır", "diyarbakir"),
        ("Saint-Étienne", "saint etienne"),
        ("St. John's", "st john s"),
        ("O’Fallon", "o fallon"),
        ("  New    York  ", "new york"),
        ("ＯＳＡＫＡ", "osaka"),  # full-width Latin
        ("大阪", "大阪"),
        ("京都", "京都"),
        ("서울", "서울"),  # Hangul stays composed
        ("ガンマ", "ガンマ"),  # kana voicing marks are kept
        ("ｶﾞﾝﾏ", "ガンマ"),  # half-width kana, NFKC
        ("МЮНХЕН", "мюнхен"),
        ("Αθήνα", "αθηνα"),
        ("मुंबई", "मुंबई"),  # Devanagari vowel signs are kept
        ("", ""),
        ("  -  ", ""),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_is_idempotent_and_fold_all_agrees() -> None:
    texts = ["São Paulo", "ＯＳＡＫＡ", "line\nbreak", "Ærø", "大阪", " a  b ", "", "ガ"]
    assert fold_all(texts) == [fold(t) for t in texts]
    assert fold_all([]) == []
    assert all(fold(fold(t)) == fold(t) for t in texts)
    assert fold("line\nbreak") == "line break"


# --- loading -------------------------------------------------------------------------------


def test_loads_all_cities_largest_first(gaz: Gazetteer) -> None:
    assert len(gaz) > 30_000
    cities = gaz.cities()
    assert len(cities) == len(gaz)
    populations = [city.population for city in cities]
    assert populations == sorted(populations, reverse=True)
    assert len({city.geonameid for city in cities}) == len(cities)


def test_get_by_geonameid(gaz: Gazetteer) -> None:
    osaka = first(gaz, "osaka")
    assert gaz.get(osaka.geonameid) is osaka
    assert gaz.get(-1) is None
    assert osaka.country == "JP"
    assert osaka.timezone == "Asia/Tokyo"
    assert 34 < osaka.latitude < 35 and 135 < osaka.longitude < 136
    assert isinstance(osaka.alternate_names, tuple) and "大阪" in osaka.alternate_names


# --- search --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "name", "country"),
    [
        ("osaka", "Osaka", "JP"),
        ("Ōsaka", "Osaka", "JP"),
        ("OSAKA", "Osaka", "JP"),
        ("ＯＳＡＫＡ", "Osaka", "JP"),
        ("大阪", "Osaka", "JP"),
        ("sao paulo", "São Paulo", "BR"),
        ("São Paulo", "São Paulo", "BR"),
        ("SAO-PAULO", "São Paulo", "BR"),
        ("paulo", "São Paulo", "BR"),  # a later word of the name
        ("münchen", "Munich", "DE"),
        ("munchen", "Munich", "DE"),
        ("Munich", "Munich", "DE"),
        ("Мюнхен", "Munich", "DE"),  # Cyrillic
        ("京都", "Kyoto", "JP"),
        ("東京", "Tokyo", "JP"),
        ("서울", "Seoul", "KR"),  # Hangul
        ("new york", "New York City", "US"),
        ("北京", "Beijing", "CN"),  # Chinese
        ("Москва", "Moscow", "RU"),
        ("berl", "Berlin", "DE"),  # a prefix
    ],
)
def test_search_finds_the_city_first(gaz: Gazetteer, query: str, name: str, country: str) -> None:
    city = first(gaz, query)
    assert (city.name, city.country) == (name, country)


@pytest.mark.parametrize("query", ["münchen", "munchen", "Munich", "Мюнхен", "Münch"])
def test_munich_in_any_spelling(gaz: Gazetteer, query: str) -> None:
    assert any(c.name == "Munich" and c.country == "DE" for c in gaz.search(query))


def test_exact_matches_come_before_bigger_prefix_matches(gaz: Gazetteer) -> None:
    results = gaz.search("york", limit=20)
    names = [(c.name, c.country) for c in results]
    assert names[0] == ("York", "GB")
    assert ("York", "US") in names
    # New York City is far bigger, but only a word-prefix match: after every exact York.
    nyc = names.index(("New York City", "US"))
    assert all(names.index(york) < nyc for york in [("York", "GB"), ("York", "US")])


def test_ties_are_broken_by_population(gaz: Gazetteer) -> None:
    for query in ["ber", "san", "paris", "springfield", "新", "нов"]:
        results = gaz.search(query, limit=30)
        key = fold(query)
        exact = [key in {fold(n) for n in (c.name, *c.alternate_names)} for c in results]
        assert exact == sorted(exact, reverse=True), query  # exact block first
        for group in (True, False):
            pops = [c.population for c, e in zip(results, exact, strict=True) if e is group]
            assert pops == sorted(pops, reverse=True), (query, group)


def test_paris_france_before_paris_texas(gaz: Gazetteer) -> None:
    results = [(c.name, c.country) for c in gaz.search("Paris", limit=10)]
    assert results[0] == ("Paris", "FR")
    assert ("Paris", "US") in results


def test_each_city_at_most_once(gaz: Gazetteer) -> None:
    for query in ["s", "sa", "shi", "city", "a", "new", "ber"]:
        ids = [c.geonameid for c in gaz.search(query, limit=100)]
        assert len(ids) == len(set(ids)) == 100, query


@pytest.mark.parametrize(
    "query",
    [
        "s",
        "san",
        "ber",
        "osaka",
        "大",
        "мос",
        "new y",
        "paulo",
        "city",
        "si",
        "zzzq",
        "ガ",
        "st ",
        "saint e",
    ],
)
@pytest.mark.parametrize("limit", [1, 10, 75])
def test_search_agrees_with_a_linear_scan(
    gaz: Gazetteer, folded_names: list[set[str]], query: str, limit: int
) -> None:
    assert gaz.search(query, limit) == naive_search(gaz, folded_names, query, limit)


def test_limit(gaz: Gazetteer) -> None:
    assert len(gaz.search("s", limit=3)) == 3
    assert len(gaz.search("s")) == 10
    assert gaz.search("s", limit=0) == []
    assert len(gaz.search("s", limit=500)) == 500


@pytest.mark.parametrize("query", ["", " ", "   \t ", "-", " ' . "])
def test_empty_query_finds_nothing(gaz: Gazetteer, query: str) -> None:
    assert gaz.search(query) == []


def test_no_match(gaz: Gazetteer) -> None:
    assert gaz.search("qqqqxz") == []


def test_search_is_fast(gaz: Gazetteer) -> None:
    queries = ["s", "sa", "san", "a", "new", "osaka", "大", "東京", "м", "мос", "city", "paulo"]
    worst = 0.0
    for query in queries:
        best = min(_timed(gaz, query) for _ in range(3))
        worst = max(worst, best)
    assert worst < 0.010, f"slowest query took {worst * 1000:.2f} ms"


def _timed(gaz: Gazetteer, query: str) -> float:
    started = time.perf_counter()
    gaz.search(query)
    return time.perf_counter() - started


# --- the shared instance -------------------------------------------------------------------


def test_shared_gazetteer_loads_once_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[int] = []
    sentinel = object()

    def slow_load() -> object:
        loads.append(1)
        time.sleep(0.05)
        return sentinel

    monkeypatch.setattr(gazetteer_module, "_shared", None)
    monkeypatch.setattr(gazetteer_module.Gazetteer, "load", staticmethod(slow_load))
    results: list[object] = []
    threads = [
        threading.Thread(target=lambda: results.append(gazetteer_module.shared_gazetteer()))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1
    assert results == [sentinel] * 8
    assert gazetteer_module.shared_gazetteer() is sentinel
