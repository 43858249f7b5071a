"""The partnerships list as a Qt table model (plain summaries, no session held)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from sistercity_desktop.process.steps import steps
from sistercity_desktop.ui import i18n

if TYPE_CHECKING:  # the rows' type only; the window's first paint needs no services
    from sistercity_desktop.services.views import PartnershipSummary

Index = QModelIndex | QPersistentModelIndex


class PartnershipListModel(QAbstractTableModel):
    # English headers, translated when shown (the interface language may change).
    COLUMNS = (QT_TRANSLATE_NOOP("PartnershipListModel", "Partner city"),
               QT_TRANSLATE_NOOP("PartnershipListModel", "Step"),
               QT_TRANSLATE_NOOP("PartnershipListModel", "Next action"),
               QT_TRANSLATE_NOOP("PartnershipListModel", "Due"))
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[PartnershipSummary] = []

    def set_rows(self, rows: list[PartnershipSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PartnershipListModel", self.COLUMNS[section])
        return None

    def row_of(self, partnership_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == partnership_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == self.ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0 and row.partner_country:
                from sistercity_desktop.protocol.languages import country_name  # Babel: lazy

                return country_name(row.partner_country, str(i18n.babel_locale()))
            if index.column() == 1:
                return row.step_title
            if index.column() == 2:
                return row.next_action
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            if row.partner_city:
                return f"{row.partner_city} ({row.partner_country})"
            return self.tr("Not chosen yet: %n candidate(s)", "", row.candidate_count)
        if column == 1:
            return f"{row.step} {steps()[row.step - 1].short_title}"
        if column == 2:
            return row.next_action
        return i18n.format_day(row.next_due)
