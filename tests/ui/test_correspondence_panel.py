"""The correspondence panel: timeline, filters, adding, attaching and deleting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from sistercity_desktop.services.correspondence import EntryInput, attachments_folder, entries
from sistercity_desktop.services.partnerships import list_partnerships
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.correspondence_panel import CorrespondencePanel, EntryDialog

DATE, DIRECTION, CHANNEL, SUMMARY, FILES = 0, 1, 2, 5, 6


def japanese(store: Store) -> str:
    return next(r.id for r in list_partnerships(store) if r.partner_language == "ja")


@pytest.fixture
def panel(qtbot, demo_store: Store) -> CorrespondencePanel:
    widget = CorrespondencePanel(demo_store, japanese(demo_store))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def column(panel: CorrespondencePanel, index: int) -> list[str]:
    return [panel.table.item(row, index).text() for row in range(panel.table.rowCount())]


def test_timeline_lists_the_partnership_newest_first(panel: CorrespondencePanel,
                                                     demo_store: Store) -> None:
    expected = entries(demo_store, japanese(demo_store))
    assert len(expected) == 7 and panel.table.rowCount() == 7
    dates = column(panel, DATE)
    assert [e.on for e in expected] == sorted((e.on for e in expected), reverse=True)
    assert dates == [i18n.format_day(e.on) for e in expected]  # shown in the window's format
    assert "Japanese text being prepared" in panel.table.item(0, SUMMARY).text()
    assert panel.last_contact_label.text().startswith("Last contact")


def test_filters_refilter_at_once(qtbot, panel: CorrespondencePanel) -> None:
    panel.channel_filter.setCurrentIndex(panel.channel_filter.findData("email"))
    assert set(column(panel, CHANNEL)) == {"Email"}
    assert panel.table.rowCount() == 3
    panel.direction_filter.setCurrentIndex(panel.direction_filter.findData("incoming"))
    assert column(panel, DIRECTION) == ["Received"]
    panel.channel_filter.setCurrentIndex(0)
    panel.direction_filter.setCurrentIndex(0)
    qtbot.keyClicks(panel.search, "pilot")  # typing filters, no button to press
    assert panel.table.rowCount() == 2
    assert all("pilot" in s.lower() for s in column(panel, SUMMARY))
    panel.search.setText("佐藤")  # the people are searched too
    assert panel.table.rowCount() == 5
    panel.search.setText("no such words anywhere")
    assert panel.table.rowCount() == 1
    assert "No exchange matches" in panel.table.item(0, 0).text()
    assert panel.selected_entry() is None


def test_empty_summary_is_refused_with_the_services_message(panel: CorrespondencePanel,
                                                            demo_store: Store) -> None:
    pid = japanese(demo_store)
    before = len(entries(demo_store, pid))
    failures: list[str] = []
    panel.failed.connect(failures.append)
    assert panel.add_entry(EntryInput(date.today(), "outgoing", "email", summary="  ")) is None
    assert "summary" in panel.error.text().lower()
    assert failures == [panel.error.text()]
    assert len(entries(demo_store, pid)) == before
    assert panel.table.rowCount() == before


def test_valid_entry_appears_at_the_top_and_resets_last_contact(
        qtbot, panel: CorrespondencePanel) -> None:
    panel.channel_filter.setCurrentIndex(panel.channel_filter.findData("letter"))
    with qtbot.waitSignal(panel.changed):
        entry_id = panel.add_entry(EntryInput(date.today(), "incoming", "call",
                                              "Emily Nakamura", "佐藤 花子",
                                              "Call about the signing date."))
    assert entry_id
    # The letter filter would hide a phone call: it is cleared so the new entry shows.
    assert panel.channel_filter.currentIndex() == 0
    assert panel.table.item(0, SUMMARY).text() == "Call about the signing date."
    assert panel.table.item(0, CHANNEL).text() == "Phone call"
    assert panel.selected_entry().id == entry_id
    assert panel.last_contact_label.text() == "Last contact today"
    assert panel.error.text() == ""


def test_attached_file_is_copied_and_deleting_keeps_it(qtbot, panel: CorrespondencePanel,
                                                       demo_store: Store, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    original = tmp_path / "scan of the reply.pdf"
    original.write_bytes(b"%PDF-1.4 pretend scan")
    entry_id = panel.add_entry(EntryInput(date.today(), "incoming", "letter",
                                          summary="Reply with a scan."))
    attachment_id = panel.attach_file(entry_id, original)
    assert attachment_id
    stored = next(iter(entries(demo_store, japanese(demo_store))[0].attachments)).path
    assert stored.parent == attachments_folder(demo_store)
    assert stored.read_bytes() == original.read_bytes()
    assert original.read_bytes() == b"%PDF-1.4 pretend scan"  # the original is untouched
    assert panel.table.item(0, FILES).text() == "1 file"
    assert panel.attachments.count() == 1
    assert "scan of the reply.pdf" in panel.attachments.item(0).text()

    # A refusal is shown, not raised.
    assert panel.attach_file(entry_id, tmp_path / "missing.pdf") is None
    assert "is not a file" in panel.error.text()

    asked: list[str] = []

    def answer(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel.select_entry(entry_id)
    with qtbot.waitSignal(panel.changed):
        panel.delete_button.click()
    assert "deleted" in asked[0]
    assert entry_id not in {e.id for e in entries(demo_store, japanese(demo_store))}
    assert not stored.exists()
    assert (attachments_folder(demo_store) / "deleted" / stored.name).read_bytes() \
        == original.read_bytes()
    assert original.exists()
    assert panel.table.rowCount() == 7


def test_delete_asks_first_and_no_keeps_the_entry(panel: CorrespondencePanel,
                                                  demo_store: Store,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    panel.table.selectRow(0)
    panel.delete_button.click()
    assert len(entries(demo_store, japanese(demo_store))) == 7
    panel.table.clearSelection()
    panel.delete_button.click()
    assert "Select an exchange" in panel.error.text()


def test_entry_dialog_stays_open_on_refusal_and_edits(qtbot, panel: CorrespondencePanel,
                                                      demo_store: Store) -> None:
    pid = japanese(demo_store)
    first = entries(demo_store, pid)[0]
    dialog = EntryDialog(demo_store, pid, first)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.on.date().toPython() == first.on
    assert dialog.summary.toPlainText() == first.summary
    dialog.summary.setPlainText("")
    dialog.save()
    assert dialog.isVisible() and "summary" in dialog.error.text().lower()
    dialog.summary.setPlainText("Sent the draft agreement; corrected.")
    dialog.save()
    assert not dialog.isVisible()
    assert entries(demo_store, pid)[0].summary == "Sent the draft agreement; corrected."
    fresh = EntryDialog(demo_store, pid)
    qtbot.addWidget(fresh)
    assert fresh.on.date().toPython() == date.today()


def test_every_control_has_an_accessible_name(qtbot, panel: CorrespondencePanel,
                                              demo_store: Store) -> None:
    dialog = EntryDialog(demo_store, japanese(demo_store), parent=panel)
    qtbot.addWidget(dialog)
    kinds = (QComboBox, QLineEdit, QPushButton, QTableWidget, QListWidget, QDateEdit,
             QPlainTextEdit)
    for widget in (panel, dialog):
        unnamed = [w for w in widget.findChildren(QWidget)
                   if isinstance(w, kinds)
                   and not w.objectName().startswith("qt_")  # Qt's own inner editors
                   and not w.accessibleName()]
        assert unnamed == []
    for button in (panel.add_button, panel.edit_button, panel.attach_button, panel.open_button):
        assert "&" in button.text()
