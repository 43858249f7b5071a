"""The work plan panel: goals, programmes, the timeline, the PDF and the calendar file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sistercity_desktop.services import workplan
from sistercity_desktop.services.partnerships import list_partnerships
from sistercity_desktop.services.workplan import ItemInput
from sistercity_desktop.store import Store
from sistercity_desktop.ui.workplan_panel import HEADERS, ItemDialog, WorkPlanPanel
from tests.conftest import DEMO_TODAY
from tests.documents.conftest import pdf_text

TITLE, STATUS = HEADERS.index("Title"), HEADERS.index("Status")
PILOT, GOAL = HEADERS.index("Pilot"), HEADERS.index("Goal")


def signed(store: Store) -> str:
    return next(r.id for r in list_partnerships(store) if r.step == 7)


def open_panel(qtbot, store: Store) -> WorkPlanPanel:
    panel = WorkPlanPanel(store, signed(store), today=DEMO_TODAY)
    qtbot.addWidget(panel)
    panel.resize(1100, 1300)
    panel.show()
    return panel


@pytest.fixture
def panel(qtbot, demo_store: Store) -> WorkPlanPanel:
    return open_panel(qtbot, demo_store)


def column(panel: WorkPlanPanel, index: int) -> list[str]:
    table = panel.items_table
    return [table.item(row, index).text() for row in range(table.rowCount())]


def row_of(panel: WorkPlanPanel, title: str) -> int:
    return column(panel, TITLE).index(title)


def goal_texts(panel: WorkPlanPanel) -> list[str]:
    return [panel.goals_list.item(i).text().strip() for i in range(panel.goals_list.count())]


def test_table_lists_the_items_and_marks_the_overdue_one(panel: WorkPlanPanel,
                                                         demo_store: Store) -> None:
    expected = workplan.items(demo_store, signed(demo_store), DEMO_TODAY)
    assert panel.items_table.rowCount() == len(expected) == 7
    assert set(column(panel, TITLE)) == {i.title for i in expected}
    overdue = [s for s in column(panel, STATUS) if "Overdue" in s]
    assert overdue == ["Overdue · in progress"]
    late = row_of(panel, "Compare online city services with Tartu's IT department")
    assert panel.items_table.item(late, STATUS).text().startswith("Overdue")
    assert panel.items_table.item(row_of(panel, "Youth pen pals between middle schools"),
                                  PILOT).text() == "Pilot"
    # Every item has a row on the timeline; the demo's items are all dated.
    assert [r[0] for r in panel.gantt.rows] == [i.id for i in expected]
    assert all(x0 is not None and x0 < x1 for _id, x0, x1 in panel.gantt.rows)
    assert panel.gantt.accessibleName() == "Work plan timeline"
    assert "1 overdue" in panel.gantt.accessibleDescription()
    assert goal_texts(panel) == ["Short term (within a year)", "No goals yet.", "Long term",
                                 "No goals yet."]


def test_goal_and_pilot_item_are_saved_and_drawn(qtbot, panel: WorkPlanPanel,
                                                 demo_store: Store) -> None:
    pid = signed(demo_store)
    panel.goal_term.setCurrentIndex(panel.goal_term.findData("long"))
    panel.goal_title.setText("Every school has a class link")
    panel.goal_description.setText("Ten classes paired by 2029")
    panel.add_goal_button.click()
    assert panel.goal_title.text() == ""
    assert "Every school has a class link — Ten classes paired by 2029" in goal_texts(panel)
    goal = workplan.goals(demo_store, pid)[0]
    assert (goal.term, goal.title) == ("long", "Every school has a class link")

    item_id = panel.add_item(ItemInput(
        title="Robotics club video exchange", kind="student_exchange", pilot=True,
        owner="Greenvale Middle School", starts_on=date(2026, 9, 1), due_on=date(2027, 3, 31),
        budget=1200, participants=24, goal_id=goal.id))
    assert item_id is not None
    row = row_of(panel, "Robotics club video exchange")
    assert panel.items_table.item(row, PILOT).text() == "Pilot"
    assert panel.items_table.item(row, GOAL).text() == "Every school has a class link"
    assert panel.selected_item().id == item_id
    drawn = next(r for r in panel.gantt.rows if r[0] == item_id)
    assert drawn[1] is not None and drawn[1] < drawn[2]

    reopened = open_panel(qtbot, demo_store)
    assert "Robotics club video exchange" in column(reopened, TITLE)
    assert any("Every school has a class link" in t for t in goal_texts(reopened))


def test_item_without_dates_is_listed_as_undated(panel: WorkPlanPanel) -> None:
    item_id = panel.add_item(ItemInput(title="Find a Tartu owner for e-services"))
    assert (item_id, None, None) in panel.gantt.rows


def test_end_before_start_is_refused(panel: WorkPlanPanel, demo_store: Store) -> None:
    pid = signed(demo_store)
    before = len(workplan.items(demo_store, pid))
    failures: list[str] = []
    panel.failed.connect(failures.append)
    result = panel.add_item(ItemInput(title="Backwards", starts_on=date(2027, 5, 1),
                                      due_on=date(2027, 4, 1)))
    assert result is None
    assert failures == ["The end date is before the start date."]
    assert panel.error.text() == failures[0]
    assert len(workplan.items(demo_store, pid)) == before
    assert "Backwards" not in column(panel, TITLE)


def test_dialog_stays_open_with_the_reason_and_then_saves(qtbot, panel: WorkPlanPanel,
                                                          demo_store: Store) -> None:
    pid = signed(demo_store)
    before = len(workplan.items(demo_store, pid))
    dialog = ItemDialog(demo_store, pid, [], parent=panel)
    qtbot.addWidget(dialog)
    dialog.title.setText("Choir visit")
    dialog.starts_on.edit.setText("2027-05-01")  # typed, not yet committed: still read
    dialog.due_on.edit.setText("2027-04-01")
    dialog.save()
    assert dialog.error.text() == "The end date is before the start date."
    assert dialog.result() == 0 and dialog.item_id is None
    dialog.due_on.edit.setText("2027-05-20")
    dialog.budget.setText("lots")
    dialog.save()
    assert "budget must be an amount" in dialog.error.text()
    dialog.budget.setText("2,500")
    dialog.participants.setText("30")
    dialog.save()
    assert dialog.item_id is not None
    saved = next(i for i in workplan.items(demo_store, pid) if i.id == dialog.item_id)
    assert (saved.starts_on, saved.due_on, saved.budget, saved.participants) == (
        date(2027, 5, 1), date(2027, 5, 20), 2500.0, 30)
    assert len(workplan.items(demo_store, pid)) == before + 1


def test_delete_asks_first(panel: WorkPlanPanel, demo_store: Store, monkeypatch) -> None:
    pid = signed(demo_store)
    item_id = panel.add_item(ItemInput(title="Short-lived idea"))
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    panel.select_item(item_id)
    panel.delete_button.click()
    assert "Short-lived idea" in asked[0]
    assert "Short-lived idea" in column(panel, TITLE)
    panel.select_item(item_id)
    panel.delete_button.click()
    assert "Short-lived idea" not in column(panel, TITLE)
    assert item_id not in {i.id for i in workplan.items(demo_store, pid)}
    assert item_id not in {r[0] for r in panel.gantt.rows}


def test_pdf_preview_contains_the_new_item(qtbot, panel: WorkPlanPanel) -> None:
    panel.add_item(ItemInput(title="Lantern festival workshop", kind="cultural",
                             starts_on=date(2026, 10, 1), due_on=date(2026, 10, 15)))
    panel.pdf_button.click()
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=20_000)
    assert panel.preview.document.pageCount() >= 1
    assert panel.preview.suggested_name.startswith("work-plan-tartu")
    assert "Lantern festival workshop" in " ".join(pdf_text(panel.preview.pdf).split())
    panel.preview.close()


def test_calendar_export_writes_an_ics_file(panel: WorkPlanPanel, tmp_path: Path,
                                            monkeypatch) -> None:
    panel.add_item(ItemInput(title="Harbour clean-up day", starts_on=date(2026, 8, 22),
                             due_on=date(2026, 8, 22)))
    target = tmp_path / "out" / "tartu"
    offered: list[str] = []

    def save_name(_parent, _caption, suggested, *_args, **_kwargs):
        offered.append(suggested)
        return str(target), "Calendar files (*.ics)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    path = panel.export_calendar()
    assert offered[0].endswith("tartu-dates.ics")
    assert path == target.with_suffix(".ics")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert "Harbour clean-up day" in text
    assert str(path) in panel.status_label.text()


def test_calendar_export_cancelled_writes_nothing(panel: WorkPlanPanel, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert panel.export_calendar() is None
    assert panel.status_label.text() == ""
