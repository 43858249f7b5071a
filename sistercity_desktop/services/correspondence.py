"""The correspondence log: every exchange, with attached files kept in the data folder."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Connection, Row, func, or_, select

from sistercity_desktop.errors import UserError
from sistercity_desktop.services.partnerships import _get, clean_text
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import (
    CHANNELS,
    DIRECTIONS,
    Attachment,
    CityProfile,
    CorrespondenceEntry,
    Partnership,
)
from sistercity_desktop.text import translate

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024  # a scanned letter or a few photos, not a video archive
PAGE_SIZE = 200  # rows a list reads at a time (entry_page, then entries with an offset)


@dataclass(frozen=True)
class AttachmentView:
    id: str
    name: str
    size: int
    path: Path


class EntryView(NamedTuple):
    """One exchange as a list shows it (a named tuple: long lists build thousands)."""

    id: str
    partnership_id: str
    partner_city: str
    on: date
    direction: str
    channel: str
    our_people: str
    their_people: str
    summary: str
    attachments: tuple[AttachmentView, ...]


@dataclass(frozen=True)
class EntryPage:
    """Part of a filtered timeline: `rows` from position `offset` on, and how many match."""

    rows: list[EntryView]
    total: int
    offset: int = 0


@dataclass(frozen=True)
class EntryInput:
    on: date
    direction: str
    channel: str
    our_people: str = ""
    their_people: str = ""
    summary: str = ""


def attachments_folder(store: Store) -> Path:
    return store.path.parent / "attachments"


def _check(entry: EntryInput) -> dict[str, object]:
    if entry.direction not in DIRECTIONS:
        raise UserError(translate("Errors", "Direction must be one of {choices}.").format(
            choices=", ".join(DIRECTIONS)))
    if entry.channel not in CHANNELS:
        raise UserError(translate("Errors", "Channel must be one of {choices}.").format(
            choices=", ".join(CHANNELS)))
    if entry.on > date.today():
        raise UserError(translate("Errors",
            "An exchange cannot be dated in the future; plan it in the work plan."))
    return {
        "on": entry.on, "direction": entry.direction, "channel": entry.channel,
        "our_people": " ".join(clean_text(entry.our_people, translate("Errors", "Our people"),
                                          500).split()),
        "their_people": " ".join(clean_text(entry.their_people, translate("Errors", "Their people"),
                                            500).split()),
        "summary": clean_text(entry.summary, translate("Errors", "The summary"), required=True),
    }


def add_entry(store: Store, pid: str, entry: EntryInput) -> str:
    values = _check(entry)
    with store.session() as session, session.begin():
        p = _get(session, pid)
        record = CorrespondenceEntry(**values)
        p.correspondence.append(record)
        session.flush()
        return record.id


def update_entry(store: Store, entry_id: str, entry: EntryInput) -> None:
    values = _check(entry)
    with store.session() as session, session.begin():
        record = session.get(CorrespondenceEntry, entry_id)
        if record is None:
            raise UserError(translate("Errors", "That entry no longer exists."))
        for key, value in values.items():
            setattr(record, key, value)


def delete_entry(store: Store, entry_id: str) -> None:
    """Delete an entry; its attached files move to attachments/deleted (never lost)."""
    with store.session() as session, session.begin():
        record = session.get(CorrespondenceEntry, entry_id)
        if record is None:
            return
        names = [a.stored_name for a in record.attachments]
        session.delete(record)
    folder = attachments_folder(store)
    for name in names:
        source = folder / name
        if source.exists():
            (folder / "deleted").mkdir(parents=True, exist_ok=True)
            source.replace(folder / "deleted" / name)


def attach(store: Store, entry_id: str, source: Path) -> str:
    """Copy a file into the data folder and attach it; the original stays where it was."""
    if not source.is_file():
        raise UserError(translate("Errors", "{path} is not a file.").format(path=str(source)))
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise UserError(translate("Errors",
                                  "{name} is too large to attach ({size} MB; at most {limit} MB).")
                        .format(name=source.name, size=f"{size / 1e6:,.0f}",
                                limit=f"{MAX_ATTACHMENT_BYTES / 1e6:,.0f}"))
    folder = attachments_folder(store)
    folder.mkdir(parents=True, exist_ok=True)
    stored = f"{uuid.uuid4().hex}{source.suffix[:20]}"
    temporary = folder / f".{stored}.tmp"
    try:
        shutil.copyfile(source, temporary)
        temporary.replace(folder / stored)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UserError(translate("Errors", "Cannot copy {name}: {reason}.").format(
            name=source.name, reason=(exc.strerror or str(exc)).lower())) from None
    with store.session() as session, session.begin():
        record = session.get(CorrespondenceEntry, entry_id)
        if record is None:
            (folder / stored).unlink(missing_ok=True)
            raise UserError(translate("Errors", "That entry no longer exists."))
        attachment = Attachment(original_name=source.name[:300], stored_name=stored, size=size)
        record.attachments.append(attachment)
        session.flush()
        return attachment.id


def remove_attachment(store: Store, attachment_id: str) -> None:
    with store.session() as session, session.begin():
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            return
        name = attachment.stored_name
        session.delete(attachment)
    folder = attachments_folder(store)
    if (folder / name).exists():
        (folder / "deleted").mkdir(parents=True, exist_ok=True)
        (folder / name).replace(folder / "deleted" / name)


# Text search: a case-insensitive substring of the summary or of either list of people.
SEARCHED = (CorrespondenceEntry.summary, CorrespondenceEntry.our_people,
            CorrespondenceEntry.their_people)
LIKE_ESCAPE = "\\"
# Newest first; the id only makes the order of one day's exchanges stable between pages.
NEWEST_FIRST = (CorrespondenceEntry.on.desc(), CorrespondenceEntry.id.desc())
# The columns a timeline shows, read as plain rows (no ORM objects, no lazy loads).
ROW_COLUMNS = (CorrespondenceEntry.id, CorrespondenceEntry.partnership_id,
               CorrespondenceEntry.on, CorrespondenceEntry.direction,
               CorrespondenceEntry.channel, CorrespondenceEntry.our_people,
               CorrespondenceEntry.their_people, CorrespondenceEntry.summary)
NEWEST_FIRST_KEY = itemgetter(2, 0)  # (on, id) of a row, sorted in reverse
IN_BATCH = 500  # at most this many ids in one IN (...) list


def _like_exact(char: str) -> bool:
    """True when SQL LIKE compares `char` as str.casefold() does.

    LIKE ignores the case of ASCII letters only (SQLite without ICU); characters without
    case (Japanese, Chinese, Korean, digits, punctuation) compare exactly everywhere.
    """
    return char.isascii() or char.casefold() == char == char.upper() == char.lower()


def _escaped(char: str) -> str:
    return LIKE_ESCAPE + char if char in ("%", "_", LIKE_ESCAPE) else char


def _where(pid: str | None, channel: str, direction: str, text: str, since: date | None,
           dialect: str) -> tuple[list[ColumnElement[bool]], str]:
    """The SQL conditions for the filters, and the search text SQL cannot decide alone.

    When every character of the search compares in LIKE as in Python, the database
    decides alone (pages and counts come from SQL). Otherwise (é, ü, Cyrillic, Greek...)
    LIKE only narrows the rows, with `%` standing for those letters, and the returned
    casefolded text must still be checked against each row. The user's % and _ are
    escaped: they are searched for, not wildcards.
    """
    clauses: list[ColumnElement[bool]] = []
    if pid:
        clauses.append(CorrespondenceEntry.partnership_id == pid)
    if channel:
        clauses.append(CorrespondenceEntry.channel == channel)
    if direction:
        clauses.append(CorrespondenceEntry.direction == direction)
    if since:
        clauses.append(CorrespondenceEntry.on >= since)
    needle = text.strip()
    if not needle:
        return clauses, ""
    pattern = "%" + "".join(_escaped(c) if _like_exact(c) else "%" for c in needle) + "%"
    if dialect == "sqlite":  # LIKE already ignores ASCII case; lower() on every row costs 3x
        clauses.append(or_(*(c.like(pattern, escape=LIKE_ESCAPE) for c in SEARCHED)))
    else:
        clauses.append(or_(*(c.ilike(pattern, escape=LIKE_ESCAPE) for c in SEARCHED)))
    return clauses, "" if all(_like_exact(c) for c in needle) else needle.casefold()


def _attachments(db: Connection, folder: Path, rows: Sequence[Row[Any]],
                 pid: str | None) -> dict[str, tuple[AttachmentView, ...]]:
    """The files of the entries in `rows` (and maybe of others), by entry id, in name order.

    A page's few hundred ids are looked up through the index. For a longer list it is
    cheaper to read every attachment (of the partnership when there is one): files are
    few next to exchanges, and thousands of parameters cost more than they save.
    """
    if not rows:
        return {}
    query = select(Attachment.correspondence_id, Attachment.id, Attachment.original_name,
                   Attachment.size, Attachment.stored_name).order_by(
        Attachment.original_name, Attachment.id)
    if len(rows) <= IN_BATCH:
        query = query.where(Attachment.correspondence_id.in_([row.id for row in rows]))
    elif pid:
        query = query.join(CorrespondenceEntry,
                           CorrespondenceEntry.id == Attachment.correspondence_id).where(
            CorrespondenceEntry.partnership_id == pid)
    found: dict[str, list[AttachmentView]] = {}
    for entry_id, attachment_id, name, size, stored in db.execute(query).all():
        found.setdefault(entry_id, []).append(
            AttachmentView(attachment_id, name, size, folder / stored))
    return {entry_id: tuple(files) for entry_id, files in found.items()}


def _partner_names(db: Connection, pid: str | None) -> dict[str, str]:
    """Partner city names by partnership (one partnership's, or all: a few hundred rows)."""
    query = select(Partnership.id, CityProfile.name).join(
        CityProfile, CityProfile.id == Partnership.partner_city_id)
    if pid:
        query = query.where(Partnership.id == pid)
    return {pid_: name for pid_, name in db.execute(query).all()}


def _found(row: Row[Any], needle: str) -> bool:
    return (needle in row.summary.casefold() or needle in row.our_people.casefold()
            or needle in row.their_people.casefold())


def _read(store: Store, pid: str | None, channel: str, direction: str, text: str,
          since: date | None, limit: int | None, offset: int, count: bool) -> EntryPage:
    """One read of the timeline: the rows from `offset` (at most `limit`), and the total
    when `count` (else -1)."""
    if limit is not None and limit < 0 or offset < 0:
        raise ValueError("limit and offset must not be negative")
    folder = attachments_folder(store)
    with store.session() as session:
        # Plain Core rows through the session's connection: the ORM's row processing
        # would cost more than the query itself on a long list.
        db = session.connection()
        clauses, needle = _where(pid, channel, direction, text, since, db.dialect.name)
        query = select(*ROW_COLUMNS).where(*clauses)
        total = -1
        if needle or limit is None:
            # Every matching row is read anyway: scan in storage order and sort here.
            # Walking the date index instead visits the rows in random order (slower).
            rows = db.execute(query).all()
            if needle:  # SQL only narrowed the rows; the casefolded check decides
                rows = [row for row in rows if _found(row, needle)]
            rows.sort(key=NEWEST_FIRST_KEY, reverse=True)
            total = len(rows)
            rows = rows[offset:] if limit is None else rows[offset:offset + limit]
        else:  # one page: the database orders (through an index) and stops early
            rows = db.execute(query.order_by(*NEWEST_FIRST).limit(limit).offset(offset)).all()
            if count:
                if len(rows) < limit and (rows or not offset):
                    total = offset + len(rows)  # the last page: nothing more to count
                else:
                    total = db.scalar(select(func.count()).select_from(
                        CorrespondenceEntry).where(*clauses)) or 0
        names = _partner_names(db, pid)
        files = _attachments(db, folder, rows, pid)
    return EntryPage(
        [EntryView(entry_id, partnership_id, names.get(partnership_id, ""), on, direction_,
                   channel_, ours, theirs, summary, files.get(entry_id, ()))
         for entry_id, partnership_id, on, direction_, channel_, ours, theirs, summary
         in rows],
        total, offset)


def entries(store: Store, pid: str | None = None, channel: str = "", direction: str = "",
            text: str = "", since: date | None = None, limit: int | None = None,
            offset: int = 0) -> list[EntryView]:
    """The timeline, newest first, filtered; across all partnerships when pid is None.

    `text` is looked for, ignoring case, in the summary and in both lists of people. With
    `limit`, at most that many entries from position `offset` on (a list's next page).
    """
    return _read(store, pid, channel, direction, text, since, limit, offset, False).rows


def entry_page(store: Store, pid: str | None = None, channel: str = "", direction: str = "",
               text: str = "", since: date | None = None, limit: int = PAGE_SIZE,
               offset: int = 0) -> EntryPage:
    """Like entries(), with the number of entries matching the filters in all."""
    return _read(store, pid, channel, direction, text, since, limit, offset, True)


def count_entries(store: Store, pid: str | None = None, channel: str = "", direction: str = "",
                  text: str = "", since: date | None = None) -> int:
    """How many entries match the filters (what a list says above its rows)."""
    return entry_page(store, pid, channel, direction, text, since, limit=0).total


def days_since_last_contact(store: Store, pid: str, today: date | None = None) -> int | None:
    with store.session() as session:
        last = session.scalar(select(func.max(CorrespondenceEntry.on))
                              .where(CorrespondenceEntry.partnership_id == pid))
        if last is None:
            _get(session, pid)  # an unknown partnership is an error, not "no contact yet"
            return None
    return ((today or date.today()) - last).days
