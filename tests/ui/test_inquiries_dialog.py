"""Inquiries and policy: questions, inquiries, answers and decisions save as they change."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from sistercity_desktop.services import inquiries as service
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.inquiries_dialog import InquiriesDialog, InquiryForm

VERDICT_COLUMN, DECISION_COLUMN = 4, 5
RECEIVED = date.today() - timedelta(days=10)  # received dates may not be in the future


def open_dialog(qtbot, store: Store) -> InquiriesDialog:
    dialog = InquiriesDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # focus and keyboard checks need an active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def row_texts(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, column).text() for column in range(table.columnCount())]


def answer(dialog: InquiriesDialog, criterion_id: str, words: str) -> None:
    box = dialog.answer_boxes[criterion_id]
    box.setCurrentIndex(box.findText(words))


def with_policy_and_valence(qtbot, store: Store) -> tuple[InquiriesDialog, str]:
    dialog = open_dialog(qtbot, store)
    dialog.suggest_button.click()
    inquiry_id = dialog.record_inquiry("city_abroad", "Valence", "FR", "Marie Dupont",
                                       "Would like school exchanges.", RECEIVED.isoformat())
    assert inquiry_id is not None
    return dialog, inquiry_id


def test_suggested_questions_fill_an_empty_policy_once(qtbot, committee_store: Store) -> None:
    dialog = open_dialog(qtbot, committee_store)
    assert dialog.criteria_table.rowCount() == 0
    assert dialog.suggest_button.isEnabled()
    dialog.suggest_button.click()
    assert dialog.criteria_table.rowCount() == 7
    assert not dialog.suggest_button.isEnabled()
    first = row_texts(dialog.criteria_table, 0)
    assert first[1] == "Yes" and "mayor" in first[0]
    dialog.close()

    again = open_dialog(qtbot, committee_store)
    assert again.criteria_table.rowCount() == 7
    assert not again.suggest_button.isEnabled()


def test_questions_are_added_and_empty_ones_refused(qtbot, committee_store: Store) -> None:
    dialog = open_dialog(qtbot, committee_store)
    assert dialog.add_question("   ", True, 1) is None
    assert dialog.error.isVisible() and "cannot be empty" in dialog.error.text()
    assert dialog.criteria_table.rowCount() == 0
    assert service.criteria(committee_store) == []

    # As a user does it: type, tick Required (the weight no longer applies), press Enter.
    dialog.question_edit.setFocus()
    qtbot.keyClicks(dialog.question_edit, "They answer letters within a month")
    dialog.required_check.setChecked(True)
    assert not dialog.weight_spin.isEnabled()
    qtbot.keyClick(dialog.question_edit, Qt.Key.Key_Return)
    assert dialog.criteria_table.rowCount() == 1
    assert row_texts(dialog.criteria_table, 0) == ["They answer letters within a month", "Yes",
                                                   "—"]
    assert dialog.question_edit.text() == ""
    assert not dialog.error.isVisible()
    assert dialog.isVisible()  # Enter added the question; it did not close the dialog
    assert not dialog.suggest_button.isEnabled()


def test_removing_a_question_asks_first(qtbot, committee_store: Store, monkeypatch) -> None:
    dialog = open_dialog(qtbot, committee_store)
    dialog.add_question("Has a direct flight to us", False, 3)
    assert not dialog.remove_question_button.isEnabled()
    dialog.criteria_table.selectRow(0)
    assert dialog.remove_question_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.remove_question_button.click()
    assert dialog.criteria_table.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.remove_question_button.click()
    assert dialog.criteria_table.rowCount() == 0
    assert service.criteria(committee_store) == []
    assert dialog.suggest_button.isEnabled()


def test_an_inquiry_is_weighed_decided_and_kept(qtbot, committee_store: Store) -> None:
    dialog, inquiry_id = with_policy_and_valence(qtbot, committee_store)
    table = dialog.inquiries_table
    assert table.rowCount() == 1
    assert row_texts(table, 0) == [i18n.format_day(RECEIVED), "Valence", "France", "City abroad",
                                   "Answers missing", "Pending"]
    assert dialog.heading_label.text().startswith("Valence, France")  # selected on creation
    assert len(dialog.answer_boxes) == 7

    required = [c for c in service.criteria(committee_store) if c.required]
    optional = [c for c in service.criteria(committee_store) if not c.required]
    for criterion in required:
        answer(dialog, criterion.id, "Yes")
    answer(dialog, optional[0].id, "No")
    assert "Meets" in dialog.verdict_label.text()
    assert table.item(0, VERDICT_COLUMN).text() == "Meets the policy"

    answer(dialog, required[1].id, "No")
    assert "Does not meet" in dialog.verdict_label.text()
    assert required[1].text in dialog.verdict_label.text()  # the failed question is named
    assert table.item(0, VERDICT_COLUMN).text() == "Does not meet"

    dialog.decision_box.setCurrentIndex(dialog.decision_box.findText("Declined"))
    assert dialog.record_decision() is False
    assert dialog.error.isVisible() and "reason" in dialog.error.text().lower()
    assert table.item(0, DECISION_COLUMN).text() == "Pending"
    assert service.inquiries(committee_store)[0].decision == "pending"
    assert "No decision recorded" in dialog.recorded_label.text()

    dialog.reason_edit.setPlainText("No local group can run it yet.")
    dialog.record_decision_button.click()
    assert not dialog.error.isVisible()
    assert table.item(0, DECISION_COLUMN).text() == "Declined"
    saved = service.inquiries(committee_store)[0]
    assert (saved.decision, saved.decision_reason) == ("declined", "No local group can run it yet.")
    assert saved.answers[required[1].id] is False and saved.answers[optional[0].id] is False
    assert "Declined on" in dialog.recorded_label.text()
    dialog.close()

    again = open_dialog(qtbot, committee_store)
    assert row_texts(again.inquiries_table, 0)[VERDICT_COLUMN:] == ["Does not meet", "Declined"]
    assert again.select_inquiry(inquiry_id)
    assert again.decision_box.currentText() == "Declined"
    assert again.reason_edit.toPlainText() == "No local group can run it yet."
    assert "No local group can run it yet." in again.recorded_label.text()
    assert again.answer_boxes[required[0].id].currentText() == "Yes"
    assert again.answer_boxes[required[1].id].currentText() == "No"
    assert again.answer_boxes[optional[1].id].currentText() == "Not known"
    assert "Does not meet" in again.verdict_label.text()


def test_the_form_keeps_bad_input_and_says_why(qtbot, committee_store: Store) -> None:
    dialog = open_dialog(qtbot, committee_store)
    assert dialog.record_inquiry("city_abroad", "Lyon", "France", "", "") is None
    assert "two-letter code" in dialog.error.text()
    tomorrow = date.today() + timedelta(days=1)
    assert dialog.record_inquiry("city_abroad", "Lyon", "FR", "", "", tomorrow) is None
    assert "future" in dialog.error.text()
    form = InquiryForm(dialog)
    qtbot.addWidget(form)
    form.show()
    form.source.setCurrentIndex(form.source.findText("A local resident"))
    form.save()  # no city yet
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert form.error.isVisible() and "city cannot be empty" in form.error.text().lower()
    assert "future" in dialog.error.text()  # the form's message went to the form, not here

    qtbot.keyClicks(form.city, "Cuenca")
    form.received.setText("2026-13-40")
    form.save()
    assert "is not a date" in form.error.text()
    form.country.setEditText("Nowhereland")
    form.received.setText(RECEIVED.isoformat())
    form.save()
    assert "country" in form.error.text().lower()
    assert service.inquiries(committee_store) == []

    form.country.set_code("EC")
    form.save()
    assert form.result() == QDialog.DialogCode.Accepted
    assert row_texts(dialog.inquiries_table, 0) == [i18n.format_day(RECEIVED), "Cuenca", "Ecuador",
                                                    "Local resident", "No policy yet", "Pending"]
    assert service.inquiries(committee_store)[0].id == form.new_id


def test_removing_an_inquiry_asks_first(qtbot, committee_store: Store, monkeypatch) -> None:
    dialog, inquiry_id = with_policy_and_valence(qtbot, committee_store)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.remove_inquiry_button.click()
    assert dialog.inquiries_table.rowCount() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.remove_inquiry_button.click()
    assert dialog.inquiries_table.rowCount() == 0
    assert service.inquiries(committee_store) == []
    assert not dialog.remove_inquiry_button.isEnabled()
    assert not dialog.select_inquiry(inquiry_id)


def test_keyboard_and_screen_reader_basics(qtbot, committee_store: Store) -> None:
    dialog, _inquiry_id = with_policy_and_valence(qtbot, committee_store)
    boxes = list(dialog.answer_boxes.values())
    qtbot.waitUntil(boxes[-1].isVisible)  # new rows are shown by the event loop
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QTableWidget)
    inner = (QComboBox, QSpinBox, QTableWidget)  # their own line edits and corner buttons
    unnamed = [w for w in dialog.findChildren(QWidget)
               if isinstance(w, kinds) and w.isVisible() and not w.accessibleName()
               and not isinstance(w.parent(), inner) and w is not dialog.close_button]
    assert unnamed == []
    for button in (dialog.add_button, dialog.suggest_button, dialog.record_button,
                   dialog.remove_inquiry_button, dialog.record_decision_button):
        assert "&" in button.text()

    # The answer boxes sit between the inquiry buttons and the decision, as seen on screen.
    dialog.remove_inquiry_button.setFocus()
    qtbot.keyClick(dialog.remove_inquiry_button, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is boxes[0]
    boxes[-1].setFocus()
    qtbot.keyClick(boxes[-1], Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.decision_box
    qtbot.keyClick(dialog.decision_box, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.reason_edit
