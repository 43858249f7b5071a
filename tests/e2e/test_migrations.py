"""A store written by the first release opens in today's app with nothing lost.

tests/fixtures/store-0001.sqlite3 (built by tests/fixtures/make_store_0001.py at schema
0001_baseline) is copied into a data folder and opened: the app backs it up, migrates it
to the newest schema, and every committee, city, partnership, contact, note, checklist tick
and correspondence entry reads back with the values the committee typed.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from sistercity_desktop.services.committee import committee_view
from sistercity_desktop.services.partnerships import add_note, detail, list_partnerships
from sistercity_desktop.services.transfer import export_document
from sistercity_desktop.store import Store, open_store
from sistercity_desktop.store.backup import check_file, list_backups
from sistercity_desktop.store.db import current_revision, head_revision, integrity_report

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = FIXTURES / "store-0001.sqlite3"


def _load_fixture_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_store_0001",
                                                  FIXTURES / "make_store_0001.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


source = _load_fixture_script()


def revision_of(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def plain(value: object) -> object:
    """Values as the fixture spells them: ISO dates, the stored timestamp format."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


@dataclass
class Upgraded:
    store: Store
    folder: Path


@pytest.fixture
def upgraded(tmp_path: Path) -> Iterator[Upgraded]:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(FIXTURE, folder / "sistercity.sqlite3")
    store = open_store(folder)
    yield Upgraded(store, folder)
    store.close()


def test_the_fixture_is_a_small_first_release_store() -> None:
    assert FIXTURE.is_file(), "run tests/fixtures/make_store_0001.py"
    assert revision_of(FIXTURE) == source.REVISION == "0001_baseline"
    assert head_revision() != source.REVISION  # there is something to migrate
    header = FIXTURE.read_bytes()[:20]
    assert header[:16] == b"SQLite format 3\x00"
    assert header[18:20] == b"\x01\x01", "the fixture must use a rollback journal, not WAL"
    assert not Path(f"{FIXTURE}-wal").exists() and not Path(f"{FIXTURE}-shm").exists()
    assert FIXTURE.stat().st_size < 256 * 1024
    connection = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        assert "letter_draft" not in tables and "goal" not in tables  # later revisions
        for table, rows in source.TABLES:
            count = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            assert count == len(rows), table
    finally:
        connection.close()


def test_opening_migrates_to_the_newest_schema(upgraded: Upgraded) -> None:
    assert current_revision(upgraded.store.engine) == head_revision()
    ok, lines = integrity_report(upgraded.store)
    assert ok, lines


def test_the_fixture_itself_is_never_touched(tmp_path: Path) -> None:
    digest = hashlib.sha256(FIXTURE.read_bytes()).hexdigest()
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(FIXTURE, folder / "sistercity.sqlite3")
    open_store(folder).close()
    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == digest


def test_a_backup_of_the_old_store_is_taken_before_migrating(upgraded: Upgraded) -> None:
    backups = list_backups(upgraded.store.path)
    before = [b for b in backups if "before-" in b.path.name]
    assert len(before) == 1, [b.path.name for b in backups]
    backup = before[0].path
    assert backup.parent == upgraded.folder / "backups"
    assert f"before-{head_revision()}".replace("_", "-") in backup.name
    assert check_file(backup) is None
    # The backup is the store as it was: the old schema and every row.
    assert revision_of(backup) == "0001_baseline"
    connection = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        for table, rows in source.TABLES:
            count = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            assert count == len(rows), table
    finally:
        connection.close()
    # Opening again (now current) takes no second migration backup.
    upgraded.store.close()
    open_store(upgraded.folder).close()
    again = [b for b in list_backups(upgraded.store.path) if "before-" in b.path.name]
    assert [b.path for b in again] == [backup]


def test_every_stored_value_is_still_there(upgraded: Upgraded) -> None:
    with upgraded.store.engine.connect() as connection:
        for table, rows in source.TABLES:
            stored = connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar()
            assert stored == len(rows), table
            key = "key" if table == "setting" else "id"
            for row in rows:
                names = ", ".join(f'"{name}"' for name in row)
                found = connection.exec_driver_sql(
                    f'SELECT {names} FROM "{table}" WHERE "{key}" = ?', (row[key],)).fetchone()
                assert found is not None, (table, row[key])
                assert dict(zip(row, found, strict=True)) == row, table


def test_the_committee_and_its_city_read_back(upgraded: Upgraded) -> None:
    view = committee_view(upgraded.store)
    assert view is not None
    committee, city = source.COMMITTEE, source.OUR_CITY
    assert (view.id, view.name, view.language, view.email) == (
        committee["id"], committee["name"], committee["language"], committee["email"])
    for key, value in view.city.items():
        if key == "official_gender":  # added by 0002: the neutral default
            assert value == "unspecified"
        else:
            assert value == city[key], key


def test_partnerships_read_back_through_the_services(upgraded: Upgraded) -> None:
    store = upgraded.store
    rows = list_partnerships(store)
    assert [r.id for r in rows] == [p["id"] for p in source.PARTNERSHIPS]  # oldest first
    cities = {c["id"]: c for c in source.CITIES}
    for summary, p in zip(rows, source.PARTNERSHIPS, strict=True):
        partner = cities[p["partner_city_id"]]
        assert summary.partner_city == partner["name"]
        assert summary.partner_country == partner["country"]
        assert summary.partner_language == p["partner_language"]
        assert summary.committee_language == p["committee_language"]
        assert (summary.kind, summary.step) == (p["kind"], p["current_step"])

        d = detail(store, p["id"])
        assert (d.current_step, d.furthest_step) == (p["current_step"], p["furthest_step"])
        assert d.partner is not None
        assert (d.partner.id, d.partner.name, d.partner.region, d.partner.population,
                d.partner.official_name, d.partner.official_title) == (
            partner["id"], partner["name"], partner["region"], partner["population"],
            partner["official_name"], partner["official_title"])
        assert set(d.fields) <= set(p)
        for key, value in d.fields.items():
            assert plain(value) == p[key], key

        contacts = [c for c in source.CONTACTS if c["partnership_id"] == p["id"]]
        assert {c.id: (c.side, c.role, c.name, c.title, c.organisation, c.email, c.phone)
                for c in d.contacts} == {
            c["id"]: (c["side"], c["role"], c["name"], c["title"], c["organisation"],
                      c["email"], c["phone"]) for c in contacts}

        notes = [n for n in source.NOTES if n["partnership_id"] == p["id"]]
        assert {n.id: (n.step, n.kind, plain(n.written_on), n.text) for n in d.notes} == {
            n["id"]: (n["step"], n["kind"], n["written_on"], n["text"]) for n in notes}

        ticked = {c["item_key"] for c in source.CHECKLIST
                  if c["partnership_id"] == p["id"] and c["done"]}
        assert d.ticked == ticked

        entries = [e for e in source.CORRESPONDENCE if e["partnership_id"] == p["id"]]
        assert {e.id: (plain(e.on), e.direction, e.channel, e.our_people, e.their_people,
                       e.summary) for e in d.correspondence} == {
            e["id"]: (e["on"], e["direction"], e["channel"], e["our_people"],
                      e["their_people"], e["summary"]) for e in entries}


def test_the_migrated_store_is_fully_usable(upgraded: Upgraded) -> None:
    store = upgraded.store
    pid = source.MATSUMOTO_ID
    note_id = add_note(store, pid, "After the upgrade: まだ大丈夫 <&>.")
    assert any(n.id == note_id for n in detail(store, pid).notes)
    doc: dict[str, Any] = export_document(store)
    assert doc["committee"]["id"] == source.COMMITTEE["id"]
    exported = {p["id"]: p for p in doc["partnerships"]}
    assert set(exported) == {p["id"] for p in source.PARTNERSHIPS}
    matsumoto = exported[pid]
    assert len(matsumoto["notes"]) == 1 + sum(n["partnership_id"] == pid
                                              for n in source.NOTES)
    assert matsumoto["ceremony_host"] == "ours"  # a column added by 0004, with its default
    assert matsumoto["letters"] == [] and matsumoto["goals"] == []
