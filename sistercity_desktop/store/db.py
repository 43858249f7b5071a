"""Opening the store: engine, pragmas, migrations at start-up, sessions.

SQLite specifics (pragmas, backup API) stay in this package so the rest of
the app only sees SQLAlchemy and can later run on PostgreSQL.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sistercity_desktop.errors import StoreError
from sistercity_desktop.paths import database_path
from sistercity_desktop.store.backup import check_file, copy_database, daily_backup, make_backup
from sistercity_desktop.text import translate

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

# SQLAlchemy is imported inside the functions that use it, not here: the window imports
# this module (for the folder check, the lock and recovery) before its first paint, and
# SQLAlchemy costs about as much time as the rest of the start-up together.

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration. Checked against the migrations folder by a test; it lets an
# up-to-date store open without importing Alembic at all (a faster start).
HEAD_REVISION = "0006_timeline_index"
BUSY_TIMEOUT_MS = 5000


@dataclass
class Store:
    """An open store: hand out one session per unit of work with `session()`."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]

    def session(self) -> Session:
        return self.session_factory()

    def close(self) -> None:
        self.engine.dispose()


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()
    # journal_mode=WAL is set once the file is known to be ours (see open_store):
    # switching it rewrites the header, and a foreign file must stay untouched.


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        if "alembic_version" not in tables:
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise StoreError(translate("Errors", "Cannot use the data folder {folder}: {error}.")
                         .format(folder=str(folder), error=reason.lower())) from None


class CorruptStoreError(StoreError):
    """The database file exists but is damaged; the window offers recovery."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(translate("Errors", "The data file {path} cannot be read: {reason} "
                                             "Nothing was changed; restore a backup "
                                             "(`sistercity restore`) or move the file aside.")
                         .format(path=str(path), reason=reason))
        self.path = path
        self.reason = reason


def _migrate(engine: Engine, path: Path) -> None:
    from sqlalchemy import inspect
    from sqlalchemy.exc import DatabaseError

    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
    except DatabaseError:
        raise StoreError(
            translate("Errors", "{path} is not a Sister City Desktop database (it is not an "
                                "SQLite file).").format(path=str(path))
        ) from None
    if tables and "alembic_version" not in tables:
        raise StoreError(translate("Errors", "{path} is an SQLite database, but not one of "
                                   "Sister City Desktop's.").format(path=str(path)))
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    head = head_revision()
    if current == head:
        return
    script = ScriptDirectory.from_config(_alembic_config())
    known = {revision.revision for revision in script.walk_revisions()}
    if current is not None and current not in known:
        raise StoreError(
            translate("Errors", "{path} was written by a newer version of Sister City "
                                "Desktop (schema {schema}); please update the app.")
            .format(path=str(path), schema=current)
        )
    if current is not None:
        make_backup(path, f"before-{head}")
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _quick_check(path: Path) -> None:
    """Refuse a damaged file before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc):
            raise StoreError(translate("Errors", "{path} is not a Sister City Desktop "
                                                 "database (it is not an SQLite file).")
                             .format(path=str(path))) from None
        raise CorruptStoreError(path, f"{exc}.") from None
    if result and result[0] != "ok":
        first = " ".join(str(result[0]).split("\n")[:2]).replace("***", "").strip()
        raise CorruptStoreError(path, translate("Errors", "the integrity check found damage "
                                                    "({details}).").format(details=first[:120]))


def open_store(folder: Path, auto_backup: bool = True) -> Store:
    """Open (creating or upgrading as needed) the store in `folder`.

    With `auto_backup`, a backup is taken at most once a day before use.
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.exc import DatabaseError, OperationalError
    from sqlalchemy.orm import sessionmaker

    _prepare_folder(folder)
    path = database_path(folder)
    if path.exists() and path.is_dir():
        raise StoreError(translate("Errors", "{path} is a folder, not a database file.")
                         .format(path=str(path)))
    _quick_check(path)
    existed = path.exists() and path.stat().st_size > 0
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    try:
        _migrate(engine, path)
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")  # persists in the file
    except StoreError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        raise StoreError(translate("Errors", "Cannot open {path}: {error}.")
                         .format(path=str(path), error=str(exc.orig))) from None
    if auto_backup and existed:  # a brand-new store has nothing worth a backup yet
        daily_backup(path)
    return Store(path, engine, sessionmaker(engine, expire_on_commit=False))


def set_aside(folder: Path, now: datetime | None = None) -> Path | None:
    """Move a damaged database (and its WAL files) aside; never deletes it."""
    path = database_path(folder)
    if not path.exists():
        return None
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.replace(Path(f"{target}{suffix}"))
    return target


def restore_backup(folder: Path, backup: Path) -> Path | None:
    """Replace the store with a backup (checked first); the current one is kept.

    Returns the safety copy of the store as it was (None if there was none). The
    restored store is migrated when opened next.
    """
    problem = check_file(backup)
    if problem:
        raise StoreError(translate("Errors", "Cannot restore: {problem}").format(problem=problem))
    path = database_path(folder)
    # Take a private copy first: the safety backup below rotates old backups, and the
    # one being restored may be among those it would remove.
    staged = folder / ".restore-staged.sqlite3"
    copy_database(backup, staged)
    try:
        safety = None
        if path.exists():
            if check_file(path) is None:
                safety = make_backup(path, "before-restore", protect=backup)
            else:
                safety = set_aside(folder)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        copy_database(staged, path)
    finally:
        staged.unlink(missing_ok=True)
    return safety


def integrity_report(store: Store) -> tuple[bool, list[str]]:
    """SQLite's own integrity and foreign-key checks, plus the schema version."""
    from sqlalchemy import text

    lines: list[str] = []
    ok = True
    with store.engine.connect() as connection:
        result = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
        if result == ["ok"]:
            lines.append("Database integrity: ok.")
        else:
            ok = False
            lines.append("Database integrity: damaged: " + "; ".join(result[:5]))
        broken = list(connection.execute(text("PRAGMA foreign_key_check")))
        if broken:
            ok = False
            lines.append(f"Links between records: {len(broken)} broken.")
        else:
            lines.append("Links between records: ok.")
    current = current_revision(store.engine)
    head = head_revision()
    if current == head:
        lines.append(f"Schema version: {current} (current).")
    else:
        ok = False
        lines.append(f"Schema version: {current}, expected {head}.")
    return ok, lines
