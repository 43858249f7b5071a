"""Benchmark partner suggestions: suggest() against a naive full scan, same queries, same run.

Run:  .venv/bin/python benchmarks/bench_suggest.py [--queries 50] [--seed 7]

Not a test (pytest does not collect it). Each query has a random population (log-uniform,
5,000 to 5 million) and one of ten filter mixes (none, origin only, country, language,
distance, distance plus excluded country, excluded countries and cities, several languages
with a long list, distance plus country plus excluded names, a world-wide distance); origins
are real cities, so the origin-city rule is exercised too. The baseline computes
``similarity()`` for every city that passes the filters (checked one by one, distance
with ``geo.distance_km``) and sorts them all; the answers of both are compared.
"""

from __future__ import annotations

import argparse
import gc
import math
import random
import statistics
import sys
import time
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sistercity_desktop.research.gazetteer import City, Gazetteer, fold, fold_all  # noqa: E402
from sistercity_desktop.research.geo import distance_km, likely_language  # noqa: E402
from sistercity_desktop.research.similarity import CityPoints, similarity  # noqa: E402
from sistercity_desktop.research.suggest import language_matches, suggest  # noqa: E402

BIG_COUNTRIES = ("US", "CN", "IN")


def make_queries(gaz: Gazetteer, count: int, seed: int) -> list[dict[str, Any]]:
    """``count`` keyword-argument sets for suggest(), cycling through ten filter mixes."""
    rng = random.Random(seed)
    cities = gaz.cities()
    queries = []
    for i in range(count):
        here = rng.choice(cities)
        origin = (here.latitude, here.longitude)
        language = likely_language(here.country)
        query: dict[str, Any] = {"population": round(10 ** rng.uniform(math.log10(5e3), 6.7))}
        mix = i % 10
        if mix == 1:
            query |= {"origin": origin}
        elif mix == 2:
            query |= {"origin": origin, "countries": [here.country]}
        elif mix == 3:
            query |= {"languages": [language]}
        elif mix == 4:
            query |= {"origin": origin, "max_distance_km": 300}
        elif mix == 5:
            query |= {
                "origin": origin,
                "max_distance_km": 2000,
                "exclude_countries": [here.country],
            }
        elif mix == 6:
            query |= {
                "exclude_countries": list(BIG_COUNTRIES),
                "exclude_geonameids": [c.geonameid for c in rng.sample(cities, 20)],
            }
        elif mix == 7:
            query |= {"languages": ["es", "pt"], "top": 100}
        elif mix == 8:
            partners = [c for c in rng.sample(cities, 400) if c.country == here.country][:3]
            query |= {
                "origin": origin,
                "max_distance_km": 1000,
                "countries": [here.country],
                "exclude_names": [(c.name.casefold(), c.country) for c in partners],
            }
        elif mix == 9:
            query |= {"origin": origin, "max_distance_km": 15000, "top": 50}
        queries.append(query)
    return queries


class NaiveScan:
    """The baseline: every query checks and scores every city, then sorts them all."""

    def __init__(self, gaz: Gazetteer) -> None:
        self._cities = gaz.cities()
        # Fair to the baseline: per-city data that no query changes is made once.
        self._points = [CityPoints(population=c.population) for c in self._cities]
        self._language = {c.country: likely_language(c.country) for c in self._cities}

    def suggest(
        self,
        *,
        population: int,
        origin: tuple[float, float] | None = None,
        countries: Collection[str] = (),
        languages: Collection[str] = (),
        max_distance_km: float | None = None,
        exclude_countries: Collection[str] = (),
        exclude_geonameids: Collection[int] = (),
        exclude_names: Collection[tuple[str, str]] = (),
        top: int = 20,
    ) -> list[City]:
        ours = CityPoints(population=population)
        wanted = {c.upper() for c in countries}
        unwanted = {c.upper() for c in exclude_countries}
        names = {(fold(name), country.upper()) for name, country in exclude_names}
        name_countries = {country for _, country in names}
        scored = []
        for index, city in enumerate(self._cities):
            if wanted and city.country not in wanted:
                continue
            if city.country in unwanted or city.geonameid in exclude_geonameids:
                continue
            language = self._language[city.country]
            if languages and not any(language_matches(tag, language) for tag in languages):
                continue
            if city.country in name_countries:
                folded = fold_all([city.name, *city.alternate_names])
                if any((name, city.country) in names for name in folded):
                    continue
            if origin is not None:
                distance = distance_km(*origin, city.latitude, city.longitude)
                if distance < 1 or (max_distance_km is not None and distance > max_distance_km):
                    continue
            result = similarity(ours, self._points[index])
            total = result.total
            if total is None or result.parts[0].score is None:  # no population: last
                scored.append((math.inf, math.inf, index))
            else:
                closeness = abs(math.log10(city.population / population))
                scored.append((-total, closeness, index))
        scored.sort()
        return [self._cities[index] for _, _, index in scored[:top]]


def time_queries(
    run: Callable[..., list], queries: list[dict[str, Any]]
) -> tuple[list[float], list[list[int]]]:
    gc.collect()
    times, answers = [], []
    for query in queries:
        started = time.perf_counter()
        result = run(**query)
        times.append((time.perf_counter() - started) * 1000)
        answers.append([getattr(r, "city", r).geonameid for r in result])
    return times, answers


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, math.ceil(0.99 * len(ordered)) - 1)]
    return (
        f"median {statistics.median(ordered):9.3f} ms   p99 {p99:9.3f} ms   "
        f"max {ordered[-1]:9.3f} ms   total {sum(ordered) / 1000:6.2f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    started = time.perf_counter()
    gaz = Gazetteer.load()
    print(f"load: {time.perf_counter() - started:.2f} s for {len(gaz):,} cities")
    queries = make_queries(gaz, args.queries, args.seed)

    started = time.perf_counter()
    suggest(gaz, population=100_000)  # builds the per-gazetteer tables once
    print(f"first call (builds the cached tables): {(time.perf_counter() - started) * 1000:.0f} ms")

    fast_times, fast_answers = time_queries(lambda **q: suggest(gaz, **q), queries)
    naive = NaiveScan(gaz)
    naive_times, naive_answers = time_queries(naive.suggest, queries)

    print(f"queries: {len(queries)} (ten filter mixes, top 20-100)")
    print(f"suggest():   {summary(fast_times)}")
    print(f"naive scan:  {summary(naive_times)}")
    speedup = statistics.median(naive_times) / statistics.median(fast_times)
    print(f"speed-up (median): {speedup:,.0f}x")
    same = sum(a == b for a, b in zip(fast_answers, naive_answers, strict=True))
    print(f"identical answers: {same}/{len(queries)}")
    for query, a, b in zip(queries, fast_answers, naive_answers, strict=True):
        if a != b:
            print(f"  differs: {query}")
    return 0 if same == len(queries) else 1


if __name__ == "__main__":
    raise SystemExit(main())
