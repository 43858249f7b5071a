"""Report when a top-level widget has painted for the first time, then leave at once."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

TIMEOUT_MS = 60_000


class _FirstPaint(QObject):
    """Event filter: at the first Paint event, report once that paint is done."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, _report)  # runs after this paint (and its children's)
        return False


def _report() -> None:
    # CLOCK_MONOTONIC is system-wide on Linux: the parent compares it with its own.
    print(f"shown {time.clock_gettime(time.CLOCK_MONOTONIC):.6f}", flush=True)
    sys.stderr.flush()
    os._exit(0)  # skip Qt's teardown, as app.entry() does


_filters: list[_FirstPaint] = []


def report_first_paint(window: QWidget) -> None:
    """Print `shown <monotonic seconds>` after `window`'s first paint and exit the process."""
    watcher = _FirstPaint()
    _filters.append(watcher)  # keep it alive
    window.installEventFilter(watcher)
    if window.isVisible():
        window.update()
    QTimer.singleShot(TIMEOUT_MS, lambda: os._exit(3))  # never painted: fail, do not hang
