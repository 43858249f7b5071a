"""Research report: how and why a partner city was chosen, kept as the committee's memory.

Layout: a title page (decision and ranking), a comparison of every data point across
candidates, then one section per candidate (facts, profile, scores, decision).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

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
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sistercity_desktop.documents.base import MARGIN, PAGE_SIZES, Para, build_pdf, styles
from sistercity_desktop.documents.fonts import markup

NOT_KNOWN = "not known"
DASH = "—"
MAX_PER_TABLE = 4  # comparison columns stay wide enough for a readable bar

BAR_FILL = colors.HexColor("#4F7CA6")
BAR_OUTLINE = colors.HexColor("#8A8A8A")
RULE = colors.HexColor("#C8C8C8")
HEADER_BG = colors.HexColor("#EEF1F4")


@dataclass(frozen=True)
class ReportScore:
    """One data point of a candidate: a 0..1 score (None = not known) and its weight."""

    label: str              # e.g. "Population"
    score: float | None     # 0..1, None = not known
    weight: int             # 0..5
    explanation: str


@dataclass(frozen=True)
class ReportCandidate:
    """A candidate city as researched: facts, profile text, scores and the decision."""

    name: str
    country: str
    status: str                            # "Chosen", "Declined", "Under consideration"
    facts: tuple[tuple[str, str], ...]     # (label, value)
    profile: tuple[tuple[str, str], ...]   # (label, text), user text of any length
    scores: tuple[ReportScore, ...]        # the seven data points in order
    total: float | None                    # 0..100
    decision_reason: str
    decided_on: str


@dataclass(frozen=True)
class ResearchReportInput:
    """Everything the report shows, every text final (dates already formatted)."""

    title: str
    committee: str
    our_city: str
    generated_on: str
    summary: str
    candidates: tuple[ReportCandidate, ...]
    page_size: str = "A4"   # or "LETTER"
    language: str = "en"    # selects the font set; labels are English for now


def _half_up(value: float) -> int:
    # round() rounds halves to even (0.125 -> 12%); readers expect 13%.
    return int(math.floor(value + 0.5))


def percent(score: float | None) -> str:
    """A 0..1 score as "70%", or "not known"."""
    if score is None:
        return NOT_KNOWN
    return f"{_half_up(min(max(score, 0.0), 1.0) * 100)}%"


def total_text(total: float | None) -> str:
    """A 0..100 total as a whole number, or a dash."""
    return DASH if total is None else str(_half_up(min(max(total, 0.0), 100.0)))


def ranked(candidates: Sequence[ReportCandidate]) -> list[ReportCandidate]:
    """Best total first, unscored last; ties keep the committee's own order."""
    return sorted(candidates, key=lambda c: (c.total is None, -(c.total or 0.0)))


class ScoreBar(Flowable):
    """A small horizontal bar (filled in proportion, grey outline) with its value beside it.

    The space for the value is reserved from a fixed sample text, so every bar in a
    column has the same full length and bars can be compared by eye.
    """

    def __init__(self, fraction: float | None, text: str, font: str, size: float = 8,
                 reserve: str = "100%", max_bar: float = 60 * mm) -> None:
        super().__init__()
        self.fraction = None if fraction is None else min(max(fraction, 0.0), 1.0)
        self.text = text
        self.font = font
        self.size = size
        self.reserve = reserve
        self.max_bar = max_bar
        self.bar_height = size * 0.9
        self.gap = 4

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        reserve = stringWidth(self.reserve, self.font, self.size) + self.gap
        self.bar_width = max(min(availWidth - reserve, self.max_bar), 12)
        self.width = self.bar_width + reserve
        self.height = self.size * 1.3
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        baseline = (self.height - self.size * 0.75) / 2
        canvas.setFont(self.font, self.size)
        if self.fraction is None:
            # No empty outline: an empty bar would read as a score of zero.
            canvas.setFillColor(colors.grey)
            canvas.drawString(0, baseline, self.text)
            return
        y = (self.height - self.bar_height) / 2
        if self.fraction > 0:
            canvas.setFillColor(BAR_FILL)
            canvas.rect(0, y, self.bar_width * self.fraction, self.bar_height, stroke=0, fill=1)
        canvas.setStrokeColor(BAR_OUTLINE)
        canvas.setLineWidth(0.5)
        canvas.rect(0, y, self.bar_width, self.bar_height, stroke=1, fill=0)
        canvas.setFillColor(colors.black)
        canvas.drawString(self.bar_width + self.gap, baseline, self.text)


class _Report:
    """Builds the story for one input; holds the styles so helpers stay short."""

    def __init__(self, data: ResearchReportInput) -> None:
        self.data = data
        s = styles(data.language)
        self.s = s
        self.font = s["body"].fontName
        self.bold_font = s["bold"].fontName
        self.width = PAGE_SIZES.get(data.page_size, PAGE_SIZES["A4"])[0] - 2 * MARGIN
        self.title = ParagraphStyle("report_title", parent=s["heading"],
                                    fontSize=s["heading"].fontSize * 1.35,
                                    leading=s["heading"].leading * 1.35)
        self.subheading = ParagraphStyle("report_subheading", parent=s["heading"],
                                         fontSize=s["body"].fontSize * 1.15,
                                         leading=s["body"].fontSize * 1.5,
                                         spaceBefore=s["body"].fontSize * 0.8,
                                         spaceAfter=s["body"].fontSize * 0.4,
                                         keepWithNext=1)  # never last on a page
        self.cell = ParagraphStyle("report_cell", parent=s["small"], spaceAfter=0)
        self.cell_bold = ParagraphStyle("report_cell_bold", parent=self.cell,
                                        fontName=self.bold_font)
        self.muted = ParagraphStyle("report_muted", parent=self.cell, textColor=colors.grey)

    # -- small helpers ---------------------------------------------------------------

    def p(self, text: str, style: ParagraphStyle) -> Paragraph:
        """User (or label) text as a Paragraph: escaped, with glyph fallback."""
        return Para(markup(text, style.fontName), style)

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

    def bar(self, fraction: float | None, text: str) -> ScoreBar:
        return ScoreBar(fraction, text, self.font, self.cell.fontSize)

    def total_bar(self, total: float | None) -> ScoreBar:
        fraction = None if total is None else total / 100
        # Same reserve as the score bars: the total's bar lines up with the bars above it.
        return self.bar(fraction, total_text(total) if total is not None else NOT_KNOWN)

    # -- sections --------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        story = self.title_page()
        order = ranked(self.data.candidates)
        if order:
            story += [PageBreak(), *self.comparison(order)]
            for rank, candidate in enumerate(order, start=1):
                story += [PageBreak(), *self.candidate(candidate, rank, len(order))]
        return story

    def title_page(self) -> list[Flowable]:
        d, s = self.data, self.s
        story: list[Flowable] = [self.p(d.title, self.title)]
        meta = [("Committee", d.committee), ("Our city", d.our_city),
                ("Generated on", d.generated_on)]
        story.append(self.table([[self.p(k, self.cell_bold), self.p(v, self.cell)]
                                 for k, v in meta], [32 * mm, self.width - 32 * mm],
                                header=False, extra=[("LINEBELOW", (0, 0), (-1, -1), 0,
                                                      colors.white)]))
        story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey,
                                spaceBefore=6, spaceAfter=4))
        story.append(self.p("Decision", self.subheading))
        story.append(self.p(d.summary or "No partner chosen yet.", s["body"]))
        story.append(self.p("Ranking", self.subheading))
        if not d.candidates:
            story.append(self.p("There are no candidates yet.", s["body"]))
            return story
        head = ["Rank", "City", "Country", "Status", "Total (of 100)"]
        rows: list[list[object]] = [[self.p(h, self.cell_bold) for h in head]]
        rank = 0
        for candidate in ranked(d.candidates):
            # Only scored candidates get a rank: an unknown total has no place in the order.
            rank += candidate.total is not None
            rows.append([self.p(str(rank) if candidate.total is not None else DASH, self.cell),
                         self.p(candidate.name, self.cell_bold),
                         self.p(candidate.country, self.cell),
                         self.p(candidate.status, self.cell),
                         self.p(total_text(candidate.total), self.cell)])
        fixed = [14 * mm, 34 * mm, 36 * mm, 28 * mm]
        story.append(self.table(rows, [fixed[0], self.width - sum(fixed), *fixed[1:]]))
        return story

    def comparison(self, order: list[ReportCandidate]) -> list[Flowable]:
        story: list[Flowable] = [self.p("Comparison of candidates", self.s["heading"]),
                                 self.p("Each data point scored from 0 to 100%, with the "
                                        "weight the committee gave it (×0 to ×5).",
                                        self.s["small"])]
        labels = self.data_points(order)
        count = math.ceil(len(order) / MAX_PER_TABLE)
        # Even chunks (5 -> 3 + 2) and one column width for all, so bars stay comparable.
        per_table = math.ceil(len(order) / count)
        first = 42 * mm
        column = min((self.width - first) / per_table, 60 * mm)
        for index in range(count):
            chunk = order[index * per_table:(index + 1) * per_table]
            if count > 1:
                story.append(CondPageBreak(60 * mm))
                story.append(self.p(f"Table {index + 1} of {count}", self.muted))
                story.append(Spacer(1, 2))
            story.append(self.comparison_table(chunk, labels, first, column))
            story.append(Spacer(1, 6 * mm))
        return story

    @staticmethod
    def data_points(order: Sequence[ReportCandidate]) -> list[tuple[str, int]]:
        """Data point labels in first-seen order, with the weight first given to each."""
        seen: dict[str, int] = {}
        for candidate in order:
            for score in candidate.scores:
                seen.setdefault(score.label, score.weight)
        return list(seen.items())

    def comparison_table(self, chunk: Sequence[ReportCandidate],
                         labels: Sequence[tuple[str, int]], first: float,
                         column: float) -> Table:
        header: list[object] = [self.p("Data point", self.cell_bold)]
        for candidate in chunk:
            header.append([self.p(candidate.name, self.cell_bold),
                           self.p(f"{candidate.country} · {candidate.status}", self.muted)])
        rows: list[list[object]] = [header]
        for label, weight in labels:
            row: list[object] = [self.label_with_weight(label, weight)]
            for candidate in chunk:
                score = next((x.score for x in candidate.scores if x.label == label), None)
                row.append(self.bar(score, percent(score)))
            rows.append(row)
        rows.append([self.p("Total (of 100)", self.cell_bold),
                     *[self.total_bar(c.total) for c in chunk]])
        return self.table(rows, [first, *[column] * len(chunk)], extra=[
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.grey),
        ])

    def label_with_weight(self, label: str, weight: int) -> Paragraph:
        grey = markup(f"×{weight}", self.cell.fontName)
        return Para(f'{markup(label, self.cell.fontName)} '
                         f'<font color="#777777">{grey}</font>', self.cell)

    def candidate(self, c: ReportCandidate, rank: int, count: int) -> list[Flowable]:
        s = self.s
        place = (f"Rank {rank} of {count}" if c.total is not None else "Not ranked")
        story: list[Flowable] = [
            self.p(f"{c.name}, {c.country}", s["heading"]),
            self.p(f"Status: {c.status}  ·  {place}  ·  Total: {total_text(c.total)} of 100",
                   s["bold"]),
        ]
        label_width = 40 * mm
        story.append(self.p("Facts", self.subheading))
        if c.facts:
            story.append(self.table(
                [[self.p(k, self.cell_bold), self.p(v, self.cell)] for k, v in c.facts],
                [label_width, self.width - label_width], header=False))
        else:
            story.append(self.p("No facts recorded.", s["body"]))

        story.append(self.p("Profile", self.subheading))
        if c.profile:
            story.append(self.table(
                [[self.p(k, self.cell_bold), self.p(v, self.cell)] for k, v in c.profile],
                [label_width, self.width - label_width], header=False))
        else:
            story.append(self.p("No profile recorded.", s["body"]))

        story.append(self.p("Scores", self.subheading))
        story.append(self.scores_table(c))

        decision: list[Flowable] = [self.p("Decision", self.subheading)]
        if c.decision_reason or c.decided_on:
            decision.append(self.p(c.decision_reason or "No reason recorded.", s["body"]))
            if c.decided_on:
                decision.append(self.p(f"Decided on {c.decided_on}.", s["small"]))
        else:
            decision.append(self.p("No decision recorded.", s["body"]))
        # The heading should not be stranded at the foot of a page; long reasons still split.
        story.append(KeepTogether(decision[:2]))
        story += decision[2:]
        return story

    def scores_table(self, c: ReportCandidate) -> Table:
        widths = [36 * mm, 44 * mm, 16 * mm]
        widths.append(self.width - sum(widths))
        head = ["Data point", "Score", "Weight", "Explanation"]
        rows: list[list[object]] = [[self.p(h, self.cell_bold) for h in head]]
        for x in c.scores:
            rows.append([self.p(x.label, self.cell), self.bar(x.score, percent(x.score)),
                         self.p(f"×{x.weight}", self.cell), self.p(x.explanation, self.cell)])
        rows.append([self.p("Total (of 100)", self.cell_bold), self.total_bar(c.total),
                     "", ""])
        return self.table(rows, widths, extra=[("LINEABOVE", (0, -1), (-1, -1), 0.6,
                                                colors.grey)])


def render_research_report(data: ResearchReportInput) -> bytes:
    """The research report as PDF bytes (every font embedded, same input -> same bytes)."""
    report = _Report(data)
    font = report.font
    size = PAGE_SIZES.get(data.page_size, PAGE_SIZES["A4"])

    def footer(canvas: Canvas, page: int) -> None:
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.grey)
        canvas.drawCentredString(size[0] / 2, 12 * mm, f"Page {page}")

    return build_pdf(report.story(), title=data.title, author=data.committee,
                     page_size=data.page_size, lang=data.language, footer=footer)
