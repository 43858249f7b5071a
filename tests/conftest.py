"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sistercity_desktop.store import Store, open_store  # noqa: E402

DEMO_TODAY = date(2026, 6, 15)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Nothing a test does may touch the real user data folder.
    monkeypatch.setenv("SISTERCITY_DATA_DIR", str(tmp_path / "default-data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    opened = open_store(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def committee_store(store: Store) -> Store:
    from sistercity_desktop.services.committee import CommitteeSetup, set_up_committee

    set_up_committee(store, CommitteeSetup("Riverton Sister Cities", "en", "Riverton", "US",
                                           85_000, "Alex Moreno"))
    return store


@pytest.fixture
def demo_store(store: Store) -> Store:
    from sistercity_desktop.services.demo import load_demo

    load_demo(store, today=DEMO_TODAY)
    return store


# PySide6 6.12.0 on Python 3.11 leaked references to None and bools, so a long run
# could abort while the interpreter tore down ("bool_dealloc"). 6.11.3 (pinned) does
# not: the whole suite now ends cleanly. SISTERCITY_TEST_HARD_EXIT=1 still ends the
# process with pytest's own status, skipping that teardown, should it ever come back.
_exit_status: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    if _exit_status and os.environ.get("SISTERCITY_TEST_HARD_EXIT", "0") == "1":
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status[0])
