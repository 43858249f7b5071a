"""The correspondence log: every exchange, with attached files kept in the data folder."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from sistercity_desktop.errors import UserError
from sistercity_desktop.services.partnerships import _get, clean_text
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import (
    CHANNELS,
    DIRECTIONS,
    Attachment,
    CorrespondenceEntry,
    Partnership,
)

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024  # a scanned letter or a few photos, not a video archive


@dataclass(frozen=True)
class AttachmentView:
    id: str
    name: str
    size: int
    path: Path


@dataclass(frozen=True)
class EntryView:
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
        raise UserError(f"Direction must be one of {', '.join(DIRECTIONS)}.")
    if entry.channel not in CHANNELS:
        raise UserError(f"Channel must be one of {', '.join(CHANNELS)}.")
    if entry.on > date.today():
        raise UserError("An exchange cannot be dated in the future; plan it in the work plan.")
    return {
        "on": entry.on, "direction": entry.direction, "channel": entry.channel,
        "our_people": " ".join(clean_text(entry.our_people, "Our people", 500).split()),
        "their_people": " ".join(clean_text(entry.their_people, "Their people", 500).split()),
        "summary": clean_text(entry.summary, "The summary", required=True),
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
            raise UserError("That entry no longer exists.")
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
        raise UserError(f"{source} is not a file.")
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise UserError(f"{source.name} is too large to attach ({size / 1e6:,.0f} MB; "
                        f"at most {MAX_ATTACHMENT_BYTES / 1e6:,.0f} MB).")
    folder = attachments_folder(store)
    folder.mkdir(parents=True, exist_ok=True)
    stored = f"{uuid.uuid4().hex}{source.suffix[:20]}"
    temporary = folder / f".{stored}.tmp"
    try:
        shutil.copyfile(source, temporary)
        temporary.replace(folder / stored)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UserError(f"Cannot copy {source.name}: {(exc.strerror or str(exc)).lower()}.") \
            from None
    with store.session() as session, session.begin():
        record = session.get(CorrespondenceEntry, entry_id)
        if record is None:
            (folder / stored).unlink(missing_ok=True)
            raise UserError("That entry no longer exists.")
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


def entries(store: Store, pid: str | None = None, channel: str = "", direction: str = "",
            text: str = "", since: date | None = None) -> list[EntryView]:
    """The timeline, newest first, filtered; across all partnerships when pid is None."""
    folder = attachments_folder(store)
    needle = text.casefold().strip()
    with store.session() as session:
        query = select(CorrespondenceEntry, Partnership).join(
            Partnership, Partnership.id == CorrespondenceEntry.partnership_id)
        if pid:
            query = query.where(CorrespondenceEntry.partnership_id == pid)
        if channel:
            query = query.where(CorrespondenceEntry.channel == channel)
        if direction:
            query = query.where(CorrespondenceEntry.direction == direction)
        if since:
            query = query.where(CorrespondenceEntry.on >= since)
        if needle and needle.isascii():
            # Let the database drop most rows first (LIKE ignores ASCII case only, hence
            # ASCII needles); the Unicode-aware check below keeps the result exact.
            pattern = f"%{needle.replace('%', '').replace('_', '')}%"
            query = query.where(or_(CorrespondenceEntry.summary.ilike(pattern),
                                    CorrespondenceEntry.our_people.ilike(pattern),
                                    CorrespondenceEntry.their_people.ilike(pattern)))
        query = query.order_by(CorrespondenceEntry.on.desc(), CorrespondenceEntry.id).options(
            selectinload(CorrespondenceEntry.attachments))  # one query, not one per entry
        out = []
        for record, p in session.execute(query).unique():
            haystack = " ".join((record.summary, record.our_people, record.their_people))
            if needle and needle not in haystack.casefold():
                continue
            out.append(EntryView(
                record.id, p.id, p.partner_city.name if p.partner_city else "", record.on,
                record.direction, record.channel, record.our_people, record.their_people,
                record.summary,
                tuple(AttachmentView(a.id, a.original_name, a.size, folder / a.stored_name)
                      for a in record.attachments),
            ))
        return out


def days_since_last_contact(store: Store, pid: str, today: date | None = None) -> int | None:
    with store.session() as session:
        dates = [e.on for e in _get(session, pid).correspondence]
    return ((today or date.today()) - max(dates)).days if dates else None
