"""The `sistercity` command as a user runs it: output, exit codes, files."""

from __future__ import annotations

import copy
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sistercity_desktop import __version__
from sistercity_desktop.cli import main
from sistercity_desktop.store.db import head_revision

BIN = Path(sys.executable).parent
SUMMARY_KEYS = {
    "id", "partner_city", "partner_country", "partner_language", "committee_language",
    "step", "next_due", "signed_on", "next_evaluation",
}
BCP47 = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    def run(*args: str | Path) -> Run:
        capsys.readouterr()
        code = main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def assert_clean_failure(result: Run) -> None:
    """Exit code 2 and one clear line on stderr, no traceback."""
    assert result.code == 2, result
    assert "Traceback" not in result.err
    message = result.err.strip()
    assert message, "an error message is expected on stderr"
    assert "\n" not in message, message
    assert message.startswith("sistercity: ")


@pytest.fixture
def demo_dir(tmp_path: Path, cli: Callable[..., Run]) -> Path:
    folder = tmp_path / "demo-data"
    result = cli("--data-dir", folder, "demo")
    assert result.code == 0, result.err
    return folder


def export(cli: Callable[..., Run], folder: Path, out: Path) -> bytes:
    result = cli("--data-dir", folder, "export-data", "--out", out)
    assert result.code == 0, result.err
    return out.read_bytes()


def listing(cli: Callable[..., Run], folder: Path) -> list[dict[str, Any]]:
    result = cli("--data-dir", folder, "list", "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


# --------------------------------------------------------------- version


def test_version_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"sistercity {__version__}"


def _no_display_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    return env


@pytest.mark.parametrize("script", ["sistercity", "sistercity-desktop"])
def test_installed_entry_points_answer_version(script: str) -> None:
    path = BIN / script
    assert path.is_file(), f"{script} is not installed in {BIN}"
    done = subprocess.run([str(path), "--version"], capture_output=True, text=True,
                          env=_no_display_env(), timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{script} {__version__}"
    assert "Traceback" not in done.stderr


# --------------------------------------------------------------- demo and list


def test_list_on_an_empty_store_says_so(cli: Callable[..., Run], tmp_path: Path) -> None:
    result = cli("--data-dir", tmp_path / "empty", "list")
    assert result.code == 0
    assert "No partnerships yet" in result.out
    assert "sistercity demo" in result.out
    assert listing(cli, tmp_path / "empty") == []


def test_demo_then_list_shows_the_three_partnerships(
    cli: Callable[..., Run], demo_dir: Path
) -> None:
    result = cli("--data-dir", demo_dir, "list")
    assert result.code == 0
    assert result.err == ""
    lines = result.out.splitlines()
    assert len(lines) == 4  # header and three partnerships
    assert "Partner city" in lines[0]
    assert "Tartu" in lines[1] and "EE" in lines[1] and "7 " in lines[1]
    assert "Matsumoto" in lines[2] and "JP" in lines[2]
    assert "researching" in lines[3] and "3 candidates" in lines[3]


def test_demo_reports_where_it_wrote(cli: Callable[..., Run], tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    result = cli("--data-dir", folder, "demo")
    assert result.code == 0
    assert str(folder / "sistercity.sqlite3") in result.out
    assert (folder / "sistercity.sqlite3").is_file()


def test_demo_twice_is_refused_and_adds_nothing(cli: Callable[..., Run], demo_dir: Path) -> None:
    before = listing(cli, demo_dir)
    assert_clean_failure(cli("--data-dir", demo_dir, "demo"))
    assert listing(cli, demo_dir) == before


def test_environment_variable_picks_the_data_folder(
    cli: Callable[..., Run], demo_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SISTERCITY_DATA_DIR", str(demo_dir))
    result = cli("list", "--json")
    assert result.code == 0
    assert len(json.loads(result.out)) == 3


def test_data_dir_option_beats_the_environment_variable(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SISTERCITY_DATA_DIR", str(demo_dir))
    other = tmp_path / "other"
    assert listing(cli, other) == []
    assert (other / "sistercity.sqlite3").is_file()


def test_list_json_has_the_documented_fields(cli: Callable[..., Run], demo_dir: Path) -> None:
    rows = listing(cli, demo_dir)
    assert isinstance(rows, list) and len(rows) == 3
    today = date.today()
    for row in rows:
        assert set(row) >= SUMMARY_KEYS, SUMMARY_KEYS - set(row)
        assert UUID.match(row["id"])
        assert isinstance(row["step"], int) and not isinstance(row["step"], bool)
        assert 1 <= row["step"] <= 7
        assert BCP47.match(row["committee_language"])
        assert row["partner_language"] is None or BCP47.match(row["partner_language"])
        assert row["partner_country"] is None or re.fullmatch(r"[A-Z]{2}", row["partner_country"])
        for key in ("next_due", "signed_on", "next_evaluation"):
            value = row[key]
            assert value is None or date.fromisoformat(value).isoformat() == value, (key, value)
    assert len({row["id"] for row in rows}) == 3

    by_city = {row["partner_city"]: row for row in rows}
    assert set(by_city) == {"Tartu", "Matsumoto", None}
    assert [row["step"] for row in rows] == [7, 5, 2]
    tartu, matsumoto, research = by_city["Tartu"], by_city["Matsumoto"], by_city[None]
    assert (tartu["partner_country"], tartu["partner_language"]) == ("EE", "et")
    assert date.fromisoformat(tartu["signed_on"]) < today
    assert date.fromisoformat(tartu["next_evaluation"]) > today
    assert (matsumoto["partner_country"], matsumoto["partner_language"]) == ("JP", "ja")
    assert matsumoto["signed_on"] is None
    assert research["partner_country"] is None and research["partner_language"] is None
    assert all(row["committee_language"] == "en" for row in rows)


def test_list_json_matches_the_table(cli: Callable[..., Run], demo_dir: Path) -> None:
    rows = listing(cli, demo_dir)
    table = cli("--data-dir", demo_dir, "list").out.splitlines()[1:]
    for row, line in zip(rows, table, strict=True):
        assert line.startswith(row["partner_city"] or "(researching")
        if row["next_due"]:
            assert line.endswith(row["next_due"])


# --------------------------------------------------------------- export and import


def test_export_writes_a_versioned_data_file(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "export.json"
    result = cli("--data-dir", demo_dir, "export-data", "--out", out)
    assert result.code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "sistercity-desktop"
    assert doc["version"] == 1
    assert doc["committee"]["name"] == "Greenvale Sister Cities Association"
    assert len(doc["partnerships"]) == 3
    assert "Matsumoto" in out.read_text(encoding="utf-8")  # not escaped away


def test_export_is_deterministic(cli: Callable[..., Run], demo_dir: Path, tmp_path: Path) -> None:
    assert export(cli, demo_dir, tmp_path / "a.json") == export(cli, demo_dir, tmp_path / "b.json")


def test_round_trip_is_byte_identical(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path
) -> None:
    first = export(cli, demo_dir, tmp_path / "first.json")
    empty = tmp_path / "empty"
    result = cli("--data-dir", empty, "import", tmp_path / "first.json")
    assert result.code == 0, result.err
    assert "3 partnership" in result.out
    second = export(cli, empty, tmp_path / "second.json")
    assert second == first
    assert listing(cli, empty) == listing(cli, demo_dir)


def test_importing_twice_creates_no_duplicates(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path
) -> None:
    file = tmp_path / "data.json"
    original = export(cli, demo_dir, file)
    target = tmp_path / "target"
    assert cli("--data-dir", target, "import", file).code == 0
    once = listing(cli, target)
    assert cli("--data-dir", target, "import", file).code == 0
    twice = listing(cli, target)
    assert len(twice) == 3
    assert twice == once
    assert export(cli, target, tmp_path / "after.json") == original
    db = sqlite3.connect(target / "sistercity.sqlite3")
    try:
        assert db.execute("SELECT count(*) FROM committee").fetchone() == (1,)
        contacts = db.execute("SELECT count(*) FROM contact").fetchone()[0]
    finally:
        db.close()
    doc = json.loads(original)
    assert contacts == sum(len(p["contacts"]) for p in doc["partnerships"])


def test_importing_into_its_own_store_changes_nothing(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path
) -> None:
    before = export(cli, demo_dir, tmp_path / "before.json")
    assert cli("--data-dir", demo_dir, "import", tmp_path / "before.json").code == 0
    assert export(cli, demo_dir, tmp_path / "after.json") == before


# --------------------------------------------------------------- check


def test_check_reports_integrity_and_schema_version(
    cli: Callable[..., Run], demo_dir: Path
) -> None:
    result = cli("--data-dir", demo_dir, "check")
    assert result.code == 0
    text = result.out.lower()
    assert "integrity: ok" in text
    assert "schema version" in text
    assert head_revision() in result.out
    assert "current" in text
    assert str(demo_dir / "sistercity.sqlite3") in result.out


def test_check_on_a_new_store(cli: Callable[..., Run], tmp_path: Path) -> None:
    result = cli("--data-dir", tmp_path / "new", "check")
    assert result.code == 0
    assert "integrity: ok" in result.out.lower()
    assert head_revision() in result.out


# --------------------------------------------------------------- bad data folders


def test_unwritable_data_folder(cli: Callable[..., Run], tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder\n")
    result = cli("--data-dir", blocker / "data", "list")
    assert_clean_failure(result)
    assert str(blocker / "data") in result.err
    assert blocker.read_text() == "not a folder\n"


def test_unwritable_data_folder_from_the_environment(
    cli: Callable[..., Run], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder\n")
    monkeypatch.setenv("SISTERCITY_DATA_DIR", str(blocker / "data"))
    assert_clean_failure(cli("demo"))


def test_database_that_is_junk(cli: Callable[..., Run], data_dir: Path) -> None:
    data_dir.mkdir()
    junk = os.urandom(8192)
    (data_dir / "sistercity.sqlite3").write_bytes(junk)
    for command in (["list"], ["check"], ["demo"], ["list", "--json"]):
        result = cli("--data-dir", data_dir, *command)
        assert_clean_failure(result)
        assert "sistercity.sqlite3" in result.err
    assert (data_dir / "sistercity.sqlite3").read_bytes() == junk


def test_database_of_another_app(cli: Callable[..., Run], data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / "sistercity.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)")
    other.execute("INSERT INTO photos (caption) VALUES ('Harbour at dusk')")
    other.commit()
    other.close()
    original = path.read_bytes()
    assert_clean_failure(cli("--data-dir", data_dir, "demo"))
    assert path.read_bytes() == original


def test_database_from_a_newer_version(cli: Callable[..., Run], demo_dir: Path) -> None:
    db = sqlite3.connect(demo_dir / "sistercity.sqlite3")
    db.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    db.commit()
    db.close()
    result = cli("--data-dir", demo_dir, "list")
    assert_clean_failure(result)
    assert "newer version" in result.err


# --------------------------------------------------------------- bad import files

Doc = dict[str, Any]


def _tartu(doc: Doc) -> Doc:
    """The signed partnership: it has a partner city, contacts, notes and ticks."""
    return next(p for p in doc["partnerships"]
                if p["partner_city"] and p["partner_city"]["name"] == "Tartu")


def _walk(doc: Doc, path: str) -> tuple[Any, str | int]:
    """Resolve a dotted path ("tartu." is the Tartu partnership; numbers index lists)."""
    *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
    target: Any = doc
    for key in parents:
        target = _tartu(doc) if key == "tartu" else target[key]
    return target, last


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    def edit(doc: Doc) -> None:
        target, last = _walk(doc, path)
        target[last] = value

    return edit


def _delete(path: str) -> Callable[[Doc], None]:
    def edit(doc: Doc) -> None:
        target, last = _walk(doc, path)
        del target[last]

    return edit


def _duplicate_checklist_item(doc: Doc) -> None:
    checklist = _tartu(doc)["checklist"]
    twin = dict(checklist[0], id="00000000-0000-4000-8000-000000000001")
    checklist.append(twin)


def _duplicate_partnership_id(doc: Doc) -> None:
    doc["partnerships"][1]["id"] = doc["partnerships"][0]["id"]


INVALID_DOCS: dict[str, Callable[[Doc], None]] = {
    "wrong format": _set("format", "another-app"),
    "no format": _delete("format"),
    "version 2": _set("version", 2),
    "version as text": _set("version", "1"),
    "no version": _delete("version"),
    "population many": _set("committee.city.population", "many"),
    "step 9": _set("tartu.current_step", 9),
    "step 0": _set("tartu.current_step", 0),
    "furthest step 8": _set("tartu.furthest_step", 8),
    "step as text": _set("tartu.current_step", "7"),
    "date yesterday": _set("tartu.signed_on", "yesterday"),
    "date 31 February": _set("tartu.started_on", "2025-02-31"),
    "date as number": _set("tartu.started_on", 20250101),
    "unknown partnership field": _set("tartu.favourite_colour", "blue"),
    "unknown committee field": _set("committee.motto", "Friends across the sea"),
    "unknown city field": _set("committee.city.mascot", "heron"),
    "unknown contact field": _set("tartu.contacts.0.nickname", "Liz"),
    "300-character city name": _set("tartu.partner_city.name", "T" * 300),
    "huge note": _set("tartu.notes.0.text", "x" * 200_000),
    "unknown kind": _set("tartu.kind", "rival"),
    "unknown contact side": _set("tartu.contacts.0.side", "neutral"),
    "boolean as text": _set("tartu.checklist.0.done", "yes"),
    "committee is a list": _set("committee", []),
    "committee city missing": _delete("committee.city"),
    "partnerships not a list": _set("partnerships", {"a": 1}),
    "partnership is text": _set("partnerships.1", "Tartu"),
    "contacts not a list": _set("tartu.contacts", "Liis Saar"),
    "partner city is text": _set("tartu.partner_city", "Tartu"),
    "missing id": _delete("tartu.id"),
    "null name": _set("committee.name", None),
    "absurd population": _set("committee.city.population", 10**15),
    "duplicate partnership id": _duplicate_partnership_id,
    "same checklist item twice": _duplicate_checklist_item,
}

INVALID_TEXTS: dict[str, str] = {
    "not JSON": "this is not JSON {",
    "empty file": "",
    "truncated JSON": '{"format": "sistercity-desktop", "version": 1, "committee": {',
    "JSON list": "[1, 2, 3]",
    "JSON string": '"sistercity-desktop"',
}


@pytest.fixture
def valid_doc(cli: Callable[..., Run], demo_dir: Path, tmp_path: Path) -> Doc:
    return json.loads(export(cli, demo_dir, tmp_path / "valid.json"))


def _import_must_fail_cleanly(
    cli: Callable[..., Run], folder: Path, file: Path, tmp_path: Path
) -> Run:
    before = export(cli, folder, tmp_path / "before.json")
    result = cli("--data-dir", folder, "import", file)
    assert_clean_failure(result)
    assert export(cli, folder, tmp_path / "after.json") == before
    return result


@pytest.mark.parametrize("edit", list(INVALID_DOCS.values()), ids=list(INVALID_DOCS))
def test_invalid_data_file_is_refused(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path, valid_doc: Doc,
    edit: Callable[[Doc], None],
) -> None:
    doc = copy.deepcopy(valid_doc)
    edit(doc)
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    _import_must_fail_cleanly(cli, demo_dir, file, tmp_path)


@pytest.mark.parametrize("edit", list(INVALID_DOCS.values()), ids=list(INVALID_DOCS))
def test_invalid_data_file_leaves_an_empty_store_empty(
    cli: Callable[..., Run], tmp_path: Path, valid_doc: Doc, edit: Callable[[Doc], None],
) -> None:
    doc = copy.deepcopy(valid_doc)
    edit(doc)
    file = tmp_path / "bad.json"
    file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    empty = tmp_path / "empty"
    _import_must_fail_cleanly(cli, empty, file, tmp_path)
    assert listing(cli, empty) == []


@pytest.mark.parametrize("content", list(INVALID_TEXTS.values()), ids=list(INVALID_TEXTS))
def test_file_that_is_not_a_data_file_is_refused(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path, content: str
) -> None:
    file = tmp_path / "bad.json"
    file.write_text(content, encoding="utf-8")
    _import_must_fail_cleanly(cli, demo_dir, file, tmp_path)


def test_wrong_format_message_says_what_is_wrong(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path, valid_doc: Doc
) -> None:
    valid_doc["version"] = 99
    file = tmp_path / "future.json"
    file.write_text(json.dumps(valid_doc), encoding="utf-8")
    result = _import_must_fail_cleanly(cli, demo_dir, file, tmp_path)
    assert "version" in result.err and "99" in result.err


def test_bad_value_message_points_at_the_field(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path, valid_doc: Doc
) -> None:
    _tartu(valid_doc)["current_step"] = 9
    file = tmp_path / "step9.json"
    file.write_text(json.dumps(valid_doc), encoding="utf-8")
    result = _import_must_fail_cleanly(cli, demo_dir, file, tmp_path)
    assert "current_step" in result.err


def test_file_that_is_not_utf8_is_refused(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path
) -> None:
    file = tmp_path / "latin1.json"
    file.write_bytes(b'{"format": "sistercity-desktop", "name": "M\xfcnchen"}')
    _import_must_fail_cleanly(cli, demo_dir, file, tmp_path)


def test_file_over_50_mb_is_refused(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path
) -> None:
    file = tmp_path / "huge.json"
    with file.open("wb") as handle:
        handle.write(b'{"format": "sistercity-desktop", "version": 1, "committee": null}')
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: quick to make
    result = _import_must_fail_cleanly(cli, demo_dir, file, tmp_path)
    assert "too large" in result.err


def test_missing_import_file(cli: Callable[..., Run], demo_dir: Path, tmp_path: Path) -> None:
    result = _import_must_fail_cleanly(cli, demo_dir, tmp_path / "nowhere.json", tmp_path)
    assert "nowhere.json" in result.err


def test_import_file_that_is_a_folder(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "a-folder.json"
    folder.mkdir()
    _import_must_fail_cleanly(cli, demo_dir, folder, tmp_path)


def test_file_of_another_committee_is_refused(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path
) -> None:
    other_dir = tmp_path / "riverton"
    from sistercity_desktop.services.committee import CommitteeSetup, set_up_committee
    from sistercity_desktop.services.partnerships import NewPartnership, create_partnership
    from sistercity_desktop.store import open_store

    store = open_store(other_dir)
    try:
        set_up_committee(store, CommitteeSetup("Riverton Sister Cities", "en", "Riverton", "US"))
        create_partnership(store, NewPartnership("Lyon", "FR", "fr", "en"))
    finally:
        store.close()
    file = tmp_path / "riverton.json"
    export(cli, other_dir, file)
    result = _import_must_fail_cleanly(cli, demo_dir, file, tmp_path)
    assert "empty data folder" in result.err


def test_export_to_an_unwritable_place(
    cli: Callable[..., Run], demo_dir: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder\n")
    result = cli("--data-dir", demo_dir, "export-data", "--out", blocker / "out.json")
    assert_clean_failure(result)
    assert blocker.read_text() == "not a folder\n"
