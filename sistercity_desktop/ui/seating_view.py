"""The flag and seating plan drawn on screen, seen from the audience."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from sistercity_desktop.protocol.seating import PlanItem

HOST_COLOUR = QColor("#1f5fa8")   # blue
GUEST_COLOUR = QColor("#c0561b")  # orange: tells apart from blue also for most colour-blind eyes
NEUTRAL_COLOUR = QColor("#6b6b6b")
TABLE_COLOUR = QColor("#e8dcc4")
AUDIENCE_COLOUR = QColor("#eeeeee")
MARGIN = 16.0
LEGEND_HEIGHT = 28.0
LABEL_WIDTH = 150.0
# Drawn first and allowed under other labels: they are large and mostly empty.
CONTAINERS = ("table", "audience")
# The English labels protocol.seating.signing_plan writes (also printed on the PDF plan),
# translated on screen only (context "seating"); a label not listed here is shown as is.
PLAN_WORDS = (
    QT_TRANSLATE_NOOP("seating", "Signing table"),
    QT_TRANSLATE_NOOP("seating", "Flag"),
    QT_TRANSLATE_NOOP("seating", "Host signatory"),
    QT_TRANSLATE_NOOP("seating", "Guest signatory"),
    QT_TRANSLATE_NOOP("seating", "Host original"),
    QT_TRANSLATE_NOOP("seating", "Guest original"),
    QT_TRANSLATE_NOOP("seating", "Host interpreter"),
    QT_TRANSLATE_NOOP("seating", "Guest interpreter"),
    QT_TRANSLATE_NOOP("seating", "Master of ceremonies"),
    QT_TRANSLATE_NOOP("seating", "Audience and press"),
)
# Labels that carry a name or a city: the English beginning, and the whole label as a source.
PLAN_PATTERNS = (
    ("Flag: ", QT_TRANSLATE_NOOP("seating", "Flag: {0}")),
    ("Host signatory: ", QT_TRANSLATE_NOOP("seating", "Host signatory: {0}")),
    ("Guest signatory: ", QT_TRANSLATE_NOOP("seating", "Guest signatory: {0}")),
    ("Original of ", QT_TRANSLATE_NOOP("seating", "Original of {0}")),
    ("Interpreter for ", QT_TRANSLATE_NOOP("seating", "Interpreter for {0}")),
)


def plan_label(item: PlanItem) -> str:
    """An item's label in the interface language; names and cities stay as written."""
    if item.label in PLAN_WORDS:
        return QCoreApplication.translate("seating", item.label)
    for prefix, template in PLAN_PATTERNS:
        if item.label.startswith(prefix):
            return QCoreApplication.translate("seating", template).format(
                item.label[len(prefix):])
    return item.label


def colour_of(side: str) -> QColor:
    return {"host": HOST_COLOUR, "guest": GUEST_COLOUR}.get(side, NEUTRAL_COLOUR)


class SeatingView(QWidget):
    """Paints PlanItems (normalised, x left→right, y back→front) scaled to the widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[PlanItem] = []
        self.host_name = self.guest_name = ""
        self.setAccessibleName(self.tr("Flag and seating plan"))
        self.setMinimumSize(520, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(760, 440)

    def set_items(self, items: Sequence[PlanItem], host: str = "", guest: str = "") -> None:
        """Show a new plan; host and guest name the two sides in the legend."""
        self.items = list(items)
        self.host_name, self.guest_name = host, guest
        # Screen readers get the plan as words, left to right as the audience sees it.
        people = sorted((i for i in self.items if i.kind not in CONTAINERS), key=lambda i: i.x)
        self.setAccessibleDescription(
            self.tr("Seen from the audience, from left to right: {0}.").format(
                "; ".join(plan_label(i) for i in people)) if people
            else self.tr("No plan yet."))
        self.update()

    # --- geometry ------------------------------------------------------------------

    def _plan_rect(self) -> QRectF:
        return QRectF(MARGIN, MARGIN + LEGEND_HEIGHT, self.width() - 2 * MARGIN,
                      self.height() - 2 * MARGIN - LEGEND_HEIGHT)

    def _rect_of(self, item: PlanItem, area: QRectF) -> QRectF:
        w, h = item.w * area.width(), item.h * area.height()
        cx, cy = area.left() + item.x * area.width(), area.top() + item.y * area.height()
        return QRectF(cx - w / 2, cy - h / 2, w, h)

    # --- painting ------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        area = self._plan_rect()
        painter.setPen(QPen(QColor("#bbbbbb"), 1))
        painter.drawRect(area)
        self._legend(painter)
        font = QFont(self.font())
        # A little smaller when the plan is small, never below a readable size.
        font.setPointSizeF(max(7.5, font.pointSizeF() * (0.9 if self.width() >= 700 else 0.8)))
        painter.setFont(font)
        metrics = QFontMetricsF(font)

        rects = {id(item): self._rect_of(item, area) for item in self.items}
        if not any(item.kind == "audience" for item in self.items):
            self._audience(painter, QRectF(area.left() + 4, area.bottom() - 0.16 * area.height(),
                                           area.width() - 8, 0.13 * area.height()),
                           self.tr("Audience"))
        ordered = sorted(self.items, key=lambda i: i.kind not in CONTAINERS)
        for item in ordered:
            self._shape(painter, item, rects[id(item)])

        # Labels: containers inside themselves, the rest next to their shape, first free spot.
        shapes = [rects[id(i)] for i in self.items if i.kind not in CONTAINERS]
        tables = [rects[id(i)] for i in self.items if i.kind == "table"]
        audience = [rects[id(i)] for i in self.items if i.kind == "audience"]
        labels: list[QRectF] = []
        for item in ordered:
            rect, text = rects[id(item)], plan_label(item)
            if item.kind in CONTAINERS:
                text_rect = rect
                if item.kind == "table":
                    text_rect = self._table_label_rect(rect, metrics, text)
                    labels.append(text_rect)
                painter.setPen(QColor("#333333"))
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignCenter, text)
                continue
            # An original lies on the table, so its label may too; nothing else may.
            obstacles = shapes + labels + audience + ([] if item.kind == "document" else tables)
            spot = self._label_spot(rect, text, metrics, area, obstacles)
            labels.append(spot)
            painter.setPen(colour_of(item.side).darker(130))
            painter.drawText(spot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        painter.end()

    def _legend(self, painter: QPainter) -> None:
        x, y = MARGIN, MARGIN
        metrics = QFontMetricsF(painter.font())
        entries = (
            (HOST_COLOUR, self.tr("Host: {0}").format(self.host_name) if self.host_name
             else self.tr("Host side")),
            (GUEST_COLOUR, self.tr("Guest: {0}").format(self.guest_name) if self.guest_name
             else self.tr("Guest side")),
        )
        for colour, text in entries:
            painter.fillRect(QRectF(x, y + 4, 14, 14), colour)
            painter.setPen(QColor("#222222"))
            painter.drawText(QPointF(x + 20, y + 4 + metrics.ascent()), text)
            x += 20 + metrics.horizontalAdvance(text) + 24
        note = self.tr("Seen from the audience")
        painter.setPen(QColor("#555555"))
        painter.drawText(QPointF(self.width() - MARGIN - metrics.horizontalAdvance(note),
                                 y + 4 + metrics.ascent()), note)

    def _table_label_rect(self, rect: QRectF, metrics: QFontMetricsF, text: str) -> QRectF:
        # Between the two originals lying on the table, so it never covers them.
        width = metrics.horizontalAdvance(text) + 8
        return QRectF(rect.center().x() - width / 2, rect.top(), width, rect.height())

    def _label_spot(self, rect: QRectF, text: str, metrics: QFontMetricsF, area: QRectF,
                    obstacles: list[QRectF]) -> QRectF:
        """The first place next to the shape that covers nothing, else the least covering."""
        width = min(max(LABEL_WIDTH, rect.width()), area.width() * 0.3)
        box = metrics.boundingRect(QRectF(0, 0, width, 1000),
                                   Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
        w, h = box.width() + 6, box.height() + 2
        cx, cy, gap = rect.center().x(), rect.center().y(), 3.0
        # Below, above, beside, then further out (wrapped labels alternate above and below).
        right, left = rect.right() + gap, rect.left() - gap - w
        # Beside: outward first (away from the centre line), so a label never sits between
        # the two signatories where it could be read as the other side's.
        first, second = (left, right) if cx < area.center().x() else (right, left)
        candidates = [
            QRectF(cx - w / 2, rect.bottom() + gap, w, h),
            QRectF(cx - w / 2, rect.top() - gap - h, w, h),
            QRectF(first, cy - h / 2, w, h),
            QRectF(first, rect.top() - h, w, h),
            QRectF(first, rect.bottom(), w, h),
            QRectF(second, cy - h / 2, w, h),
            QRectF(second, rect.top() - h, w, h),
            QRectF(second, rect.bottom(), w, h),
        ]
        candidates = [self._inside(c, area) for c in candidates]

        def covered(spot: QRectF) -> float:
            total = 0.0
            for other in obstacles:
                overlap = spot.intersected(other)
                if not overlap.isEmpty():
                    total += overlap.width() * overlap.height()
            return total

        return min(candidates, key=covered)  # min keeps the earliest of equal candidates

    @staticmethod
    def _inside(spot: QRectF, area: QRectF) -> QRectF:
        dx = max(0.0, area.left() + 2 - spot.left()) - max(0.0, spot.right() - area.right() + 2)
        dy = max(0.0, area.top() + 2 - spot.top()) - max(0.0, spot.bottom() - area.bottom() + 2)
        return spot.translated(dx, dy)

    def _shape(self, painter: QPainter, item: PlanItem, rect: QRectF) -> None:
        colour = colour_of(item.side)
        painter.setPen(QPen(colour.darker(120), 1.5))
        if item.kind == "table":
            painter.setBrush(TABLE_COLOUR)
            painter.setPen(QPen(QColor("#9c8a64"), 1.5))
            painter.drawRoundedRect(rect, 4, 4)
        elif item.kind == "audience":
            self._audience(painter, rect, "")
        elif item.kind == "flag":
            # A staff with a flag at its top: both sides the same height and size.
            staff_x = rect.left() + 2
            painter.setPen(QPen(QColor("#555555"), 2))
            painter.drawLine(QPointF(staff_x, rect.top()), QPointF(staff_x, rect.bottom()))
            painter.setPen(QPen(colour.darker(120), 1))
            painter.setBrush(colour)
            painter.drawRect(QRectF(staff_x, rect.top(), rect.width() - 2, rect.height() * 0.45))
        elif item.kind == "chair":
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 6, 6)
        elif item.kind == "document":
            painter.setBrush(QColor("white"))
            painter.drawRect(rect)
            painter.setPen(QPen(colour, 1))
            for step in (0.3, 0.5, 0.7):
                y = rect.top() + rect.height() * step
                painter.drawLine(QPointF(rect.left() + 4, y), QPointF(rect.right() - 4, y))
        elif item.kind == "interpreter":
            painter.setBrush(colour.lighter(160))
            size = min(rect.width(), rect.height())
            painter.drawEllipse(QRectF(rect.center().x() - size / 2,
                                       rect.center().y() - size / 2, size, size))
        elif item.kind == "mc_lectern":
            painter.setBrush(QColor("#cfcfcf"))
            painter.setPen(QPen(NEUTRAL_COLOUR, 1.5))
            painter.drawPolygon(QPolygonF([
                QPointF(rect.left() + rect.width() * 0.15, rect.top()),
                QPointF(rect.right() - rect.width() * 0.15, rect.top()),
                QPointF(rect.right(), rect.bottom()), QPointF(rect.left(), rect.bottom())]))
        else:
            painter.setBrush(colour.lighter(170))
            painter.drawRect(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    @staticmethod
    def _audience(painter: QPainter, rect: QRectF, text: str) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(AUDIENCE_COLOUR)
        painter.drawRoundedRect(rect, 6, 6)
        if text:
            painter.setPen(QColor("#333333"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
