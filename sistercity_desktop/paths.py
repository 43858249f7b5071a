"""Where the app keeps its data (platformdirs, overridable)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "sistercity-desktop"
DATA_DIR_ENV = "SISTERCITY_DATA_DIR"
DATABASE_NAME = "sistercity.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir`, else $SISTERCITY_DATA_DIR, else the user data dir."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir  # only here: a start with a folder given skips it

    return Path(user_data_dir(APP_NAME, appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / DATABASE_NAME
