"""Evaluation report: how the partnership is doing, rated with evidence, and what changes.

Layout: title and dates, the health indicator with its reasons, the gathered facts, the
seven ratings on a five-box scale with their evidence, the adjustments (each becomes a new
work plan item) and the committee's summary. Labels are English for now; the fonts follow
the committee's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Table, TableStyle

from sistercity_desktop.documents.base import MARGIN, PAGE_SIZES, Para, build_pdf, styles
from sistercity_desktop.documents.fonts import markup
from sistercity_desktop.documents.research_report import BAR_FILL, BAR_OUTLINE, HEADER_BG, RULE
from sistercity_desktop.documents.work_plan import chart_font, user_style

NOT_RATED = "not rated"
DASH = "—"
SCALE = 5
FRAME_PADDING = 6  # SimpleDocTemplate's frame pads each side by 6 pt

GREEN = colors.HexColor("#3A8F4B")
AMBER = colors.HexColor("#E0A030")
RED = colors.HexColor("#C0392B")
GREY = colors.HexColor("#9A9A9A")
# Health levels as the process names them, and the words people use for them.
HEALTH_COLOURS: dict[str, colors.Color] = {
    "healthy": GREEN, "good": GREEN, "strong": GREEN, "thriving": GREEN,
    "watch": AMBER, "attention": AMBER, "needs_attention": AMBER, "fair": AMBER,
    "cooling": AMBER, "at_risk": RED, "risk": RED, "declining": RED, "poor": RED,
    "dormant": RED,
}


@dataclass(frozen=True)
class RatingRow:
    """One evaluation dimension: a 1..5 score (None = not rated) and the evidence for it."""

    label: str
    score: int | None
    evidence: str


@dataclass(frozen=True)
class EvaluationInput:
    """Everything the report shows, every text final (dates already formatted)."""

    language: str                     # the committee's language (selects the fonts)
    title: str                        # "Evaluation of the Greenvale – Tartu partnership"
    held_on: str
    next_evaluation_on: str
    health_level: str
    health_reasons: tuple[str, ...]
    facts: tuple[tuple[str, str], ...]        # (label, value)
    ratings: tuple[RatingRow, ...]            # the seven dimensions
    overall: float | None                     # 1..5
    adjustments: tuple[str, ...]              # each becomes a new work plan item
    summary: str
    page_size: str = "A4"


def health_key(level: str) -> str:
    """"At risk", "at-risk" and "at_risk" are the same level."""
    return "_".join(level.replace("-", " ").lower().split())


def health_words(level: str) -> str:
    """A level as words: "at_risk" -> "At risk"; words already given are kept."""
    if "_" not in level and level != level.lower():
        return level.strip()
    words = level.replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else "Not assessed"


def score_text(score: float | None, digits: int = 0) -> str:
    """"4 of 5", "3.6 of 5" or "not rated"."""
    if score is None:
        return NOT_RATED
    value = min(max(score, 0.0), float(SCALE))
    return f"{value:.{digits}f} of {SCALE}"


class ScaleBoxes(Flowable):
    """Five boxes filled up to the score (a part box for a fraction), the score beside them.

    A missing score shows only the words "not rated": empty boxes would read as a low score.
    """

    def __init__(self, score: float | None, text: str, font: str, size: float = 8,
                 reserve: str = "0.0 of 5") -> None:
        super().__init__()
        self.score = None if score is None else min(max(score, 0.0), float(SCALE))
        self.text = text
        self.font = font
        self.size = size
        self.box = size * 1.05
        self.gap = size * 0.3
        # Reserved room for the text keeps every scale in a column the same length.
        self.boxes_width = SCALE * self.box + (SCALE - 1) * self.gap
        self.reserve = stringWidth(reserve, font, size) + 5

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = self.boxes_width + self.reserve
        self.height = self.size * 1.4
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        baseline = (self.height - self.size * 0.72) / 2
        canvas.setFont(self.font, self.size)
        if self.score is None:
            canvas.setFillColor(colors.grey)
            canvas.drawString(0, baseline, self.text)
            return
        y = (self.height - self.box) / 2
        canvas.setLineWidth(0.5)
        canvas.setStrokeColor(BAR_OUTLINE)
        for index in range(SCALE):
            x = index * (self.box + self.gap)
            filled = min(max(self.score - index, 0.0), 1.0)
            if filled > 0:
                canvas.setFillColor(BAR_FILL)
                canvas.rect(x, y, self.box * filled, self.box, stroke=0, fill=1)
            canvas.rect(x, y, self.box, self.box, stroke=1, fill=0)
        canvas.setFillColor(colors.black)
        canvas.drawString(self.boxes_width + 5, baseline, self.text)


class HealthDot(Flowable):
    """A coloured dot with the health level in words beside it."""

    def __init__(self, level: str, font: str, size: float = 11) -> None:
        super().__init__()
        self.words = health_words(level)
        self.colour = HEALTH_COLOURS.get(health_key(level), GREY)
        self.font = chart_font(self.words, font)  # drawn directly: one font with every glyph
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = self.size * 1.6 + stringWidth(self.words, self.font, self.size)
        self.height = self.size * 1.6
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        radius = self.size * 0.45
        canvas.setFillColor(self.colour)
        canvas.circle(radius + 1, self.height / 2, radius, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(self.font, self.size)
        canvas.drawString(radius * 2 + self.size * 0.5, (self.height - self.size * 0.72) / 2,
                          self.words)


class _Report:
    """Builds the story for one input; holds the styles so helpers stay short."""

    def __init__(self, data: EvaluationInput) -> None:
        self.data = data
        s = styles(data.language)
        self.s = s
        self.font = s["body"].fontName
        self.bold_font = s["bold"].fontName
        page = PAGE_SIZES.get(data.page_size, PAGE_SIZES["A4"])
        self.width = page[0] - 2 * MARGIN - 2 * FRAME_PADDING
        self.title = ParagraphStyle("ev_title", parent=s["heading"],
                                    fontSize=s["heading"].fontSize * 1.35,
                                    leading=s["heading"].leading * 1.35)
        self.subheading = ParagraphStyle("ev_subheading", parent=s["heading"],
                                         fontSize=s["body"].fontSize * 1.15,
                                         leading=s["body"].fontSize * 1.5,
                                         spaceBefore=s["body"].fontSize * 1.1,
                                         spaceAfter=s["body"].fontSize * 0.4,
                                         keepWithNext=1)  # never last on a page
        self.cell = ParagraphStyle("ev_cell", parent=s["small"], spaceAfter=0)
        self.cell_bold = ParagraphStyle("ev_cell_bold", parent=self.cell,
                                        fontName=self.bold_font)
        self.muted = ParagraphStyle("ev_muted", parent=self.cell, textColor=colors.grey)
        self.note = ParagraphStyle("ev_note", parent=self.muted, spaceAfter=4)
        self.item = ParagraphStyle("ev_item", parent=s["body"], leftIndent=14, bulletIndent=2,
                                   bulletFontName=self.font, spaceAfter=3)

    def p(self, text: str, style: ParagraphStyle) -> Paragraph:
        """User (or label) text as a Paragraph: escaped, with glyph fallback."""
        style = user_style(text, style)
        return Para(markup(text, style.fontName), style)

    def bullet(self, text: str, bullet: str) -> Paragraph:
        # The bullet's own font is set: ReportLab would draw it in Helvetica.
        return Para(markup(text, self.font), user_style(text, self.item), bulletText=bullet)

    def table(self, rows: list[list[object]], col_widths: Sequence[float], *,
              header: bool = True, extra: Sequence[tuple] = ()) -> Table:
        """A calm table whose rows (and long cells) may split across pages."""
        table = Table(rows, colWidths=list(col_widths), hAlign="LEFT", splitByRow=1,
                      splitInRow=1, repeatRows=1 if header else 0)
        commands: list[tuple] = [
            # Every cell sets a font even when empty: a bundled one, never Helvetica.
            ("FONTNAME", (0, 0), (-1, -1), self.font),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ]
        if header:
            commands += [("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
                         ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey)]
        table.setStyle(TableStyle([*commands, *extra]))
        return table

    def scale(self, score: float | None, digits: int = 0) -> ScaleBoxes:
        return ScaleBoxes(score, score_text(score, digits), self.font, self.cell.fontSize)

    # -- sections ----------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        return [*self.heading(), *self.health(), *self.facts(), *self.ratings(),
                *self.adjustments(), *self.summary()]

    def heading(self) -> list[Flowable]:
        d = self.data
        meta = [("Held on", d.held_on or DASH),
                ("Next evaluation", d.next_evaluation_on or "not set yet")]
        return [
            self.p(d.title, self.title),
            self.table([[self.p(k, self.cell_bold), self.p(v, self.cell)] for k, v in meta],
                       [36 * mm, self.width - 36 * mm], header=False,
                       extra=[("LINEBELOW", (0, 0), (-1, -1), 0, colors.white)]),
            HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=6,
                       spaceAfter=2),
        ]

    def health(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = [self.p("Health of the partnership", self.subheading),
                                 HealthDot(d.health_level, self.bold_font)]
        story += [self.bullet(reason, "•") for reason in d.health_reasons if reason.strip()]
        return story

    def facts(self) -> list[Flowable]:
        story: list[Flowable] = [self.p("Facts", self.subheading)]
        if not self.data.facts:
            return [*story, self.p("No facts gathered.", self.s["body"])]
        label = 60 * mm
        story.append(self.table([[self.p(k, self.cell_bold), self.p(v, self.cell)]
                                 for k, v in self.data.facts],
                                [label, self.width - label], header=False))
        return story

    def ratings(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = [self.p("Ratings", self.subheading),
                                 self.p("Each dimension rated from 1 (weak) to 5 (strong), with "
                                        "the evidence the committee saw.", self.note)]
        sample = self.scale(5.0)
        scale_width = sample.boxes_width + sample.reserve + 8
        widths = [34 * mm, scale_width, self.width - 34 * mm - scale_width]
        rows: list[list[object]] = [[self.p(h, self.cell_bold)
                                     for h in ("Dimension", "Score", "Evidence")]]
        for r in d.ratings:
            has_evidence = bool(r.evidence.strip())
            evidence = self.p(r.evidence if has_evidence else DASH,
                              self.cell if has_evidence else self.muted)
            rows.append([self.p(r.label, self.cell), self.scale(r.score), evidence])
        rows.append([self.p("Overall", self.cell_bold), self.scale(d.overall, 1),
                     self.p("Average of the rated dimensions." if d.overall is not None
                            else "No dimension rated yet.", self.muted)])
        story.append(self.table(rows, widths, extra=[
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.grey)]))
        return story

    def adjustments(self) -> list[Flowable]:
        items = [a for a in self.data.adjustments if a.strip()]
        head = [self.p("Adjustments to the work plan", self.subheading)]
        if not items:
            return [*head, self.p("No adjustments.", self.s["body"])]
        note = self.p("Each adjustment becomes a new item of the work plan.", self.note)
        numbered = [self.bullet(text, f"{n}.") for n, text in enumerate(items, start=1)]
        # The heading stays with its first item.
        return [KeepTogether([*head, note, numbered[0]]), *numbered[1:]]

    def summary(self) -> list[Flowable]:
        text = self.data.summary.strip()
        return [self.p("Summary", self.subheading),
                self.p(text or "No summary recorded.", self.s["body"])]


def render_evaluation_report(data: EvaluationInput) -> bytes:
    """The evaluation report as PDF bytes (every font embedded, same input -> same bytes)."""
    report = _Report(data)
    size = PAGE_SIZES.get(data.page_size, PAGE_SIZES["A4"])

    def footer(canvas: Canvas, page: int) -> None:
        canvas.setFont(report.font, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawCentredString(size[0] / 2, 12 * mm, f"Page {page}")

    return build_pdf(report.story(), title=data.title, author="Sister City Desktop",
                     page_size=data.page_size, lang=data.language, footer=footer)
