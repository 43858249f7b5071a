"""The ceremony planner: clock times, roles, gifts, the seating plan and the programme."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QMessageBox

from sistercity_desktop.protocol.ceremony import presets
from sistercity_desktop.protocol.seating import side_of
from sistercity_desktop.services import ceremony
from sistercity_desktop.services.partnerships import list_partnerships, update_field
from sistercity_desktop.store import Store
from sistercity_desktop.ui.ceremony_panel import MINUTES, START, TITLE_OURS, CeremonyPanel
from sistercity_desktop.ui.worker import wait_for_background
from tests.documents.conftest import pdf_text, squeeze


@pytest.fixture
def pid(demo_store: Store) -> str:
    return next(r.id for r in list_partnerships(demo_store) if r.partner_language == "ja")


def open_panel(qtbot, store: Store, pid: str) -> CeremonyPanel:
    panel = CeremonyPanel(store, pid)
    qtbot.addWidget(panel)
    return panel


def commit(edit: QLineEdit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()  # what Enter or leaving the field does


def planned(qtbot, store: Store, pid: str) -> CeremonyPanel:
    """Date set on the page, then start, zone and the Japanese order typed in the panel."""
    update_field(store, pid, "ceremony_on", "2027-04-10")
    panel = open_panel(qtbot, store, pid)
    commit(panel.start_edit, "14:00")
    panel.zone_box.setEditText("Asia/Tokyo")
    panel.zone_box.lineEdit().editingFinished.emit()
    panel.apply_preset("japanese")
    return panel


def starts(panel: CeremonyPanel) -> list[str]:
    return [panel.events_table.item(r, START).text()
            for r in range(panel.events_table.rowCount())]


def minutes_between(a: str, b: str) -> int:
    return int((datetime.strptime(b, "%H:%M") - datetime.strptime(a, "%H:%M")).seconds / 60)


def test_preset_gives_the_order_of_events_on_the_clock(qtbot, demo_store: Store,
                                                       pid: str) -> None:
    panel = planned(qtbot, demo_store, pid)
    view = ceremony.view(demo_store, pid)
    assert (view.start, view.timezone) == ("14:00", "Asia/Tokyo")
    events = presets()["japanese"].events
    assert panel.events_table.rowCount() == len(events) == len(view.events)
    shown = starts(panel)
    assert shown[0] == "14:00"
    assert shown == sorted(shown) and len(set(shown)) == len(shown)
    assert panel.events_table.item(0, TITLE_OURS).text() == "Opening words"
    assert panel.events_table.item(0, TITLE_OURS + 1).text() == "開会の辞"
    assert "Saturday, April 10, 2027" in panel.date_note.text()
    end = panel.total_label.text()
    assert "from 14:00 to" in end and "Asia/Tokyo" in end


def test_editing_minutes_moves_the_next_start(qtbot, demo_store: Store, pid: str) -> None:
    panel = planned(qtbot, demo_store, pid)
    first = ceremony.view(demo_store, pid).events[0]
    before = starts(panel)[1]
    panel.events_table.item(0, MINUTES).setData(Qt.ItemDataRole.EditRole, first.minutes + 10)
    assert ceremony.view(demo_store, pid).events[0].minutes == first.minutes + 10
    assert minutes_between(before, starts(panel)[1]) == 10
    again = open_panel(qtbot, demo_store, pid)
    assert starts(again)[1] == starts(panel)[1]


def test_a_bad_start_time_is_explained_and_changes_nothing(qtbot, demo_store: Store,
                                                           pid: str) -> None:
    panel = planned(qtbot, demo_store, pid)
    with qtbot.waitSignal(panel.failed, timeout=1000) as blocker:
        commit(panel.start_edit, "25:99")
    assert "HH:MM" in blocker.args[0]
    assert "HH:MM" in panel.start_message.text()
    assert panel.start_edit.text() == "14:00"
    assert ceremony.view(demo_store, pid).start == "14:00"
    assert starts(panel)[0] == "14:00"


def test_without_a_date_the_panel_says_where_to_set_it(qtbot, demo_store: Store,
                                                       pid: str) -> None:
    panel = open_panel(qtbot, demo_store, pid)
    commit(panel.start_edit, "10:30")
    panel.apply_preset("european")
    assert "Set the ceremony date above to see clock times" in panel.date_note.text()
    assert set(starts(panel)) == {"—"}


def test_zone_starts_as_the_host_city_zone(qtbot, demo_store: Store, pid: str) -> None:
    panel = open_panel(qtbot, demo_store, pid)
    assert panel.zone_box.currentText() == "America/Los_Angeles"  # Greenvale hosts
    assert ceremony.view(demo_store, pid).timezone == "America/Los_Angeles"
    panel.host_theirs.setChecked(True)
    assert panel.zone_box.currentText() == "Asia/Tokyo"  # the ceremony moves to Matsumoto


def test_replacing_the_order_asks_first(qtbot, demo_store: Store, pid: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    panel = planned(qtbot, demo_store, pid)
    count = panel.events_table.rowCount()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    assert not panel.apply_preset("korean")
    assert panel.events_table.rowCount() == count
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert panel.apply_preset("korean")
    assert panel.events_table.rowCount() == len(presets()["korean"].events)


def test_add_move_and_remove_events(qtbot, demo_store: Store, pid: str,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    panel = planned(qtbot, demo_store, pid)
    count = panel.events_table.rowCount()
    panel.add_event()
    assert panel.events_table.rowCount() == count + 1
    panel.events_table.selectRow(count)
    panel.move_event(-1)
    titles = [e.title_ours for e in ceremony.view(demo_store, pid).events]
    assert titles[count - 1] == "New event"
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.events_table.selectRow(count - 1)
    panel.remove_event()
    assert "New event" not in [e.title_ours for e in ceremony.view(demo_store, pid).events]
    assert panel.events_table.rowCount() == count


def test_role_names_are_saved(qtbot, demo_store: Store, pid: str) -> None:
    panel = open_panel(qtbot, demo_store, pid)
    assert ("mc", "neutral") in panel.role_edits
    assert ("host_signatory", "ours") in panel.role_edits  # Greenvale hosts by default
    assert ("guest_signatory", "theirs") in panel.role_edits
    commit(panel.role_edits[("mc", "neutral")], "Emily Nakamura")
    roles = {(r.role, r.side): r.name for r in ceremony.view(demo_store, pid).roles}
    assert roles[("mc", "neutral")] == "Emily Nakamura"
    again = open_panel(qtbot, demo_store, pid)
    assert again.role_edits[("mc", "neutral")].text() == "Emily Nakamura"


def test_gifts_are_listed_with_the_partner_country_cautions(qtbot, demo_store: Store,
                                                            pid: str) -> None:
    panel = open_panel(qtbot, demo_store, pid)
    assert "white flowers" in panel.cautions_label.text()
    assert "Japan" in panel.cautions_label.text()
    panel.gift_description.setText("A framed print of the old mill")
    panel.gift_recipient.setText("Mayor Yamada")
    panel.add_gift()
    texts = [panel.gifts_list.item(i).text() for i in range(panel.gifts_list.count())]
    assert texts == ["We give: A framed print of the old mill (to Mayor Yamada)"]
    gifts = ceremony.view(demo_store, pid).gifts
    assert [(g.direction, g.description, g.recipient) for g in gifts] == [
        ("give", "A framed print of the old mill", "Mayor Yamada")]
    assert panel.gift_description.text() == ""


def test_switching_host_moves_the_signatories(qtbot, demo_store: Store, pid: str) -> None:
    panel = open_panel(qtbot, demo_store, pid)
    commit(panel.role_edits[("host_signatory", "ours")], "Patricia Holloway")

    def chair_of(name: str):
        return next(i for i in panel.seating.items if i.kind == "chair" and name in i.label)

    # Greenvale hosts: the guest sits at the host's right, the audience's left.
    assert chair_of("Holloway").x > 0.5
    assert side_of(panel.seating.items, "guest_signatory") == "left"
    panel.host_theirs.setChecked(True)
    assert ceremony.view(demo_store, pid).host == "theirs"
    assert chair_of("Holloway").x < 0.5  # Greenvale's mayor is now the guest
    assert chair_of("Holloway").role == "guest_signatory"
    assert "Matsumoto" in next(i.label for i in panel.seating.items
                               if i.role == "" and i.kind == "document" and i.x > 0.5)
    # Each city's people keep their names: Greenvale's signatory is now the guest one.
    assert panel.role_edits[("guest_signatory", "ours")].text() == "Patricia Holloway"
    names = {(r.role, r.side): r.name for r in ceremony.view(demo_store, pid).roles if r.name}
    assert names == {("guest_signatory", "ours"): "Patricia Holloway"}
    again = open_panel(qtbot, demo_store, pid)
    assert again.host_theirs.isChecked()


def test_every_control_has_an_accessible_name(qtbot, demo_store: Store, pid: str) -> None:
    panel = open_panel(qtbot, demo_store, pid)
    assert panel.seating.accessibleName() == "Flag and seating plan"
    assert "Seen from the audience" in panel.seating.accessibleDescription()
    for kind in (QLineEdit, QComboBox, QListWidget):
        for widget in panel.findChildren(kind):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
                continue  # the combo box's own inner editor
            assert widget.accessibleName(), widget


def test_programme_preview_has_both_languages(qtbot, demo_store: Store, pid: str) -> None:
    panel = planned(qtbot, demo_store, pid)
    panel.preview_document("ceremony_programme")
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=30_000)
    assert panel.preview.document.pageCount() >= 1
    assert panel.preview.suggested_name.startswith("ceremony-programme-")
    text = squeeze(pdf_text(panel.preview.pdf))
    assert "SigningCeremony" in text
    assert "調印式" in text
    panel.preview.close()
    wait_for_background()


@pytest.mark.parametrize("kind", ["run_of_show", "seating_plan"])
def test_other_documents_open(qtbot, demo_store: Store, pid: str, kind: str) -> None:
    panel = planned(qtbot, demo_store, pid)
    panel.preview_document(kind)
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=30_000)
    assert panel.preview.document.pageCount() >= 1
    panel.preview.close()
    wait_for_background()
