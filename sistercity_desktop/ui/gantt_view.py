"""A timeline of the work plan: one bar per programme over a month axis."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from babel.dates import format_skeleton
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from sistercity_desktop.services.workplan import ItemView
from sistercity_desktop.ui import i18n, labels
from sistercity_desktop.ui.i18n import babel_locale

# Work plan statuses as a word inside a sentence ("Overdue · in progress", "done" after a bar);
# lower case in English, translated at display time in this context.
STATE_CONTEXT = "gantt_view"
STATE_WORDS = {
    "planned": QT_TRANSLATE_NOOP("gantt_view", "planned"),
    "in_progress": QT_TRANSLATE_NOOP("gantt_view", "in progress"),
    "done": QT_TRANSLATE_NOOP("gantt_view", "done"),
    "cancelled": QT_TRANSLATE_NOOP("gantt_view", "cancelled"),
}

MARGIN = 8
LABEL_WIDTH = 270  # the title column; long titles are elided, the tooltip has them whole
ROW_HEIGHT = 26
BAR_HEIGHT = 14
MIN_BAR = 4  # a one-day item must still be visible (and x-start < x-end)
WORD_GAP = 6

PLANNED = QColor("#3f7cbf")
PILOT = QColor("#e39b00")
MUTED = QColor("#c3cbd3")
OVERDUE = QColor("#c62828")
TODAY = QColor("#1f2933")


def month_label(day: date) -> str:
    """'Jan 2027' in English, '2027年1月' in Japanese: Babel in the interface language."""
    return format_skeleton("yMMM", day, locale=babel_locale())


def state_text(status: str) -> str:
    """A work plan status as a lower-case word inside a sentence, in the interface language."""
    english = STATE_WORDS.get(status)
    if english is None:  # a status from a newer version: shown as stored, tidied
        return status.replace("_", " ")
    return QCoreApplication.translate(STATE_CONTEXT, english)


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


@dataclass(frozen=True)
class _Row:
    item: ItemView
    top: int
    x0: float | None
    x1: float | None


class GanttView(QWidget):
    """Work plan items as bars; pilots stand out, done items are muted, overdue ones flagged.

    `rows` lists (item id, bar x-start, bar x-end) in widget coordinates, in drawing order;
    items without dates have (item id, None, None) and are listed under "No dates".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Work plan timeline"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.items: list[ItemView] = []
        self.today = date.today()
        self.rows: list[tuple[str, float | None, float | None]] = []
        self._rows: list[_Row] = []
        self._first = self._last = _month_start(self.today)
        self._height = 120

    # --- data and geometry ----------------------------------------------------

    def set_items(self, items: Sequence[ItemView], today: date) -> None:
        """Show these items, with the "today" line at `today`."""
        self.items, self.today = list(items), today
        dates = [d for i in self.items for d in (i.starts_on, i.due_on) if d] + [today]
        self._first = _month_start(min(dates))
        self._last = _next_month(max(dates))  # exclusive: the axis ends after the last month
        self._layout()
        overdue = sum(i.overdue for i in self.items)
        undated = sum(1 for i in self.items if not (i.starts_on or i.due_on))
        self.setAccessibleDescription(
            self.tr("{0} items from {1} to {2}; {3} overdue; {4} without dates. The table "
                    "above lists the same items.").format(
                len(self.items), month_label(self._first),
                month_label(self._last - timedelta(days=1)), overdue, undated))
        self.update()

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _axis_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _plot(self) -> tuple[float, float]:
        """Left and right x of the time axis."""
        left = MARGIN + LABEL_WIDTH
        return left, max(left + 100, self.width() - MARGIN)

    def x_of(self, day: date) -> float:
        left, right = self._plot()
        span = max((self._last - self._first).days, 1)
        return left + (day - self._first).days / span * (right - left)

    def _layout(self) -> None:
        top = MARGIN + self._legend_height() + self._axis_height()
        dated = [i for i in self.items if i.starts_on or i.due_on]
        undated = [i for i in self.items if not (i.starts_on or i.due_on)]
        rows: list[_Row] = []
        for item in dated:
            start = item.starts_on or item.due_on
            end = item.due_on or item.starts_on
            assert start is not None and end is not None
            # The end day is included, so the bar reaches the start of the next day.
            x0, x1 = self.x_of(start), self.x_of(end + timedelta(days=1))
            if x1 - x0 < MIN_BAR:
                middle = (x0 + x1) / 2
                x0, x1 = middle - MIN_BAR / 2, middle + MIN_BAR / 2
            rows.append(_Row(item, top, x0, x1))
            top += ROW_HEIGHT
        if undated:
            top += ROW_HEIGHT  # the "No dates" caption
            for item in undated:
                rows.append(_Row(item, top, None, None))
                top += ROW_HEIGHT
        if not self.items:
            top += ROW_HEIGHT  # room for the "nothing planned" sentence
        self._rows = rows
        self.rows = [(r.item.id, r.x0, r.x1) for r in rows]
        self._height = top + MARGIN
        self.setMinimumHeight(self._height)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(900, self._height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(LABEL_WIDTH + 2 * MARGIN + 200, self._height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        self._layout()
        super().resizeEvent(event)

    # --- words shown with each bar -------------------------------------------

    @staticmethod
    def title_text(item: ItemView) -> str:
        return f"★ {item.title}" if item.pilot else item.title

    @staticmethod
    def state_word(item: ItemView) -> str:
        """The word after the bar, so state never depends on colour alone."""
        if item.overdue:
            return QCoreApplication.translate("GanttView", "overdue")
        if item.status in ("done", "cancelled"):
            return state_text(item.status)
        return QCoreApplication.translate("GanttView", "pilot") if item.pilot else ""

    def tooltip_for(self, item: ItemView) -> str:
        when = " – ".join(i18n.format_day(d) for d in (item.starts_on, item.due_on) if d) \
            or self.tr("no dates")
        state = labels.label(labels.STATUSES, item.status)
        if item.pilot and item.overdue:
            state = self.tr("{0} (pilot, overdue)").format(state)
        elif item.pilot:
            state = self.tr("{0} (pilot)").format(state)
        elif item.overdue:
            state = self.tr("{0} (overdue)").format(state)
        return f"{item.title}\n{when}\n{state}"

    # --- painting -------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        faint = palette.color(QPalette.ColorRole.PlaceholderText)
        self._paint_legend(painter, text)
        if not self.items:
            painter.setPen(faint)
            y = MARGIN + self._legend_height() + self._axis_height()
            painter.drawText(MARGIN, y + ROW_HEIGHT - 8,
                             self.tr("Nothing planned yet: add a programme or exchange above."))
            painter.end()
            return
        bottom = self._paint_axis(painter, text, faint)
        for row in self._rows:
            self._paint_row(painter, row, text, faint)
        self._paint_today(painter, bottom)
        painter.end()

    def _paint_legend(self, painter: QPainter, text: QColor) -> None:
        metrics = self.fontMetrics()
        y = MARGIN
        x = float(MARGIN)
        entries = ((PLANNED, self.tr("planned or in progress"), False),
                   (PILOT, self.tr("★ pilot"), False),
                   (MUTED, self.tr("done or cancelled"), False),
                   (PLANNED, self.tr("overdue"), True))
        for colour, word, red_edge in entries:
            box = QRectF(x, y + 3, 18, BAR_HEIGHT - 4)
            painter.setBrush(colour)
            painter.setPen(QPen(OVERDUE, 2) if red_edge else Qt.PenStyle.NoPen)
            painter.drawRoundedRect(box, 2, 2)
            painter.setPen(OVERDUE if red_edge else text)
            painter.drawText(int(x + 24), y + metrics.ascent() + 1, word)
            x += 24 + metrics.horizontalAdvance(word) + 18
        painter.setPen(QPen(TODAY, 2, Qt.PenStyle.DashLine))
        painter.drawLine(int(x) + 8, y + 2, int(x) + 8, y + BAR_HEIGHT)
        painter.setPen(text)
        painter.drawText(int(x) + 16, y + metrics.ascent() + 1, self.tr("today"))

    def _paint_axis(self, painter: QPainter, text: QColor, faint: QColor) -> int:
        """Month ticks and labels; returns the y where the dated rows end."""
        metrics = self.fontMetrics()
        left, right = self._plot()
        axis_top = MARGIN + self._legend_height()
        rows_top = axis_top + self._axis_height()
        dated = sum(1 for r in self._rows if r.x0 is not None)
        bottom = rows_top + dated * ROW_HEIGHT
        months = max((self._last.year - self._first.year) * 12
                     + self._last.month - self._first.month, 1)
        width = (right - left) / months
        # The widest month name of a year, in the interface language, decides the spacing.
        label_width = max(metrics.horizontalAdvance(month_label(date(2027, month, 1)))
                          for month in range(1, 13)) + 10
        # Label every month when there is room, else every 2, 3, 6 or 12 (always from January).
        step = next((s for s in (1, 2, 3, 6, 12) if s * width >= label_width), 12)
        grid = QColor(faint)
        grid.setAlpha(70)
        day = self._first
        while day < self._last:
            x = int(self.x_of(day))
            labelled = (day.month - 1) % step == 0
            # A line per month only when months are wide; otherwise quarters, to stay calm.
            if width >= 12 or labelled or (day.month - 1) % 3 == 0:
                painter.setPen(QPen(faint if day.month == 1 else grid, 1))
                painter.drawLine(x, rows_top - (6 if labelled else 2), x, bottom)
            if labelled and x + label_width - 10 <= right + 2:
                painter.setPen(text)
                painter.drawText(x + 3, axis_top + metrics.ascent() + 2, month_label(day))
            day = _next_month(day)
        painter.setPen(QPen(faint, 1))
        painter.drawLine(int(left), rows_top, int(right), rows_top)
        return bottom

    def _paint_row(self, painter: QPainter, row: _Row, text: QColor, faint: QColor) -> None:
        item = row.item
        metrics = self.fontMetrics()
        muted = item.status in ("done", "cancelled")
        baseline = row.top + (ROW_HEIGHT + metrics.ascent() - metrics.descent()) // 2
        if row.x0 is None:
            if row is next(r for r in self._rows if r.x0 is None):
                caption = QFont(self.font())
                caption.setBold(True)
                painter.setFont(caption)
                painter.setPen(text)
                painter.drawText(MARGIN, baseline - ROW_HEIGHT,
                                 self.tr("No dates (add a start or end date to place these on "
                                         "the timeline):"))
                painter.setFont(self.font())
            words = self.tr("{0} — no dates").format(self.title_text(item))
            state = self.state_word(item)
            if state:
                words = self.tr("{0}, {1}").format(words, state)
            painter.setPen(OVERDUE if item.overdue else faint if muted else text)
            painter.drawText(MARGIN + 12, baseline, f"• {words}")
            return
        assert row.x1 is not None
        title = metrics.elidedText(self.title_text(item), Qt.TextElideMode.ElideRight,
                                   LABEL_WIDTH - 10)
        painter.setPen(faint if muted else text)
        painter.drawText(MARGIN, baseline, title)
        bar = QRectF(row.x0, row.top + (ROW_HEIGHT - BAR_HEIGHT) / 2, row.x1 - row.x0,
                     BAR_HEIGHT)
        colour = MUTED if muted else PILOT if item.pilot else PLANNED
        painter.setBrush(colour)
        if item.overdue:
            painter.setPen(QPen(OVERDUE, 3))
        elif item.status == "cancelled":
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DashLine))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(bar, 3, 3)
        state = self.state_word(item)
        if not state:
            return
        word_width = metrics.horizontalAdvance(state)
        _left, right = self._plot()
        # After the bar when it fits, otherwise before it.
        x = row.x1 + WORD_GAP if row.x1 + WORD_GAP + word_width <= right + MARGIN \
            else row.x0 - WORD_GAP - word_width
        font = QFont(self.font())
        font.setBold(item.overdue)
        painter.setFont(font)
        painter.setPen(OVERDUE if item.overdue else faint if muted else text)
        painter.drawText(int(x), baseline, state)
        painter.setFont(self.font())

    def _paint_today(self, painter: QPainter, bottom: int) -> None:
        left, right = self._plot()
        x = self.x_of(self.today)
        if not left <= x <= right:
            return
        top = MARGIN + self._legend_height() + self._axis_height() - 4
        painter.setPen(QPen(TODAY, 2, Qt.PenStyle.DashLine))
        painter.drawLine(int(x), top, int(x), bottom)

    # --- tooltips -------------------------------------------------------------

    def row_at(self, point: QPoint) -> ItemView | None:
        for row in self._rows:
            if row.top <= point.y() < row.top + ROW_HEIGHT:
                return row.item
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.row_at(event.pos())
            if item is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(item), self)
            return True
        return super().event(event)
