"""Shared pieces of the `make bench` benchmarks: results, statistics, the table, a demo store."""

from __future__ import annotations

import gc
import math
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass
class Result:
    """One measured figure, beside its same-run baseline when it has one.

    `limit` is the target: a ratio to the baseline when `baseline` is set (value /
    baseline <= limit), else an absolute bound in `unit`. No limit: shown for information.
    """

    section: str
    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    limit: float | None = None
    runs: int = 1
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def status(self) -> str:
        if self.limit is None:
            return "info"
        measured = self.ratio if self.baseline is not None else self.value
        if measured is None or math.isnan(measured):
            return "FAIL"
        return "PASS" if measured <= self.limit else "FAIL"

    @property
    def target(self) -> str:
        if self.limit is None:
            return ""
        if self.baseline is not None:
            return f"<= {self.limit:g}x"
        return f"< {self.limit:g} {self.unit}"

    def as_json(self) -> dict[str, Any]:
        return asdict(self) | {"ratio": self.ratio, "status": self.status, "target": self.target}


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (p95: fraction=0.95)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))]


def timed_ms(run: Callable[[], object]) -> tuple[float, object]:
    """Wall time of one call in milliseconds, and what it returned."""
    started = time.perf_counter()
    value = run()
    return (time.perf_counter() - started) * 1000, value


def repeat_ms(run: Callable[[], object], runs: int,
              budget_ms: float | None = None) -> list[float]:
    """Up to `runs` timings of `run` in milliseconds (garbage collected before each).

    With `budget_ms`, stops early once that much time is spent (at least one run): a
    measure far off its target needs no five samples to show it, and `make bench` must
    stay under five minutes.
    """
    times: list[float] = []
    for _ in range(runs):
        gc.collect()
        times.append(timed_ms(run)[0])
        if budget_ms is not None and sum(times) >= budget_ms:
            break
    return times


def interleaved_ms(first: Callable[[], object], second: Callable[[], object],
                   runs: int) -> tuple[list[float], list[float]]:
    """Time two things alternately so both see the same machine load."""
    a, b = [], []
    for _ in range(runs):
        gc.collect()
        a.append(timed_ms(first)[0])
        gc.collect()
        b.append(timed_ms(second)[0])
    return a, b


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "MB":
        return f"{value:,.0f} MB"
    if unit == "ms":
        if value < 1:
            return f"{value:.3f} ms"
        return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"
    return f"{value:,.2f} {unit}"


def table(results: list[Result]) -> str:
    """The results as a plain-text table, grouped by section."""
    header = ("measure", "value", "baseline", "ratio", "target", "result")
    rows: list[tuple[str, ...]] = []
    section = None
    for r in results:
        if r.section != section:
            section = r.section
            rows.append((f"[{section}]", "", "", "", "", ""))
        baseline = f"{fmt(r.baseline, r.unit)} {r.baseline_name}".strip() if r.baseline else ""
        ratio = f"{r.ratio:.2f}x" if r.ratio is not None else ""
        name = f"  {r.name}" + (f" ({r.note})" if r.note else "")
        rows.append((name, fmt(r.value, r.unit), baseline, ratio, r.target, r.status))
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
                     .rstrip())
    return "\n".join(lines)


def demo_store(folder: Path):  # noqa: ANN201 (a Store; imported lazily)
    """A store in `folder` filled with the demo committee and its three partnerships."""
    from sistercity_desktop.services.demo import load_demo
    from sistercity_desktop.store import open_store

    store = open_store(folder)
    load_demo(store)
    return store
