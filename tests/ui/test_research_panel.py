"""The research step in the window: search in any script, add, compare, decide."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from sistercity_desktop.services import research
from sistercity_desktop.services.partnerships import detail, list_partnerships
from sistercity_desktop.store import Store
from sistercity_desktop.ui.main_window import MainWindow
from sistercity_desktop.ui.worker import wait_for_background


def research_page(qtbot, store: Store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    pid = next(r.id for r in list_partnerships(store) if r.step == 2)
    window.open_partnership(pid)
    window.workspace.jump(2)
    panel = window.workspace.page.research_panel
    qtbot.waitUntil(panel.search.isEnabled, timeout=30_000)  # gazetteer loaded off-thread
    return window, panel, pid


def test_type_ahead_in_japanese_adds_a_candidate(qtbot, demo_store: Store) -> None:
    _window, panel, pid = research_page(qtbot, demo_store)
    panel.search.setText("松本")
    assert panel.results.count() >= 1
    assert panel.results.item(0).text().startswith("Matsumoto — Japan")
    panel.add_button.click()
    names = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    assert "Matsumoto" in names and len(names) == 4
    assert any(c.city.name == "Matsumoto" for c in detail(demo_store, pid).candidates)


def test_comparison_shows_each_sub_score_and_sorts(qtbot, demo_store: Store) -> None:
    _window, panel, _pid = research_page(qtbot, demo_store)
    headers = [panel.table.horizontalHeaderItem(c).text()
               for c in range(panel.table.columnCount())]
    assert headers[3:] == ["Total", "Population", "Geography", "Industries", "Academic",
                           "Cultural", "Ties", "History"]
    cells = [panel.table.item(0, c).text() for c in range(4, panel.table.columnCount())]
    assert all(cell.endswith("%") or cell == "not known" for cell in cells)
    panel.table.sortItems(4)  # by population score, ascending
    shown = [int(panel.table.item(r, 4).text().rstrip("%")) for r in
             range(panel.table.rowCount())]
    assert shown == sorted(shown)


def test_weights_are_saved_and_rescore(qtbot, demo_store: Store) -> None:
    _window, panel, _pid = research_page(qtbot, demo_store)
    for point, spin in panel.weight_boxes.items():
        spin.setValue(5 if point == "population" else 0)
    assert research.weights_of(demo_store)["population"] == 5
    assert research.weights_of(demo_store)["geography"] == 0
    row = research.comparison(demo_store, panel.pid)[0]
    shown = next(panel.table.item(r, 3).text() for r in range(panel.table.rowCount())
                 if panel.table.item(r, 0).text() == row.name)
    assert shown == f"{row.similarity.total:.0f}"


def test_declining_asks_why_and_keeps_it(qtbot, demo_store: Store, monkeypatch) -> None:
    _window, panel, _pid = research_page(qtbot, demo_store)
    panel.table.selectRow(0)
    editor = panel.editor
    assert editor is not None
    name = editor.detail.name
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *a, **k: ("Too far for student exchanges.", True))
    editor._decide("declined")
    saved = next(r for r in research.comparison(demo_store, panel.pid) if r.name == name)
    assert saved.status == "declined"
    assert saved.decision_reason == "Too far for student exchanges."
    statuses = [panel.table.item(r, 2).text() for r in range(panel.table.rowCount())
                if panel.table.item(r, 0).text() == name]
    assert statuses == ["Declined"]


def test_report_preview_opens(qtbot, demo_store: Store) -> None:
    _window, panel, _pid = research_page(qtbot, demo_store)
    panel.report_button.click()
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=30_000)
    assert panel.preview.document.pageCount() >= 4  # summary, comparison, 3 candidates
    panel.preview.close()
    wait_for_background()
