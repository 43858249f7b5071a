"""Start-up: the app's main window against a bare seven-page QWizard, same run, interleaved.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs 5]

Each run is a new Python process (start_app.py / start_bare_qt.py); times are from just
before the process is spawned until it reports. The app reports twice: its main window's
first paint ("shown": the window, with "Opening your data…" while the store opens) and the
first paint once the window is filled with the partnership list ("filled": the store
open, the list and the first page shown). Both are held to the same target against the
bare wizard's first paint. The memory is the child's peak resident set over the whole
start-up, up to "filled" (ru_maxrss from wait4); the peak at "shown" is for information.

One unmeasured warm-up run of each comes first (disk cache, bytecode cache, the app's
once-a-day backup), then the runs alternate between the two so both see the same machine
load. The app opens a demo store in a temporary data folder. The children write and use
compiled bytecode in a temporary PYTHONPYCACHEPREFIX even when PYTHONDONTWRITEBYTECODE is
set around the benchmark: an installed app has its .pyc files (pip and PyInstaller write
them), so compiling the app's sources at every start would measure something no user sees.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import Result, demo_store, median, table

HERE = Path(__file__).resolve().parent
SECTION = "start-up (offscreen, warm disk cache)"


def launch(script: str, *args: str, pycache: Path) -> dict[str, float]:
    """Seconds from spawn to each report ("shown", and "filled" for the app) of one child
    process, the peak RSS reported with each ("shown_mb"...), and its overall peak ("mb")."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPYCACHEPREFIX": str(pycache)}
    started = time.clock_gettime(time.CLOCK_MONOTONIC)
    child = subprocess.Popen([sys.executable, str(HERE / script), *args], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert child.stdout is not None
    out = child.stdout.read()  # until the child exits (it leaves right after its report)
    child.stdout.close()
    # wait4, not Popen.wait: it also returns this child's own resource usage.
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    figures = {"mb": usage.ru_maxrss / 1024}
    for line in out.splitlines():
        words = line.split()
        if len(words) >= 2 and words[0] in ("shown", "filled"):
            figures[words[0]] = float(words[1]) - started
            if len(words) >= 3:
                figures[f"{words[0]}_mb"] = float(words[2])
    if "shown" not in figures or child.returncode != 0:
        raise RuntimeError(f"{script} did not show its window ({child.returncode}):\n{out}")
    return figures


def run(runs: int = 5) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="sistercity-bench-start-") as tmp:
        folder = Path(tmp) / "data"
        demo_store(folder).close()
        pycache = Path(tmp) / "pycache"
        apps, bares = [], []
        launch("start_app.py", str(folder), pycache=pycache)
        launch("start_bare_qt.py", pycache=pycache)
        for _ in range(runs):
            apps.append(launch("start_app.py", str(folder), pycache=pycache))
            bares.append(launch("start_bare_qt.py", pycache=pycache))
    shown_ms = [a["shown"] * 1000 for a in apps]
    filled_ms = [a.get("filled", a["shown"]) * 1000 for a in apps]
    bare_ms = [b["shown"] * 1000 for b in bares]
    app_mb, bare_mb = [a["mb"] for a in apps], [b["mb"] for b in bares]
    shown_mb = [a["shown_mb"] for a in apps if "shown_mb" in a]
    results = [
        Result(SECTION, "start to main window shown", median(shown_ms), "ms",
               median(bare_ms), "bare QWizard", limit=2.0, runs=runs,
               extra={"app_ms": shown_ms, "bare_ms": bare_ms}),
        Result(SECTION, "start to window filled (partnership list)", median(filled_ms), "ms",
               median(bare_ms), "bare QWizard", limit=2.0, runs=runs,
               extra={"app_ms": filled_ms, "bare_ms": bare_ms}),
        Result(SECTION, "start-up peak memory (RSS, until filled)", median(app_mb), "MB",
               median(bare_mb), "bare QWizard", limit=2.0, runs=runs,
               extra={"app_mb": app_mb, "bare_mb": bare_mb}),
    ]
    if shown_mb:
        results.append(Result(SECTION, "peak memory at window shown (RSS)", median(shown_mb),
                              "MB", median(bare_mb), "bare QWizard", runs=runs,
                              extra={"app_mb": shown_mb}))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    print(table(run(parser.parse_args().runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
