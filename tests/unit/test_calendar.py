"""The iCalendar writer: escaping, folding, all-day and timed events, refusals."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from sistercity_desktop.sharing.calendar import CalendarEvent, escape_text, fold, to_ics

STAMP = datetime(2026, 6, 15, 9, 30, tzinfo=UTC)
TOKYO = timezone(timedelta(hours=9))


# --- a deliberately small parser, independent of the writer -----------------------------------

def physical_lines(text: str) -> list[str]:
    assert text.endswith("\r\n")
    return text.split("\r\n")[:-1]


def unfold(text: str) -> list[str]:
    logical: list[str] = []
    for line in physical_lines(text):
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return logical


def unescape(value: str) -> str:
    out, chars = [], iter(value)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars)
            out.append("\n" if nxt in "nN" else nxt)
        else:
            out.append(ch)
    return "".join(out)


def split_list(value: str) -> list[str]:
    """Split a TEXT list on unescaped commas."""
    parts, current, chars = [], [], iter(value)
    for ch in chars:
        if ch == "\\":
            current.append(ch + next(chars))
        elif ch == ",":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [unescape(p) for p in parts]


def parse(text: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """Calendar properties and one dict per VEVENT ("NAME;PARAMS" -> raw value)."""
    calendar: dict[str, str] = {}
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    for line in unfold(text):
        name, value = line.split(":", 1)
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            events.append(current)
            current = None
        elif current is not None:
            current[name] = value
        else:
            calendar[name] = value
    return calendar, events


def one_event(event: CalendarEvent) -> dict[str, str]:
    return parse(to_ics([event], calendar_name="Test", stamp=STAMP))[1][0]


# --- document shape ----------------------------------------------------------------------------

def test_document_has_the_calendar_properties_and_crlf_everywhere() -> None:
    text = to_ics([CalendarEvent("1@sistercity-desktop", "Visit", date(2026, 9, 15))],
                  calendar_name="Riverton, partnerships", stamp=STAMP)
    lines = physical_lines(text)
    assert lines[:4] == ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sister City Desktop//EN",
                         "CALSCALE:GREGORIAN"]
    assert lines[-1] == "END:VCALENDAR"
    assert "\n" not in text.replace("\r\n", "") and "\r" not in text.replace("\r\n", "")
    calendar, events = parse(text)
    assert unescape(calendar["X-WR-CALNAME"]) == "Riverton, partnerships"
    assert events[0]["UID"] == "1@sistercity-desktop"
    assert events[0]["DTSTAMP"] == "20260615T093000Z"


def test_empty_calendar_is_still_valid() -> None:
    text = to_ics([], calendar_name="Empty", stamp=STAMP)
    assert "BEGIN:VEVENT" not in text
    assert text.endswith("END:VCALENDAR\r\n")


def test_output_is_deterministic_and_keeps_event_order() -> None:
    events = [
        CalendarEvent(f"{n}@sistercity-desktop", f"Item {n}", date(2026, 1, n),
                      categories=("Culture", "Youth"))
        for n in (3, 1, 2)
    ]
    first = to_ics(events, calendar_name="C", stamp=STAMP)
    assert first == to_ics(list(events), calendar_name="C", stamp=STAMP)
    assert [e["SUMMARY"] for e in parse(first)[1]] == ["Item 3", "Item 1", "Item 2"]


def test_dtstamp_is_converted_to_utc_and_naive_stamp_refused() -> None:
    tokyo_stamp = datetime(2026, 6, 15, 18, 30, 15, 999, tzinfo=TOKYO)
    event = CalendarEvent("x", "x", date(2026, 1, 1))
    text = to_ics([event], calendar_name="C", stamp=tokyo_stamp)
    assert parse(text)[1][0]["DTSTAMP"] == "20260615T093015Z"
    with pytest.raises(ValueError, match="aware"):
        to_ics([event], calendar_name="C", stamp=datetime(2026, 6, 15, 9, 30))


# --- text round trip ---------------------------------------------------------------------------

TRICKY = [
    "Visit, with lunch; then talks",
    "Line one\nLine two\r\nLine three\rLine four",
    "Back\\slash and \\n that is not a newline",
    "Delegation 🎎🇯🇵 arrives ✈️",
    "姉妹都市提携調印式（市役所本庁舎三階大会議室にて、市長および議長出席のもと挙行）" * 2,
    "Ünïcödé; mixed, 한국어 텍스트\nand 中文",
]


@pytest.mark.parametrize("summary", TRICKY)
def test_text_round_trips(summary: str) -> None:
    expected = summary.replace("\r\n", "\n").replace("\r", "\n")
    event = one_event(CalendarEvent("rt@sistercity-desktop", summary, date(2026, 5, 1),
                                    description=summary, location=summary,
                                    categories=(summary, "Youth")))
    assert unescape(event["SUMMARY"]) == expected
    assert unescape(event["DESCRIPTION"]) == expected
    assert unescape(event["LOCATION"]) == expected
    assert split_list(event["CATEGORIES"]) == [expected, "Youth"]


def test_escaping_follows_rfc_5545() -> None:
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    assert escape_text("a\r\nb") == "a\\nb"
    # Control characters are not allowed in TEXT; tab is.
    assert escape_text("a\x00b\x07c\td\x7f") == "abc\td"


def test_empty_optional_properties_are_left_out() -> None:
    event = one_event(CalendarEvent("e", "Only a summary", date(2026, 5, 1),
                                    categories=("", " ")))
    assert set(event) == {"UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE", "SUMMARY"}


# --- all-day and timed -------------------------------------------------------------------------

def test_date_start_makes_an_all_day_event_ending_the_next_day() -> None:
    event = one_event(CalendarEvent("a", "Anniversary", date(2026, 12, 31)))
    assert event["DTSTART;VALUE=DATE"] == "20261231"
    assert event["DTEND;VALUE=DATE"] == "20270101"
    assert "DTSTART" not in event


def test_all_day_event_over_several_days_keeps_the_given_exclusive_end() -> None:
    event = one_event(CalendarEvent("a", "Festival", date(2026, 2, 27), date(2026, 3, 2)))
    assert (event["DTSTART;VALUE=DATE"], event["DTEND;VALUE=DATE"]) == ("20260227", "20260302")


def test_aware_datetime_is_written_in_utc_with_a_one_hour_default() -> None:
    start = datetime(2026, 3, 1, 8, 15, 42, 123456, tzinfo=TOKYO)
    event = one_event(CalendarEvent("t", "Video call", start))
    assert event["DTSTART"] == "20260228T231542Z"
    assert event["DTEND"] == "20260301T001542Z"


def test_timed_event_with_explicit_end_in_another_zone() -> None:
    start = datetime(2026, 7, 1, 10, 0, tzinfo=UTC)
    end = datetime(2026, 7, 1, 21, 30, tzinfo=TOKYO)
    event = one_event(CalendarEvent("t", "Workshop", start, end))
    assert (event["DTSTART"], event["DTEND"]) == ("20260701T100000Z", "20260701T123000Z")


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (datetime(2026, 3, 1, 9, 0), None, "aware"),
        (datetime(2026, 3, 1, 9, 0, tzinfo=TOKYO), datetime(2026, 3, 1, 10, 0), "aware"),
        (datetime(2026, 3, 1, 9, 0, tzinfo=TOKYO), date(2026, 3, 2), "time too"),
        (date(2026, 3, 1), datetime(2026, 3, 2, 9, 0, tzinfo=TOKYO), "date too"),
        (date(2026, 3, 1), date(2026, 3, 1), "end after"),
        (datetime(2026, 3, 1, 9, 0, tzinfo=TOKYO), datetime(2026, 3, 1, 9, 0, tzinfo=TOKYO),
         "end after"),
    ],
)
def test_bad_times_are_refused(start: date, end: date | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        to_ics([CalendarEvent("bad", "Bad", start, end)], calendar_name="C", stamp=STAMP)


def test_duplicate_and_empty_uids_are_refused() -> None:
    event = CalendarEvent("same", "A", date(2026, 1, 1))
    with pytest.raises(ValueError, match="twice"):
        to_ics([event, event], calendar_name="C", stamp=STAMP)
    with pytest.raises(ValueError, match="uid"):
        to_ics([CalendarEvent(" ", "A", date(2026, 1, 1))], calendar_name="C", stamp=STAMP)


# --- folding -----------------------------------------------------------------------------------

def assert_folded_properly(text: str) -> None:
    for raw in text.encode("utf-8").split(b"\r\n")[:-1]:
        assert len(raw) <= 75, raw
        raw.decode("utf-8")  # strict: a split multi-byte character would fail here


def test_long_multibyte_lines_fold_at_75_octets_without_splitting_characters() -> None:
    summary = "日本語の長い件名🎎" * 20 + "é" * 50
    text = to_ics([CalendarEvent("f", summary, date(2026, 1, 1))], calendar_name="C",
                  stamp=STAMP)
    assert_folded_properly(text)
    assert any(line.startswith(" ") for line in physical_lines(text))
    assert unescape(parse(text)[1][0]["SUMMARY"]) == summary


def test_fold_boundary_is_exactly_75_octets() -> None:
    assert fold("S" * 75) == "S" * 75
    assert fold("S" * 76) == "S" * 75 + "\r\n " + "S"
    # Continuation lines hold 74 octets after their leading space.
    assert fold("S" * (75 + 74 + 1)).split("\r\n") == ["S" * 75, " " + "S" * 74, " S"]
    # A 3-octet character that would cross the limit moves whole to the next line.
    folded = fold("S" * 73 + "語").split("\r\n")
    assert folded == ["S" * 73, " 語"]


# Characters from every UTF-8 width, plus the ones that need escaping or folding care.
ALPHABET = "aZ09 :\"'\t\n,;\\" + "éßñ€" + "日本語한국中文" + "🎎🇯🇵✈️👍🏽" + "\u00a0\u200d"


def random_texts(count: int) -> list[str]:
    rng = random.Random(5545)  # fixed seed: the same cases on every run
    return [
        "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 300)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("summary", random_texts(150), ids=lambda _: "random")
def test_any_text_round_trips_and_folds_correctly(summary: str) -> None:
    text = to_ics([CalendarEvent("p", summary, date(2026, 1, 1), description=summary)],
                  calendar_name=summary, stamp=STAMP)
    assert_folded_properly(text)
    calendar, events = parse(text)
    assert unescape(calendar["X-WR-CALNAME"]) == summary
    assert unescape(events[0]["SUMMARY"]) == summary
    assert unescape(events[0].get("DESCRIPTION", "")) == summary


# --- optional cross-check with the icalendar package (not a dependency) ------------------------

def test_icalendar_package_reads_the_output_when_installed() -> None:
    icalendar = pytest.importorskip("icalendar")
    events = [
        CalendarEvent("a@sistercity-desktop", TRICKY[0] + " " + TRICKY[4], date(2026, 9, 15),
                      description=TRICKY[1], categories=("Culture", "Youth, sports")),
        CalendarEvent("b@sistercity-desktop", "Call 📞", datetime(2026, 9, 16, 9, 0, tzinfo=TOKYO)),
    ]
    parsed = icalendar.Calendar.from_ical(to_ics(events, calendar_name="C", stamp=STAMP))
    vevents = list(parsed.walk("VEVENT"))
    assert [str(v["SUMMARY"]) for v in vevents] == [events[0].summary, "Call 📞"]
    assert str(vevents[0]["DESCRIPTION"]) == "Line one\nLine two\nLine three\nLine four"
    assert vevents[0].decoded("DTSTART") == date(2026, 9, 15)
    assert vevents[1].decoded("DTSTART") == datetime(2026, 9, 16, 0, 0, tzinfo=UTC)
