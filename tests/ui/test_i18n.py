"""The interface in other languages, independent of the document languages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QTableView,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from sistercity_desktop.process.steps import steps
from sistercity_desktop.services import letters
from sistercity_desktop.services.partnerships import list_partnerships
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.committee_dialog import CommitteeDialog
from sistercity_desktop.ui.inquiries_dialog import InquiriesDialog
from sistercity_desktop.ui.main_window import MainWindow
from sistercity_desktop.ui.new_partnership import NewPartnershipWizard
from sistercity_desktop.ui.preferences_dialog import PreferencesDialog

ROOT = Path(__file__).resolve().parents[2]


def english_sources() -> set[str]:
    tree = ET.parse(ROOT / "translations" / "sistercity_ja.ts")
    return {m.findtext("source") for m in tree.getroot().iter("message")}


def words(text: str) -> str:
    return text.replace("&", "").strip()


def visible_texts(widget: QWidget) -> Iterator[str]:
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget) and label.text():
            yield label.text()
    for button in widget.findChildren(QAbstractButton):
        if button.isVisibleTo(widget) and button.text():
            yield button.text()
    for box in widget.findChildren(QGroupBox):
        if box.isVisibleTo(widget) and box.title():
            yield box.title()
    for tabs in widget.findChildren(QTabWidget):
        yield from (tabs.tabText(i) for i in range(tabs.count()))
    for table in widget.findChildren(QTableWidget):
        for c in range(table.columnCount()):
            item = table.horizontalHeaderItem(c)
            if item is not None and not table.isColumnHidden(c):
                yield item.text()
    for view in widget.findChildren(QTableView):
        model = view.model()
        if model is not None and not isinstance(view, QTableWidget):
            for c in range(model.columnCount()):
                yield str(model.headerData(c, view.horizontalHeader().orientation()) or "")
    if widget.windowTitle():
        yield widget.windowTitle()


@pytest.fixture
def japanese(qapp) -> Iterator[None]:
    i18n.install("ja")
    yield
    i18n.install("en")


def untranslated(widget: QWidget, sources: set[str]) -> list[str]:
    # A text still equal to an English source string escaped translation.
    return sorted({t for t in visible_texts(widget)
                   if words(t) in {words(s) for s in sources}
                   and re.search(r"[A-Za-z]{3}", t)})


def test_japanese_interface_translates_every_window(qtbot, demo_store: Store,
                                                    japanese: None) -> None:
    sources = english_sources()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    problems: dict[str, list[str]] = {}
    problems["main window"] = untranslated(window, sources)
    for menu in window.menuBar().findChildren(QMenu):
        problems.setdefault("menus", []).extend(
            a.text() for a in menu.actions() if words(a.text()) in {words(s) for s in sources}
            and a.text())
    signed = next(r.id for r in list_partnerships(demo_store) if r.step == 7)
    window.open_partnership(signed)
    for number in range(1, 8):
        window.workspace.jump(number)
        qtbot.wait(10)
        problems[f"step {number}"] = untranslated(window.workspace, sources)
    for name, dialog in (("committee", CommitteeDialog(demo_store, window)),
                         ("inquiries", InquiriesDialog(demo_store, window)),
                         ("preferences", PreferencesDialog(demo_store, window)),
                         ("new partnership", NewPartnershipWizard(demo_store, "en", window))):
        qtbot.addWidget(dialog)
        dialog.show()
        problems[name] = untranslated(dialog, sources)
        dialog.close()
    leftovers = {k: v for k, v in problems.items() if v}
    assert leftovers == {}


def test_step_guidance_follows_the_interface_language(japanese: None) -> None:
    assert steps()[0].title != "Planning"
    assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", steps()[0].title)


def test_documents_keep_their_own_languages(qtbot, demo_store: Store,
                                            japanese: None) -> None:
    pid = next(r.id for r in list_partnerships(demo_store) if r.partner_language == "ja")
    english = letters.draft(demo_store, pid, "introduction", "en")
    assert english.salutation.startswith("Dear")  # the interface is Japanese, the letter not
    french = letters.draft(demo_store, pid, "introduction", "fr")
    assert french.salutation.startswith(("Monsieur", "Madame"))
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.open_partnership(pid)
    window.workspace.jump(3)
    panel = window.workspace.page.letter_panel
    assert (panel.language.currentData(), panel.second.currentData()) == ("ja", "en")


def test_pseudo_localisation_marks_every_string_and_nothing_clips(qtbot,
                                                                  demo_store: Store) -> None:
    i18n.install("pseudo")
    try:
        window = MainWindow(demo_store)
        qtbot.addWidget(window)
        window.resize(1500, 1000)
        window.show()
        signed = next(r.id for r in list_partnerships(demo_store) if r.step == 7)
        window.open_partnership(signed)
        clipped = []
        for number in range(1, 8):
            window.workspace.jump(number)
            qtbot.wait(10)
            for button in window.workspace.findChildren(QAbstractButton):
                if (button.isVisible() and "⟦" in button.text()
                        and button.width() + 2 < button.minimumSizeHint().width()):
                    clipped.append(button.text())
        assert clipped == []
        marked = [t for t in visible_texts(window) if "⟦" in t]
        assert marked  # pseudo-localisation is active on the window
    finally:
        i18n.install("en")
