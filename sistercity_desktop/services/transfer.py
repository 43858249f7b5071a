"""The versioned JSON form of the whole store: export and import.

Format (documented in docs/data-format.md):
  {"format": "sistercity-desktop", "version": 1,
   "committee": {...columns..., "city": {...}},
   "policy": [...], "inquiries": [...],
   "partnerships": [{...columns..., "partner_city": {...} | null,
                     "contacts": [...], "checklist": [...], "notes": [...],
                     "correspondence": [...], "work_plan": [...], "letters": [...],
                     "candidates": [{..., "city": {...}, "ties": [...]}]}]}
Export is deterministic (sorted keys, records sorted by id), so an export,
import into an empty store and export again gives the same bytes. Import
validates everything before writing and upserts by id, so importing a file
twice creates no duplicates.
"""

from __future__ import annotations

import json
import math
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sistercity_desktop.errors import ImportFileError
from sistercity_desktop.files import atomic_write_text
from sistercity_desktop.process.steps import STEP_COUNT
from sistercity_desktop.services.committee import find_committee
from sistercity_desktop.store import Store
from sistercity_desktop.store import models as m
from sistercity_desktop.text import translate

FORMAT = "sistercity-desktop"
VERSION = 1
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_RECORDS = 100_000
MAX_TEXT = 100_000


@dataclass(frozen=True)
class Node:
    """How one kind of record nests in the file."""

    model: type[m.Base]
    parent_key: str = ""  # foreign key to the enclosing record, implied by nesting
    cities: dict[str, str] = field(default_factory=dict)  # JSON key -> city_profile FK column
    children: dict[str, Node] = field(default_factory=dict)


CANDIDATE = Node(m.Candidate, "partnership_id", {"city": "city_id"},
                 {"ties": Node(m.Tie, "candidate_id")})
PARTNERSHIP = Node(m.Partnership, "committee_id", {"partner_city": "partner_city_id"}, {
    "contacts": Node(m.Contact, "partnership_id"),
    "checklist": Node(m.ChecklistState, "partnership_id"),
    "notes": Node(m.Note, "partnership_id"),
    "correspondence": Node(m.CorrespondenceEntry, "partnership_id", {},
                           {"attachments": Node(m.Attachment, "correspondence_id")}),
    "candidates": CANDIDATE,
    # Goals before work plan items: an item's goal_id must exist when it is stored.
    "goals": Node(m.Goal, "partnership_id"),
    "work_plan": Node(m.WorkPlanItem, "partnership_id"),
    "letters": Node(m.LetterDraft, "partnership_id"),
    "evaluations": Node(m.Evaluation, "partnership_id"),
    "ceremony_roles": Node(m.CeremonyRole, "partnership_id"),
    "ceremony_events": Node(m.CeremonyEvent, "partnership_id"),
    "gifts": Node(m.Gift, "partnership_id"),
})
# Collections that hang off the committee, at the top level of the file.
TOP_LEVEL: dict[str, Node] = {
    "partnerships": PARTNERSHIP,
    "policy": Node(m.PolicyCriterion, "committee_id"),
    "inquiries": Node(m.Inquiry, "committee_id"),
}
COMMITTEE = Node(m.Committee, "", {"city": "city_id"})
IMPLIED = {"partnership_id", "committee_id", "city_id", "partner_city_id", "candidate_id",
           "correspondence_id"}
VOCABULARIES: dict[tuple[type[m.Base], str], tuple[str, ...]] = {
    (m.Partnership, "kind"): m.PARTNERSHIP_KINDS,
    (m.Contact, "side"): m.CONTACT_SIDES,
    (m.Contact, "role"): m.CONTACT_ROLES,
    (m.Note, "kind"): m.NOTE_KINDS,
    (m.CorrespondenceEntry, "direction"): m.DIRECTIONS,
    (m.CorrespondenceEntry, "channel"): m.CHANNELS,
    (m.WorkPlanItem, "term"): m.WORK_PLAN_TERMS,
    (m.WorkPlanItem, "status"): m.WORK_PLAN_STATUSES,
    (m.CityProfile, "official_gender"): m.GENDERS,
    (m.LetterDraft, "kind"): m.LETTER_KINDS,
    (m.Candidate, "status"): m.CANDIDATE_STATUSES,
    (m.Tie, "kind"): m.TIE_KINDS,
    (m.Inquiry, "source"): m.INQUIRY_SOURCES,
    (m.Inquiry, "decision"): m.INQUIRY_DECISIONS,
    (m.Goal, "term"): m.WORK_PLAN_TERMS,
    (m.CeremonyRole, "side"): m.CEREMONY_SIDES,
    (m.Gift, "direction"): m.GIFT_DIRECTIONS,
}



def _columns(model: type[m.Base]) -> list[Any]:
    return [c for c in model.__table__.columns if c.name not in IMPLIED]


def _dump(record: m.Base) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in _columns(type(record)):
        value = getattr(record, column.name)
        out[column.name] = value.isoformat() if isinstance(value, date | datetime) else value
    return out


def _dump_node(record: m.Base, node: Node) -> dict[str, Any]:
    out = _dump(record)
    for key, fk in node.cities.items():
        city = getattr(record, fk.removesuffix("_id"))
        out[key] = _dump(city) if city is not None else None
    for key, child in node.children.items():
        out[key] = [_dump_node(r, child) for r in sorted(getattr(record, key), key=lambda r: r.id)]
    return out


def export_document(store: Store) -> dict[str, Any]:
    """The whole store as a JSON-ready dict."""
    with store.session() as session:
        committee = find_committee(session)
        doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, "committee": None,
                               **{key: [] for key in TOP_LEVEL}}
        if committee is None:
            return doc
        doc["committee"] = _dump_node(committee, COMMITTEE)
        for key, node in TOP_LEVEL.items():
            rows = session.scalars(select(node.model).order_by(node.model.id)).unique()
            doc[key] = [_dump_node(r, node) for r in rows]
        return doc


def to_json(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def export_to_file(store: Store, path: Path) -> None:
    atomic_write_text(path, to_json(export_document(store)))


# --- import -----------------------------------------------------------------


class _Validator:
    def __init__(self) -> None:
        self.count = 0
        self.ids: set[str] = set()

    def fail(self, where: str, message: str) -> None:
        # Paths and values come from the file: keep the message one short line.
        where = " ".join(where.split())
        where = where if len(where) <= 120 else where[:117] + "…"
        raise ImportFileError(translate("Errors", "Not a valid data file: {where}: {problem}.")
                              .format(where=where, problem=message))

    def record(self, model: type[m.Base], data: Any, where: str,
               nested: dict[str, Any] | None = None) -> dict[str, Any]:
        """Check one record against its model's columns; returns typed values."""
        self.count += 1
        if self.count > MAX_RECORDS:
            self.fail(where, translate("Errors", "more than {count} records")
                      .format(count=f"{MAX_RECORDS:,}"))
        if not isinstance(data, dict):
            self.fail(where, translate("Errors", "expected an object"))
        allowed = {c.name for c in _columns(model)} | set(nested or {})
        unknown = sorted(set(data) - allowed)
        if unknown:
            self.fail(where, translate("Errors", "unknown field {field}")
                      .format(field=repr(unknown[0][:40])))
        values: dict[str, Any] = {}
        for column in _columns(model):
            key = column.name
            if key not in data:
                if column.primary_key or (not column.nullable and column.default is None):
                    self.fail(where, translate("Errors", "missing field '{field}'")
                              .format(field=key))
                continue
            values[key] = self.value(model, column, data[key], f"{where}.{key}")
        if "id" in values:
            try:
                uuid.UUID(values["id"])
            except ValueError:
                self.fail(f"{where}.id", translate("Errors", "{value} is not a UUID")
                          .format(value=repr(values["id"][:40])))
            if values["id"] in self.ids and model is not m.CityProfile:
                self.fail(where, translate("Errors", "duplicate id {id}").format(id=values["id"]))
            self.ids.add(values["id"])
        return values

    def value(self, model: type[m.Base], column: Any, raw: Any, where: str) -> Any:
        if raw is None:
            if not column.nullable:
                self.fail(where, translate("Errors", "must not be empty (null)"))
            return None
        kind = column.type
        if isinstance(kind, Boolean):
            if not isinstance(raw, bool):
                self.fail(where, translate("Errors", "expected true or false"))
            return raw
        if isinstance(kind, Integer):
            if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) > 10**12:
                self.fail(where, translate("Errors", "expected a whole number"))
            return raw
        if isinstance(kind, Float):
            if isinstance(raw, bool) or not isinstance(raw, int | float):
                self.fail(where, translate("Errors", "expected a number"))
            if not math.isfinite(float(raw)) or abs(raw) > 1e15:
                self.fail(where, translate("Errors", "expected an ordinary number"))
            return float(raw)
        if isinstance(kind, Date | DateTime):
            if not isinstance(raw, str):
                self.fail(where, translate("Errors", "expected a date as text (YYYY-MM-DD)"))
            try:
                parse = datetime.fromisoformat if isinstance(kind, DateTime) else date.fromisoformat
                return parse(raw)
            except ValueError:
                self.fail(where, translate("Errors", "{value} is not a valid date")
                          .format(value=repr(raw[:40])))
        if isinstance(kind, String | Text):
            if not isinstance(raw, str):
                self.fail(where, translate("Errors", "expected text"))
            limit = kind.length or MAX_TEXT
            if any("\ud800" <= ch <= "\udfff" for ch in raw):
                self.fail(where, translate("Errors", "text with broken characters "
                                                     "(lone surrogates)"))
            if len(raw) > limit:
                self.fail(where, translate("Errors", "text longer than {limit} characters")
                          .format(limit=f"{limit:,}"))
            vocabulary = VOCABULARIES.get((model, column.name))
            if vocabulary and raw not in vocabulary:
                self.fail(where, translate("Errors", "{value} is not one of {choices}")
                          .format(value=repr(raw[:40]), choices=", ".join(vocabulary)))
            return raw
        # Unreachable: all column types are handled above.
        self.fail(where, translate("Errors", "unsupported value"))  # pragma: no cover
        return None



    def node(self, node: Node, data: Any, where: str) -> dict[str, Any]:
        """A record with its nested cities and children, all checked."""
        nested = dict.fromkeys([*node.cities, *node.children], 1)
        values = self.record(node.model, data, where, nested)
        if node.model is m.Partnership:
            for key in ("current_step", "furthest_step"):
                if key in values and not 1 <= values[key] <= STEP_COUNT:
                    self.fail(f"{where}.{key}", translate("Errors", "must be between 1 and {last}")
                              .format(last=STEP_COUNT))
        for key in node.cities:
            city = data.get(key)
            values[key] = None if city is None else \
                self.record(m.CityProfile, city, f"{where}.{key}")
        for key, child in node.children.items():
            items = data.get(key, [])
            if not isinstance(items, list):
                self.fail(f"{where}.{key}", translate("Errors", "expected a list"))
            values[key] = [self.node(child, item, f"{where}.{key}[{j}]")
                           for j, item in enumerate(items)]
        if node.model is m.Partnership:
            ticked = [item["item_key"] for item in values["checklist"]]
            if len(ticked) != len(set(ticked)):
                self.fail(f"{where}.checklist",
                          translate("Errors", "the same checklist item appears twice"))
        return values


def _refuse_constant(name: str) -> None:
    raise ImportFileError(translate("Errors", "Not a valid data file: {name} is not a number "
                                "this app stores.").format(name=name))


def parse_document(text: str) -> dict[str, Any]:
    """Validate a data file completely; returns typed values ready to store."""
    try:
        # NaN and Infinity are not JSON; Python's reader would accept them.
        doc = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise ImportFileError(translate("Errors", "Not a valid data file: not JSON ({error}, "
                                        "line {line}).")
                              .format(error=exc.msg, line=exc.lineno)) from None
    except RecursionError:
        raise ImportFileError(translate("Errors", "Not a valid data file: it is nested far too "
                                        "deeply.")) from None
    except ValueError:  # e.g. an integer with thousands of digits
        raise ImportFileError(translate("Errors", "Not a valid data file: it holds a number too "
                                        "long to read.")) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportFileError(translate("Errors", "Not a Sister City Desktop data file (no "
                                        "\"format\": \"{format}\").").format(format=FORMAT))
    unknown = sorted(set(doc) - {"format", "version", "committee", *TOP_LEVEL})
    if unknown:
        raise ImportFileError(translate("Errors", "Not a valid data file: unknown field {field}.")
                              .format(field=repr(unknown[0][:40])))
    version = doc.get("version")
    if isinstance(version, bool) or version != VERSION:
        shown = repr(version)
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        raise ImportFileError(translate("Errors", "Unsupported data file version {shown}; this "
                                        "app reads version {version}.")
                              .format(shown=shown, version=VERSION))
    v = _Validator()
    if doc.get("committee") is None:
        return {"committee": None, **{key: [] for key in TOP_LEVEL}}
    result: dict[str, Any] = {"committee": v.node(COMMITTEE, doc["committee"], "committee")}
    for key, node in TOP_LEVEL.items():
        items = doc.get(key, [])
        if not isinstance(items, list):
            v.fail(key, translate("Errors", "expected a list"))
        result[key] = [v.node(node, item, f"{key}[{i}]") for i, item in enumerate(items)]
    return result


def _upsert(session: Session, model: type[m.Base], values: dict[str, Any]) -> m.Base:
    record = session.get(model, values["id"]) if "id" in values else None
    if record is None:
        record = model(**values)
        session.add(record)
    else:
        for key, value in values.items():
            setattr(record, key, value)
    return record


def import_document(store: Store, doc: dict[str, Any]) -> int:
    """Store a parsed document in one transaction; returns partnerships imported."""
    try:
        return _import(store, doc)
    except IntegrityError as exc:  # e.g. the same checklist item under another id here
        raise ImportFileError(
            translate("Errors", "The data file conflicts with what is already stored "
                                "({error}); nothing was imported.")
            .format(error=str(exc.orig).splitlines()[0])
        ) from None


def _store_node(session: Session, node: Node, values: dict[str, Any],
                parent: dict[str, str]) -> m.Base:
    data = dict(values)
    children = {key: data.pop(key) for key in node.children}
    links = dict(parent)
    for key, fk in node.cities.items():
        city = data.pop(key)
        links[fk] = _upsert(session, m.CityProfile, city).id if city else None
    session.flush()
    record = _upsert(session, node.model, data | links)
    session.flush()
    for key, child in node.children.items():
        for item in children[key]:
            _store_node(session, child, item, {child.parent_key: record.id})
    return record


def _import(store: Store, doc: dict[str, Any]) -> int:
    if doc["committee"] is None:
        return 0
    with store.session() as session, session.begin():
        existing = find_committee(session)
        data = doc["committee"]
        if existing is not None and existing.id != data["id"]:
            raise ImportFileError(
                translate("Errors", "This data folder belongs to {ours}; the file is for "
                                    "another committee ({theirs}). Import it into an empty "
                                    "data folder.")
                .format(ours=repr(existing.name), theirs=repr(data.get("name", "?")))
            )
        committee = _store_node(session, COMMITTEE, data, {})
        for key, node in TOP_LEVEL.items():
            for item in doc[key]:
                _store_node(session, node, item, {node.parent_key: committee.id})
        session.flush()
        return len(doc["partnerships"])


def import_from_file(store: Store, path: Path) -> int:
    """Validate then import a data file; nothing changes if anything is wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(translate("Errors", "{path} is too large for a data file "
                                            "({size} bytes).")
                                  .format(path=str(path), size=f"{size:,}"))
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ImportFileError(translate("Errors", "No such file: {path}.")
                              .format(path=str(path))) from None
    except UnicodeDecodeError:
        raise ImportFileError(translate("Errors", "Not a valid data file: {path} is not UTF-8 "
                                        "text.").format(path=str(path))) from None
    except OSError as exc:
        raise ImportFileError(translate("Errors", "Cannot read {path}: {error}.")
                              .format(path=str(path),
                                      error=(exc.strerror or str(exc)).lower())) from None
    return import_document(store, parse_document(text))
