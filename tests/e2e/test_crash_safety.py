"""Pulling the plug: whatever the app reported as saved is still there after a hard kill.

A child process edits a partnership in a loop (a field, then a note) and prints
"committed N" only after both service calls returned. The test kills it with SIGKILL at an
arbitrary moment, then opens the store: every edit reported as saved must be there, nothing
half-written, and SQLite's integrity check must pass. Done three times in a row, so each
round also starts from a store that was recovered after a kill.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sistercity_desktop.services.committee import CommitteeSetup, set_up_committee
from sistercity_desktop.services.partnerships import NewPartnership, create_partnership, detail
from sistercity_desktop.store import open_store
from sistercity_desktop.store.db import integrity_report

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

ITERATIONS = 2_000  # the child stops by itself after this many, if never killed
TIMEOUT = 90.0  # seconds, for the whole of one round

CHILD = r"""
import sys
from pathlib import Path

from sistercity_desktop.services import partnerships
from sistercity_desktop.store import open_store

folder, pid, first, last = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
store = open_store(folder, auto_backup=False)
print("ready", flush=True)
for n in range(first, last + 1):
    partnerships.update_field(store, pid, "purpose", f"edit {n}")
    partnerships.add_note(store, pid, f"note {n}")
    print(f"committed {n}", flush=True)
store.close()
print("finished", flush=True)
"""


@dataclass
class Round:
    last_seen: int  # the last "committed N" the child printed
    lines: list[str]
    stderr: str


def _pump(stream: object, lines: queue.Queue[str | None]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.put(line.rstrip("\n"))
    lines.put(None)


def run_and_kill(folder: Path, pid: str, first: int, kill_after: int,
                 stderr_path: Path) -> Round:
    """Start the editing child, let it report `kill_after` commits, then SIGKILL it."""
    with stderr_path.open("w") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), pid, str(first),
             str(first + ITERATIONS - 1)],
            stdout=subprocess.PIPE, stderr=stderr, text=True, encoding="utf-8")
        lines: queue.Queue[str | None] = queue.Queue()
        reader = threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True)
        reader.start()
        seen: list[str] = []
        deadline = time.monotonic() + TIMEOUT
        try:
            commits = 0
            while commits < kill_after and time.monotonic() < deadline:
                try:
                    line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
                except queue.Empty:
                    break
                if line is None:  # the child ended (or crashed) on its own
                    break
                seen.append(line)
                commits += line.startswith("committed ")
        finally:
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
        reader.join(timeout=30)
        while True:  # lines printed (after a commit returned) before the kill landed
            try:
                line = lines.get_nowait()
            except queue.Empty:
                break
            if line is not None:
                seen.append(line)
    numbers = [int(m.group(1)) for line in seen if (m := re.fullmatch(r"committed (\d+)", line))]
    error = stderr_path.read_text()
    assert child.returncode == -signal.SIGKILL, (child.returncode, seen[-3:], error[-2000:])
    assert numbers == list(range(first, first + len(numbers))), "commits out of order"
    assert len(numbers) >= kill_after, (f"only {len(numbers)} commits in {TIMEOUT:g} s",
                                        error[-2000:])
    return Round(numbers[-1], seen, error)


@pytest.fixture
def partnership(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    folder = tmp_path / "data"
    store = open_store(folder)
    set_up_committee(store, CommitteeSetup("Riverton Sister Cities", "en", "Riverton", "US"))
    pid = create_partnership(store, NewPartnership("Tartu", "EE", "et", "en"))
    store.close()
    yield folder, pid


def test_a_hard_kill_never_loses_a_reported_save(partnership: tuple[Path, str],
                                                 tmp_path: Path) -> None:
    folder, pid = partnership
    first = 1
    for number, kill_after in enumerate((200, 100, 100)):
        killed = run_and_kill(folder, pid, first, kill_after, tmp_path / f"stderr-{number}")
        last = killed.last_seen

        store = open_store(folder, auto_backup=False)  # recovers the write-ahead log
        try:
            ok, report = integrity_report(store)
            assert ok, report
            d = detail(store, pid)
        finally:
            store.close()

        # The field holds the last reported edit, or the one in flight when killed.
        match = re.fullmatch(r"edit (\d+)", str(d.fields["purpose"]))
        assert match, d.fields["purpose"]
        assert last <= int(match.group(1)) <= last + 1, (d.fields["purpose"], last)

        # Every reported note is there exactly once; at most the one in flight besides.
        texts = [n.text for n in d.notes]
        assert len(texts) == len(set(texts)), "a note was stored twice"
        numbers = sorted(int(t.removeprefix("note ")) for t in texts)
        assert numbers[:last] == list(range(1, last + 1)), "a reported note is missing"
        assert numbers[last:] in ([], [last + 1]), numbers[last:]
        # The next round carries on after the last note that survived.
        first = numbers[-1] + 1
    assert first > 400
