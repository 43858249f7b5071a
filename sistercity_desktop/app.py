"""`sistercity-desktop`: boots Qt, shows the main window, opens the store, fills the window.

Start-up order (what the user sees first does not wait for SQLAlchemy): the data folder
is checked and locked, the window is shown as a shell ("Opening your data…"), and after
its first paint a worker thread opens the store (migrations, the daily backup) and reads
what the window lists; back on the UI thread the window is filled in one go. A damaged
store, a missing committee (the set-up wizard) or an error are handled at that point, over
the shell.
"""

from __future__ import annotations

import argparse
import linecache
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sistercity_desktop import __version__
from sistercity_desktop.errors import UserError
from sistercity_desktop.paths import data_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from sistercity_desktop.store import Store
    from sistercity_desktop.store.db import CorruptStoreError
    from sistercity_desktop.ui.main_window import MainWindow, StartData


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sistercity-desktop",
                                     description="Sister City Desktop (the window).")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: $SISTERCITY_DATA_DIR or the user data folder)")
    parser.add_argument("--lang", metavar="LANG",
                        help="interface language: en, es, fr, de, ja, zh_CN, or pseudo "
                             "(default: Preferences, else the system's language)")
    args, _qt_args = parser.parse_known_args(argv)
    return args


# Qt's X11 plugin aborts the process when these are missing; say so in words instead.
X11_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4",
                 "xcb-keysyms": "libxcb-keysyms1"}


def missing_display_libraries() -> list[str]:
    """Debian packages Qt needs for an X11 window that this system lacks."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if getattr(sys, "frozen", False):
        return []  # a packaged build ships these libraries itself
    if not sys.platform.startswith("linux") or platform not in ("", "xcb"):
        return []
    if not os.environ.get("DISPLAY") or (os.environ.get("WAYLAND_DISPLAY") and not platform):
        return []
    import ctypes.util  # only here: it costs start-up time where no X11 check is due

    return [package for library, package in X11_LIBRARIES.items()
            if ctypes.util.find_library(library) is None]


def main(argv: Sequence[str] | None = None,
         on_started: Callable[[_Controller], None] | None = None) -> int:
    """The whole GUI start: arguments, Qt, interface language, then `run_app`.

    `on_started` is called with the controller once the window is shown (before the event
    loop runs): the start-up benchmark watches the window through it.
    """
    args = parse_args(sys.argv[1:] if argv is None else argv)
    missing = missing_display_libraries()
    if missing:
        # Without these Qt cannot open any window, not even a message box: words on stderr.
        print("sistercity-desktop: Qt needs these system packages to open a window: "
              f"{' '.join(missing)} (sudo apt install {' '.join(missing)}).", file=sys.stderr)
        return 2
    # Qt is imported only now, so --version and --help work without a display.
    from PySide6.QtWidgets import QApplication

    _skip_pyside_source_scan()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Sister City Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("sistercity-desktop")
    from sistercity_desktop.ui import i18n

    folder = data_dir(args.data_dir)
    i18n.install(i18n.resolve(args.lang, folder))
    return run_app(folder, on_started)


def _skip_pyside_source_scan() -> None:
    """Spare every later import PySide6's read of the module's whole source file.

    Once imported, PySide6 reads the source of each module imported after it (through
    linecache, which keeps every text) to see whether it mentions "PySide6", for its
    opt-in `from __feature__ import snake_case`. The app never opts in, so the answer
    changes nothing; for SQLAlchemy alone the reading costs about 70 ms and 14 MB at each
    start. The hook is internal to PySide6: if it is not where expected, nothing changes.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda _module: False


def install_error_report(folder: Path) -> None:
    """Unexpected errors: a plain message and a log file, never a traceback on screen."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from sistercity_desktop.ui.i18n import localize

    log = folder / "error-log.txt"

    def report(kind, value, tb) -> None:  # noqa: ANN001 (sys.excepthook signature)
        import traceback

        text = "".join(traceback.format_exception(kind, value, tb))
        try:
            with log.open("a", encoding="utf-8") as handle:
                handle.write(text + "\n")
        except OSError:
            pass
        if isinstance(value, UserError) and value.args:
            message = localize(value)
        else:
            message = QCoreApplication.translate(
                "app", "Something went wrong, and the last action may not have finished. "
                       "Everything saved before it is safe. Details were written to "
                       "{log}.").format(log=log)
        QMessageBox.warning(None, "Sister City Desktop", message)

    sys.excepthook = report


def run_app(folder: Path,
            on_started: Callable[[_Controller], None] | None = None) -> int:
    """Lock the data folder, show the window, open (or recover) the store, fill the window."""
    from PySide6.QtCore import QCoreApplication, QLockFile
    from PySide6.QtWidgets import QApplication

    from sistercity_desktop.errors import StoreError
    from sistercity_desktop.store.db import _prepare_folder
    from sistercity_desktop.ui.i18n import localize

    try:
        _prepare_folder(folder)
    except StoreError as exc:
        return _fatal(localize(exc), str(exc))
    # One running instance per data folder; a stale lock left by a crash is taken over.
    lock = QLockFile(str(folder / "sistercity.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        return _fatal(QCoreApplication.translate(
            "app", "Sister City Desktop is already open with this data folder. Switch to its "
                   "window (or close it) and try again."),
            "Sister City Desktop is already open with this data folder.")
    previous_hook = sys.excepthook
    install_error_report(folder)
    controller = _Controller(folder)
    try:
        controller.start()
        if on_started is not None:
            on_started(controller)
        code = QApplication.instance().exec()
        return code if controller.exit_code is None else controller.exit_code
    finally:
        controller.finish()
        sys.excepthook = previous_hook
        lock.unlock()


def _fatal(message: str, log_line: str | None = None, parent: QWidget | None = None) -> int:
    """Say why the app cannot go on (a box; stderr gets `log_line`, else the message)."""
    from PySide6.QtWidgets import QMessageBox

    print(f"sistercity-desktop: {log_line or message}", file=sys.stderr)
    QMessageBox.critical(parent, "Sister City Desktop", message)
    return 2


def _recover(folder: Path, damage: CorruptStoreError,
             parent: QWidget | None = None) -> Store | None:
    """A damaged store: offer the newest good backup or a fresh start (None: quit)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from sistercity_desktop.store import open_store
    from sistercity_desktop.store.backup import check_file, list_backups
    from sistercity_desktop.store.db import restore_backup, set_aside
    from sistercity_desktop.ui.i18n import format_day, localize

    good = next((b for b in list_backups(damage.path) if check_file(b.path) is None), None)
    box = QMessageBox(QMessageBox.Icon.Warning, "Sister City Desktop",
                      QCoreApplication.translate(
                          "app", "Your data file is damaged and cannot be opened safely.\n\n"
                                 "{reason}\n\nThe damaged file will not be changed or "
                                 "deleted.").format(reason=localize(damage.reason)),
                      QMessageBox.StandardButton.NoButton, parent)
    restore = None
    if good is not None:
        taken = good.taken_at.astimezone()
        when = f"{format_day(taken.date())} {taken:%H:%M}"  # the interface's date format
        restore = box.addButton(
            QCoreApplication.translate("app", "Restore the backup of {when}").format(when=when),
            QMessageBox.ButtonRole.AcceptRole)
    fresh = box.addButton(QCoreApplication.translate(
        "app", "Start fresh (keep the damaged file aside)"),
        QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    try:
        if restore is not None and box.clickedButton() is restore:
            restore_backup(folder, good.path)
            return open_store(folder)
        if box.clickedButton() is fresh:
            set_aside(folder)
            return open_store(folder)
    except UserError as error:
        _fatal(localize(error), str(error), parent)
    return None


class _Controller:
    """Owns the store and the main window; rebuilds both after a restore.

    `start` shows the window as a shell; after its first paint the store is opened on a
    worker thread (`_open_store`), and `_opened` fills the window on the UI thread.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.store: Store | None = None
        self.window: MainWindow | None = None
        self.exit_code: int | None = None  # set when start-up ends the app early
        self._opening = False
        self._opened_event = threading.Event()
        self._opened_event.set()  # nothing is being opened yet
        self._unclaimed: Store | None = None  # opened by the worker, not yet in the window
        self._finished = False

    def start(self) -> None:
        """Show the window (empty); open the store once it is on screen."""
        from PySide6.QtCore import QTimer

        from sistercity_desktop.ui.main_window import MainWindow

        self.window = MainWindow(None, on_restore=self.restore, folder=self.folder)
        self.window.first_painted.connect(self._open_store)
        self.window.show()
        # A window the system never paints (minimised at start, say) must still fill.
        QTimer.singleShot(1000, self._open_store)

    def _open_store(self) -> None:
        from sistercity_desktop.ui.worker import run_in_background

        if self._opening or self._finished:
            return
        self._opening = True
        self._opened_event.clear()
        run_in_background(self._open_in_background, self._opened,
                          lambda text: self._quit(_fatal(text, parent=self.window)))

    def _open_in_background(self) -> tuple[Store, StartData] | BaseException:
        """Worker thread: open (migrate, back up) the store and read the first screen."""
        try:
            from sistercity_desktop.store import open_store
            from sistercity_desktop.ui.main_window import load_start_data

            try:
                store = open_store(self.folder)
            except Exception as exc:  # noqa: BLE001 - handed to the UI thread to show
                return exc
            self._unclaimed = store
            try:
                start = load_start_data(store)
            except Exception as exc:  # noqa: BLE001 - handed to the UI thread to show
                return exc
            # PySide6 reads the source of every module imported after it (looking for
            # `from __feature__ import`), and linecache keeps those texts: about 19 MB once
            # SQLAlchemy is in. Let it go; tracebacks read the files again when needed.
            linecache.clearcache()
            return store, start
        finally:
            self._opened_event.set()

    def _opened(self, result: tuple[Store, StartData] | BaseException) -> None:
        """UI thread: fill the window, or recover, or say why not and quit."""
        from sistercity_desktop.store.db import CorruptStoreError
        from sistercity_desktop.ui.i18n import localize

        if self._finished or self.window is None or not self.window.isVisible():
            return  # closed while opening: `finish` closes what was opened
        if isinstance(result, CorruptStoreError):
            store = _recover(self.folder, result, self.window)
            if store is None:
                self._quit(2)
                return
            self._fill(store)
        elif isinstance(result, UserError):
            self._quit(_fatal(localize(result), str(result), self.window))
        elif isinstance(result, BaseException):
            sys.excepthook(type(result), result, result.__traceback__)  # logged and shown
            self._quit(1)
        else:
            try:
                self._fill(*result)
            except Exception as exc:  # noqa: BLE001 - a window that cannot fill must not hang
                sys.excepthook(type(exc), exc, exc.__traceback__)
                self._quit(1)

    def _fill(self, store: Store, start: StartData | None = None) -> None:
        """Fill the window from an open store (first run: the set-up wizard before)."""
        from sistercity_desktop.ui.main_window import load_start_data

        self.store, self._unclaimed = store, None
        start = start or load_start_data(store)
        if start.committee is None:
            from sistercity_desktop.ui.setup_wizard import SetupWizard

            if not SetupWizard(store, self.window).exec():
                self._quit(0)
                return
            start = load_start_data(store)
        self.window.attach(store, start)

    def _quit(self, code: int) -> None:
        from PySide6.QtCore import QCoreApplication

        self.exit_code = code
        if self.window is not None:
            self.window.close()
        QCoreApplication.exit(code)

    def finish(self) -> None:
        """After the event loop: wait for an opening still running, close the store."""
        self._finished = True
        self._opened_event.wait()
        for store in (self.store, self._unclaimed):
            if store is not None:
                store.close()
        self.store = self._unclaimed = None

    def restore(self, backup: Path) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from sistercity_desktop.store import open_store
        from sistercity_desktop.store.db import restore_backup
        from sistercity_desktop.ui.i18n import localize
        from sistercity_desktop.ui.main_window import MainWindow

        title = QCoreApplication.translate("app", "Restore")
        old = self.window
        old.hide()
        self.store.close()
        self.store = None
        try:
            safety = restore_backup(self.folder, backup)
        except UserError as exc:
            QMessageBox.warning(None, title, localize(exc))
            safety = None
        store = open_store(self.folder, auto_backup=False)
        self.window = MainWindow(None, on_restore=self.restore, folder=self.folder)
        self.window.restoreGeometry(old.saveGeometry())  # where the old one was
        old.deleteLater()
        self.window.show()
        self._fill(store)
        if safety is not None and self.exit_code is None:
            QMessageBox.information(self.window, title, QCoreApplication.translate(
                "app", "Restored. What was there before is kept as:\n{path}").format(
                    path=safety))


def entry() -> None:
    """The `sistercity-desktop` command: run, then leave without Qt's teardown.

    Everything is saved and closed when main() returns; skipping interpreter
    finalization spares the user Qt's teardown (PySide6 6.12 crashed there on Python
    3.11; 6.11.3 is pinned, and there is nothing left to do at that point anyway).
    """
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    entry()
