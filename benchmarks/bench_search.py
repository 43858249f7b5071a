"""Research: gazetteer type-ahead latency and full suggestion rankings, through the services.

Run:  .venv/bin/python benchmarks/bench_search.py [--queries 1000]

The gazetteer is loaded once (its load time is shown for information). The queries are
bench_gazetteer.py's: 1-6 character prefixes of real names in Latin, accented Latin, CJK,
Hangul and Cyrillic plus a few misses, answered by services.research.search_cities (what
the window's city picker calls). The rankings are services.research.suggestions on the
demo committee (Greenvale, Oregon): every city of the gazetteer scored and ranked with
common filter mixes; the first call builds the per-gazetteer tables and is shown apart.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from bench_gazetteer import make_queries
from common import Result, demo_store, median, percentile, repeat_ms, table, timed_ms

SECTION = "research"
QUERY_P95_MS = 10.0
RANKING_MS = 1000.0

# Common filter mixes of the suggestion dialog (keyword arguments of suggestions()).
MIXES: dict[str, dict[str, Any]] = {
    "no filter": {},
    "languages fr/de/es/it": {"languages": ("fr", "de", "es", "it")},
    "countries JP/KR": {"countries": ("JP", "KR")},
    "within 10,000 km, no partner countries": {"max_distance_km": 10_000.0,
                                               "exclude_partner_countries": True},
    "languages es/pt, top 100": {"languages": ("es", "pt"), "top": 100},
}


def run(queries: int = 1000, runs: int = 5) -> list[Result]:
    from sistercity_desktop.research.gazetteer import shared_gazetteer
    from sistercity_desktop.services.research import search_cities, suggestions

    load_ms, gazetteer = timed_ms(shared_gazetteer)
    results = [Result(SECTION, "gazetteer load (once per process)", load_ms, "ms",
                      note=f"{len(gazetteer):,} cities")]

    texts = make_queries(gazetteer, queries, seed=7)
    search_cities(texts[0])  # warm
    times = [timed_ms(lambda q=q: search_cities(q, 10))[0] for q in texts]
    results.append(Result(SECTION, "city query median", median(times), "ms",
                          runs=len(times), note=f"{len(times)} queries"))
    results.append(Result(SECTION, "city query p95", percentile(times, 0.95), "ms",
                          limit=QUERY_P95_MS, runs=len(times),
                          extra={"max_ms": max(times), "p99_ms": percentile(times, 0.99)}))

    with tempfile.TemporaryDirectory(prefix="sistercity-bench-research-") as tmp:
        store = demo_store(Path(tmp) / "data")
        try:
            first_ms, _ = timed_ms(lambda: suggestions(store))
            results.append(Result(SECTION, "ranking, first call (builds tables)", first_ms, "ms",
                                  limit=RANKING_MS))
            for name, mix in MIXES.items():
                ms = repeat_ms(lambda mix=mix: suggestions(store, **mix), runs)
                results.append(Result(SECTION, f"ranking: {name}", median(ms), "ms",
                                      limit=RANKING_MS, runs=runs, extra={"ms": ms}))
        finally:
            store.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=1000)
    print(table(run(parser.parse_args().queries)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
