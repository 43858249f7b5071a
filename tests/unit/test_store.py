"""Opening the store: where it lives, how SQLite is set up, migrations, bad files."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from sistercity_desktop.errors import StoreError
from sistercity_desktop.paths import data_dir
from sistercity_desktop.services.committee import CommitteeSetup, set_up_committee
from sistercity_desktop.services.partnerships import (
    NewPartnership,
    create_partnership,
    list_partnerships,
)
from sistercity_desktop.store import Store, open_store
from sistercity_desktop.store.db import head_revision, integrity_report

RIVERTON = CommitteeSetup("Riverton Sister Cities", "en", "Riverton", "US", 85_000, "Alex Moreno")
TARTU = NewPartnership("Tartu", "EE", "et", "en", start_step=3)


def pragma(store: Store, name: str) -> object:
    with store.engine.connect() as connection:
        return connection.execute(text(f"PRAGMA {name}")).scalar()


def is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except (ValueError, TypeError):
        return False


# --------------------------------------------------------------- where the data lives


def test_database_file_is_in_the_data_folder(tmp_path: Path) -> None:
    folder = tmp_path / "not" / "yet" / "there"
    store = open_store(folder)
    try:
        assert store.path == folder / "sistercity.sqlite3"
        assert store.path.is_file()
        assert store.path.read_bytes()[:16] == b"SQLite format 3\x00"
    finally:
        store.close()


def test_environment_variable_sets_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SISTERCITY_DATA_DIR", str(tmp_path / "from-env"))
    assert data_dir() == tmp_path / "from-env"
    assert data_dir(None) == tmp_path / "from-env"


def test_data_dir_option_beats_the_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SISTERCITY_DATA_DIR", str(tmp_path / "from-env"))
    assert data_dir(str(tmp_path / "from-option")) == tmp_path / "from-option"
    assert data_dir(tmp_path / "from-option") == tmp_path / "from-option"


def test_default_is_a_per_user_folder_named_after_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SISTERCITY_DATA_DIR", raising=False)
    folder = data_dir()
    assert folder.is_absolute()
    assert "sistercity-desktop" in folder.parts


def test_data_dir_expands_the_home_folder() -> None:
    assert data_dir("~/sister-data") == Path.home() / "sister-data"


# --------------------------------------------------------------- SQLite settings


def test_foreign_keys_are_on(store: Store) -> None:
    assert pragma(store, "foreign_keys") == 1


def test_foreign_keys_are_enforced(store: Store) -> None:
    from sistercity_desktop.store.models import Partnership

    orphan = Partnership(committee_id=str(uuid.uuid4()), kind="sister", current_step=1,
                         furthest_step=1, partner_language="et", committee_language="en",
                         created_at=datetime(2026, 1, 1, 9, 30))
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), store.session() as session, \
            session.begin():
        session.add(orphan)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM partnership")).scalar() == 0


def test_journal_is_write_ahead(store: Store) -> None:
    assert str(pragma(store, "journal_mode")).lower() == "wal"


def test_busy_timeout_is_set(store: Store) -> None:
    timeout = pragma(store, "busy_timeout")
    assert isinstance(timeout, int)
    assert timeout >= 1000


def test_settings_hold_after_reopening(data_dir: Path) -> None:
    open_store(data_dir).close()
    store = open_store(data_dir)
    try:
        assert pragma(store, "foreign_keys") == 1
        assert str(pragma(store, "journal_mode")).lower() == "wal"
        assert pragma(store, "busy_timeout") >= 1000
    finally:
        store.close()


# --------------------------------------------------------------- migrations


def test_new_store_is_at_the_head_revision(store: Store) -> None:
    with store.engine.connect() as connection:
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    assert [row[0] for row in rows] == [head_revision()]


def test_baseline_is_the_first_revision() -> None:
    from alembic.script import ScriptDirectory

    from sistercity_desktop.store.db import MIGRATIONS

    script = ScriptDirectory(str(MIGRATIONS))
    assert script.get_bases() == ["0001_baseline"]
    assert script.get_revision("0001_baseline").down_revision is None
    assert head_revision() in {rev.revision for rev in script.walk_revisions()}


def test_reopening_runs_no_migration_and_backs_up_once_a_day(data_dir: Path) -> None:
    open_store(data_dir).close()
    assert not (data_dir / "backups").exists()  # nothing to back up in a new store
    before = sqlite3.connect(data_dir / "sistercity.sqlite3")
    try:
        tables = {row[0] for row in before.execute("SELECT name FROM sqlite_master")}
    finally:
        before.close()
    open_store(data_dir).close()
    open_store(data_dir).close()
    backups = list((data_dir / "backups").glob("*.sqlite3"))
    assert [b.name.endswith("-daily.sqlite3") for b in backups] == [True]
    assert {"alembic_version", "committee", "partnership", "city_profile"} <= tables


# --------------------------------------------------------------- data and ids


def test_data_survives_close_and_reopen(data_dir: Path) -> None:
    store = open_store(data_dir)
    committee_id = set_up_committee(store, RIVERTON)
    partnership_id = create_partnership(store, TARTU)
    store.close()

    reopened = open_store(data_dir)
    try:
        rows = list_partnerships(reopened)
        assert [row.id for row in rows] == [partnership_id]
        assert rows[0].partner_city == "Tartu"
        assert rows[0].partner_country == "EE"
        assert rows[0].partner_language == "et"
        assert rows[0].step == 3
        with reopened.engine.connect() as connection:
            names = connection.execute(text("SELECT id, name FROM committee")).all()
        assert [tuple(row) for row in names] == [(committee_id, "Riverton Sister Cities")]
    finally:
        reopened.close()


def test_ids_are_uuids(store: Store) -> None:
    committee_id = set_up_committee(store, RIVERTON)
    first = create_partnership(store, TARTU)
    second = create_partnership(store, NewPartnership("Matsumoto", "JP", "ja", "en"))
    assert is_uuid(committee_id)
    assert is_uuid(first) and is_uuid(second)
    assert first != second
    with store.engine.connect() as connection:
        city_ids = [row[0] for row in connection.execute(text("SELECT id FROM city_profile"))]
    assert len(city_ids) == 3
    assert all(is_uuid(city_id) for city_id in city_ids)


def test_integrity_report_is_ok_for_a_fresh_store(store: Store) -> None:
    ok, lines = integrity_report(store)
    assert ok is True
    report = "\n".join(lines).lower()
    assert "integrity: ok" in report
    assert head_revision() in report
    assert "schema version" in report


def test_integrity_report_is_ok_with_data(demo_store: Store) -> None:
    ok, lines = integrity_report(demo_store)
    assert ok is True
    report = "\n".join(lines).lower()
    assert "integrity: ok" in report
    assert "broken" not in report and "damaged" not in report


# --------------------------------------------------------------- files that are not ours


def test_unwritable_data_folder_gives_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("a regular file, not a folder\n")
    with pytest.raises(StoreError, match="data folder"):
        open_store(blocker / "data")
    assert blocker.read_text() == "a regular file, not a folder\n"


def test_database_path_that_is_a_folder_gives_store_error(data_dir: Path) -> None:
    (data_dir / "sistercity.sqlite3").mkdir(parents=True)
    with pytest.raises(StoreError):
        open_store(data_dir)


def test_file_that_is_not_sqlite_gives_store_error(data_dir: Path) -> None:
    data_dir.mkdir()
    junk = bytes(range(256)) * 16
    path = data_dir / "sistercity.sqlite3"
    path.write_bytes(junk)
    with pytest.raises(StoreError, match="not an SQLite file"):
        open_store(data_dir)
    assert path.read_bytes() == junk


def test_other_apps_sqlite_file_is_refused_and_left_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / "sistercity.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    other.execute("INSERT INTO recipes (title) VALUES ('Pancakes')")
    other.commit()
    other.close()
    original = path.read_bytes()

    with pytest.raises(StoreError, match="not one of Sister City Desktop's"):
        open_store(data_dir)

    assert path.read_bytes() == original
    assert not (data_dir / "sistercity.sqlite3-wal").exists()
    check = sqlite3.connect(path)
    try:
        tables = {row[0] for row in check.execute("SELECT name FROM sqlite_master")}
    finally:
        check.close()
    assert tables == {"recipes"}


def test_database_from_a_newer_version_gives_store_error(data_dir: Path) -> None:
    store = open_store(data_dir)
    set_up_committee(store, RIVERTON)
    store.close()
    db = sqlite3.connect(data_dir / "sistercity.sqlite3")
    db.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    db.commit()
    db.close()

    with pytest.raises(StoreError, match="newer version") as caught:
        open_store(data_dir)
    assert "\n" not in str(caught.value)

    db = sqlite3.connect(data_dir / "sistercity.sqlite3")
    try:
        version = db.execute("SELECT version_num FROM alembic_version").fetchall()
        committees = db.execute("SELECT name FROM committee").fetchall()
    finally:
        db.close()
    assert version == [("0999_from_the_future",)]
    assert committees == [("Riverton Sister Cities",)]


def test_the_fast_path_head_matches_the_migrations() -> None:
    from sistercity_desktop.store.db import HEAD_REVISION, head_revision

    assert head_revision() == HEAD_REVISION


def test_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    """A new store and one upgraded from the first release both match the models."""
    import shutil

    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from sistercity_desktop.store.models import Base

    upgraded = tmp_path / "upgraded"
    upgraded.mkdir()
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "store-0001.sqlite3"
    shutil.copy(fixture, upgraded / "sistercity.sqlite3")
    for folder in (tmp_path / "new", upgraded):
        store = open_store(folder, auto_backup=False)
        try:
            with store.engine.connect() as connection:
                assert compare_metadata(MigrationContext.configure(connection),
                                        Base.metadata) == []
        finally:
            store.close()
