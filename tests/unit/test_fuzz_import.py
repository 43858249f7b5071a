"""Hostile data files are refused with one clear line, and the store stays exactly as it was.

The hostile files are built from a real export (a demo store with every kind of record), so
the importer's checks are reached everywhere, not only at the first line of the file: wrong
types in any field, huge strings, lists and objects nested 1,000 levels deep, unknown
fields, wrong versions, NaN and infinite numbers, booleans where numbers belong.
"""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
from sqlalchemy import Boolean, Column, Date, DateTime, Float, Integer, String, Text

from sistercity_desktop.errors import ImportFileError
from sistercity_desktop.services.demo import load_demo
from sistercity_desktop.services.transfer import (
    COMMITTEE,
    IMPLIED,
    MAX_FILE_BYTES,
    MAX_TEXT,
    TOP_LEVEL,
    VOCABULARIES,
    Node,
    export_document,
    import_document,
    import_from_file,
    parse_document,
    to_json,
)
from sistercity_desktop.store import Store, open_store
from sistercity_desktop.store import models as m

# Hypothesis keeps caches in ./.hypothesis even without an example database (they are
# written while pytest collects): keep them in the temporary folder, out of the work tree.
_USER = os.getuid() if hasattr(os, "getuid") else "user"
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / f"sistercity-hypothesis-{_USER}")

# No shrinking: a hostile file that gets through is reported as found (shrinking one that
# holds 100,000 characters would take minutes).
FUZZ = settings(max_examples=40, deadline=None, database=None,
                phases=(Phase.explicit, Phase.generate),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.large_base_example])
MAX_MESSAGE = 1_000  # "one clear line": a message never carries a whole hostile value
PLACEHOLDER = "\x00__hostile__\x00"

Json = Any
Where = tuple[str | int, ...]


def columns(model: type[m.Base]) -> list[Column[Any]]:
    """The columns a data file spells out (foreign keys are implied by nesting)."""
    return [c for c in model.__table__.columns if c.name not in IMPLIED]


# -- a store holding every kind of record ----------------------------------------------------


def valid_value(model: type[m.Base], column: Column[Any]) -> Json:
    kind = column.type
    if column.name == "id":
        return str(uuid.uuid4())
    if column.foreign_keys:  # work_plan_item.goal_id: optional link
        return None
    vocabulary = VOCABULARIES.get((model, column.name))
    if vocabulary:
        return vocabulary[0]
    if isinstance(kind, Boolean):
        return True
    if isinstance(kind, Integer):
        return 2
    if isinstance(kind, Float):
        return 2.5
    if isinstance(kind, DateTime):
        return "2026-05-01T09:30:00"
    if isinstance(kind, Date):
        return "2026-05-01"
    assert isinstance(kind, String | Text)
    if kind.length == 2:
        return "JP"
    return "Fuzz <&> テスト"[: kind.length or None]


def valid_record(model: type[m.Base]) -> dict[str, Json]:
    return {c.name: valid_value(model, c) for c in columns(model)}


def valid_node(node: Node) -> dict[str, Json]:
    record = valid_record(node.model)
    for key in node.cities:
        record[key] = valid_record(m.CityProfile)
    for key, child in node.children.items():
        record[key] = [valid_node(child)]
    return record


def fill_every_kind(record: dict[str, Json], node: Node) -> None:
    """Give every empty list of the first record of each kind one valid record."""
    for key, child in node.children.items():
        items = record.setdefault(key, [])
        if not items:
            items.append(valid_node(child))
        fill_every_kind(items[0], child)


@pytest.fixture(scope="module")
def rich_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("fuzz-import") / "data", auto_backup=False)
    load_demo(store, today=date(2026, 6, 15))
    doc = export_document(store)
    for key, node in TOP_LEVEL.items():
        if not doc[key]:
            doc[key].append(valid_node(node))
        fill_every_kind(doc[key][0], node)
    assert import_document(store, parse_document(json.dumps(doc))) == len(doc["partnerships"])
    yield store
    store.close()


class Baseline:
    """The rich store's export as JSON text (a short repr for failure reports)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def doc(self) -> dict[str, Json]:
        return json.loads(self.text)

    def __repr__(self) -> str:
        return f"Baseline({len(self.text):,} characters)"


@pytest.fixture(scope="module")
def base(rich_store: Store) -> Baseline:
    return Baseline(to_json(export_document(rich_store)))


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-import-files")


# -- where hostile values go ------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    """One record of the file: where it is, what it is."""

    path: Where
    model: type[m.Base]
    node: Node | None  # None for a city (no children)

    def allowed(self) -> set[str]:
        names = {c.name for c in columns(self.model)}
        if self.node is not None:
            names |= set(self.node.cities) | set(self.node.children)
        return names


def slots(doc: dict[str, Json]) -> list[Slot]:
    found: list[Slot] = []

    def walk(record: dict[str, Json], node: Node, path: Where) -> None:
        found.append(Slot(path, node.model, node))
        for key in node.cities:
            if record.get(key) is not None:
                found.append(Slot((*path, key), m.CityProfile, None))
        for key, child in node.children.items():
            for index, item in enumerate(record.get(key, [])):
                walk(item, child, (*path, key, index))

    walk(doc["committee"], COMMITTEE, ("committee",))
    for key, node in TOP_LEVEL.items():
        for index, item in enumerate(doc[key]):
            walk(item, node, (key, index))
    return found


def at(doc: Json, path: Where) -> Json:
    for step in path:
        doc = doc[step]
    return doc


def with_token(doc: dict[str, Json], token: str) -> str:
    """The document as JSON text, the placeholder value replaced by raw JSON `token`."""
    text = json.dumps(doc, ensure_ascii=False)
    placeholder = json.dumps(PLACEHOLDER, ensure_ascii=False)
    assert text.count(placeholder) == 1
    return text.replace(placeholder, token)


# -- the promise ------------------------------------------------------------------------------


def one_line(error: BaseException) -> str:
    message = str(error)
    assert message.strip(), "an empty error message"
    assert "\n" not in message and "\r" not in message, message[:300]
    assert "Traceback" not in message
    return message


def assert_refused(store: Store, text: str, folder: Path, via_file: bool = False) -> str:
    """Importing `text` fails with an ImportFileError and changes nothing."""
    before = to_json(export_document(store))
    with pytest.raises(ImportFileError) as refused:
        if via_file:
            path = folder / "hostile.json"
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
            import_from_file(store, path)
        else:
            import_document(store, parse_document(text))
    assert to_json(export_document(store)) == before, "a refused file changed the store"
    return one_line(refused.value)


# -- strategies -------------------------------------------------------------------------------

containers = st.one_of(st.lists(st.integers(), max_size=3),
                       st.dictionaries(st.text(max_size=4), st.integers(), max_size=2))
finite = st.floats(allow_nan=False, allow_infinity=False)


def _is_date(value: str, kind: object) -> bool:
    try:
        (datetime.fromisoformat if isinstance(kind, DateTime) else date.fromisoformat)(value)
    except ValueError:
        return False
    return True


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def wrong_values(model: type[m.Base], column: Column[Any]) -> st.SearchStrategy[Json]:
    """Values of a type (or shape) this column can never hold."""
    kind = column.type
    options: list[st.SearchStrategy[Json]] = [containers]
    if not column.nullable:
        options.append(st.none())
    if isinstance(kind, Boolean):
        options += [st.integers(), finite, st.sampled_from(["true", "false", "", "1", "yes"])]
    elif isinstance(kind, Integer):
        options += [st.booleans(), st.text(max_size=8), finite,  # 2.0 is no whole number either
                    st.integers().filter(lambda n: abs(n) > 10**12)]
    elif isinstance(kind, Float):
        options += [st.booleans(), st.text(max_size=8)]
    elif isinstance(kind, Date | DateTime):
        options += [st.integers(), finite, st.booleans(),
                    st.sampled_from(["", "yesterday", "2026-02-30", "2026-13-01", "14/03/2026",
                                     "2026-03-14T25:00:00", "+002026-03-14", "0000-00-00"]),
                    st.text(max_size=12).filter(lambda s: not _is_date(s, kind))]
    else:
        options += [st.integers(), finite, st.booleans()]
        vocabulary = VOCABULARIES.get((model, column.name))
        if vocabulary:
            options.append(st.text(max_size=12).filter(lambda s: s not in vocabulary))
        if column.name == "id":
            options.append(st.text(max_size=36).filter(lambda s: not _is_uuid(s)))
    return st.one_of(options)


json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), finite, st.text(max_size=10))
any_json = st.recursive(json_scalars,
                        lambda inner: st.lists(inner, max_size=3)
                        | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                        max_leaves=8)


def nested(depth: int, style: str) -> str:
    """JSON text nested `depth` levels deep, built as text (json.dumps would recurse)."""
    if style == "list":
        return "[" * depth + "]" * depth
    if style == "dict":
        return '{"a":' * depth + "1" + "}" * depth
    return '[{"a":' * (depth // 2) + "[]" + "}]" * (depth // 2)


# -- the baseline: the harness itself accepts a good file ---------------------------------


def test_the_untouched_export_imports_and_changes_nothing(rich_store: Store,
                                                          base: Baseline) -> None:
    doc = base.doc()
    assert len(slots(doc)) > 40
    kinds = {slot.model for slot in slots(doc)}
    assert kinds >= {m.Committee, m.CityProfile, m.Partnership, m.Contact, m.ChecklistState,
                     m.Note, m.CorrespondenceEntry, m.Attachment, m.Candidate, m.Tie,
                     m.WorkPlanItem, m.Goal, m.LetterDraft, m.PolicyCriterion, m.Inquiry}
    assert import_document(rich_store, parse_document(base.text)) == len(doc["partnerships"])
    assert to_json(export_document(rich_store)) == base.text


# -- hostile files ----------------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_wrong_types_in_any_field_are_refused(rich_store: Store, base: Baseline, files: Path,
                                              data: st.DataObject) -> None:
    doc = base.doc()
    slot = data.draw(st.sampled_from(slots(doc)), label="record")
    column = data.draw(st.sampled_from(columns(slot.model)), label="column")
    value = data.draw(wrong_values(slot.model, column), label="value")
    at(doc, slot.path)[column.name] = value
    assert_refused(rich_store, json.dumps(doc), files, via_file=data.draw(st.booleans()))


@FUZZ
@given(data=st.data())
def test_wrong_shapes_of_lists_and_records_are_refused(rich_store: Store, base: Baseline,
                                                       files: Path,
                                                       data: st.DataObject) -> None:
    doc = base.doc()
    where = data.draw(st.sampled_from(["document", "top", "nested"]), label="where")
    not_a_list = st.one_of(st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
                           st.text(max_size=8), st.integers(), finite, st.booleans(),
                           st.lists(st.one_of(json_scalars, st.lists(st.integers(),
                                                                     max_size=2)),
                                    min_size=1, max_size=3))
    not_a_record = st.one_of(st.text(max_size=8), st.integers(), finite, st.booleans(),
                             st.lists(json_scalars, max_size=3))
    if where == "document":
        text = json.dumps(data.draw(st.one_of(json_scalars, st.lists(any_json, max_size=3))))
    else:
        if where == "top":
            key = data.draw(st.sampled_from(["committee", *TOP_LEVEL]), label="key")
            doc[key] = data.draw(not_a_record if key == "committee" else not_a_list)
        else:
            slot = data.draw(st.sampled_from([s for s in slots(doc) if s.node is not None
                                              and (s.node.cities or s.node.children)]))
            assert slot.node is not None
            key = data.draw(st.sampled_from([*slot.node.cities, *slot.node.children]))
            at(doc, slot.path)[key] = data.draw(
                not_a_record if key in slot.node.cities else not_a_list)
        text = json.dumps(doc)
    assert_refused(rich_store, text, files)


@FUZZ
@given(data=st.data())
def test_huge_strings_are_refused(rich_store: Store, base: Baseline, files: Path,
                                  data: st.DataObject) -> None:
    doc = base.doc()
    slot = data.draw(st.sampled_from(slots(doc)), label="record")
    column = data.draw(st.sampled_from(columns(slot.model)), label="column")
    limit = column.type.length if isinstance(column.type, String) and column.type.length \
        else MAX_TEXT
    size = data.draw(st.integers(limit + 1, limit + 5_000), label="length")
    char = data.draw(st.sampled_from(["x", " ", "東", "😀", "<", "\n", "e\u0301"]))
    at(doc, slot.path)[column.name] = (char * size)[:size]
    assert_refused(rich_store, json.dumps(doc), files)


@FUZZ
@given(data=st.data())
def test_nesting_1000_levels_deep_is_refused_without_a_recursion_error(
        rich_store: Store, base: Baseline, files: Path, data: st.DataObject) -> None:
    doc = base.doc()
    depth = data.draw(st.integers(1_000, 3_000), label="depth")
    style = data.draw(st.sampled_from(["list", "dict", "mixed"]), label="style")
    if data.draw(st.booleans(), label="in a record"):
        slot = data.draw(st.sampled_from(slots(doc)), label="record")
        name = data.draw(st.sampled_from(sorted(slot.allowed())), label="field")
        at(doc, slot.path)[name] = PLACEHOLDER
    else:
        doc[data.draw(st.sampled_from(["committee", "version", *TOP_LEVEL]))] = PLACEHOLDER
    assert_refused(rich_store, with_token(doc, nested(depth, style)), files,
                   via_file=data.draw(st.booleans()))


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_a_whole_file_nested_deep_is_refused(rich_store: Store, files: Path,
                                             depth: int) -> None:
    for style in ("list", "dict", "mixed"):
        assert_refused(rich_store, nested(depth, style), files)
        assert_refused(rich_store, nested(depth, style), files, via_file=True)


@FUZZ
@given(data=st.data())
def test_unknown_fields_are_refused(rich_store: Store, base: Baseline, files: Path,
                                    data: st.DataObject) -> None:
    doc = base.doc()
    value = data.draw(any_json, label="value")
    if data.draw(st.booleans(), label="top level"):
        top = {"format", "version", "committee", *TOP_LEVEL}
        key = data.draw(st.text(max_size=20).filter(lambda k: k not in top), label="key")
        doc[key] = value
    else:
        slot = data.draw(st.sampled_from(slots(doc)), label="record")
        allowed = slot.allowed()
        key = data.draw(st.one_of(st.sampled_from(sorted(IMPLIED)), st.text(max_size=20))
                        .filter(lambda k: k not in allowed), label="key")
        at(doc, slot.path)[key] = value
    message = assert_refused(rich_store, json.dumps(doc), files)
    assert "unknown field" in message


@FUZZ
@given(version=st.one_of(
    st.integers().filter(lambda n: n != 1),
    st.floats(allow_nan=False, allow_infinity=False).filter(lambda f: f != 1),  # NaN: below
    st.booleans(), st.none(), st.text(max_size=10), st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2), st.just("missing")))
def test_wrong_versions_are_refused(rich_store: Store, base: Baseline, files: Path,
                                    version: Json) -> None:
    doc = base.doc()
    if version == "missing":
        del doc["version"]
    else:
        doc["version"] = version
    message = assert_refused(rich_store, json.dumps(doc), files)
    assert "version" in message


NON_FINITE = ["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1.5e99999"]


@FUZZ
@given(data=st.data())
def test_nan_and_infinite_numbers_are_refused(rich_store: Store, base: Baseline, files: Path,
                                              data: st.DataObject) -> None:
    """JSON has no NaN or infinity; Python's reader accepts them (and 1e400 reads as inf).
    A coordinate or budget of NaN would print as "nan" and be stored as NULL."""
    doc = base.doc()
    token = data.draw(st.sampled_from(NON_FINITE), label="number")
    numeric = [(slot, column) for slot in slots(doc) for column in columns(slot.model)
               if isinstance(column.type, Integer | Float)]
    slot, column = data.draw(st.sampled_from(numeric), label="field")
    at(doc, slot.path)[column.name] = PLACEHOLDER
    assert_refused(rich_store, with_token(doc, token), files,
                   via_file=data.draw(st.booleans()))


@FUZZ
@given(data=st.data())
def test_integers_too_long_to_read_are_refused(rich_store: Store, base: Baseline, files: Path,
                                               data: st.DataObject) -> None:
    """Python refuses to read integers of more than 4,300 digits (a ValueError, not a
    JSONDecodeError)."""
    doc = base.doc()
    digits = data.draw(st.integers(4_301, 20_000), label="digits")
    slot = data.draw(st.sampled_from(slots(doc)), label="record")
    column = data.draw(st.sampled_from(columns(slot.model)), label="field")
    at(doc, slot.path)[column.name] = PLACEHOLDER
    assert_refused(rich_store, with_token(doc, "9" * digits), files,
                   via_file=data.draw(st.booleans()))


@FUZZ
@given(data=st.data())
def test_booleans_are_not_numbers(rich_store: Store, base: Baseline, files: Path,
                                  data: st.DataObject) -> None:
    doc = base.doc()
    numeric = [(slot, column) for slot in slots(doc) for column in columns(slot.model)
               if isinstance(column.type, Integer | Float)]
    slot, column = data.draw(st.sampled_from(numeric), label="field")
    at(doc, slot.path)[column.name] = data.draw(st.booleans(), label="value")
    message = assert_refused(rich_store, json.dumps(doc), files)
    assert "number" in message


@FUZZ
@given(data=st.data())
def test_text_with_lone_surrogates_is_refused(rich_store: Store, base: Baseline, files: Path,
                                              data: st.DataObject) -> None:
    """"\\ud800" is valid JSON but no text: SQLite cannot store it as UTF-8."""
    doc = base.doc()
    text_fields = [(slot, column) for slot in slots(doc) for column in columns(slot.model)
                   if isinstance(column.type, String | Text) and column.name != "id"
                   and (slot.model, column.name) not in VOCABULARIES
                   and column.type.length != 2]
    slot, column = data.draw(st.sampled_from(text_fields), label="field")
    surrogate = chr(data.draw(st.integers(0xD800, 0xDFFF), label="surrogate"))
    at(doc, slot.path)[column.name] = f"Fuzz{surrogate}"
    assert_refused(rich_store, json.dumps(doc), files)  # json.dumps writes "\udxxx" escapes


@FUZZ
@given(data=st.data())
def test_messages_stay_one_short_line_whatever_the_file_holds(
        rich_store: Store, base: Baseline, files: Path, data: st.DataObject) -> None:
    doc = base.doc()
    huge = data.draw(st.integers(MAX_MESSAGE, 20_000), label="size")
    text = data.draw(st.sampled_from(["x", "\n", "東"]), label="char") * huge
    where = data.draw(st.sampled_from(["top-level key", "record key", "version", "value"]))
    if where == "top-level key":
        doc[text] = 1
    elif where == "record key":
        doc["partnerships"][0][text] = 1
    elif where == "version":
        doc["version"] = text
    else:
        slot = data.draw(st.sampled_from(slots(doc)), label="record")
        column = data.draw(st.sampled_from(columns(slot.model)), label="column")
        at(doc, slot.path)[column.name] = text + "!" * MAX_TEXT
    message = assert_refused(rich_store, json.dumps(doc), files)
    assert len(message) <= MAX_MESSAGE, f"a {len(message):,}-character message ({where})"


# -- files that are not JSON at all -----------------------------------------------------------


def test_unreadable_files_are_refused(rich_store: Store, files: Path) -> None:
    cases: dict[str, bytes] = {
        "latin1.json": '{"format": "sistercity-desktop", "name": "Zürich"}'.encode("latin-1"),
        "binary.json": bytes(range(256)) * 4,
        "empty.json": b"",
        "bom.json": b"\xef\xbb\xbf{}",
        "truncated.json": b'{"format": "sistercity-desktop", "version": 1, "committee": {',
        "utf16.json": '{"format": "sistercity-desktop"}'.encode("utf-16"),
    }
    before = to_json(export_document(rich_store))
    for name, content in cases.items():
        path = files / name
        path.write_bytes(content)
        with pytest.raises(ImportFileError) as refused:
            import_from_file(rich_store, path)
        one_line(refused.value)
    for path in (files / "no-such-file.json", files):  # missing, a folder
        with pytest.raises(ImportFileError) as refused:
            import_from_file(rich_store, path)
        one_line(refused.value)
    huge = files / "huge.json"
    with huge.open("wb") as handle:  # sparse: no 50 MB written to disk
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportFileError, match="too large"):
        import_from_file(rich_store, huge)
    assert to_json(export_document(rich_store)) == before

