"""The GUI entry point boots on demo data and on an empty folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from sistercity_desktop import app, cli


def close_soon(seen: list[str]) -> None:
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                seen.append(widget.windowTitle())
                widget.close()
    QTimer.singleShot(300, close)


def test_app_opens_the_window_on_demo_data(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert cli.main(["--data-dir", str(folder), "demo"]) == 0
    seen: list[str] = []
    close_soon(seen)
    assert app.main(["--data-dir", str(folder)]) == 0
    assert any("Sister City Desktop" in title for title in seen)


def test_app_reports_a_broken_database_without_a_traceback(qtbot, tmp_path: Path,
                                                           capsys, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "sistercity.sqlite3").write_bytes(b"this is not a database" * 100)
    assert app.main(["--data-dir", str(folder)]) == 2
    assert shown and "not a Sister City Desktop database" in shown[0]
    assert "Traceback" not in capsys.readouterr().err
