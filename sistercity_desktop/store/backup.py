"""Backups with SQLite's online backup API: automatic, rotated, restorable.

Kept in <data dir>/backups/. Rotation keeps the ten newest and, for older
ones, the newest of each month for a year, so a mistake noticed months later
can still be undone.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sistercity_desktop.errors import StoreError
from sistercity_desktop.text import translate

KEEP_NEWEST = 10
KEEP_MONTHS = 12
_STAMP = re.compile(r"-(\d{8}T\d{6}Z)-")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int


def backups_folder(database: Path) -> Path:
    return database.parent / "backups"


def _stamp_of(path: Path) -> datetime | None:
    match = _STAMP.search(path.name)
    if not match:
        return None
    return datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def list_backups(database: Path) -> list[BackupInfo]:
    """Backups of this store, newest first."""
    folder = backups_folder(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.sqlite3"):
        taken = _stamp_of(path)
        if taken is None:
            continue
        reason = path.stem.split(_STAMP.search(path.name).group(1) + "-", 1)[-1]
        found.append(BackupInfo(path, taken, reason, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live database (other connections may be writing)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(temporary) as dst:
            src.backup(dst)
        dst.close()
        temporary.replace(target)
    except (sqlite3.Error, OSError) as exc:
        temporary.unlink(missing_ok=True)
        raise StoreError(translate("Errors", "Could not copy the database to {path}: {error}.")
                         .format(path=str(target), error=str(exc))) from None


def make_backup(database: Path, reason: str, now: datetime | None = None,
                protect: Path | None = None) -> Path:
    """Back the store up now; returns the backup file (`protect` survives rotation)."""
    moment = now or datetime.now(UTC)
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "manual"
    target = backups_folder(database) / (
        f"{database.stem}-{moment.strftime('%Y%m%dT%H%M%SZ')}-{slug}.sqlite3")
    copy_database(database, target)
    rotate(database, moment, protect)
    return target


def daily_backup(database: Path, now: datetime | None = None) -> Path | None:
    """At start: a backup unless one was taken in the last 24 hours (or the store is new)."""
    moment = now or datetime.now(UTC)
    if not database.exists() or database.stat().st_size == 0:
        return None
    existing = list_backups(database)
    if existing and moment - existing[0].taken_at < timedelta(hours=24):
        return None
    return make_backup(database, "daily", moment)


def rotate(database: Path, now: datetime | None = None,
           protect: Path | None = None) -> list[Path]:
    """Delete backups beyond the policy; returns what was removed."""
    moment = now or datetime.now(UTC)
    backups = list_backups(database)
    keep = {b.path for b in backups[:KEEP_NEWEST]}
    if protect is not None:
        keep.add(protect)  # e.g. the backup being restored right now
    seen_months: set[tuple[int, int]] = set()
    for b in backups:  # newest first, so the first seen in a month is its newest
        month = (b.taken_at.year, b.taken_at.month)
        if moment - b.taken_at <= timedelta(days=366) and month not in seen_months:
            keep.add(b.path)
            seen_months.add(month)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def check_file(path: Path) -> str | None:
    """None if `path` is a readable SQLite file that passes quick_check; else why not."""
    if not path.is_file():
        return translate("Errors", "{path} is not a file.").format(path=str(path))
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
            tables = {r[0] for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return translate("Errors", "{name} is not a readable database ({error}).") \
            .format(name=path.name, error=str(exc))
    if not result or result[0] != "ok":
        return translate("Errors", "{name} is damaged ({details}).") \
            .format(name=path.name, details=result[0] if result
                    else translate("Errors", "no answer"))
    if "alembic_version" not in tables or "committee" not in tables:
        return translate("Errors", "{name} is not a Sister City Desktop store.") \
            .format(name=path.name)
    return None
