"""Start-up as the user sees it: the window first, then filled from the store.

The window appears at once ("Opening your data…") and fills with the partnerships once the
store is open; what the first start left (the partnership on screen) is there after a
restart. A first run, a damaged store and a restore go through the same path.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from sistercity_desktop import app, cli
from sistercity_desktop.services.committee import CommitteeSetup, set_up_committee
from sistercity_desktop.services.partnerships import list_partnerships
from sistercity_desktop.store import open_store
from sistercity_desktop.store.backup import make_backup
from sistercity_desktop.ui.setup_wizard import SetupWizard


@pytest.fixture
def demo_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert cli.main(["--data-dir", str(folder), "demo"]) == 0
    return folder


@pytest.fixture
def demo_ids(demo_folder: Path) -> set[str]:
    """The demo's partnerships, as the store lists them."""
    store = open_store(demo_folder, auto_backup=False)
    try:
        ids = {row.id for row in list_partnerships(store)}
    finally:
        store.close()
    assert len(ids) >= 3
    return ids


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Boxes the app shows, answered at once (a test never waits on a modal dialog)."""
    texts: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> object:
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    return texts


def listed(window: object) -> set[str]:
    """The partnerships in the window's list (ids, from the rows the table shows)."""
    model = window.model
    return {model.data(model.index(row, 0), model.ID_ROLE) for row in range(model.rowCount())}


def start(folder: Path, when_filled, on_shell=None) -> int:  # noqa: ANN001 (callbacks)
    """Run the app's real entry point; call `when_filled(window)` once it is filled."""
    def started(controller: app._Controller) -> None:
        if on_shell is not None:
            on_shell(controller.window)
        controller.window.filled.connect(lambda: when_filled(controller))

    return app.main(["--data-dir", str(folder)], on_started=started)


def close_all() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()


def test_the_window_shows_first_and_fills_with_the_partnerships(
        qtbot, demo_folder: Path, demo_ids: set[str]) -> None:
    shell: dict[str, object] = {}
    filled: dict[str, object] = {}

    def on_shell(window) -> None:  # noqa: ANN001
        shell.update(visible=window.isVisible(), store=window.store,
                     rows=len(window.model.rows), text=window.empty_text.text(),
                     new_enabled=window._needs_store[0].isEnabled())

    def when_filled(controller) -> None:  # noqa: ANN001
        window = controller.window
        filled.update(cities=listed(window), title=window.windowTitle(),
                      new_enabled=window._needs_store[0].isEnabled(),
                      page=window.stack.currentWidget())
        filled["dashboard"] = window.dashboard
        close_all()

    assert start(demo_folder, when_filled, on_shell) == 0
    # On screen before the store is open: an empty list and a word on what is happening.
    assert shell == {"visible": True, "store": None, "rows": 0,
                     "text": "Opening your data…", "new_enabled": False}
    assert filled["cities"] == demo_ids
    assert filled["title"] == "Greenvale Sister Cities Association — Sister City Desktop"
    assert filled["new_enabled"] is True
    assert filled["page"] is filled["dashboard"]  # no partnership opened before: what is due


def test_after_a_restart_the_list_and_the_last_partnership_are_back(
        qtbot, demo_folder: Path, demo_ids: set[str]) -> None:
    opened: list[str] = []

    def first(controller) -> None:  # noqa: ANN001
        window = controller.window
        row = window.model.rows[1]
        window.open_partnership(row.id)
        opened.append(row.id)
        window.resize(700, 500)
        close_all()

    assert start(demo_folder, first) == 0

    seen: dict[str, object] = {}

    def second(controller) -> None:  # noqa: ANN001
        window = controller.window
        seen.update(cities=listed(window), open=window.workspace.partnership_id,
                    page=window.stack.currentWidget() is window.workspace,
                    size=(window.width(), window.height()))
        close_all()

    assert start(demo_folder, second) == 0
    assert seen["cities"] == demo_ids
    assert seen["open"] == opened[0] and seen["page"] is True
    assert seen["size"] == (700, 500)  # the window comes back at its size, at once


def test_a_first_run_asks_for_the_committee_over_the_window(qtbot, tmp_path: Path,
                                                            monkeypatch) -> None:  # noqa: ANN001
    parents: list[object] = []

    def answer(wizard: SetupWizard) -> int:
        parents.append(wizard.parentWidget())
        set_up_committee(wizard.store, CommitteeSetup("Riverton Sister Cities", "en",
                                                      "Riverton", "US"))
        return 1

    monkeypatch.setattr(SetupWizard, "exec", answer)
    filled: dict[str, object] = {}

    def when_filled(controller) -> None:  # noqa: ANN001
        window = controller.window
        filled.update(rows=len(window.model.rows), title=window.windowTitle(),
                      text=window.empty_text.text(), window=window)
        close_all()

    assert start(tmp_path / "new", when_filled) == 0
    assert parents == [filled["window"]]
    assert filled["rows"] == 0 and "Riverton Sister Cities" in filled["title"]
    assert "No partnerships yet" in filled["text"]


def test_a_first_run_left_without_a_committee_quits(qtbot, tmp_path: Path,
                                                    monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(SetupWizard, "exec", lambda _wizard: 0)
    assert start(tmp_path / "new", lambda _c: pytest.fail("filled without a committee")) == 0
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())


def test_a_damaged_store_is_restored_from_its_backup_and_listed(
        qtbot, demo_folder: Path, demo_ids: set[str], monkeypatch) -> None:  # noqa: ANN001
    database = demo_folder / "sistercity.sqlite3"
    make_backup(database, "test")
    data = database.read_bytes()
    database.write_bytes(data[: len(data) // 2 + 1234])  # truncated: the check refuses it
    offered: list[str] = []

    def choose_restore(box: QMessageBox) -> int:
        offered.extend(button.text() for button in box.buttons())
        next(b for b in box.buttons() if b.text().startswith("Restore the backup")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_restore)
    filled: list[set[str]] = []

    def when_filled(controller) -> None:  # noqa: ANN001
        filled.append(listed(controller.window))
        close_all()

    assert start(demo_folder, when_filled) == 0
    assert any(text.startswith("Restore the backup of") for text in offered)
    assert "Quit" in offered
    assert filled == [demo_ids]
    assert list(demo_folder.glob("sistercity-damaged-*.sqlite3"))  # kept aside, not lost


def test_restore_rebuilds_the_window_filled(qtbot, demo_folder: Path,
                                            demo_ids: set[str]) -> None:
    database = demo_folder / "sistercity.sqlite3"
    backup = make_backup(database, "test")
    rebuilt: list[object] = []

    def when_filled(controller) -> None:  # noqa: ANN001
        if rebuilt:
            return
        old = controller.window
        rebuilt.append(old)
        controller.restore(backup)
        window = controller.window
        rebuilt.extend([window, listed(window), window.isVisible()])
        close_all()

    assert start(demo_folder, when_filled) == 0
    old, new, cities, visible = rebuilt
    assert new is not old and visible and cities == demo_ids
