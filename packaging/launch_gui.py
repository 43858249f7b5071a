"""PyInstaller entry for the window: the same as the `sistercity-desktop` command."""

from sistercity_desktop.app import entry

if __name__ == "__main__":
    entry()
