"""Child process of bench_startup: start the app's window on a data folder, report, exit.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/start_app.py DATA_DIR

Does what `sistercity-desktop` does (app.main, then app.run_app): QApplication with the
app's names, the interface language, the data folder's lock, the store opened (with
recovery), the controller's MainWindow shown. At the window's first paint it prints
`shown <CLOCK_MONOTONIC seconds>` and leaves with os._exit (as app.entry does).
SISTERCITY_BENCH_ROOT=DIR imports the app from another checkout (to try a change).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, os.environ.get("SISTERCITY_BENCH_ROOT")
                or str(Path(__file__).resolve().parent.parent))


def main() -> None:
    folder = Path(sys.argv[1])
    from first_paint import report_first_paint
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication

    from sistercity_desktop import __version__, app

    qt = QApplication.instance() or QApplication([sys.argv[0]])
    qt.setApplicationName("Sister City Desktop")
    qt.setApplicationVersion(__version__)
    qt.setDesktopFileName("sistercity-desktop")
    try:  # the interface language, as app.main does (when this version of the app has it)
        from sistercity_desktop.ui import i18n

        i18n.install(i18n.resolve(None, folder))
    except ImportError:
        pass
    lock = QLockFile(str(folder / "sistercity.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        raise SystemExit("data folder locked")
    store = app._open_or_recover(folder)
    if store is None:
        raise SystemExit("store did not open")
    controller = app._Controller(folder, store)
    if not controller.start():
        raise SystemExit("no main window (no committee?)")
    report_first_paint(controller.window)
    qt.exec()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
    os._exit(1)  # only reached when the window never painted
