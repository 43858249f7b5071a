"""The correspondence panel on a long timeline: a page at a time, a count, filters that re-read.

A partnership with over a thousand exchanges opens at once with the newest ones, says how
many there are, reads more as the committee member scrolls down, and a filter or a search
reads the first page of the matching exchanges again.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from sistercity_desktop.services.correspondence import count_entries, entries
from sistercity_desktop.services.partnerships import list_partnerships
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import CorrespondenceEntry
from sistercity_desktop.ui.correspondence_panel import PANEL_PAGE_SIZE, CorrespondencePanel

SUMMARY = 5
EXTRA = 1_200


def japanese(store: Store) -> str:
    return next(r.id for r in list_partnerships(store) if r.partner_language == "ja")


@pytest.fixture
def long_store(demo_store: Store) -> Store:
    pid = japanese(demo_store)
    start = date(2026, 5, 31)
    with demo_store.engine.begin() as db:
        db.execute(insert(CorrespondenceEntry), [{
            "id": str(uuid.uuid4()), "partnership_id": pid, "on": start - timedelta(days=n // 3),
            "direction": ("incoming", "outgoing")[n % 2],
            "channel": ("email", "letter", "call")[n % 3], "our_people": "Emily Nakamura",
            "their_people": "佐藤 花子",
            "summary": f"Exchange {n}: " + ("the budget of the visit" if n % 10 == 0 else
                                            "the programme")} for n in range(EXTRA)])
    return demo_store


@pytest.fixture
def panel(qtbot, long_store: Store) -> CorrespondencePanel:
    widget = CorrespondencePanel(long_store, japanese(long_store))
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def scroll_to_bottom(qtbot, panel: CorrespondencePanel) -> None:
    bar = panel.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(1)


def test_opens_with_the_newest_page_and_the_whole_count(panel: CorrespondencePanel,
                                                        long_store: Store) -> None:
    pid = japanese(long_store)
    total = count_entries(long_store, pid)
    assert total == EXTRA + 7
    assert panel.model.rowCount() == PANEL_PAGE_SIZE < total
    assert panel.count_label.isVisible()
    assert panel.count_label.text().startswith(f"{total:,} exchanges")  # "1,207 exchanges"
    assert f"newest {PANEL_PAGE_SIZE}" in panel.count_label.text()
    newest = entries(long_store, pid, limit=PANEL_PAGE_SIZE)
    assert [panel.table.item(r, SUMMARY).text() for r in range(PANEL_PAGE_SIZE)] == \
        [e.summary for e in newest]


def test_scrolling_down_reads_the_next_pages_until_all_are_shown(
        qtbot, panel: CorrespondencePanel, long_store: Store) -> None:
    scroll_to_bottom(qtbot, panel)
    assert panel.model.rowCount() == 2 * PANEL_PAGE_SIZE
    assert f"newest {2 * PANEL_PAGE_SIZE}" in panel.count_label.text()
    for _ in range(30):
        if not panel.model.canFetchMore():
            break
        scroll_to_bottom(qtbot, panel)
    total = count_entries(long_store, japanese(long_store))
    assert panel.model.rowCount() == total
    ids = [e.id for e in panel.model.rows]
    assert ids == [e.id for e in entries(long_store, japanese(long_store))]  # once each
    assert panel.count_label.text() == f"{total:,} exchanges"  # no "scroll for more"


def test_filters_read_the_first_page_again_with_their_count(
        qtbot, panel: CorrespondencePanel, long_store: Store) -> None:
    pid = japanese(long_store)
    scroll_to_bottom(qtbot, panel)
    qtbot.keyClicks(panel.search, "budget")
    matching = count_entries(long_store, pid, text="budget")
    assert matching > PANEL_PAGE_SIZE // 2
    assert panel.model.rowCount() == min(matching, PANEL_PAGE_SIZE)
    assert panel.count_label.text().startswith(f"{matching:,} exchanges match")
    assert all("budget" in panel.table.item(r, SUMMARY).text().lower()
               for r in range(panel.model.rowCount()))
    panel.channel_filter.setCurrentIndex(panel.channel_filter.findData("email"))
    both = count_entries(long_store, pid, channel="email", text="budget")
    assert panel.model.total == both and panel.model.rowCount() == min(both, PANEL_PAGE_SIZE)
    panel.search.setText("50%")  # a percent sign is searched for, not a wildcard
    assert panel.model.total == 0 and panel.table.rowCount() == 1
    assert "No exchange matches" in panel.table.item(0, 0).text()
    assert panel.count_label.text() == "0 exchanges match"
    panel.search.clear()
    panel.channel_filter.setCurrentIndex(0)
    assert panel.model.total == count_entries(long_store, pid)
    assert panel.model.rowCount() == PANEL_PAGE_SIZE


def test_an_old_exchange_is_found_and_kept_selected_after_a_change(
        qtbot, panel: CorrespondencePanel, long_store: Store, tmp_path: Path) -> None:
    oldest = entries(long_store, japanese(long_store))[-1]
    assert panel.select_entry(oldest.id)  # reads pages until it is there
    assert panel.selected_entry().id == oldest.id
    read = panel.model.rowCount()
    assert read == count_entries(long_store, japanese(long_store))
    scan = tmp_path / "old letter.pdf"
    scan.write_bytes(b"%PDF-1.4 old")
    assert panel.attach_file(oldest.id, scan)
    assert panel.model.rowCount() == read  # the pages read stay read
    assert panel.selected_entry().id == oldest.id
    assert panel.attachments.count() == 1
    assert "old letter.pdf" in panel.attachments.item(0).text()
