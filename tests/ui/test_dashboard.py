"""The dashboard: what is due, most urgent first, and a way to jump to its step."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from sistercity_desktop.services.partnerships import list_partnerships
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.dashboard import Dashboard, due_text
from tests.conftest import DEMO_TODAY

TAG, PARTNER, WHAT, DUE, STEP = range(5)


@pytest.fixture
def dashboard(qtbot, demo_store: Store) -> Dashboard:
    widget = Dashboard(demo_store, today=DEMO_TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def rows(dashboard: Dashboard) -> list[list[str]]:
    view = dashboard.items_view
    return [[view.item(r, c).text() for c in range(view.columnCount())]
            for r in range(view.rowCount())]


def test_lists_what_is_due_for_every_partnership(dashboard: Dashboard,
                                                 demo_store: Store) -> None:
    by_id = {r.id: r for r in list_partnerships(demo_store)}
    signed = next(r for r in by_id.values() if r.step == 7)
    japanese = next(r for r in by_id.values() if r.partner_language == "ja")
    research = next(r for r in by_id.values() if r.partner_city is None)
    shown = rows(dashboard)
    assert dashboard.items_view.rowCount() == len(dashboard.items) > 0
    # The signed partnership: its evaluation, or the work plan item that is overdue.
    assert any(row[PARTNER] == signed.partner_city
               and (row[WHAT].startswith("Evaluat") or row[WHAT].startswith("Work plan:"))
               for row in shown)
    # The next action is worked out for the dashboard's own date (DEMO_TODAY).
    assert any(row[PARTNER] == japanese.partner_city and row[WHAT]
               and row[STEP].startswith(f"Step {japanese.step} · ") for row in shown)
    research_row = next(row for row in shown if row[PARTNER] == "Partner not chosen yet")
    assert research.next_action  # the same step, whatever the date
    assert research_row[PARTNER] == "Partner not chosen yet"
    assert research_row[DUE] == "—"
    assert research_row[STEP] == "Step 2 · Research"

def test_urgent_items_come_first_and_are_marked_in_words(dashboard: Dashboard) -> None:
    urgency = [item.urgent for item in dashboard.items]
    assert any(urgency)
    assert urgency == sorted(urgency, reverse=True)
    for row, item in zip(rows(dashboard), dashboard.items, strict=True):
        assert row[TAG] in (("⚠ Overdue", "⚠ Now") if item.urgent else ("Coming up", "Next step"))
    assert rows(dashboard)[0][TAG] == "⚠ Overdue"
    assert "late" in rows(dashboard)[0][DUE]
    assert "attention now" in dashboard.counts.text()


def test_activating_a_row_opens_its_step(qtbot, dashboard: Dashboard) -> None:
    view = dashboard.items_view
    target = next(i for i, item in enumerate(dashboard.items) if item.kind == "next_action")
    item = dashboard.items[target]
    view.setFocus()
    view.selectRow(target)
    with qtbot.waitSignal(dashboard.open_step) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [item.partnership_id, item.step]

    view.selectRow(0)
    with qtbot.waitSignal(dashboard.open_step) as blocker:
        dashboard.open_button.click()
    assert blocker.args == [dashboard.items[0].partnership_id, dashboard.items[0].step]

    # QTest sends a double-click without its first press; a view needs both.
    rect = view.visualRect(view.model().index(target, WHAT))
    opened: list[tuple[str, int]] = []
    dashboard.open_step.connect(lambda pid, number: opened.append((pid, number)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []  # a single click only selects
    with qtbot.waitSignal(dashboard.open_step):
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [(item.partnership_id, item.step)]  # once, not twice


def test_empty_store_says_nothing_is_due(qtbot, committee_store: Store) -> None:
    dashboard = Dashboard(committee_store, today=DEMO_TODAY)
    qtbot.addWidget(dashboard)
    dashboard.show()
    assert dashboard.items_view.rowCount() == 0
    assert not dashboard.items_view.isVisible()
    assert dashboard.empty.isVisible() and dashboard.empty.text() == "Nothing is due. Well done."
    assert not dashboard.open_button.isEnabled()
    with qtbot.assertNotEmitted(dashboard.open_step):
        dashboard.open_selected()


def test_controls_have_accessible_names(dashboard: Dashboard) -> None:
    assert dashboard.items_view.accessibleName() == "What is due"
    assert dashboard.open_button.accessibleName()
    assert "&" in dashboard.open_button.text()


def test_due_text_says_how_late_or_how_soon() -> None:
    today = date(2026, 6, 15)
    assert due_text(None, today) == "—"
    assert due_text(today, today) == f"{i18n.format_day(today)} (today)"
    assert due_text(date(2026, 6, 14), today) == "Jun 14, 2026 (1 day late)"
    assert due_text(date(2026, 6, 25), today) == "Jun 25, 2026 (in 10 days)"
