"""Run slow work (PDF rendering, exports) off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from sistercity_desktop.ui.i18n import localize


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work, self.signals = work, signals

    def run(self) -> None:
        from sistercity_desktop.errors import UserError

        try:
            result = self.work()
        except UserError as exc:
            self.signals.failed.emit(localize(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user as one line, not a traceback
            self.signals.failed.emit(
                QCoreApplication.translate("worker", "Something went wrong: {0}").format(exc))
        else:
            self.signals.done.emit(result)


_running: set[_Signals] = set()  # keep signal objects alive until their job reports


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_failed: Callable[[str], None], owner: QObject | None = None) -> None:
    """Call `work` on a pool thread; report back on the UI thread.

    With an `owner`, the report is dropped if the owner widget was closed meanwhile
    (the user moved on to another page while a PDF or the gazetteer was loading).
    """
    signals = _Signals()
    _running.add(signals)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(signals)
        if owner is not None and not shiboken6.isValid(owner):
            return
        callback(value)

    signals.done.connect(lambda value: finish(on_done, value))
    signals.failed.connect(lambda text: finish(on_failed, text))
    QThreadPool.globalInstance().start(_Job(work, signals))


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """For tests and shutdown: wait until every background job has finished."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
