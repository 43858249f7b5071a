"""PyInstaller entry for the headless CLI: the same as the `sistercity` command."""

import sys

from sistercity_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
