"""`sistercity-desktop`: boots Qt, opens the store, shows the main window."""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sistercity_desktop import __version__
from sistercity_desktop.errors import UserError
from sistercity_desktop.paths import data_dir


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
    return [package for library, package in X11_LIBRARIES.items()
            if ctypes.util.find_library(library) is None]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    missing = missing_display_libraries()
    if missing:
        print("sistercity-desktop: Qt needs these system packages to open a window: "
              f"{' '.join(missing)} (sudo apt install {' '.join(missing)}).", file=sys.stderr)
        return 2
    # Qt is imported only now, so --version and --help work without a display.
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Sister City Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("sistercity-desktop")
    from sistercity_desktop.ui import i18n

    folder = data_dir(args.data_dir)
    i18n.install(i18n.resolve(args.lang, folder))
    return run_app(folder)


def install_error_report(folder: Path) -> None:
    """Unexpected errors: a plain message and a log file, never a traceback on screen."""
    import traceback

    from PySide6.QtWidgets import QMessageBox

    log = folder / "error-log.txt"

    def report(kind, value, tb) -> None:  # noqa: ANN001 (sys.excepthook signature)
        text = "".join(traceback.format_exception(kind, value, tb))
        try:
            with log.open("a", encoding="utf-8") as handle:
                handle.write(text + "\n")
        except OSError:
            pass
        message = (value.args[0] if isinstance(value, UserError) and value.args
                   else "Something went wrong, and the last action may not have finished. "
                        "Everything saved before it is safe. Details were written to "
                        f"{log}.")
        QMessageBox.warning(None, "Sister City Desktop", str(message))

    sys.excepthook = report


def run_app(folder: Path) -> int:
    """Lock the data folder, open (or recover) the store, show the window."""
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication

    from sistercity_desktop.errors import StoreError
    from sistercity_desktop.store.db import _prepare_folder

    try:
        _prepare_folder(folder)
    except StoreError as exc:
        return _fatal(str(exc))
    # One running instance per data folder; a stale lock left by a crash is taken over.
    lock = QLockFile(str(folder / "sistercity.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(100):
        return _fatal("Sister City Desktop is already open with this data folder. Switch to "
                      "its window (or close it) and try again.")
    previous_hook = sys.excepthook
    install_error_report(folder)
    try:
        store = _open_or_recover(folder)
        if store is None:
            return 2
        controller = _Controller(folder, store)
        if not controller.start():
            return 0
        return QApplication.instance().exec()
    finally:
        sys.excepthook = previous_hook
        lock.unlock()


def _fatal(text: str) -> int:
    from PySide6.QtWidgets import QMessageBox

    print(f"sistercity-desktop: {text}", file=sys.stderr)
    QMessageBox.critical(None, "Sister City Desktop", text)
    return 2


def _open_or_recover(folder: Path):  # noqa: ANN202 (Store | None, imported lazily)
    """Open the store; for a damaged one offer the newest good backup or a fresh start."""
    from PySide6.QtWidgets import QMessageBox

    from sistercity_desktop.store import open_store
    from sistercity_desktop.store.backup import check_file, list_backups
    from sistercity_desktop.store.db import CorruptStoreError, restore_backup, set_aside

    try:
        return open_store(folder)
    except CorruptStoreError as exc:
        good = next((b for b in list_backups(exc.path) if check_file(b.path) is None), None)
        box = QMessageBox(QMessageBox.Icon.Warning, "Sister City Desktop",
                          f"Your data file is damaged and cannot be opened safely.\n\n"
                          f"{exc.reason}\n\nThe damaged file will not be changed or deleted.")
        restore = None
        if good is not None:
            when = good.taken_at.astimezone().strftime("%d %b %Y %H:%M")
            restore = box.addButton(f"Restore the backup of {when}",
                                    QMessageBox.ButtonRole.AcceptRole)
        fresh = box.addButton("Start fresh (keep the damaged file aside)",
                              QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        try:
            if restore is not None and box.clickedButton() is restore:
                restore_backup(folder, good.path)
                return open_store(folder)
            if box.clickedButton() is fresh:
                set_aside(folder)
                return open_store(folder)
        except UserError as error:
            _fatal(str(error))
        return None
    except UserError as exc:
        _fatal(str(exc))
        return None


class _Controller:
    """Owns the store and the main window; rebuilds both after a restore."""

    def __init__(self, folder: Path, store) -> None:  # noqa: ANN001 (Store)
        self.folder, self.store, self.window = folder, store, None

    def start(self) -> bool:
        from sistercity_desktop.services.committee import has_committee
        from sistercity_desktop.ui.main_window import MainWindow
        from sistercity_desktop.ui.setup_wizard import SetupWizard

        if not has_committee(self.store):
            wizard = SetupWizard(self.store)
            if not wizard.exec():
                self.store.close()
                return False
        self.window = MainWindow(self.store, on_restore=self.restore)
        self.window.destroyed.connect(lambda *_: self.store.close())
        self.window.show()
        return True

    def restore(self, backup: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        from sistercity_desktop.store import open_store
        from sistercity_desktop.store.db import restore_backup

        old = self.window
        old.hide()
        self.store.close()
        try:
            safety = restore_backup(self.folder, backup)
        except UserError as exc:
            QMessageBox.warning(None, "Restore", str(exc))
            safety = None
        self.store = open_store(self.folder, auto_backup=False)
        old.deleteLater()
        self.start()
        if safety is not None:
            QMessageBox.information(self.window, "Restore",
                                    f"Restored. What was there before is kept as:\n{safety}")


def entry() -> None:
    """The `sistercity-desktop` command: run, then leave without Qt's teardown.

    Everything is saved and closed when main() returns; skipping interpreter
    finalization avoids a PySide6 crash at exit on Python 3.11 (bool_dealloc).
    """
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    entry()
