"""Partnership agreements: the bilingual originals two mayors sign and frame.

Each original is a parallel two-column text under the alternat (see protocol notes,
"Agreements"): in a party's own original its language stands on the left and its
signatory signs in the left position. The caller supplies both mirrored originals
(or one plain bilingual copy); this module only lays them out, one after the other,
each starting on a new page.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby, zip_longest

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
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
from sistercity_desktop.documents.fonts import (
    FALLBACK_ORDER,
    LATIN,
    font_set,
    has_glyph,
    markup,
)

BODY_SIZE = 10.5
TITLE_SIZE = 19.0
GUTTER = 12 * mm            # between the columns; the rule runs down its middle
SIGNING_SPACE = 18 * mm     # room for a mayor's signature above the line
BULLETS = ("•", "・")        # an "areas of cooperation" line starts with one of these
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#B0B0B0")


@dataclass(frozen=True)
class AgreementColumn:
    """One language's text of an agreement, every string final (placeholders filled)."""

    language: str                    # BCP 47, e.g. "ja"
    title: str                       # e.g. "Sister City Agreement"
    between: str                     # the line naming both parties
    paragraphs: tuple[str, ...]      # preamble, body, "• Education" lines, clauses, resolution
    place_date: str                  # "Done at Greenvale, on March 14, 2027"
    for_first: str                   # heading of the first signatory's block
    for_second: str
    name_caption: str                # "Name"
    title_caption: str               # "Title"
    label: str                       # "Original of the City of Greenvale" / "Bilingual copy"


@dataclass(frozen=True)
class Signatory:
    """A signing mayor; the title is given in both column languages."""

    name: str
    title_left: str                  # in the LEFT column's language
    title_right: str                 # in the right column's language


@dataclass(frozen=True)
class AgreementOriginal:
    """One original: its own city's language on the left, its mayor signing first."""

    left: AgreementColumn
    right: AgreementColumn
    first: Signatory                 # signs in the first (left) position
    second: Signatory


@dataclass(frozen=True)
class AgreementInput:
    originals: tuple[AgreementOriginal, ...]   # 2 mirrored originals, or 1 plain bilingual copy
    page_size: str = "A4"                       # or "LETTER"
    title: str = "Agreement"
    author: str = ""


@dataclass(frozen=True)
class _Styles:
    """The ceremonial styles of one column language, derived from base.styles."""

    label: ParagraphStyle
    title: ParagraphStyle
    between: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    place: ParagraphStyle
    heading: ParagraphStyle
    name: ParagraphStyle
    text: ParagraphStyle
    caption: ParagraphStyle


def _styles(language: str, align: int = TA_LEFT) -> _Styles:
    """Styles for one column; `align` is where the label sits (left or right column)."""
    fonts = font_set(language)
    base = styles(language, BODY_SIZE)
    # Leading a notch above base.styles: a framed document is read slowly, not skimmed.
    leading = BODY_SIZE * (1.75 if fonts.cjk_wrap else 1.5)
    # Half a page is too narrow to justify Latin text without hyphenation (German
    # compounds leave gaping word spaces); ideographs justify evenly.
    body = ParagraphStyle("ag_body", parent=base["body"], leading=leading, spaceAfter=0,
                          alignment=TA_JUSTIFY if fonts.cjk_wrap else TA_LEFT,
                          textColor=INK)
    # The bullet is drawn outside the markup, so it needs a font of its own (never
    # ReportLab's default, Helvetica, which is not embedded). The serif's "•" sits
    # the same in both columns; CJK fonts draw it as a full-width dot.
    bullet_font = next(f for f in (*FALLBACK_ORDER, fonts.regular) if has_glyph(f, "•"))
    small = BODY_SIZE * 0.78
    return _Styles(
        label=ParagraphStyle("ag_label", parent=body, fontName=fonts.bold, fontSize=8,
                             leading=11, alignment=align, textColor=MUTED),
        title=ParagraphStyle("ag_title", parent=body, fontName=fonts.bold,
                             fontSize=TITLE_SIZE, leading=TITLE_SIZE * 1.45,
                             alignment=TA_CENTER),
        between=ParagraphStyle("ag_between", parent=body, alignment=TA_CENTER),
        body=body,
        bullet=ParagraphStyle("ag_bullet", parent=body, alignment=TA_LEFT, leftIndent=6 * mm,
                              bulletIndent=2 * mm, bulletFontName=bullet_font,
                              bulletFontSize=BODY_SIZE),
        place=ParagraphStyle("ag_place", parent=body, alignment=TA_LEFT),
        heading=ParagraphStyle("ag_heading", parent=body, fontName=fonts.bold,
                               alignment=TA_LEFT, leading=BODY_SIZE * 1.45),
        name=ParagraphStyle("ag_name", parent=body, fontName=fonts.bold, alignment=TA_LEFT,
                            leading=BODY_SIZE * 1.45),
        text=ParagraphStyle("ag_text", parent=body, alignment=TA_LEFT,
                            leading=BODY_SIZE * 1.45),
        caption=ParagraphStyle("ag_caption", parent=body, fontSize=small, leading=small * 1.4,
                               alignment=TA_LEFT, textColor=MUTED),
    )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """User text as a paragraph: escaped, with glyph fallback (fonts.markup)."""
    return Para(markup(text, style.fontName), style)


def _both(left: str, a: ParagraphStyle, right: str, b: ParagraphStyle) -> Paragraph:
    """"Name / 氏名": each half in its own language's font."""
    return Para(f'{markup(left, a.fontName)} / <font name="{b.fontName}">'
                     f"{markup(right, b.fontName)}</font>", a)


def _name(name: str, a: _Styles, b: _Styles) -> Paragraph:
    """A signatory's name, in the bold of whichever column's font writes all of it.

    Latin fonts first: CJK fonts also hold Latin letters, but "Patricia Holloway" set
    in a Gothic beside a serif title line would look borrowed.
    """
    candidates = sorted((a.name, b.name), key=lambda st: st.wordWrap == "CJK")
    style = next((st for st in candidates
                  if all(ch.isspace() or has_glyph(st.fontName, ch) for ch in name)), a.name)
    return _p(name, style)


def _small_caps(text: str, style: ParagraphStyle) -> Paragraph:
    """Small caps imitation: lower-case letters as capitals a size smaller.

    The bundled fonts have no real small caps; scripts without case (Japanese...)
    come out unchanged.
    """
    parts: list[str] = []
    for lower, run in groupby(text, key=lambda ch: ch != ch.upper()):
        chunk = "".join(run)
        if lower:
            parts.append(f'<font size="{style.fontSize * 0.8:.1f}">'
                         f"{markup(chunk.upper(), style.fontName)}</font>")
        else:
            parts.append(markup(chunk, style.fontName))
    return Para("".join(parts), style)


def _paragraph(text: str, st: _Styles) -> Paragraph:
    """A body paragraph; an "areas" line ("• Education") gets a hanging bullet."""
    stripped = text.lstrip()
    mark = stripped[:1]
    if mark in BULLETS:
        style = st.bullet
        if not has_glyph(style.bulletFontName, mark):  # "・" lives in the CJK fonts only
            font = next((f for f in (st.body.fontName, *FALLBACK_ORDER) if has_glyph(f, mark)),
                        style.bulletFontName)
            style = ParagraphStyle("ag_bullet_cjk", parent=style, bulletFontName=font)
        return Para(markup(stripped[1:].lstrip(), style.fontName), style, bulletText=mark)
    return _p(text, st.body)


def _table(rows: list[list[object]], widths: list[float], font: str,
           extra: list[tuple] | None = None,
           heights: list[float | None] | None = None) -> Table:
    """A borderless layout table; splits between rows only (never mid-row)."""
    table = Table(rows, colWidths=widths, rowHeights=heights, hAlign="LEFT", splitByRow=1,
                  repeatRows=0, splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        # Empty cells still set a font: make it a bundled one, never Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        *(extra or []),
    ]))
    return table


def _parallel(rows: list[list[object]], width: float, font: str,
              bottom: list[float], rule: bool = True) -> Table:
    """Two columns side by side, by default with a thin rule between them."""
    extra: list[tuple] = [
        ("RIGHTPADDING", (0, 0), (0, -1), GUTTER / 2),
        ("LEFTPADDING", (1, 0), (1, -1), GUTTER / 2),
    ]
    if rule:
        extra.append(("LINEAFTER", (0, 0), (0, -1), 0.4, RULE))
    extra += [("BOTTOMPADDING", (0, i), (-1, i), pad) for i, pad in enumerate(bottom)]
    return _table(rows, [width / 2, width / 2], font, extra)


class _OriginalEnds(Flowable):
    """Zero-size marker: the next page starts a new original (page numbers restart)."""

    def __init__(self, state: dict[str, int]) -> None:
        super().__init__()
        self._state = state

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._state["restart"] = 1


def _pieces(cell: Paragraph | str, width: float, limit: float) -> list[Paragraph | str]:
    """A paragraph cut into parts no taller than `limit`.

    Body rows break only between rows, so each paragraph stays beside its translation;
    a row taller than the page could not be laid out at all, so a very long paragraph
    becomes several rows instead.
    """
    if isinstance(cell, str) or cell.wrap(width, 1e9)[1] <= limit:
        return [cell]
    parts = cell.split(width, limit)
    if len(parts) < 2:
        return [cell]
    return [parts[0], *_pieces(parts[1], width, limit)]


def _original(orig: AgreementOriginal, width: float, max_row: float) -> list[Flowable]:
    """The flowables of one original, from its label to its signatures.

    `max_row` is the tallest a body row may be (a share of the page's text height).
    """
    left, right = orig.left, orig.right
    a, b = _styles(left.language), _styles(right.language, TA_RIGHT)
    font = a.body.fontName
    half = [width / 2, width / 2]
    story: list[Flowable] = [
        _table([[_small_caps(left.label, a.label), _small_caps(right.label, b.label)]],
               half, font),
        HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=3, spaceAfter=8 * mm),
        # Both texts are equally authentic, so both titles get the same size.
        _p(left.title, a.title),
        _p(right.title, b.title),
        Spacer(1, 3 * mm),
        _parallel([[_p(left.between, a.between), _p(right.between, b.between)]], width, font,
                  [0]),
        HRFlowable(width="30%", thickness=0.4, color=RULE, spaceBefore=4 * mm,
                   spaceAfter=5 * mm),
    ]

    pairs = list(zip_longest(left.paragraphs, right.paragraphs, fillvalue=""))

    def is_bullet(i: int) -> bool:
        return any(t.lstrip()[:1] in BULLETS for t in pairs[i])

    rows: list[list[object]] = []
    bottom: list[float] = []
    column = width / 2 - GUTTER / 2
    for i, (x, y) in enumerate(pairs):
        pieces = list(zip_longest(_pieces(_paragraph(x, a) if x else "", column, max_row),
                                  _pieces(_paragraph(y, b) if y else "", column, max_row),
                                  fillvalue=""))
        rows += [list(piece) for piece in pieces]
        # Consecutive "areas" lines read as one list, so they sit closer together.
        close = is_bullet(i) and i + 1 < len(pairs) and is_bullet(i + 1)
        bottom += [0.0] * (len(pieces) - 1) + [BODY_SIZE * (0.25 if close else 0.8)]
    if len(rows) > 1:
        story.append(_parallel(rows[:-1], width, font, bottom[:-1]))

    # The closing: place and date, then the two signature blocks, side by side.
    def block(signatory: Signatory, for_left: str, for_right: str) -> list[object]:
        """One signature block, top to bottom, one table row per part."""
        return [
            [_p(for_left, a.heading), _p(for_right, b.heading)],
            "",  # the space where the mayor signs
            _name(signatory.name, a, b),
            _both(left.name_caption, a.caption, right.name_caption, b.caption),
            [_p(signatory.title_left, a.text), _p(signatory.title_right, b.text)],
            _both(left.title_caption, a.caption, right.title_caption, b.caption),
        ]

    # One table for both blocks, so their signature lines and names share a baseline.
    first = block(orig.first, left.for_first, right.for_first)
    second = block(orig.second, left.for_second, right.for_second)
    block_width = width / 2 - GUTTER / 2
    signatures = _table(
        [[x, "", y] for x, y in zip(first, second, strict=True)],
        [block_width, GUTTER, block_width], font,
        [("LINEABOVE", (0, 2), (0, 2), 0.7, INK),
         ("LINEABOVE", (2, 2), (2, 2), 0.7, INK),
         ("TOPPADDING", (0, 2), (-1, 2), 3),
         ("TOPPADDING", (0, 4), (-1, 4), 4)],
        heights=[None, SIGNING_SPACE, None, None, None, None],
    )
    # The last paragraph comes along to the signing page: a page holding nothing but
    # signatures could be detached from the text it approves. KeepTogether moves the
    # whole closing to the next page rather than ever splitting a signature block; it
    # always fits on one page, since body rows are at most half a page (_pieces).
    closing: list[Flowable] = []
    if rows:
        closing.append(_parallel(rows[-1:], width, font, [bottom[-1]]))
    closing += [
        Spacer(1, 3 * mm),
        _parallel([[_p(left.place_date, a.place), _p(right.place_date, b.place)]], width, font,
                  [0], rule=False),
        Spacer(1, 8 * mm),
        signatures,
    ]
    story.append(KeepTogether(closing))
    return story


def render_agreement(data: AgreementInput) -> bytes:
    """Every original of the agreement as one PDF (bytes, every font embedded).

    Each original starts on a new page and numbers its own pages from 1, since
    each is kept and framed on its own.
    """
    if not data.originals:
        raise ValueError("an agreement needs at least one original")
    if data.page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {tuple(PAGE_SIZES)}")
    page_width, page_height = PAGE_SIZES[data.page_size]
    width = page_width - 2 * MARGIN
    # Half the frame height (build_pdf's margins, less the frame's own padding): a long
    # paragraph then breaks into parts that fill pages without leaving big gaps.
    max_row = (page_height - 1.8 * MARGIN - 12) / 2
    state = {"restart": 0, "first_page": 1}
    story: list[Flowable] = []
    for index, orig in enumerate(data.originals):
        if index:
            story += [_OriginalEnds(state), PageBreak()]
        story += _original(orig, width, max_row)

    def footer(canvas: Canvas, page: int) -> None:
        # Called as each page begins, i.e. after the marker closed the previous original.
        if state["restart"]:
            state["restart"], state["first_page"] = 0, page
        canvas.setFont(LATIN.regular, 8)  # digits and dashes: the serif has them all
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(page_width / 2, 12 * mm, f"— {page - state['first_page'] + 1} —")

    return build_pdf(story, title=data.title, author=data.author, page_size=data.page_size,
                     lang=data.originals[0].left.language, footer=footer)
