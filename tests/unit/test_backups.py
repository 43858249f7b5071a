"""Backups: taken safely while in use, rotated by the policy, restorable; damage is caught.

Nothing a committee entered may be lost: a backup is a complete, readable copy even while
the app is writing; rotation keeps what the policy promises; a restore keeps the store it
replaces; a damaged file is refused untouched and only ever moved aside, never deleted.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sistercity_desktop import cli
from sistercity_desktop.errors import StoreError
from sistercity_desktop.services.committee import (
    CommitteeSetup,
    committee_view,
    has_committee,
    set_up_committee,
)
from sistercity_desktop.services.partnerships import (
    NewPartnership,
    add_note,
    create_partnership,
    detail,
    list_partnerships,
)
from sistercity_desktop.store import Store, open_store
from sistercity_desktop.store.backup import (
    KEEP_MONTHS,
    KEEP_NEWEST,
    check_file,
    daily_backup,
    list_backups,
    make_backup,
    rotate,
)
from sistercity_desktop.store.db import CorruptStoreError, restore_backup, set_aside

RIVERTON = CommitteeSetup("Riverton Sister Cities", "en", "Riverton", "US", 85_000, "Alex Moreno")
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cities(store: Store) -> list[str | None]:
    return [row.partner_city for row in list_partnerships(store)]


def rows_in(path: Path, table: str) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def filled(committee_store: Store) -> Store:
    """A committee with one partnership (Tartu) and a note."""
    pid = create_partnership(committee_store, NewPartnership("Tartu", "EE", "et", "en"))
    add_note(committee_store, pid, "First meeting went well <&> 次回は秋。")
    return committee_store


# --------------------------------------------------------------- taking a backup


def test_backup_is_a_complete_readable_copy_while_another_writer_is_busy(filled: Store) -> None:
    writer = sqlite3.connect(filled.path, timeout=0.1, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # holds the write lock until the end
        writer.execute("UPDATE city_profile SET name = 'Half-typed' WHERE name = 'Tartu'")
        started = time.monotonic()
        backup = make_backup(filled.path, "manual")
        assert time.monotonic() - started < 5
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert backup.is_file() and backup.parent == filled.path.parent / "backups"
    assert check_file(backup) is None
    connection = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        names = {row[0] for row in connection.execute("SELECT name FROM city_profile")}
        notes = [row[0] for row in connection.execute("SELECT text FROM note")]
    finally:
        connection.close()
    assert "Tartu" in names and "Half-typed" not in names  # committed data only
    assert notes == ["First meeting went well <&> 次回は秋。"]
    assert [b.path for b in list_backups(filled.path)] == [backup]


# --------------------------------------------------------------- rotation


def test_rotation_keeps_the_newest_and_one_per_month_for_a_year(store: Store) -> None:
    assert (KEEP_NEWEST, KEEP_MONTHS) == (10, 12), "the scenario below follows this policy"
    june = [datetime(2026, 6, day, 9, 0, tzinfo=UTC) for day in range(1, 13)]
    older = {
        "may-20": datetime(2026, 5, 20, 8, 0, tzinfo=UTC),       # newest of May: kept
        "may-05": datetime(2026, 5, 5, 8, 0, tzinfo=UTC),        # older in May: deleted
        "april": datetime(2026, 4, 3, 8, 0, tzinfo=UTC),         # only one in April: kept
        "last-july": datetime(2025, 7, 1, 8, 0, tzinfo=UTC),     # 349 days old: kept
        "last-may": datetime(2025, 5, 20, 8, 0, tzinfo=UTC),     # over a year old: deleted
        "two-years": datetime(2024, 6, 1, 8, 0, tzinfo=UTC),     # deleted
    }
    made: dict[datetime, Path] = {}
    for moment in sorted([*june, *older.values()]):
        made[moment] = make_backup(store.path, "daily", now=moment)
    # Files that are not this store's backups are never touched.
    folder = store.path.parent / "backups"
    strangers = [folder / "notes.txt", folder / "copy-of-sistercity.sqlite3",
                 folder / "othername-20200101T000000Z-daily.sqlite3.bak"]
    for stranger in strangers:
        stranger.write_text("keep me")

    removed = rotate(store.path, now=NOW)

    kept = {b.path for b in list_backups(store.path)}
    newest_ten = {made[moment] for moment in june[2:]}  # 3 to 12 June
    monthly = {made[older[key]] for key in ("may-20", "april", "last-july")}
    assert kept == newest_ten | monthly
    gone = {made[moment] for moment in june[:2]} | {
        made[older[key]] for key in ("may-05", "last-may", "two-years")}
    assert not any(path.exists() for path in gone)
    assert set(removed) <= gone  # earlier rotations (inside make_backup) did the rest
    assert all(stranger.exists() for stranger in strangers)
    assert all(check_file(path) is None for path in kept)


def test_rotation_never_deletes_the_only_backups(store: Store) -> None:
    paths = [make_backup(store.path, "manual", now=NOW - timedelta(days=400 + day))
             for day in range(3)]
    rotate(store.path, now=NOW)
    assert all(path.exists() for path in paths)  # fewer than KEEP_NEWEST: all kept


# --------------------------------------------------------------- the daily backup


def test_daily_backup_skips_when_a_backup_is_younger_than_a_day(filled: Store) -> None:
    first = daily_backup(filled.path, now=NOW)
    assert first is not None and first.is_file() and "daily" in first.name
    assert daily_backup(filled.path, now=NOW + timedelta(hours=23, minutes=59)) is None
    assert [b.path for b in list_backups(filled.path)] == [first]
    second = daily_backup(filled.path, now=NOW + timedelta(hours=24, minutes=1))
    assert second is not None and second != first
    assert {b.path for b in list_backups(filled.path)} == {first, second}


def test_any_recent_backup_counts_and_a_new_store_gets_none(filled: Store,
                                                            tmp_path: Path) -> None:
    make_backup(filled.path, "before-restore", now=NOW - timedelta(hours=2))
    assert daily_backup(filled.path, now=NOW) is None
    assert daily_backup(tmp_path / "missing" / "sistercity.sqlite3", now=NOW) is None


def test_opening_an_existing_store_takes_the_daily_backup(filled: Store, data_dir: Path) -> None:
    filled.close()
    assert list_backups(filled.path) == []
    open_store(data_dir).close()
    backups = list_backups(filled.path)
    assert len(backups) == 1 and backups[0].reason == "daily"
    open_store(data_dir).close()
    assert len(list_backups(filled.path)) == 1  # not twice in a day


# --------------------------------------------------------------- restoring


def test_restore_brings_the_data_back_and_keeps_a_safety_copy(filled: Store,
                                                             data_dir: Path) -> None:
    backup = make_backup(filled.path, "manual")
    create_partnership(filled, NewPartnership("Lyon", "FR", "fr", "en"))
    assert cities(filled) == ["Tartu", "Lyon"]
    filled.close()

    safety = restore_backup(data_dir, backup)

    assert safety is not None and safety.is_file() and "before-restore" in safety.name
    assert check_file(safety) is None
    assert rows_in(safety, "partnership") == 2  # what was there before the restore
    assert backup.is_file() and check_file(backup) is None  # the backup itself stays
    restored = open_store(data_dir, auto_backup=False)
    try:
        assert cities(restored) == ["Tartu"]
        note = detail(restored, list_partnerships(restored)[0].id).notes[0]
        assert note.text == "First meeting went well <&> 次回は秋。"
    finally:
        restored.close()


def test_restoring_an_older_backup_among_many_restores_it(filled: Store,
                                                         data_dir: Path) -> None:
    """The oldest of the ten newest backups is a fine choice too: the safety copy taken
    during the restore must not rotate away the very backup being restored."""
    now = datetime.now(UTC)
    backups = [make_backup(filled.path, "daily", now=now - timedelta(minutes=minutes))
               for minutes in range(KEEP_NEWEST, 0, -1)]
    create_partnership(filled, NewPartnership("Lyon", "FR", "fr", "en"))
    filled.close()
    chosen = backups[0]
    assert check_file(chosen) is None

    restore_backup(data_dir, chosen)

    restored = open_store(data_dir, auto_backup=False)
    try:
        assert has_committee(restored), "the restore left an empty store"
        assert cities(restored) == ["Tartu"]
    finally:
        restored.close()
    assert chosen.is_file() and check_file(chosen) is None, "the restored backup was deleted"


def _junk(folder: Path) -> Path:
    path = folder / "holiday-photo.sqlite3"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    return path


def _foreign_sqlite(folder: Path) -> Path:
    path = folder / "someone-elses.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    return path


def _empty(folder: Path) -> Path:
    path = folder / "empty.sqlite3"
    path.write_bytes(b"")
    return path


def _missing(folder: Path) -> Path:
    return folder / "no-such-backup.sqlite3"


def _a_folder(folder: Path) -> Path:
    path = folder / "a-folder.sqlite3"
    path.mkdir()
    return path


@pytest.mark.parametrize("make", [_junk, _foreign_sqlite, _empty, _missing, _a_folder])
def test_restoring_something_that_is_not_a_store_is_refused(
        filled: Store, data_dir: Path, tmp_path: Path, make: Callable[[Path], Path]) -> None:
    filled.close()
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    candidate = make(outside)
    before = {p.name: digest(p) for p in data_dir.iterdir() if p.is_file()}

    with pytest.raises(StoreError) as refused:
        restore_backup(data_dir, candidate)

    message = str(refused.value)
    assert message.startswith("Cannot restore") and candidate.name in message
    assert "\n" not in message
    assert {p.name: digest(p) for p in data_dir.iterdir() if p.is_file()} == before
    assert not (data_dir / "backups").exists()  # not even a safety copy was needed
    store = open_store(data_dir, auto_backup=False)
    try:
        assert cities(store) == ["Tartu"]
    finally:
        store.close()


# --------------------------------------------------------------- a damaged store


@pytest.fixture(scope="module")
def big_store_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed store of well over a hundred pages (committee, partnership, many notes)."""
    folder = tmp_path_factory.mktemp("big-store")
    store = open_store(folder)
    set_up_committee(store, RIVERTON)
    pid = create_partnership(store, NewPartnership("Tartu", "EE", "et", "en"))
    for number in range(300):
        add_note(store, pid, f"Minutes {number}: " + "we met, we planned <&> 会議録. " * 20)
    store.close()
    assert not Path(f"{store.path}-wal").exists()  # checkpointed on close
    assert store.path.stat().st_size > 100 * 4096
    return store.path


@pytest.fixture
def big_store_file(big_store_template: Path, data_dir: Path) -> Path:
    data_dir.mkdir()
    path = data_dir / "sistercity.sqlite3"
    shutil.copyfile(big_store_template, path)
    return path


def _page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else size


def garbage_over_the_middle(data: bytes) -> bytes:
    """A whole page of random bytes in the middle of the file."""
    size = _page_size(data)
    start = len(data) // 2 // size * size
    noise = random.Random(20260615).randbytes(size)
    return data[:start] + noise + data[start + size:]


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2 + 1234]


def cross_linked_page(data: bytes) -> bytes:
    """An interior table page whose first child pointer names page 1 (the schema page):
    the file opens, only the integrity check finds the damage."""
    size = _page_size(data)
    for start in range(size, len(data), size):
        if data[start] == 0x05:  # interior table b-tree page
            cell = start + int.from_bytes(data[start + 12:start + 14], "big")
            return data[:cell] + (1).to_bytes(4, "big") + data[cell + 4:]
    raise AssertionError("no interior table page: make the store bigger")


DAMAGE = [garbage_over_the_middle, truncated, cross_linked_page]


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_store_is_refused_and_left_exactly_as_it_is(
        big_store_file: Path, data_dir: Path, damage: Callable[[bytes], bytes]) -> None:
    big_store_file.write_bytes(damage(big_store_file.read_bytes()))
    before = digest(big_store_file)
    with pytest.raises(CorruptStoreError) as refused:
        open_store(data_dir)
    assert refused.value.path == big_store_file
    assert digest(big_store_file) == before
    wal = Path(f"{big_store_file}-wal")  # a read-only look may leave an empty one
    assert not wal.exists() or wal.stat().st_size == 0
    assert not (data_dir / "backups").exists()  # no "backup" of a damaged file either
    assert check_file(big_store_file) is not None


@pytest.mark.parametrize("damage", DAMAGE)
def test_set_aside_moves_the_damaged_file_and_the_app_starts_fresh(
        big_store_file: Path, data_dir: Path, damage: Callable[[bytes], bytes]) -> None:
    damaged = damage(big_store_file.read_bytes())
    big_store_file.write_bytes(damaged)
    with pytest.raises(CorruptStoreError):
        open_store(data_dir)

    moved = set_aside(data_dir, now=NOW)

    assert moved is not None and moved.parent == data_dir
    assert moved.name == "sistercity-damaged-20260615T120000Z.sqlite3"
    assert moved.read_bytes() == damaged  # moved, never deleted or changed
    fresh = open_store(data_dir)
    try:
        assert not has_committee(fresh)
        assert committee_view(fresh) is None
    finally:
        fresh.close()
    assert moved.read_bytes() == damaged
    assert set_aside(data_dir / "nothing-here") is None  # no store there: nothing to move


# --------------------------------------------------------------- the command line


def test_cli_backup_and_restore(filled: Store, data_dir: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    filled.close()
    out = tmp_path / "copies" / "riverton.sqlite3"
    assert cli.main(["--data-dir", str(data_dir), "backup", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert check_file(out) is None and rows_in(out, "partnership") == 1

    store = open_store(data_dir, auto_backup=False)
    create_partnership(store, NewPartnership("Lyon", "FR", "fr", "en"))
    store.close()

    assert cli.main(["--data-dir", str(data_dir), "restore", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("Restored") and captured.err == ""
    store = open_store(data_dir, auto_backup=False)
    try:
        assert cities(store) == ["Tartu"]
    finally:
        store.close()
    safety = [b for b in list_backups(data_dir / "sistercity.sqlite3")
              if b.reason == "before-restore"]
    assert len(safety) == 1 and rows_in(safety[0].path, "partnership") == 2
    assert str(safety[0].path) in captured.out


def test_cli_refuses_to_restore_junk(filled: Store, data_dir: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    filled.close()
    before = digest(data_dir / "sistercity.sqlite3")
    junk = _junk(tmp_path)
    assert cli.main(["--data-dir", str(data_dir), "restore", str(junk)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("sistercity: Cannot restore"), captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert digest(data_dir / "sistercity.sqlite3") == before


@pytest.mark.parametrize("damage", DAMAGE)
def test_cli_reports_a_damaged_store_in_one_line(big_store_file: Path, data_dir: Path,
                                                 capsys: pytest.CaptureFixture[str],
                                                 damage: Callable[[bytes], bytes]) -> None:
    big_store_file.write_bytes(damage(big_store_file.read_bytes()))
    before = digest(big_store_file)
    assert cli.main(["--data-dir", str(data_dir), "list"]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert "cannot be read" in lines[0] and "restore" in lines[0]
    assert "Traceback" not in captured.err and captured.out == ""
    assert digest(big_store_file) == before
