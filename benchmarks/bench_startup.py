"""Start-up: the app's main window against a bare seven-page QWizard, same run, interleaved.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs 5]

Each run is a new Python process (start_app.py / start_bare_qt.py); the time is from
just before the process is spawned until it reports its window's first paint, and the
memory is the child's peak resident set (ru_maxrss from wait4). One unmeasured warm-up
run of each comes first (disk cache, the app's once-a-day backup), then the runs
alternate between the two so both see the same machine load. The app opens a demo
store in a temporary data folder.
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


def launch(script: str, *args: str) -> tuple[float, float]:
    """(seconds to first paint, peak RSS in MB) of one child process."""
    env = os.environ | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    started = time.clock_gettime(time.CLOCK_MONOTONIC)
    child = subprocess.Popen([sys.executable, str(HERE / script), *args], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert child.stdout is not None
    out = child.stdout.read()  # until the child exits (it leaves right after its report)
    child.stdout.close()
    # wait4, not Popen.wait: it also returns this child's own resource usage.
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    line = next((x for x in out.splitlines() if x.startswith("shown ")), None)
    if line is None or child.returncode != 0:
        raise RuntimeError(f"{script} did not show its window ({child.returncode}):\n{out}")
    return float(line.split()[1]) - started, usage.ru_maxrss / 1024


def run(runs: int = 5) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="sistercity-bench-start-") as tmp:
        folder = Path(tmp) / "data"
        demo_store(folder).close()
        app_s, app_mb, bare_s, bare_mb = [], [], [], []
        launch("start_app.py", str(folder))
        launch("start_bare_qt.py")
        for _ in range(runs):
            seconds, mb = launch("start_app.py", str(folder))
            app_s.append(seconds)
            app_mb.append(mb)
            seconds, mb = launch("start_bare_qt.py")
            bare_s.append(seconds)
            bare_mb.append(mb)
    return [
        Result(SECTION, "start to main window shown", median(app_s) * 1000, "ms",
               median(bare_s) * 1000, "bare QWizard", limit=2.0, runs=runs,
               extra={"app_ms": [x * 1000 for x in app_s], "bare_ms": [x * 1000 for x in bare_s]}),
        Result(SECTION, "start-up peak memory (RSS)", median(app_mb), "MB", median(bare_mb),
               "bare QWizard", limit=2.0, runs=runs, extra={"app_mb": app_mb, "bare_mb": bare_mb}),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    print(table(run(parser.parse_args().runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
