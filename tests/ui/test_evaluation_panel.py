"""The evaluation panel: health in words, the rating form, the date rule and the report."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from sistercity_desktop.process.due import add_months
from sistercity_desktop.process.evaluation import DIMENSIONS
from sistercity_desktop.services import evaluation, workplan
from sistercity_desktop.services.partnerships import list_partnerships
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.evaluation_panel import LEVEL_WORDS, EvaluationPanel
from tests.conftest import DEMO_TODAY
from tests.documents.conftest import pdf_text

SUMMARY = "A steady year: schools carry the link, the city halls need a named owner."
ADJUSTMENTS = ("Name a Tartu owner for the e-services exchange",
               "Invite two new schools to the pen pal programme")


def signed(store: Store) -> str:
    return next(r.id for r in list_partnerships(store) if r.step == 7)


def open_panel(qtbot, store: Store) -> EvaluationPanel:
    panel = EvaluationPanel(store, signed(store), today=DEMO_TODAY)
    qtbot.addWidget(panel)
    panel.resize(1100, 1300)
    panel.show()
    return panel


@pytest.fixture
def panel(qtbot, demo_store: Store) -> EvaluationPanel:
    return open_panel(qtbot, demo_store)


def fill(panel: EvaluationPanel, months_to_next: int = 12) -> None:
    for score, dimension in enumerate(DIMENSIONS):
        box = panel.rating_boxes[dimension]
        box.setCurrentIndex(box.findData(score % 5 + 1))
        panel.evidence_edits[dimension].setText(f"Evidence for {dimension}")
    panel.adjustments_edit.setPlainText("\n".join(ADJUSTMENTS) + "\n\n")
    panel.summary_edit.setPlainText(SUMMARY)
    panel.next_date.load(add_months(DEMO_TODAY, months_to_next))


def history(panel: EvaluationPanel) -> list[str]:
    return [panel.history_list.item(i).text() for i in range(panel.history_list.count())]


def test_health_and_facts_are_shown_in_words(panel: EvaluationPanel) -> None:
    level, _, reasons = panel.health_label.text().partition(": ")
    assert level in LEVEL_WORDS.values()
    assert "planned exchanges held" in reasons
    facts = {panel.facts_form.itemAt(row, panel.facts_form.ItemRole.LabelRole).widget().text():
             panel.facts_form.itemAt(row, panel.facts_form.ItemRole.FieldRole).widget().text()
             for row in range(panel.facts_form.rowCount())}
    assert facts["Time since last contact:"] == "40 days"
    assert facts["Overdue work plan items:"] == "1"
    assert history(panel) == ["No evaluation recorded yet."]
    assert not panel.report_button.isEnabled()
    # The defaults: held today, the next one proposed a year later.
    assert panel.held_date.value() == DEMO_TODAY
    assert panel.next_date.value() == add_months(DEMO_TODAY, 12)
    assert set(panel.rating_boxes) == set(DIMENSIONS) == set(panel.evidence_edits)
    assert all(b.currentText() == "not rated" and b.count() == 6
               for b in panel.rating_boxes.values())


def test_recording_saves_lists_and_adds_the_adjustments(qtbot, panel: EvaluationPanel,
                                                        demo_store: Store) -> None:
    pid = signed(demo_store)
    before = {i.title for i in workplan.items(demo_store, pid)}
    changed: list[bool] = []
    panel.changed.connect(lambda: changed.append(True))
    fill(panel)
    evaluation_id = panel.record()
    assert evaluation_id is not None and changed == [True]
    saved = evaluation.evaluations(demo_store, pid)
    assert [e.id for e in saved] == [evaluation_id]
    record = saved[0]
    assert record.held_on == DEMO_TODAY
    assert record.next_evaluation_on == add_months(DEMO_TODAY, 12)
    assert record.ratings["outcomes"] == {"score": 2, "evidence": "Evidence for outcomes"}
    assert record.adjustments == ADJUSTMENTS
    assert set(ADJUSTMENTS) == {i.title for i in workplan.items(demo_store, pid)} - before
    # Listed, with the overall score, and the form is ready for the next one.
    assert history(panel) == [f"{i18n.format_day(DEMO_TODAY)} · overall 2.6 of 5 · {SUMMARY}"]
    assert "2 adjustments were added to the work plan" in panel.status_label.text()
    assert panel.summary_edit.toPlainText() == ""
    assert panel.adjustments_edit.toPlainText() == ""
    assert all(b.currentData() is None for b in panel.rating_boxes.values())
    assert panel.report_button.isEnabled()

    reopened = open_panel(qtbot, demo_store)
    assert history(reopened)[0].startswith(i18n.format_day(DEMO_TODAY))
    assert SUMMARY in history(reopened)[0]


def test_date_outside_the_window_asks_for_a_reason(panel: EvaluationPanel, demo_store: Store,
                                                   monkeypatch) -> None:
    pid = signed(demo_store)
    asked: list[str] = []

    def reason(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return "Council elections", True

    monkeypatch.setattr(QInputDialog, "getMultiLineText", reason)
    fill(panel, months_to_next=30)
    assert panel.record() is not None
    assert "after the 6–24 month window" in asked[0]
    record = evaluation.evaluations(demo_store, pid)[-1]
    assert record.next_evaluation_on == add_months(DEMO_TODAY, 30)
    assert len(history(panel)) == 1 and SUMMARY in history(panel)[0]


def test_cancelling_the_reason_records_nothing(panel: EvaluationPanel, demo_store: Store,
                                               monkeypatch) -> None:
    pid = signed(demo_store)
    items_before = len(workplan.items(demo_store, pid))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("", False))
    fill(panel, months_to_next=30)
    assert panel.record() is None
    assert evaluation.evaluations(demo_store, pid) == []
    assert len(workplan.items(demo_store, pid)) == items_before
    assert history(panel) == ["No evaluation recorded yet."]
    # What was typed is kept, so the user can pick another date and record again.
    assert panel.summary_edit.toPlainText() == SUMMARY


def test_evidence_without_a_rating_is_not_lost(panel: EvaluationPanel,
                                               demo_store: Store) -> None:
    failures: list[str] = []
    panel.failed.connect(failures.append)
    panel.evidence_edits["structure"].setText("Committee of nine")
    panel.summary_edit.setPlainText(SUMMARY)
    assert panel.record() is None
    assert failures and failures[0].startswith("Structure: choose a rating")
    assert panel.error.text() == failures[0]
    assert evaluation.evaluations(demo_store, signed(demo_store)) == []


def test_future_held_date_shows_the_services_message(panel: EvaluationPanel,
                                                     demo_store: Store) -> None:
    failures: list[str] = []
    panel.failed.connect(failures.append)
    fill(panel)
    panel.held_date.load(add_months(DEMO_TODAY, 1))
    assert panel.record() is None
    assert failures == ["An evaluation cannot be recorded for a future date."]
    assert evaluation.evaluations(demo_store, signed(demo_store)) == []


def test_report_preview_contains_the_summary(qtbot, panel: EvaluationPanel) -> None:
    fill(panel)
    assert panel.record() is not None
    panel.report_button.click()
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=20_000)
    assert panel.preview.document.pageCount() >= 1
    assert panel.preview.suggested_name.startswith("evaluation-report-tartu")
    assert "schools carry the link" in " ".join(pdf_text(panel.preview.pdf).split())
    panel.preview.close()
