"""Read-only tables of a partnership's records shown on step pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def record_table(name: str, headers: Sequence[str], rows: Sequence[Sequence[str]],
                 empty: str) -> QTableWidget:
    """A compact, keyboard-navigable, read-only table."""
    table = QTableWidget(max(len(rows), 1), len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    if rows:
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
    else:
        table.setSpan(0, 0, 1, len(headers))
        table.setItem(0, 0, QTableWidgetItem(empty))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setMinimumHeight(min(60 + 28 * max(len(rows), 1), 260))
    return table
