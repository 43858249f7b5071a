"""The Qt binding must not leak references to None: a long session would abort the app.

PySide6 6.12.0 on Python 3.11 dropped one reference to None on each call that returns
nothing (setToolTip, setData, setRowHeight ...); after ~30,000 such calls Python aborted
with "none_dealloc". pyproject.toml pins a version without the bug; this keeps it so.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

CALLS = 3000


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    table = QTableWidget(10, 3)
    qtbot.addWidget(table)
    item = QTableWidgetItem("a")
    table.setItem(1, 1, item)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        item.setToolTip("x")
        item.setData(Qt.ItemDataRole.UserRole, "x")
        table.setRowHeight(1, 30)
    # A few references come and go with Python's own bookkeeping; a leak is one per call.
    assert abs(sys.getrefcount(None) - before) < CALLS // 10
