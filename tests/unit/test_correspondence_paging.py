"""The correspondence timeline read a page at a time: nothing lost, nothing twice, right counts.

A committee with years of exchanges scrolls a list that reads 100 or 200 rows at a time;
every exchange that matches the filters must turn up exactly once, in the same order as
the whole list, and the count above the list must be the number of those exchanges. A
search is for the words typed: "50%" finds "50%" (not "50 years"), "file_name" does not
find "filename", and case does not matter in any script.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from sistercity_desktop.errors import UserError
from sistercity_desktop.services.correspondence import (
    EntryInput,
    add_entry,
    attach,
    count_entries,
    days_since_last_contact,
    entries,
    entry_page,
)
from sistercity_desktop.services.partnerships import list_partnerships
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import CorrespondenceEntry

SUMMARIES = ("Discussed the budget of the youth orchestra visit.",
             "Sent the BUDGET draft for the film week.",
             "Thanked the host families.",
             "Costs cut by 50% this year.",
             "Fifty years of friendship: 50 years next spring.",
             "Scanned file_name.pdf attached later.",
             "The filename was wrong.",
             "Met Frau Müller at the town hall.",
             "MÜLLER confirmed the programme.",
             "Письмо из Москвы о визите.",
             "佐藤 花子さんから返信。",
             "Back\\slash in a path.")
PEOPLE = ("Emily Nakamura", "Anna Müller", "佐藤 花子", "Олег Петров", "Luis Ortiz", "")


def partnership_ids(store: Store) -> list[str]:
    return [row.id for row in list_partnerships(store)]


@pytest.fixture
def busy_store(demo_store: Store) -> Store:
    """The demo committee with 640 more exchanges over two partnerships, many on one day."""
    rng = random.Random(7)
    first, second = partnership_ids(demo_store)[:2]
    start = date(2026, 6, 1)
    rows = []
    for n in range(640):
        rows.append({
            "id": str(uuid.uuid4()), "partnership_id": first if n % 3 else second,
            # A third share one day: the order within a day must hold across pages too.
            "on": start if n % 3 == 0 else start - timedelta(days=rng.randint(1, 900)),
            "direction": rng.choice(("incoming", "outgoing")),
            "channel": rng.choice(("letter", "email", "call", "visit")),
            "our_people": rng.choice(PEOPLE), "their_people": rng.choice(PEOPLE),
            "summary": rng.choice(SUMMARIES)})
    with demo_store.engine.begin() as db:
        db.execute(insert(CorrespondenceEntry), rows)
    return demo_store


def expected_ids(store: Store, pid: str | None, channel: str = "", direction: str = "",
                 text: str = "") -> list[str]:
    """What the filters should keep, decided here in plain Python on every entry."""
    needle = text.strip().casefold()
    kept = [e for e in entries(store, pid)
            if (not channel or e.channel == channel)
            and (not direction or e.direction == direction)
            and (not needle or any(needle in field.casefold()
                                   for field in (e.summary, e.our_people, e.their_people)))]
    return [e.id for e in kept]


FILTERS = ({}, {"channel": "email"}, {"direction": "incoming", "channel": "letter"},
           {"text": "budget"}, {"text": "  BUDGET "}, {"text": "müller"}, {"text": "МОСКВ"},
           {"text": "佐藤"}, {"text": "50%"}, {"text": "_"}, {"text": "no such words"})


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: ",".join(f"{k}={v}" for k, v in
                                                                     f.items()) or "none")
@pytest.mark.parametrize("across", [False, True], ids=["one partnership", "all partnerships"])
def test_pages_hold_every_matching_entry_once_in_order(busy_store: Store, filters: dict,
                                                       across: bool) -> None:
    pid = None if across else partnership_ids(busy_store)[0]
    whole = [e.id for e in entries(busy_store, pid, **filters)]
    assert whole == expected_ids(busy_store, pid, **filters)
    for size in (7, 64, 200):
        seen: list[str] = []
        first = entry_page(busy_store, pid, **filters, limit=size)
        assert first.total == len(whole)
        seen += [e.id for e in first.rows]
        while len(seen) < first.total:
            page = entries(busy_store, pid, **filters, limit=size, offset=len(seen))
            assert page, f"page at {len(seen)} of {first.total} came back empty"
            assert len(page) <= size
            seen += [e.id for e in page]
        assert seen == whole  # every one, once, in the same order
        assert entries(busy_store, pid, **filters, limit=size, offset=len(seen)) == []
    assert count_entries(busy_store, pid, **filters) == len(whole)


def test_newest_first_and_the_order_within_a_day_is_stable(busy_store: Store) -> None:
    rows = entries(busy_store, None)
    keys = [(e.on, e.id) for e in rows]
    assert keys == sorted(keys, reverse=True)
    assert len({e.id for e in rows}) == len(rows)


def test_a_page_beyond_the_end_is_empty_and_still_counts(busy_store: Store) -> None:
    total = count_entries(busy_store, None)
    page = entry_page(busy_store, None, limit=50, offset=total + 10)
    assert page.rows == [] and page.total == total
    with pytest.raises(ValueError):
        entries(busy_store, None, limit=-1)


def test_percent_and_underscore_are_searched_for_not_wildcards(demo_store: Store) -> None:
    pid = partnership_ids(demo_store)[0]
    today = date.today()
    for summary in ("Costs cut by 50% this year.", "Fifty years: 50 years next spring.",
                    "Scanned file_name.pdf.", "The filename was wrong.",
                    "100%_sure about the date.", "Back\\slash in a path."):
        add_entry(demo_store, pid, EntryInput(today, "outgoing", "email", summary=summary))

    def found(text: str) -> list[str]:
        rows = entries(demo_store, pid, text=text)
        assert count_entries(demo_store, pid, text=text) == len(rows)
        assert entry_page(demo_store, pid, text=text, limit=1).total == len(rows)
        return sorted(e.summary for e in rows)

    assert found("50%") == ["Costs cut by 50% this year."]
    assert found("file_name") == ["Scanned file_name.pdf."]
    assert found("e_n") == ["Scanned file_name.pdf."]  # not "filename", not "the nam..."
    assert found("%_") == ["100%_sure about the date."]
    assert found("%") == ["100%_sure about the date.", "Costs cut by 50% this year."]
    assert found("\\") == ["Back\\slash in a path."]
    assert found("50 y") == ["Fifty years: 50 years next spring."]


def test_search_ignores_case_in_every_script(demo_store: Store) -> None:
    pid = partnership_ids(demo_store)[0]
    today = date.today()
    for summary, people in (("Met Frau Müller.", ""), ("A note.", "MÜLLER, Anna"),
                            ("Письмо из Москвы.", ""), ("Ωραία συνάντηση.", ""),
                            ("Budget agreed.", ""), ("Straße renamed.", "")):
        add_entry(demo_store, pid, EntryInput(today, "incoming", "letter", "", people, summary))

    def found(text: str) -> set[str]:
        rows = entries(demo_store, pid, text=text)
        assert entry_page(demo_store, pid, text=text, limit=1).total == len(rows)
        return {e.summary for e in rows}

    assert found("müller") == found("MÜLLER") == {"Met Frau Müller.", "A note."}
    assert found("москв") == found("МОСКВ") == {"Письмо из Москвы."}
    assert found("ΩΡΑΊΑ") == {"Ωραία συνάντηση."}
    assert found("bUdGeT") >= {"Budget agreed."}
    assert found("STRAẞE") == {"Straße renamed."}


def test_attachments_come_with_their_entries_on_any_page(busy_store: Store,
                                                         tmp_path: Path) -> None:
    pid = partnership_ids(busy_store)[0]
    oldest = entries(busy_store, pid)[-1]
    for name in ("b-scan.pdf", "a-photo.jpg"):
        (tmp_path / name).write_bytes(b"x" * 10)
        attach(busy_store, oldest.id, tmp_path / name)

    def files_of(rows: list) -> tuple[str, ...]:
        return next(tuple(a.name for a in e.attachments) for e in rows if e.id == oldest.id)

    assert files_of(entries(busy_store, pid)) == ("a-photo.jpg", "b-scan.pdf")
    total = count_entries(busy_store, pid)
    assert files_of(entries(busy_store, pid, limit=5, offset=total - 5)) == \
        ("a-photo.jpg", "b-scan.pdf")
    assert files_of(entries(busy_store, None)) == ("a-photo.jpg", "b-scan.pdf")  # > 500 rows
    assert all(not e.attachments for e in entries(busy_store, None) if e.id != oldest.id)
    assert {e.partner_city for e in entries(busy_store, pid, limit=3)} == \
        {next(r.partner_city for r in list_partnerships(busy_store) if r.id == pid)}


def test_days_since_last_contact_reads_the_newest_entry(busy_store: Store) -> None:
    pid = partnership_ids(busy_store)[0]
    newest = entries(busy_store, pid, limit=1)[0].on
    assert days_since_last_contact(busy_store, pid, today=newest + timedelta(days=9)) == 9
    with pytest.raises(UserError):
        days_since_last_contact(busy_store, "no-such-partnership")
