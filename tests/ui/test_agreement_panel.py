"""The agreement panel: choices saved at once, shown again, and printed as two originals."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from sistercity_desktop.services import agreement
from sistercity_desktop.services.agreement import CUSTOM
from sistercity_desktop.services.partnerships import list_partnerships
from sistercity_desktop.store import Store
from sistercity_desktop.ui.agreement_panel import AgreementPanel
from sistercity_desktop.ui.worker import wait_for_background
from tests.documents.conftest import pdf_text, squeeze

MUSIC = "Music education for children"


def japanese(store: Store) -> str:
    return next(r.id for r in list_partnerships(store) if r.partner_language == "ja")


def open_panel(qtbot, store: Store, pid: str) -> AgreementPanel:
    panel = AgreementPanel(store, pid)
    qtbot.addWidget(panel)
    return panel


def add_area(panel: AgreementPanel, name: str) -> None:
    panel.custom_edit.setText(name)
    button = next(b for b in panel.findChildren(QPushButton) if b.text() == "Add a&rea")
    button.click()


def test_choices_are_saved_and_shown_again(qtbot, demo_store: Store) -> None:
    pid = japanese(demo_store)
    panel = open_panel(qtbot, demo_store, pid)
    assert panel.area_boxes["education"].text() == "Education and schools"
    assert all(box.isChecked() for box in panel.clause_boxes.values())  # all by default
    panel.area_boxes["education"].setChecked(True)
    panel.area_boxes["culture"].setChecked(True)
    add_area(panel, MUSIC)
    panel.clause_boxes["termination"].setChecked(False)
    panel.exchanges.setValue(4)
    panel.place.setText("Greenvale City Hall")
    panel.place.editingFinished.emit()  # what leaving the field does

    saved = agreement.settings(demo_store, pid)
    assert saved.areas == ("education", "culture", CUSTOM + MUSIC)
    assert "termination" not in saved.clauses and "not_binding" in saved.clauses
    assert saved.exchanges_per_year == 4
    assert saved.signing_place == "Greenvale City Hall"
    assert panel.custom_edit.text() == ""
    assert [panel.custom_list.item(i).text() for i in range(panel.custom_list.count())] \
        == [MUSIC]

    again = open_panel(qtbot, demo_store, pid)
    ticked = {key for key, box in again.area_boxes.items() if box.isChecked()}
    assert ticked == {"education", "culture"}
    assert again.custom_list.item(0).text() == MUSIC
    assert not again.clause_boxes["termination"].isChecked()
    assert again.clause_boxes["effective"].isChecked()
    assert again.exchanges.value() == 4
    assert again.place.text() == "Greenvale City Hall"


def test_zero_exchanges_means_not_stated(qtbot, demo_store: Store) -> None:
    pid = japanese(demo_store)
    agreement.set_exchanges(demo_store, pid, 6)
    panel = open_panel(qtbot, demo_store, pid)
    panel.exchanges.setValue(0)
    assert panel.exchanges.text() == "not stated"
    assert agreement.settings(demo_store, pid).exchanges_per_year is None


def test_removing_an_area_of_our_own_asks_first(qtbot, demo_store: Store,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    pid = japanese(demo_store)
    panel = open_panel(qtbot, demo_store, pid)
    add_area(panel, MUSIC)
    panel.custom_list.setCurrentRow(0)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    panel.remove_custom.click()
    assert agreement.settings(demo_store, pid).areas == (CUSTOM + MUSIC,)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.remove_custom.click()
    assert agreement.settings(demo_store, pid).areas == ()
    assert panel.custom_list.count() == 0


def test_refused_value_is_reported_and_not_shown(qtbot, demo_store: Store) -> None:
    pid = japanese(demo_store)
    panel = open_panel(qtbot, demo_store, pid)
    panel.place.setText("x" * 400)
    with qtbot.waitSignal(panel.failed, timeout=1000) as blocker:
        panel.place.editingFinished.emit()
    assert "place of signing" in blocker.args[0].lower()
    assert panel.place.text() == ""
    assert agreement.settings(demo_store, pid).signing_place == ""


def test_every_control_has_an_accessible_name(qtbot, demo_store: Store) -> None:
    panel = open_panel(qtbot, demo_store, japanese(demo_store))
    for kind in (QCheckBox, QLineEdit, QSpinBox, QComboBox, QListWidget):
        for widget in panel.findChildren(kind):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QSpinBox):
                continue  # the spin box's own inner editor
            assert widget.accessibleName(), widget


def test_preview_shows_two_originals_with_both_languages(qtbot, demo_store: Store) -> None:
    pid = japanese(demo_store)
    panel = open_panel(qtbot, demo_store, pid)
    add_area(panel, MUSIC)
    panel.preview_originals()
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=30_000)
    assert panel.preview.document.pageCount() >= 2
    assert panel.preview.suggested_name.startswith("agreement-")
    text = squeeze(pdf_text(panel.preview.pdf))
    assert squeeze(MUSIC) in text
    assert "姉妹都市提携協定書" in text  # the title of the partner's (Japanese) column
    panel.preview.close()
    wait_for_background()


def test_plain_copy_preview_opens(qtbot, demo_store: Store) -> None:
    panel = open_panel(qtbot, demo_store, japanese(demo_store))
    panel.page_size.setCurrentIndex(panel.page_size.findData("LETTER"))
    panel.preview_copy()
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=30_000)
    assert panel.preview.suggested_name.startswith("agreement-copy-")
    assert panel.preview.document.pageCount() >= 1
    panel.preview.close()
    wait_for_background()
