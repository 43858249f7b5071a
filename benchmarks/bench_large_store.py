"""A large store: 500 partnerships, 50,000 exchanges, 5,000 contacts; the window and the lists.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_large_store.py [--runs 5]

The store is made by open_store in a temporary data folder: the demo committee first
(load_demo), then SQLAlchemy Core bulk inserts up to exactly 500 partnerships (partner
cities from the gazetteer), 50,000 correspondence entries and 5,000 contacts, with
checklist ticks up to each partnership's step, work plan items and notes; the texts are
drawn from realistic phrases so that a search word matches a few per cent of the entries.

Measured (median of the runs): the partnerships list (services.partnerships.
list_partnerships), the correspondence timeline filtered by a word (services.correspondence.
entries with text=...) for one partnership and across all, across all by channel and
direction; when the timeline is paged, its first page alone and with the count a list shows
(entry_page); the correspondence panel of the partnership with the most exchanges while a
search word is typed in (read again, laid out, events processed); and MainWindow(store)
until its first paint (offscreen), beside the same window on the demo store. A measure stops
repeating once it has used BUDGET_MS (at least one run).
"""

from __future__ import annotations

import argparse
import inspect
import os
import random
import sys
import tempfile
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from common import Result, demo_store, median, repeat_ms, table, timed_ms

SECTION = "large store (500 partnerships, 50,000 exchanges, 5,000 contacts)"
PARTNERSHIPS, ENTRIES, CONTACTS = 500, 50_000, 5_000
FILTER_MS = 100.0
SEED = 11
WORD = "budget"  # in about a tenth of the summaries
PAGE = 200  # rows a paged timeline would fetch first (when entries() takes limit=)
BUDGET_MS = 8_000  # per measure: slow ones get fewer runs (see common.repeat_ms)

FIRST = ("Anna", "Daniel", "Emily", "Hiroshi", "Marta", "Luis", "Sofia", "Kenji", "Olga",
         "Pierre", "Chen", "Min-jun", "Fatima", "Johan", "Ines", "Tomasz", "Aiko", "Rafael")
LAST = ("Ortiz", "Nakamura", "Holloway", "Suzuki", "Kowalski", "Dubois", "Wang", "Kim",
        "Petrova", "Larsen", "Silva", "Rossi", "Schmidt", "Yamada", "Haddad", "Novak")
TITLES = ("Protocol Officer", "Chair", "Deputy Mayor", "International Relations Manager",
          "Volunteer Interpreter", "Council Member", "Youth Programme Lead", "Secretary")
TOPICS = ("the student exchange", "the youth orchestra visit", "the pen-pal pilot",
          "the delegation's programme", "the trade mission", "the art exhibition",
          "the anniversary celebration", "the joint river restoration project",
          "the municipal best-practice seminar", "the sports tournament", "the film week")
ACTIONS = ("confirmed the dates of", "asked for photos of", "sent the draft programme for",
           "proposed a video call about", "thanked the host families after",
           "shared the evaluation of", "agreed to postpone", "discussed the budget of",
           "introduced the new coordinator of", "requested visas information for")
DETAILS = ("Host families are confirmed.", "Translation by volunteers.",
           "The council will vote next month.", "Photos attached to the next email.",
           "Follow up with the schools in spring.", "Costs shared as agreed.",
           "Waiting for the mayor's office to reply.", "")
CHANNELS = ("letter", "email", "email", "email", "call", "video_call", "visit", "delegation")


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _summary(rng: random.Random) -> str:
    action, topic = rng.choice(ACTIONS), rng.choice(TOPICS)
    return f"{action.capitalize()} {topic}. {rng.choice(DETAILS)}".strip()


def build(folder: Path):  # noqa: ANN201 (a Store)
    """The large store in `folder` (about ten seconds)."""
    from sqlalchemy import func, insert, select

    from sistercity_desktop.process.steps import steps
    from sistercity_desktop.research.gazetteer import shared_gazetteer
    from sistercity_desktop.research.geo import likely_language
    from sistercity_desktop.store.models import (
        ChecklistState,
        CityProfile,
        Committee,
        Contact,
        CorrespondenceEntry,
        Note,
        Partnership,
        WorkPlanItem,
    )

    rng = random.Random(SEED)
    store = demo_store(folder)
    today = date.today()
    cities = rng.sample(shared_gazetteer().cities()[:5000], PARTNERSHIPS)
    step_keys = [[item.key for item in s.checklist] for s in steps()]
    with store.engine.begin() as db:
        committee_id = db.execute(select(Committee.id)).scalar_one()
        have = db.execute(select(func.count()).select_from(Partnership)).scalar_one()
        have_entries = db.execute(
            select(func.count()).select_from(CorrespondenceEntry)).scalar_one()
        have_contacts = db.execute(select(func.count()).select_from(Contact)).scalar_one()
        profiles, partnerships, ticks, plans, notes = [], [], [], [], []
        pids = []
        for city in cities[: PARTNERSHIPS - have]:
            cid, pid = str(uuid.uuid4()), str(uuid.uuid4())
            pids.append(pid)
            language = likely_language(city.country)
            profiles.append({
                "id": cid, "name": city.name, "country": city.country,
                "population": city.population, "latitude": city.latitude,
                "longitude": city.longitude, "timezone": city.timezone,
                "geonameid": city.geonameid, "languages": language,
                "official_name": _person(rng), "official_title": "Mayor"})
            step = rng.randint(1, 7)
            created = today - timedelta(days=rng.randint(30, 3650))
            signed = created + timedelta(days=400) if step == 7 else None
            partnerships.append({
                "id": pid, "committee_id": committee_id, "partner_city_id": cid,
                "kind": rng.choice(("sister", "sister", "friendship")),
                "current_step": step, "furthest_step": step, "partner_language": language,
                "committee_language": "en",
                "created_at": datetime.combine(created, time(9, 30), tzinfo=UTC)
                .replace(tzinfo=None),
                "started_on": created, "purpose": f"Exchanges with {city.name} in "
                f"{rng.choice(TOPICS)[4:]} and {rng.choice(TOPICS)[4:]}.",
                "signed_on": signed,
                "next_evaluation_on": signed + timedelta(days=365) if signed else None})
            for number in range(1, step):
                for key in step_keys[number - 1]:
                    ticks.append({"id": str(uuid.uuid4()), "partnership_id": pid,
                                  "item_key": key, "done": True,
                                  "done_on": created + timedelta(days=30 * number)})
            for n in range(3):
                start = created + timedelta(days=60 * (n + 1))
                plans.append({
                    "id": str(uuid.uuid4()), "partnership_id": pid,
                    "title": rng.choice(TOPICS)[4:].capitalize(), "kind": "other",
                    "term": "short", "owner": _person(rng), "starts_on": start,
                    "due_on": start + timedelta(days=120),
                    "status": rng.choice(("planned", "in_progress", "done"))})
            notes.append({"id": str(uuid.uuid4()), "partnership_id": pid, "step": step,
                          "kind": "note", "written_on": created + timedelta(days=10),
                          "text": f"{_summary(rng)} {_summary(rng)}"})
        db.execute(insert(CityProfile), profiles)
        db.execute(insert(Partnership), partnerships)
        db.execute(insert(ChecklistState), ticks)
        db.execute(insert(WorkPlanItem), plans)
        db.execute(insert(Note), notes)
        entries = []
        for _ in range(ENTRIES - have_entries):
            entries.append({
                "id": str(uuid.uuid4()), "partnership_id": rng.choice(pids),
                "on": today - timedelta(days=rng.randint(1, 3650)),
                "direction": rng.choice(("outgoing", "incoming")),
                "channel": rng.choice(CHANNELS), "our_people": _person(rng),
                "their_people": f"{_person(rng)}, {_person(rng)}", "summary": _summary(rng)})
        db.execute(insert(CorrespondenceEntry), entries)
        contacts = []
        for _ in range(CONTACTS - have_contacts):
            name = _person(rng)
            contacts.append({
                "id": str(uuid.uuid4()), "partnership_id": rng.choice(pids),
                "side": rng.choice(("ours", "theirs")),
                "role": rng.choice(("mayors_office", "volunteer", "council", "other")),
                "name": name, "title": rng.choice(TITLES), "organisation": "City Hall",
                "email": f"{name.lower().replace(' ', '.')}@example.org",
                "phone": f"+1 555 {rng.randint(1000, 9999)}", "language": "en"})
        db.execute(insert(Contact), contacts)
    return store


def _counts(store) -> dict[str, int]:  # noqa: ANN001
    from sqlalchemy import func, select

    from sistercity_desktop.store.models import Contact, CorrespondenceEntry, Partnership

    with store.engine.connect() as db:
        return {table.__tablename__: db.execute(select(func.count()).select_from(table))
                .scalar_one() for table in (Partnership, CorrespondenceEntry, Contact)}


def _quiet_offscreen(mode, context, message: str) -> None:  # noqa: ANN001 (Qt types)
    """Qt message handler: drop the offscreen plugin's size-hint notice, print the rest."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def window_open_ms(store, runs: int) -> list[float]:  # noqa: ANN001
    """MainWindow(store) constructed and shown, until its first paint is done (offscreen)."""
    from PySide6.QtCore import QEvent, QObject, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from sistercity_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["bench"])
    qInstallMessageHandler(_quiet_offscreen)

    class Painted(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    times: list[float] = []
    for _ in range(runs):
        if sum(times) >= BUDGET_MS * 2:
            break
        watcher = Painted()

        def open_window(watcher: Painted = watcher) -> MainWindow:
            window = MainWindow(store)
            window.installEventFilter(watcher)
            window.show()
            while not watcher.seen:
                app.processEvents()
            return window

        ms, window = timed_ms(open_window)
        times.append(ms)
        window.close()
        window.deleteLater()
        app.processEvents()
    return times


def _longest_timeline(store) -> str:  # noqa: ANN001
    """The partnership with the most exchanges."""
    from sqlalchemy import func, select

    from sistercity_desktop.store.models import CorrespondenceEntry

    with store.engine.connect() as db:
        return db.execute(select(CorrespondenceEntry.partnership_id)
                          .group_by(CorrespondenceEntry.partnership_id)
                          .order_by(func.count().desc()).limit(1)).scalar_one()


def panel_search_ms(store, pid: str, runs: int) -> dict:  # noqa: ANN001
    """The correspondence panel of `pid`, shown: the search box set to WORD (the timeline
    read again and laid out) until the events it caused are processed; then cleared."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from sistercity_desktop.services.correspondence import entries
    from sistercity_desktop.ui.correspondence_panel import CorrespondencePanel

    app = QApplication.instance() or QApplication(["bench"])
    qInstallMessageHandler(_quiet_offscreen)
    panel = CorrespondencePanel(store, pid)
    panel.resize(1100, 700)
    panel.show()
    app.processEvents()

    def search(text: str) -> None:
        panel.search.setText(text)
        app.processEvents()

    times: list[float] = []
    for _ in range(runs):
        times.append(timed_ms(lambda: search(WORD))[0])
        search("")
    panel.close()
    panel.deleteLater()
    app.processEvents()
    return {"ms": times, "entries": len(entries(store, pid))}


def run(runs: int = 5, window_runs: int = 3) -> list[Result]:
    from sistercity_desktop.services import correspondence
    from sistercity_desktop.services.correspondence import entries
    from sistercity_desktop.services.partnerships import list_partnerships

    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="sistercity-bench-large-") as tmp:
        build_ms, store = timed_ms(lambda: build(Path(tmp) / "large"))
        small = demo_store(Path(tmp) / "demo")
        try:
            counts = _counts(store)
            results.append(Result(SECTION, "building it (Core bulk inserts)", build_ms, "ms",
                                  note=" + ".join(f"{v:,}" for v in counts.values()) + " rows",
                                  extra={"rows": counts}))
            rows = list_partnerships(store)
            busiest = max(rows, key=lambda r: r.step).id
            one = entries(store, busiest)
            checks = {
                "partnerships list (list_partnerships)": lambda: list_partnerships(store),
                f"one partnership's timeline, text={WORD!r}":
                    lambda: entries(store, busiest, text=WORD),
                f"all timelines, text={WORD!r}": lambda: entries(store, None, text=WORD),
                "all timelines, channel=email, direction=incoming":
                    lambda: entries(store, None, channel="email", direction="incoming"),
            }
            if "limit" in inspect.signature(entries).parameters:  # a paged timeline
                checks[f"all timelines, text={WORD!r}, first {PAGE} rows"] = \
                    lambda: entries(store, None, text=WORD, limit=PAGE)  # type: ignore[call-arg]
            page = getattr(correspondence, "entry_page", None)
            if page is not None:  # what a paged list reads first: a page and the count
                checks[f"all timelines, text={WORD!r}, first {PAGE} rows and the count"] = \
                    lambda: page(store, None, text=WORD, limit=PAGE).rows
            for name, check in checks.items():
                found = len(check())  # also the warm-up
                ms = repeat_ms(check, runs, BUDGET_MS)
                results.append(Result(SECTION, name, median(ms), "ms", limit=FILTER_MS,
                                      runs=len(ms), note=f"{found:,} rows",
                                      extra={"ms": ms, "rows": found}))
            results[2].extra["one_partnership_entries"] = len(one)
            longest = _longest_timeline(store)
            typed = panel_search_ms(store, longest, runs)
            results.append(Result(SECTION, f"correspondence panel, search {WORD!r} typed",
                                  median(typed["ms"]), "ms", limit=FILTER_MS,
                                  runs=len(typed["ms"]),
                                  note=f"longest timeline, {typed['entries']:,} exchanges",
                                  extra=typed))
            large = window_open_ms(store, window_runs)
            demo = window_open_ms(small, window_runs)
            results.append(Result(SECTION, "main window open to first paint", median(large), "ms",
                                  median(demo), "demo store", runs=len(large),
                                  extra={"large_ms": large, "demo_ms": demo}))
        finally:
            store.close()
            small.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    print(table(run(parser.parse_args().runs)), flush=True)
    return 0


if __name__ == "__main__":
    code = main()
    os._exit(code)  # skip PySide6's teardown (it can crash at exit, see app.entry)
