"""Writing a letter in the window: wording kept, preview made off the UI thread, sent logged."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from sistercity_desktop.services import letters
from sistercity_desktop.services.partnerships import detail, list_partnerships
from sistercity_desktop.store import Store
from sistercity_desktop.ui.main_window import MainWindow


def open_letter_step(qtbot, store: Store) -> tuple[MainWindow, str]:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pid = next(r.id for r in list_partnerships(store) if r.partner_language == "ja")
    window.open_partnership(pid)
    window.workspace.jump(3)
    return window, pid


def test_letter_panel_proposes_partner_language_with_courtesy_copy(qtbot,
                                                                   demo_store: Store) -> None:
    window, _pid = open_letter_step(qtbot, demo_store)
    panel = window.workspace.page.letter_panel
    assert panel.language.currentData() == "ja"
    assert panel.second.currentData() == "en"
    assert panel.tabs.count() == 2
    japanese = panel.tabs.widget(0)
    assert japanese.opening.text().startswith("拝啓")
    assert japanese.closing.toPlainText() == "敬具"


def test_edited_wording_survives_reopening(qtbot, demo_store: Store) -> None:
    window, pid = open_letter_step(qtbot, demo_store)
    english = window.workspace.page.letter_panel.tabs.widget(1)
    english.body.setFocus()
    english.body.setPlainText("First paragraph & <more>.\n\nSecond paragraph.")
    english.subject.setFocus()  # leaving the paragraphs saves them
    saved = letters.draft(demo_store, pid, "introduction", "en")
    assert saved.edited
    assert saved.paragraphs == ("First paragraph & <more>.", "Second paragraph.")
    window.workspace.jump(2)
    window.workspace.jump(3)
    panel = window.workspace.page.letter_panel
    assert "(edited)" in panel.tabs.tabText(1)
    assert panel.tabs.widget(1).body.toPlainText().startswith("First paragraph & <more>.")


def test_preview_is_made_in_the_background_and_shows_pages(qtbot, demo_store: Store) -> None:
    window, _pid = open_letter_step(qtbot, demo_store)
    panel = window.workspace.page.letter_panel
    panel.parallel.setChecked(True)
    panel.preview_button.click()
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=20_000)
    assert panel.preview.document.pageCount() >= 1
    assert panel.preview.suggested_name.endswith("-ja-en.pdf")
    panel.preview.close()


def test_mark_as_sent_logs_the_letter(qtbot, demo_store: Store, monkeypatch) -> None:
    window, pid = open_letter_step(qtbot, demo_store)
    before = len(detail(demo_store, pid).correspondence)
    window.workspace.page.letter_panel.sent.click()
    assert len(detail(demo_store, pid).correspondence) == before + 1
    # The page is rebuilt with the new entry; the reset asks before discarding edits.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    window.workspace.page.letter_panel.reset.click()
