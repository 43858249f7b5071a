"""Benchmark the gazetteer: load time, then per-query time against a naive linear scan.

Run:  .venv/bin/python benchmarks/bench_gazetteer.py [--queries 1000] [--seed 7]

Not a test (pytest does not collect it). The queries are 1-6 character prefixes of real
city names in several scripts (Latin with and without accents, CJK, Hangul, Cyrillic)
plus a few that match nothing; both engines answer the same queries in the same run and
their answers are compared.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sistercity_desktop.research.gazetteer import Gazetteer, fold, fold_all  # noqa: E402

SCRIPTS = ("latin", "accented", "cjk", "hangul", "cyrillic")
MISSES = ("qqx", "zzzz", "ÿÿ", "ЪЪЪ", "ㆍㆍ")


def script_of(name: str) -> str | None:
    if name.isascii():
        return "latin" if any(c.isalpha() for c in name) else None
    first = ord(name[0])
    if 0x4E00 <= first <= 0x9FFF or 0x3040 <= first <= 0x30FF:
        return "cjk"
    if 0xAC00 <= first <= 0xD7A3:
        return "hangul"
    if 0x0400 <= first <= 0x04FF:
        return "cyrillic"
    if all(unicodedata.name(c, "").startswith("LATIN") or not c.isalpha() for c in name):
        return "accented"
    return None


def make_queries(gaz: Gazetteer, count: int, seed: int) -> list[str]:
    """``count`` queries: prefixes (1-6 characters) of names, evenly over the scripts."""
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {script: [] for script in SCRIPTS}
    for city in gaz.cities():
        for name in (city.name, *city.alternate_names):
            script = script_of(name)
            if script is not None:
                pools[script].append(name)
    queries = []
    for i in range(count):
        if i % 50 == 49:
            queries.append(MISSES[i // 50 % len(MISSES)])
            continue
        name = rng.choice(pools[SCRIPTS[i % len(SCRIPTS)]])
        queries.append(name[: rng.randint(1, 6)])
    return queries


class NaiveScan:
    """The baseline: every query scans all folded names (full names and word starts)."""

    def __init__(self, gaz: Gazetteer) -> None:
        cities = gaz.cities()
        names = [name for city in cities for name in (city.name, *city.alternate_names)]
        owners = [
            rank for rank, city in enumerate(cities) for _ in (city.name, *city.alternate_names)
        ]
        self._cities = cities
        self._names = list(zip(fold_all(names), owners, strict=True))

    def search(self, query: str, limit: int = 10) -> list:
        key = fold(query)
        if not key:
            return []
        word = " " + key
        exact: set[int] = set()
        prefix: set[int] = set()
        for name, rank in self._names:
            if name.startswith(key):
                (exact if name == key else prefix).add(rank)
            elif word in name:
                prefix.add(rank)
        ranks = sorted(exact) + sorted(prefix - exact)
        return [self._cities[rank] for rank in ranks[:limit]]


def time_queries(search: Callable[[str], list], queries: list[str]) -> tuple[list[float], list]:
    gc.collect()
    times, answers = [], []
    for query in queries:
        started = time.perf_counter()
        answers.append(search(query))
        times.append((time.perf_counter() - started) * 1000)
    return times, answers


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * len(ordered)) - 1)]
    return (
        f"median {statistics.median(ordered):8.3f} ms   p99 {p99:8.3f} ms   "
        f"max {ordered[-1]:8.3f} ms   total {sum(ordered) / 1000:6.2f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    started = time.perf_counter()
    gaz = Gazetteer.load()
    load_s = time.perf_counter() - started
    print(f"load: {load_s:.2f} s for {len(gaz):,} cities")

    queries = make_queries(gaz, args.queries, args.seed)
    lengths = statistics.mean(len(q) for q in queries)
    print(f"queries: {len(queries):,} (mean length {lengths:.1f} characters), e.g. {queries[:8]}")

    index_times, index_answers = time_queries(gaz.search, queries)
    naive = NaiveScan(gaz)
    naive_times, naive_answers = time_queries(naive.search, queries)

    print(f"index:       {summary(index_times)}")
    print(f"naive scan:  {summary(naive_times)}")
    speedup = statistics.median(naive_times) / statistics.median(index_times)
    print(f"speed-up (median): {speedup:,.0f}x")
    same = sum(a == b for a, b in zip(index_answers, naive_answers, strict=True))
    print(f"identical answers: {same}/{len(queries)}")
    return 0 if same == len(queries) else 1


if __name__ == "__main__":
    raise SystemExit(main())
