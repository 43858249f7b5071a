"""`sistercity-desktop`: boots Qt, opens the store, shows the main window."""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys
from collections.abc import Sequence

from sistercity_desktop import __version__
from sistercity_desktop.errors import UserError
from sistercity_desktop.paths import data_dir


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sistercity-desktop",
                                     description="Sister City Desktop (the window).")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: $SISTERCITY_DATA_DIR or the user data folder)")
    args, _qt_args = parser.parse_known_args(argv)
    return args


# Qt's X11 plugin aborts the process when these are missing; say so in words instead.
X11_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4",
                 "xcb-keysyms": "libxcb-keysyms1"}


def missing_display_libraries() -> list[str]:
    """Debian packages Qt needs for an X11 window that this system lacks."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
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
    from PySide6.QtWidgets import QApplication, QMessageBox

    from sistercity_desktop.services.committee import has_committee
    from sistercity_desktop.store import open_store
    from sistercity_desktop.ui.main_window import MainWindow
    from sistercity_desktop.ui.setup_wizard import SetupWizard

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Sister City Desktop")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("sistercity-desktop")
    try:
        store = open_store(data_dir(args.data_dir))
    except UserError as exc:
        QMessageBox.critical(None, "Sister City Desktop", str(exc))
        print(f"sistercity-desktop: {exc}", file=sys.stderr)
        return 2
    try:
        if not has_committee(store):
            wizard = SetupWizard(store)
            if not wizard.exec():
                return 0
        window = MainWindow(store)
        window.show()
        return app.exec()
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
