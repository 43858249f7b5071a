"""Child process of bench_startup: start the app's window on a data folder, report, exit.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/start_app.py DATA_DIR

Runs the real entry point, `app.main(["--data-dir", DATA_DIR])` (what `sistercity-desktop`
runs, minus app.entry's os._exit): QApplication with the app's names, the interface
language, the data folder's lock, the window, the store opened (with recovery), the window
filled. Prints two CLOCK_MONOTONIC times:

  shown <s>    after the main window's first paint (what the user sees first)
  filled <s>   after the first paint once the window lists the partnerships (the store
               is open and the window filled), then leaves with os._exit (as app.entry
               does)

Each line also carries the peak RSS so far in MB. SISTERCITY_BENCH_ROOT=DIR imports the
app from another checkout (to try a change; it needs `app.main(..., on_started=...)`).
"""

from __future__ import annotations

import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, os.environ.get("SISTERCITY_BENCH_ROOT")
                or str(Path(__file__).resolve().parent.parent))


def _report(what: str) -> None:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{what} {time.clock_gettime(time.CLOCK_MONOTONIC):.6f} {peak_mb:.1f}", flush=True)


def main() -> None:
    folder = Path(sys.argv[1])
    from PySide6.QtCore import QEvent, QObject, QTimer

    from sistercity_desktop import app

    class AfterPaint(QObject):
        """Calls `then` after the watched window's next paint (once)."""

        def __init__(self, window: QObject, then: object) -> None:
            super().__init__()
            self.window, self.then = window, then
            window.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if watched is self.window and event.type() == QEvent.Type.Paint:
                self.window.removeEventFilter(self)
                QTimer.singleShot(0, self.then)  # runs after this paint (and its children's)
            return False

    keep: list[QObject] = []

    def leave() -> None:
        _report("filled")
        sys.stderr.flush()
        os._exit(0)

    def watch(controller: object) -> None:
        QTimer.singleShot(60_000, lambda: os._exit(3))  # never filled: fail, do not hang
        window = controller.window
        keep.append(AfterPaint(window, lambda: _report("shown")))
        window.filled.connect(lambda: keep.append(AfterPaint(window, leave)))

    code = app.main(["--data-dir", str(folder)], on_started=watch)
    print(f"app.main returned {code} before the window was filled", flush=True)
    os._exit(4)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
    os._exit(1)  # only reached when the window never painted
