"""The versioned JSON form of the whole store: export and import.

Format (documented in docs/data-format.md):
  {"format": "sistercity-desktop", "version": 1,
   "committee": {...columns..., "city": {...}},
   "partnerships": [{...columns..., "partner_city": {...} | null,
                     "contacts": [...], "checklist": [...], "notes": [...],
                     "correspondence": [...], "candidates": [{..., "city": {...}}],
                     "work_plan": [...]}]}
Export is deterministic (sorted keys, records sorted by id), so an export,
import into an empty store and export again gives the same bytes. Import
validates everything before writing and upserts by id, so importing a file
twice creates no duplicates.
"""

from __future__ import annotations

import json
import uuid
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

FORMAT = "sistercity-desktop"
VERSION = 1
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_RECORDS = 100_000
MAX_TEXT = 100_000

# Child collections of a partnership: JSON key -> model class.
CHILDREN: dict[str, type[m.Base]] = {
    "contacts": m.Contact,
    "checklist": m.ChecklistState,
    "notes": m.Note,
    "correspondence": m.CorrespondenceEntry,
    "candidates": m.Candidate,
    "work_plan": m.WorkPlanItem,
    "letters": m.LetterDraft,
}
# Columns implied by nesting, so left out of the JSON.
IMPLIED = {"partnership_id", "committee_id", "city_id", "partner_city_id"}
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
}


def _columns(model: type[m.Base]) -> list[Any]:
    return [c for c in model.__table__.columns if c.name not in IMPLIED]


def _dump(record: m.Base) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in _columns(type(record)):
        value = getattr(record, column.name)
        out[column.name] = value.isoformat() if isinstance(value, date | datetime) else value
    return out


def _dump_partnership(p: m.Partnership) -> dict[str, Any]:
    out = _dump(p)
    out["partner_city"] = _dump(p.partner_city) if p.partner_city else None
    for key in CHILDREN:
        items = []
        for child in sorted(getattr(p, key), key=lambda r: r.id):
            item = _dump(child)
            if isinstance(child, m.Candidate):
                item["city"] = _dump(child.city)
            items.append(item)
        out[key] = items
    return out


def export_document(store: Store) -> dict[str, Any]:
    """The whole store as a JSON-ready dict."""
    with store.session() as session:
        committee = find_committee(session)
        doc: dict[str, Any] = {"format": FORMAT, "version": VERSION, "committee": None,
                               "partnerships": []}
        if committee is None:
            return doc
        doc["committee"] = _dump(committee) | {"city": _dump(committee.city)}
        partnerships = session.scalars(select(m.Partnership).order_by(m.Partnership.id)).unique()
        doc["partnerships"] = [_dump_partnership(p) for p in partnerships]
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
        raise ImportFileError(f"Not a valid data file: {where}: {message}.")

    def record(self, model: type[m.Base], data: Any, where: str,
               nested: dict[str, Any] | None = None) -> dict[str, Any]:
        """Check one record against its model's columns; returns typed values."""
        self.count += 1
        if self.count > MAX_RECORDS:
            self.fail(where, f"more than {MAX_RECORDS:,} records")
        if not isinstance(data, dict):
            self.fail(where, "expected an object")
        allowed = {c.name for c in _columns(model)} | set(nested or {})
        unknown = sorted(set(data) - allowed)
        if unknown:
            self.fail(where, f"unknown field {unknown[0]!r}")
        values: dict[str, Any] = {}
        for column in _columns(model):
            key = column.name
            if key not in data:
                if column.primary_key or (not column.nullable and column.default is None):
                    self.fail(where, f"missing field {key!r}")
                continue
            values[key] = self.value(model, column, data[key], f"{where}.{key}")
        if "id" in values:
            try:
                uuid.UUID(values["id"])
            except ValueError:
                self.fail(f"{where}.id", f"{values['id'][:40]!r} is not a UUID")
            if values["id"] in self.ids and model is not m.CityProfile:
                self.fail(where, f"duplicate id {values['id']}")
            self.ids.add(values["id"])
        return values

    def value(self, model: type[m.Base], column: Any, raw: Any, where: str) -> Any:
        if raw is None:
            if not column.nullable:
                self.fail(where, "must not be empty (null)")
            return None
        kind = column.type
        if isinstance(kind, Boolean):
            if not isinstance(raw, bool):
                self.fail(where, "expected true or false")
            return raw
        if isinstance(kind, Integer):
            if isinstance(raw, bool) or not isinstance(raw, int) or abs(raw) > 10**12:
                self.fail(where, "expected a whole number")
            return raw
        if isinstance(kind, Float):
            if isinstance(raw, bool) or not isinstance(raw, int | float):
                self.fail(where, "expected a number")
            return float(raw)
        if isinstance(kind, Date | DateTime):
            if not isinstance(raw, str):
                self.fail(where, "expected a date as text (YYYY-MM-DD)")
            try:
                parse = datetime.fromisoformat if isinstance(kind, DateTime) else date.fromisoformat
                return parse(raw)
            except ValueError:
                self.fail(where, f"{raw[:40]!r} is not a valid date")
        if isinstance(kind, String | Text):
            if not isinstance(raw, str):
                self.fail(where, "expected text")
            limit = kind.length or MAX_TEXT
            if len(raw) > limit:
                self.fail(where, f"text longer than {limit:,} characters")
            vocabulary = VOCABULARIES.get((model, column.name))
            if vocabulary and raw not in vocabulary:
                self.fail(where, f"{raw[:40]!r} is not one of {', '.join(vocabulary)}")
            return raw
        self.fail(where, "unsupported value")  # pragma: no cover - all column types handled
        return None


def parse_document(text: str) -> dict[str, Any]:
    """Validate a data file completely; returns typed values ready to store."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"Not a valid data file: not JSON ({exc.msg}, line {exc.lineno}).") \
            from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportFileError("Not a Sister City Desktop data file (no \"format\": "
                              f"\"{FORMAT}\").")
    unknown = sorted(set(doc) - {"format", "version", "committee", "partnerships"})
    if unknown:
        raise ImportFileError(f"Not a valid data file: unknown field {unknown[0]!r}.")
    version = doc.get("version")
    if isinstance(version, bool) or version != VERSION:
        raise ImportFileError(f"Unsupported data file version {version!r}; this app reads "
                              f"version {VERSION}.")
    v = _Validator()
    committee = doc.get("committee")
    if committee is None:
        return {"committee": None, "partnerships": []}
    result = v.record(m.Committee, committee, "committee", {"city": 1})
    result["city"] = v.record(m.CityProfile, committee.get("city"), "committee.city")
    partnerships = doc.get("partnerships")
    if not isinstance(partnerships, list):
        v.fail("partnerships", "expected a list")
    parsed = []
    for i, raw in enumerate(partnerships):
        where = f"partnerships[{i}]"
        nested = dict.fromkeys(["partner_city", *CHILDREN], 1)
        p = v.record(m.Partnership, raw, where, nested)
        for key in ("current_step", "furthest_step"):
            if key in p and not 1 <= p[key] <= STEP_COUNT:
                v.fail(f"{where}.{key}", f"must be between 1 and {STEP_COUNT}")
        city = raw.get("partner_city")
        p["partner_city"] = None if city is None else \
            v.record(m.CityProfile, city, f"{where}.partner_city")
        for key, model in CHILDREN.items():
            items = raw.get(key, [])
            if not isinstance(items, list):
                v.fail(f"{where}.{key}", "expected a list")
            children = []
            for j, item in enumerate(items):
                extra = {"city": 1} if model is m.Candidate else None
                child = v.record(model, item, f"{where}.{key}[{j}]", extra)
                if model is m.Candidate:
                    child["city"] = v.record(m.CityProfile, item.get("city"),
                                             f"{where}.{key}[{j}].city")
                children.append(child)
            p[key] = children
        ticked = [item["item_key"] for item in p["checklist"]]
        if len(ticked) != len(set(ticked)):
            v.fail(f"{where}.checklist", "the same checklist item appears twice")
        parsed.append(p)
    return {"committee": result, "partnerships": parsed}


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
            "The data file conflicts with what is already stored "
            f"({str(exc.orig).splitlines()[0]}); nothing was imported."
        ) from None


def _import(store: Store, doc: dict[str, Any]) -> int:
    if doc["committee"] is None:
        return 0
    with store.session() as session, session.begin():
        existing = find_committee(session)
        data = dict(doc["committee"])
        if existing is not None and existing.id != data["id"]:
            raise ImportFileError(
                f"This data folder belongs to {existing.name!r}; the file is for another "
                f"committee ({data.get('name', '?')!r}). Import it into an empty data folder."
            )
        city = _upsert(session, m.CityProfile, data.pop("city"))
        session.flush()
        committee = _upsert(session, m.Committee, data | {"city_id": city.id})
        session.flush()
        for raw in doc["partnerships"]:
            p_data = dict(raw)
            children = {key: p_data.pop(key) for key in CHILDREN}
            partner = p_data.pop("partner_city")
            partner_id = _upsert(session, m.CityProfile, partner).id if partner else None
            session.flush()
            p = _upsert(session, m.Partnership,
                        p_data | {"committee_id": committee.id, "partner_city_id": partner_id})
            session.flush()
            for key, model in CHILDREN.items():
                for child in children[key]:
                    child = dict(child)
                    if model is m.Candidate:
                        child["city_id"] = _upsert(session, m.CityProfile, child.pop("city")).id
                        session.flush()
                    _upsert(session, model, child | {"partnership_id": p.id})
            session.flush()
        return len(doc["partnerships"])


def import_from_file(store: Store, path: Path) -> int:
    """Validate then import a data file; nothing changes if anything is wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(f"{path} is too large for a data file ({size:,} bytes).")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ImportFileError(f"No such file: {path}.") from None
    except UnicodeDecodeError:
        raise ImportFileError(f"Not a valid data file: {path} is not UTF-8 text.") from None
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {(exc.strerror or str(exc)).lower()}.") \
            from None
    return import_document(store, parse_document(text))
