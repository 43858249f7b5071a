"""An iCalendar (RFC 5545) writer for partnership dates, standard library only.

Committees keep their own calendars (Outlook, Google, Apple); an .ics file is the one format
they all import. Output is deterministic, so exporting the same data twice gives the same file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

PRODID = "-//Sister City Desktop//EN"
CRLF = "\r\n"
# RFC 5545 §3.1: lines SHOULD NOT exceed 75 octets, excluding the line break.
MAX_LINE_OCTETS = 75
DEFAULT_TIMED_LENGTH = timedelta(hours=1)
ALL_DAY_LENGTH = timedelta(days=1)


@dataclass(frozen=True)
class CalendarEvent:
    """One calendar entry.

    A `date` start makes an all-day event; a `datetime` start must be time zone aware and
    is written in UTC. Without `end`, all-day events last one day and timed events one hour.
    """

    uid: str
    summary: str
    start: date | datetime
    end: date | datetime | None = None
    description: str = ""
    location: str = ""
    categories: tuple[str, ...] = ()


def escape_text(value: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11).

    Line breaks of any style become a literal ``\\n``; other control characters are not
    allowed in TEXT, so they are dropped (tab is allowed and kept).
    """
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch in ";,":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t" or not (ord(ch) < 0x20 or ord(ch) == 0x7F):
            out.append(ch)
    return "".join(out)


def fold(line: str) -> str:
    """Fold one content line at 75 octets with CRLF + space, never splitting a character.

    Octets, not characters, count (§3.1): a Japanese character is three UTF-8 octets, so
    folding by character count would produce lines some importers reject.
    """
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_LINE_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
            # Continuation lines start with a space, which counts toward their 75 octets.
            limit = MAX_LINE_OCTETS - 1
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def _is_aware(value: datetime) -> bool:
    return value.tzinfo is not None and value.utcoffset() is not None


def _utc(value: datetime, what: str) -> datetime:
    if not _is_aware(value):
        # A naive time means different moments on different machines; refuse to guess.
        raise ValueError(f"{what} must be a time zone aware datetime, got naive {value!r}")
    return value.astimezone(UTC)


def _format_date(value: date) -> str:
    # Explicit zero padding: strftime("%Y") does not pad years below 1000 on every platform.
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def _format_utc(value: datetime) -> str:
    # iCalendar has whole-second resolution; microseconds are dropped.
    return f"{_format_date(value)}T{value.hour:02d}{value.minute:02d}{value.second:02d}Z"


def _event_times(event: CalendarEvent) -> tuple[str, str]:
    """DTSTART and DTEND content lines (unfolded) for an event."""
    start, end = event.start, event.end
    if isinstance(start, datetime):
        start_utc = _utc(start, f"Start of event {event.uid!r}")
        if end is None:
            end_utc = start_utc + DEFAULT_TIMED_LENGTH
        elif isinstance(end, datetime):
            end_utc = _utc(end, f"End of event {event.uid!r}")
        else:
            raise ValueError(f"Event {event.uid!r} starts at a time, so its end needs a time too")
        if end_utc <= start_utc:
            raise ValueError(f"Event {event.uid!r} must end after it starts")
        return f"DTSTART:{_format_utc(start_utc)}", f"DTEND:{_format_utc(end_utc)}"

    if end is None:
        end = start + ALL_DAY_LENGTH
    elif isinstance(end, datetime):
        raise ValueError(f"Event {event.uid!r} is all-day, so its end must be a date too")
    # DTEND of an all-day event is exclusive: a one-day event ends the next day.
    if end <= start:
        raise ValueError(f"Event {event.uid!r} must end after it starts (the end is exclusive)")
    return (f"DTSTART;VALUE=DATE:{_format_date(start)}",
            f"DTEND;VALUE=DATE:{_format_date(end)}")


def _event_lines(event: CalendarEvent, dtstamp: str) -> list[str]:
    if not event.uid.strip():
        raise ValueError("Every calendar event needs a non-empty uid")
    dtstart, dtend = _event_times(event)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.uid)}",
        f"DTSTAMP:{dtstamp}",
        dtstart,
        dtend,
        f"SUMMARY:{escape_text(event.summary)}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    categories = [escape_text(c) for c in event.categories if c.strip()]
    if categories:
        # The commas between categories are list separators, so they stay unescaped.
        lines.append(f"CATEGORIES:{','.join(categories)}")
    lines.append("END:VEVENT")
    return lines


def to_ics(events: Sequence[CalendarEvent], *, calendar_name: str, stamp: datetime) -> str:
    """The events as one iCalendar document (CRLF line endings, folded at 75 octets).

    `stamp` becomes every event's DTSTAMP; passing it in (rather than reading the clock)
    keeps the output reproducible. Events appear in the order given.

    Raises ValueError for naive datetimes, ends not after starts, mixed date/datetime
    bounds, empty uids, and uids used twice (calendar programs would merge such events).
    """
    dtstamp = _format_utc(_utc(stamp, "The calendar stamp"))
    seen: set[str] = set()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
    ]
    for event in events:
        if event.uid in seen:
            raise ValueError(f"Calendar event uid {event.uid!r} is used twice")
        seen.add(event.uid)
        lines.extend(_event_lines(event, dtstamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
