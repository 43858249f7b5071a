"""One window per data folder: a second start is turned away, a crashed one's lock is not.

Two instances writing one store would each overwrite the other's edits; a lock left by a
crash must not keep the committee out of its own data either.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSysInfo, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from sistercity_desktop import app, cli

LOCK_NAME = "sistercity.lock"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the error boxes run_app shows (never a modal dialog in a test)."""
    texts: list[str] = []

    def critical(_parent: object, _title: str, text: str, *_args: object) -> object:
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return texts


@pytest.fixture
def demo_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert cli.main(["--data-dir", str(folder), "demo"]) == 0
    return folder


def close_windows_soon(seen: list[str], lock_owner: list[str], lock: Path) -> None:
    def close() -> None:
        lock_owner.append(lock.read_text().splitlines()[0] if lock.exists() else "")
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                seen.append(widget.windowTitle())
                widget.close()

    QTimer.singleShot(300, close)


def test_a_second_start_in_this_process_is_turned_away(qtbot: object, demo_folder: Path,
                                                       shown: list[str]) -> None:
    held = QLockFile(str(demo_folder / LOCK_NAME))
    assert held.tryLock(0)
    try:
        started = time.monotonic()
        assert app.run_app(demo_folder) == 2
        assert time.monotonic() - started < 5
    finally:
        held.unlock()
    assert len(shown) == 1 and "already open" in shown[0]
    assert not QApplication.topLevelWidgets() or not any(
        w.isVisible() for w in QApplication.topLevelWidgets())


@pytest.fixture
def other_instance(demo_folder: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the data folder's lock, as a running app would."""
    script = ("import sys\nfrom PySide6.QtCore import QLockFile\n"
              "lock = QLockFile(sys.argv[1])\n"
              "print('locked' if lock.tryLock(0) else 'busy', flush=True)\n"
              "sys.stdin.readline()\nlock.unlock()\n")
    child = subprocess.Popen([sys.executable, "-c", script, str(demo_folder / LOCK_NAME)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    yield child
    if child.poll() is None:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=10)


def test_a_second_start_while_another_process_has_the_folder_is_turned_away(
        qtbot: object, demo_folder: Path, shown: list[str],
        other_instance: subprocess.Popen[str], capsys: pytest.CaptureFixture[str]) -> None:
    started = time.monotonic()
    assert app.run_app(demo_folder) == 2
    assert time.monotonic() - started < 5
    assert len(shown) == 1 and "already open" in shown[0]
    err = capsys.readouterr().err
    assert "already open" in err and "Traceback" not in err
    assert other_instance.poll() is None  # the running instance is left alone
    assert (demo_folder / LOCK_NAME).read_text().splitlines()[0] == str(other_instance.pid)


def dead_pid() -> int:
    """The id of a process that has finished (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=30)
    try:
        os.kill(child.pid, 0)
    except ProcessLookupError:
        return child.pid
    pytest.skip("the finished child's process id is already in use again")


def test_a_lock_left_by_a_crashed_instance_does_not_block(qtbot: object, demo_folder: Path,
                                                          shown: list[str]) -> None:
    lock = demo_folder / LOCK_NAME
    pid = dead_pid()
    lock.write_text(f"{pid}\nsistercity-desktop\n{QSysInfo.machineHostName()}\n")
    seen: list[str] = []
    owner: list[str] = []
    close_windows_soon(seen, owner, lock)

    started = time.monotonic()
    assert app.run_app(demo_folder) == 0
    assert time.monotonic() - started < 60

    assert shown == []
    assert any("Sister City Desktop" in title for title in seen), seen
    assert owner == [str(os.getpid())]  # the stale lock was taken over while running
    assert not lock.exists()  # and released on the way out
    # Released means the next start is not turned away either.
    close_windows_soon(seen, owner, lock)
    assert app.run_app(demo_folder) == 0
    assert shown == []
