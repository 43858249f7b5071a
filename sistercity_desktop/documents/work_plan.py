"""Work plan: goals, programmes and a timeline, labelled in the partnership's languages.

One or two document languages: every label is shown in each of them (stacked, the first
language on top), while the committee's own text (titles, owners, goals) appears once.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sistercity_desktop.documents.base import MARGIN, PAGE_SIZES, Para, build_pdf, styles
from sistercity_desktop.documents.fonts import FALLBACK_ORDER, has_glyph, markup
from sistercity_desktop.documents.research_report import BAR_FILL, HEADER_BG, RULE
from sistercity_desktop.documents.templates import TemplateError

KINDS = ("youth_pen_pals", "student_exchange", "municipal_best_practice", "delegation_visit",
         "cultural", "economic", "other")
STATUSES = ("planned", "in_progress", "done", "cancelled")
DASH = "—"
MUTED = colors.HexColor("#6E6E6E")
FRAME_PADDING = 6  # SimpleDocTemplate's frame pads each side by 6 pt

# Timeline colours: pilots stand out, finished work steps back.
IN_PROGRESS_FILL = colors.HexColor("#2E5C87")
PILOT_FILL = colors.HexColor("#E3A33B")
PILOT_EDGE = colors.HexColor("#A8701A")
DONE_FILL = colors.HexColor("#B3C7B1")
CANCELLED_EDGE = colors.HexColor("#9A9A9A")
BADGE_BG = "#F6E2B3"
BADGE_TEXT = "#6B4A00"


@dataclass(frozen=True)
class PlanItemRow:
    """One programme or exchange of the work plan, every text final."""

    title: str
    kind: str               # one of KINDS (an unknown kind is shown as typed)
    pilot: bool
    owner: str
    starts_on: date | None
    due_on: date | None
    status: str             # one of STATUSES
    budget: str             # already formatted ("" if none)
    participants: str       # already formatted
    goal: str               # goal title or ""


@dataclass(frozen=True)
class GoalRow:
    """A goal of the work plan."""

    term: str               # "short" | "long"
    title: str
    description: str


@dataclass(frozen=True)
class WorkPlanInput:
    """Everything the work plan shows."""

    languages: tuple[str, ...]       # one or two; labels in each, user text once
    heading: str                     # e.g. "Greenvale – Matsumoto"
    generated_on: str
    goals: tuple[GoalRow, ...]
    items: tuple[PlanItemRow, ...]
    date_format: Callable[[date], str] | None = None   # default ISO
    page_size: str = "A4"


# -- labels ------------------------------------------------------------------------------


@cache
def _label_file() -> dict[str, dict[str, str]]:
    path = resources.files("sistercity_desktop.resources") / "labels" / "work_plan.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise TemplateError(f"The work plan labels cannot be read: {exc}") from None


def work_plan_labels(language: str) -> dict[str, str]:
    """The work plan's labels in a language; a key it lacks falls back to English."""
    data = _label_file()
    own = data.get(language)
    if own is None:  # "zh" or "zh_Hans" -> "zh-Hans", "pt-BR" -> "pt"
        base = language.replace("_", "-").split("-")[0]
        own = next((v for k, v in data.items() if k.split("-")[0] == base), {})
    english = data.get("en", {})
    return {**english, **{k: v for k, v in own.items() if isinstance(v, str) and v.strip()}}


# -- small helpers -----------------------------------------------------------------------


def chart_font(text: str, preferred: str) -> str:
    """One bundled font for a whole drawing string (drawings have no per-glyph fallback)."""
    for font in (preferred, *FALLBACK_ORDER):
        if all(ch.isspace() or has_glyph(font, ch) for ch in text):
            return font
    return preferred


def _unspaced(char: str) -> bool:
    """Han, kana and CJK punctuation: scripts written without spaces between words."""
    code = ord(char)
    return 0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF


def user_style(text: str, style: ParagraphStyle) -> ParagraphStyle:
    """The style for a text: CJK line breaking only for text mostly in Han or kana.

    CJK breaking splits words anywhere ("Schoo-l", "사-례"); Latin text and Korean, which
    puts spaces between words, wrap between words instead. Long unspaced runs are still
    split to fit.
    """
    if style.wordWrap != "CJK":
        return style
    unspaced = sum(_unspaced(ch) for ch in text)
    spaced = sum(ch.isalpha() for ch in text) - unspaced
    return style if unspaced >= spaced else ParagraphStyle(f"{style.name}_words",
                                                           parent=style, wordWrap=None)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Text shortened with an ellipsis to fit a width."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def bundled_drawing(width: float, height: float, font: str) -> Drawing:
    """A drawing whose initial state names a bundled font.

    The renderer otherwise starts every drawing with a setFont("Helvetica"), a font that is
    declared in the PDF but never embedded.
    """
    drawing = Drawing(width, height)
    drawing.initialFontName = font
    return drawing


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _add_months(day: date, count: int) -> date:
    years, month = divmod(day.month - 1 + count, 12)
    return date(day.year + years, month + 1, 1)


def _months_between(first: date, second: date) -> int:
    return (second.year - first.year) * 12 + second.month - first.month


def _days_in_month(day: date) -> int:
    return (_add_months(day, 1) - _month_start(day)).days


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale("en")


@dataclass(frozen=True)
class _Lang:
    """A document language: its labels and paragraph styles."""

    code: str
    labels: dict[str, str]
    s: dict[str, ParagraphStyle]

    @property
    def regular(self) -> str:
        return self.s["body"].fontName

    @property
    def bold(self) -> str:
        return self.s["bold"].fontName


# -- the timeline ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Bar:
    number: int
    title: str
    start: date | None
    end: date | None
    pilot: bool
    status: str


@dataclass(frozen=True)
class _ChartText:
    """Fonts and words the timeline draws with."""

    font: str                                   # labels and titles (the first language's)
    month_label: Callable[[date], str]
    no_dates: tuple[tuple[str, str], ...]       # (text, font) per language
    size: float = 7.0


def _bar_style(bar: _Bar) -> tuple[colors.Color | None, colors.Color, float, bool]:
    """(fill, outline, outline width, dashed) of one bar."""
    if bar.status == "cancelled":
        return None, CANCELLED_EDGE, 0.6, True
    if bar.status == "done":
        # Done pilots keep an amber edge so they can still be told apart.
        return DONE_FILL, PILOT_EDGE if bar.pilot else DONE_FILL, 1.0 if bar.pilot else 0.3, False
    if bar.pilot:
        return PILOT_FILL, PILOT_EDGE, 0.8, False
    fill = IN_PROGRESS_FILL if bar.status == "in_progress" else BAR_FILL
    return fill, fill, 0.3, False


class Timeline(Flowable):
    """A Gantt-like chart: one row per item, months across; splits across pages by rows.

    Each page's part repeats the month axis so it can be read on its own.
    """

    row = 13.0
    axis = 24.0

    def __init__(self, bars: Sequence[_Bar], span: tuple[date, date] | None,
                 text: _ChartText) -> None:
        super().__init__()
        self.bars = tuple(bars)
        self.span = span
        self.text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = self.axis + self.row * len(self.bars) + 2
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        rows = int((availHeight - self.axis - 2) // self.row)
        if rows < 3 or rows >= len(self.bars):  # no axis with one lonely row under it
            return []
        return [Timeline(self.bars[:rows], self.span, self.text),
                Timeline(self.bars[rows:], self.span, self.text)]

    def draw(self) -> None:
        renderPDF.draw(self.drawing(), self.canv, 0, 0)

    def drawing(self) -> Drawing:
        """The chart as a reportlab.graphics drawing of the flowable's size."""
        t = self.text
        d = bundled_drawing(self.width, self.height, t.font)
        label_width = min(58 * mm, self.width * 0.36)
        x0, x1 = label_width + 4, self.width - 2
        top = self.height - self.axis
        for index in range(len(self.bars)):
            if index % 2 == 0:  # banding guides the eye from title to bar
                d.add(Rect(0, top - (index + 1) * self.row, self.width, self.row,
                           fillColor=colors.HexColor("#F4F6F8"), strokeColor=None))
        x_of = self._axis(d, x0, x1, top) if self.span else None
        for index, bar in enumerate(self.bars):
            y = top - (index + 1) * self.row
            label = f"{bar.number}  {bar.title}"
            font = chart_font(label + "…", t.font)
            d.add(String(2, y + 3.6, _fit(label, font, t.size, label_width - 4),
                         fontName=font, fontSize=t.size, fillColor=colors.black))
            self._bar(d, bar, x_of, x0, y)
        return d

    def _axis(self, d: Drawing, x0: float, x1: float, top: float) -> Callable[[date], float]:
        """Month ticks and labels (years above months); returns date -> x."""
        t = self.text
        first = _month_start(self.span[0])
        count = _months_between(first, self.span[1]) + 1
        month_w = (x1 - x0) / count

        def x_of(day: date) -> float:
            whole = _months_between(first, day)
            return x0 + (whole + (day.day - 1) / _days_in_month(day)) * month_w

        months = [_add_months(first, i) for i in range(count)]
        labels = [t.month_label(m) for m in months]
        widest = max(stringWidth(s, chart_font(s, t.font), t.size) for s in labels) + 3
        # Label every month if they fit, else every 2nd, 3rd... month on calendar quarters.
        step = next((k for k in (1, 2, 3, 4, 6, 12) if k * month_w >= widest), 0)
        year_w = stringWidth("0000", t.font, t.size) + 4
        year_step = max(1, math.ceil(year_w / (12 * month_w)))
        bottom = top - len(self.bars) * self.row
        for i, month in enumerate(months + [_add_months(first, count)]):
            x = x0 + i * month_w
            january = month.month == 1
            d.add(Line(x, bottom, x, top + (11 if january else 3),
                       strokeColor=colors.HexColor("#9A9A9A" if january else "#D5D9DE"),
                       strokeWidth=0.6 if january else 0.3))
            if i == count:
                break
            if step and (month.month - 1) % step == 0:
                text = labels[i]
                font = chart_font(text, t.font)
                if step == 1:
                    d.add(String(x + month_w / 2, top + 3.5, text, fontName=font,
                                 fontSize=t.size, textAnchor="middle"))
                else:
                    d.add(String(x + 1.5, top + 3.5, text, fontName=font, fontSize=t.size))
            next_january = (12 - month.month + 1) % 12 or 12
            first_fits = i == 0 and (next_january * month_w >= year_w or count == 1)
            if (january and month.year % year_step == 0) or first_fits:
                d.add(String(x + 1.5, top + 13.5, str(month.year), fontName=t.font,
                             fontSize=t.size, fillColor=MUTED))
        d.add(Line(x0, top, x1, top, strokeColor=colors.HexColor("#9A9A9A"), strokeWidth=0.5))
        return x_of

    def _bar(self, d: Drawing, bar: _Bar, x_of: Callable[[date], float] | None, x0: float,
             y: float) -> None:
        t = self.text
        fill, edge, edge_width, dashed = _bar_style(bar)
        mid = y + self.row / 2
        if x_of is None or (bar.start is None and bar.end is None):
            x = x0 + 2
            for i, (text, font) in enumerate(t.no_dates):
                shown = text if i == 0 else f" / {text}"
                d.add(String(x, y + 3.6, shown, fontName=font, fontSize=t.size,
                             fillColor=MUTED))
                x += stringWidth(shown, font, t.size)
            return
        if bar.start and bar.end:
            start, end = sorted((bar.start, bar.end))
            left = x_of(start)
            # The due day is included: the bar ends where the next day begins.
            right = max(x_of(end + timedelta(days=1)), left + 2)
            d.add(Rect(left, mid - 3.5, right - left, 7, fillColor=fill, strokeColor=edge,
                       strokeWidth=edge_width, strokeDashArray=[2, 1.5] if dashed else None))
            return
        # A single date is a milestone: a diamond on that day.
        x = x_of(bar.start or bar.end)
        d.add(Polygon([x, mid - 4.5, x + 4.5, mid, x, mid + 4.5, x - 4.5, mid],
                      fillColor=fill, strokeColor=edge, strokeWidth=max(edge_width, 0.5),
                      strokeDashArray=[2, 1.5] if dashed else None))


class Legend(Flowable):
    """The timeline's key: swatches with labels in each language, wrapping as needed."""

    def __init__(self, entries: Sequence[tuple[_Bar, tuple[tuple[str, str], ...]]],
                 size: float = 7.0) -> None:
        super().__init__()
        self.entries = tuple(entries)
        self.size = size

    def _layout(self, width: float) -> list[tuple[float, int]]:
        places, x, line = [], 0.0, 0
        for _bar, texts in self.entries:
            w = 14 + sum(stringWidth(t, f, self.size) for t, f in texts) + 12
            if x and x + w > width:
                x, line = 0.0, line + 1
            places.append((x, line))
            x += w
        return places

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.places = self._layout(availWidth)
        lines = (self.places[-1][1] + 1) if self.places else 0
        self.width, self.height = availWidth, lines * 12 + 2
        return self.width, self.height

    def draw(self) -> None:
        d = bundled_drawing(self.width, self.height, self.entries[0][1][0][1])
        for (bar, texts), (x, line) in zip(self.entries, self.places, strict=True):
            y = self.height - (line + 1) * 12 + 3
            fill, edge, edge_width, dashed = _bar_style(bar)
            d.add(Rect(x, y, 10, 6, fillColor=fill, strokeColor=edge, strokeWidth=edge_width,
                       strokeDashArray=[2, 1.5] if dashed else None))
            x += 14
            for text, font in texts:
                d.add(String(x, y + 0.5, text, fontName=font, fontSize=self.size))
                x += stringWidth(text, font, self.size)
        renderPDF.draw(d, self.canv, 0, 0)


# -- the document ------------------------------------------------------------------------


class _Plan:
    """Builds the story for one input; holds each language's styles."""

    def __init__(self, data: WorkPlanInput) -> None:
        self.data = data
        codes = tuple(dict.fromkeys(data.languages))[:2] or ("en",)
        self.langs = tuple(_Lang(c, work_plan_labels(c), styles(c, size=10)) for c in codes)
        self.first = self.langs[0]
        self.font = self.first.regular
        self.fmt = data.date_format or date.isoformat
        page = PAGE_SIZES.get(data.page_size, PAGE_SIZES["A4"])
        self.width = page[0] - 2 * MARGIN - 2 * FRAME_PADDING
        self.st = {lang.code: self._styles(lang) for lang in self.langs}

    @staticmethod
    def _styles(lang: _Lang) -> dict[str, ParagraphStyle]:
        s = lang.s
        cell = ParagraphStyle(f"wp_cell_{lang.code}", parent=s["small"], spaceAfter=0)
        title = ParagraphStyle(f"wp_title_{lang.code}", parent=s["heading"], fontSize=22,
                               leading=28, spaceAfter=0)
        section = ParagraphStyle(f"wp_section_{lang.code}", parent=s["heading"], fontSize=14,
                                 leading=18, spaceBefore=12, spaceAfter=0, keepWithNext=1)
        sub = ParagraphStyle(f"wp_sub_{lang.code}", parent=s["bold"], fontSize=11,
                             leading=14, spaceBefore=8, spaceAfter=0, keepWithNext=1)
        return {
            "cell": cell,
            "cell_muted": ParagraphStyle(f"wp_cm_{lang.code}", parent=cell, textColor=MUTED),
            "cell_bold": ParagraphStyle(f"wp_cb_{lang.code}", parent=cell,
                                        fontName=s["bold"].fontName),
            "head": ParagraphStyle(f"wp_head_{lang.code}", parent=cell, fontName=s["bold"].fontName,
                                   fontSize=7.5, leading=9.5),
            "head_muted": ParagraphStyle(f"wp_hm_{lang.code}", parent=cell, fontSize=7,
                                         leading=9, textColor=MUTED),
            "title": title,
            "title_muted": ParagraphStyle(f"wp_tm_{lang.code}", parent=title, fontSize=16,
                                          leading=21, textColor=MUTED),
            "section": section,
            "section_muted": ParagraphStyle(f"wp_sm_{lang.code}", parent=section, fontSize=10.5,
                                            leading=14, spaceBefore=0, textColor=MUTED),
            "sub": sub,
            "sub_muted": ParagraphStyle(f"wp_um_{lang.code}", parent=sub, fontSize=9,
                                        leading=12, spaceBefore=0, textColor=MUTED,
                                        fontName=s["body"].fontName),
            "body": s["body"],
            "body_muted": ParagraphStyle(f"wp_bm_{lang.code}", parent=s["body"],
                                         textColor=MUTED),
        }

    # -- labels in every language ----------------------------------------------------------

    def texts(self, key: str, fallback: str = "") -> list[tuple[_Lang, str]]:
        """A label in each language; a second language repeating the first is dropped."""
        out: list[tuple[_Lang, str]] = []
        for lang in self.langs:
            text = lang.labels.get(key, fallback or key)
            if all(text != seen for _, seen in out):
                out.append((lang, text))
        return out

    def label(self, key: str, role: str, fallback: str = "") -> list[Paragraph]:
        """A label as one paragraph per language, the second one set smaller and grey."""
        out = []
        for i, (lang, text) in enumerate(self.texts(key, fallback)):
            style = user_style(text, self.st[lang.code][role if i == 0 else f"{role}_muted"])
            out.append(Para(markup(text, style.fontName), style))
        return out

    def inline(self, key: str, bold: bool = False, sep: str = " / ") -> str:
        """A label in each language as one line of markup, each part in its own font."""
        parts = []
        for lang, text in self.texts(key):
            font = lang.bold if bold else lang.regular
            parts.append(f'<font name="{font}">{markup(text, font)}</font>')
        return sep.join(parts)

    def p(self, text: str, role: str = "cell") -> Paragraph:
        """User text, once, in the first language's style (missing glyphs from fallbacks)."""
        style = user_style(text, self.st[self.first.code][role])
        return Para(markup(text, style.fontName), style)

    def kind_or_status(self, prefix: str, value: str) -> list[Paragraph]:
        key = f"{prefix}_{value}"
        if key not in self.first.labels:  # an unknown value is shown as stored
            return [self.p(value.replace("_", " "))]
        return self.label(key, "cell")

    # -- sections --------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story = self.title_block()
        story += self.goals()
        story += self.programmes()
        if self.data.items:
            story += self.timeline()
        return story

    def title_block(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = self.label("title", "title")
        story.append(Spacer(1, 4 * mm))
        story.append(Para(self.inline("partnership"), self.st[self.first.code]["cell_muted"]))
        story.append(self.p(d.heading, "section"))
        story.append(Spacer(1, 1.5 * mm))
        generated = f"{self.inline('generated_on')}: {markup(d.generated_on, self.font)}"
        story.append(Para(generated, self.st[self.first.code]["cell_muted"]))
        story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey,
                                spaceBefore=6, spaceAfter=2))
        return story

    def goals(self) -> list[Flowable]:
        story: list[Flowable] = []
        for term in ("short", "long"):
            story += self.label(f"{term}_term", "section")
            story.append(Spacer(1, 3))
            goals = [g for g in self.data.goals if g.term == term]
            if not goals:
                story += self.label("no_goals", "body")
                continue
            for goal in goals:
                block: list[Flowable] = [self.p(goal.title, "sub")]
                if goal.description:
                    block.append(self.p(goal.description, "body"))
                # A goal's title never ends a page without its description.
                story.append(KeepTogether(block[:2]))
        return story

    def programmes(self) -> list[Flowable]:
        story: list[Flowable] = [*self.label("programmes", "section"), Spacer(1, 4)]
        if not self.data.items:
            return story + self.label("no_items", "body")
        keys = ("item", "kind", "owner", "dates", "status", "budget", "participants")
        rows: list[list[object]] = [[self.p("#", "head"),
                                     *[self.label(key, "head") for key in keys]]]
        for number, item in enumerate(self.data.items, start=1):
            rows.append([self.p(str(number), "cell_muted"), self.item_cell(item),
                         self.kind_or_status("kind", item.kind or "other"),
                         self.p(item.owner or DASH), self.p(self.dates(item)),
                         self.kind_or_status("status", item.status or "planned"),
                         self.p(item.budget or DASH), self.p(item.participants or DASH)])
        table = Table(rows, colWidths=self.column_widths(keys), hAlign="LEFT", repeatRows=1,
                      splitByRow=1, splitInRow=1)
        table.setStyle(TableStyle([
            # Every cell sets a bundled font even when empty: never Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey),
        ]))
        return [*story, table]

    def item_cell(self, item: PlanItemRow) -> list[Paragraph]:
        cell = [self.p(item.title, "cell_bold")]
        if item.pilot:
            badge = (f'<span backColor="{BADGE_BG}" color="{BADGE_TEXT}">'
                     f'\u00a0{self.inline("pilot", sep=" · ")}\u00a0</span>')
            cell.append(Para(badge, self.st[self.first.code]["cell"]))
        if item.goal:
            goal = f"{self.inline('goal')}: {markup(item.goal, self.font)}"
            style = user_style(item.goal, self.st[self.first.code]["cell_muted"])
            cell.append(Para(goal, style))
        return cell

    def dates(self, item: PlanItemRow) -> str:
        start = self.fmt(item.starts_on) if item.starts_on else ""
        due = self.fmt(item.due_on) if item.due_on else ""
        if start and due:
            return f"{start} –\n{due}"
        if start or due:
            return f"{start} –" if start else f"– {due}"
        return DASH

    def column_widths(self, keys: Sequence[str]) -> list[float]:
        """Column widths: none breaks inside a word, the rest goes to the title column."""
        base = {"kind": 21 * mm, "owner": 20 * mm, "dates": 19 * mm, "status": 15 * mm,
                "budget": 14 * mm, "participants": 12 * mm}
        cell = self.st[self.first.code]["cell"]
        needs: list[float] = []
        for key in keys[1:]:
            units = [(w, lang.bold, 7.5) for lang, text in self.texts(key) for w in text.split()]
            labels = {"kind": KINDS, "status": STATUSES}.get(key, ())
            units += [(w, lang.regular, cell.fontSize) for value in labels
                      for lang, text in self.texts(f"{key}_{value}") for w in text.split()]
            if key == "dates":  # a date is never broken: each line is one unit
                units += [(line, self.font, cell.fontSize) for i in self.data.items
                          for line in self.dates(i).split("\n")]
            elif key in ("owner", "budget", "participants"):
                units += [(w, self.font, cell.fontSize) for i in self.data.items
                          for w in getattr(i, key).split()]
            # Han and kana may break between any two characters, so they set no minimum.
            needed = max((stringWidth(u, f, size) for u, f, size in units
                          if not any(_unspaced(ch) for ch in u)), default=0) + 7
            needs.append(min(needed, 34 * mm))
        preferred = [max(base[key], need) for key, need in zip(keys[1:], needs, strict=True)]
        widths = [6 * mm, *preferred]
        title = self.width - sum(widths)
        if title < 38 * mm:
            # Take the room from columns wider than their longest word first...
            slack = sum(p - n for p, n in zip(preferred, needs, strict=True))
            cut = min(38 * mm - title, slack)
            widths = [6 * mm, *[p - (p - n) * cut / slack if slack else p
                                for p, n in zip(preferred, needs, strict=True)]]
            title = self.width - sum(widths)
        if title < 28 * mm:  # ...and only then narrow every column alike
            scale = (self.width - 28 * mm) / sum(widths)
            widths = [w * scale for w in widths]
            title = 28 * mm
        return [widths[0], title, *widths[1:]]

    def timeline(self) -> list[Flowable]:
        bars = [_Bar(n, i.title, i.starts_on, i.due_on, i.pilot, i.status)
                for n, i in enumerate(self.data.items, start=1)]
        days = [d for i in self.data.items for d in (i.starts_on, i.due_on) if d]
        span = (min(days), max(days)) if days else None
        locale = _locale(self.first.code)
        text = _ChartText(
            font=self.font,
            month_label=lambda m: format_date(m, "LLL", locale=locale),
            no_dates=tuple((t, lang.regular) for lang, t in self.texts("no_dates")),
        )
        legend = []
        for status, pilot, key in (("planned", False, "status_planned"),
                                   ("in_progress", False, "status_in_progress"),
                                   ("planned", True, "pilot"), ("done", False, "status_done"),
                                   ("cancelled", False, "status_cancelled")):
            parts = tuple((t if i == 0 else f" / {t}", chart_font(t, lang.regular))
                          for i, (lang, t) in enumerate(self.texts(key)))
            legend.append((_Bar(0, "", None, None, pilot, status), parts))
        chart = Timeline(bars, span, text)
        # The heading, axis and a few rows start together, on a new page if need be.
        return [CondPageBreak(70 * mm), *self.label("timeline", "section"), Spacer(1, 6),
                chart, Spacer(1, 6), Legend(legend)]


def render_work_plan(data: WorkPlanInput) -> bytes:
    """The work plan as PDF bytes (every font embedded, same input -> same bytes)."""
    plan = _Plan(data)
    size = PAGE_SIZES.get(data.page_size, PAGE_SIZES["A4"])
    title = f"{plan.first.labels['title']} – {data.heading}"

    def footer(canvas: Canvas, page: int) -> None:
        canvas.setFont(plan.font, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawCentredString(size[0] / 2, 12 * mm, str(page))

    return build_pdf(plan.story(), title=title, author=data.heading,
                     page_size=data.page_size, lang=plan.first.code, footer=footer)
