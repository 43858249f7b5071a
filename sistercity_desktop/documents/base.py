"""Shared page set-up for every document: page sizes, styles, deterministic output."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table
from reportlab.platypus.doctemplate import LayoutError

from sistercity_desktop.documents.fonts import FontSet, font_set

PAGE_SIZES = {"A4": A4, "LETTER": LETTER}
MARGIN = 22 * mm


class Para(Paragraph):
    """A Paragraph that breaks its lines once per width.

    Platypus asks a flowable for its size again and again at the same width: a table
    wraps every cell to size its rows and again to draw it, a KeepTogether or a split
    measures its content before the frame places it, a repeated header row is re-wrapped
    on every page. Line breaking depends on the width only, and drawing does not change
    its result, so asking again at the last width returns the last answer.
    """

    # (width, size, the line breaking it made)
    _wrapped_at: tuple[float, tuple[float, float], object] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        last = self._wrapped_at
        # The lines must still be the ones that wrap made (split drops or replaces them).
        if (last is not None and last[0] == availWidth
                and getattr(self, "blPara", None) is last[2]):
            self.width, self.height = last[1]
            return last[1]
        size = super().wrap(availWidth, availHeight)
        lines = getattr(self, "blPara", None)  # none when the width is too narrow
        self._wrapped_at = (availWidth, size, lines) if lines is not None else None
        return size


def styles(language: str, size: float = 10.5) -> dict[str, ParagraphStyle]:
    """Paragraph styles for one document language."""
    fonts: FontSet = font_set(language)
    wrap = "CJK" if fonts.cjk_wrap else None
    leading = size * (1.6 if fonts.cjk_wrap else 1.4)
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=size, leading=leading,
                          spaceAfter=size * 0.7, wordWrap=wrap)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=size * 0.82,
                                leading=leading * 0.82, spaceAfter=2),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "heading": ParagraphStyle("heading", parent=body, fontName=fonts.heading,
                                  fontSize=size * 1.5, leading=size * 1.9, spaceAfter=size),
        "letterhead": ParagraphStyle("letterhead", parent=body, fontName=fonts.heading,
                                     fontSize=size * 1.45, leading=size * 1.8,
                                     alignment=TA_CENTER, spaceAfter=1),
        "letterhead_sub": ParagraphStyle("letterhead_sub", parent=body, fontSize=size * 0.85,
                                         leading=size * 1.15, alignment=TA_CENTER,
                                         spaceAfter=0),
        "banner": ParagraphStyle("banner", parent=body, fontName=fonts.heading,
                                 fontSize=size * 0.85, alignment=TA_RIGHT, spaceAfter=4),
        "bold": ParagraphStyle("bold", parent=body, fontName=fonts.bold),
    }


def build_pdf(story: Sequence[Flowable], *, title: str, author: str, page_size: str = "A4",
              lang: str = "",
              footer: Callable[[Canvas, int], None] | None = None) -> bytes:
    """Lay out a story; the same story gives the same bytes (invariant mode)."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=PAGE_SIZES.get(page_size, A4), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN * 0.8, bottomMargin=MARGIN, title=title, author=author,
        creator="Sister City Desktop", invariant=1, lang=lang,
        # The canvas would otherwise declare Helvetica, a font that is never embedded.
        initialFontName="DejaVuSerif",
    )

    def on_page(canvas: Canvas, document: SimpleDocTemplate) -> None:
        if footer:
            footer(canvas, document.page)

    try:
        doc.build(list(story), onFirstPage=on_page, onLaterPages=on_page)
    except LayoutError:
        # Something cannot be placed on any page (e.g. a pasted 10,000-character word in
        # a table cell). Print it all the same, as plain flowing text, rather than fail.
        buffer.seek(0)
        buffer.truncate()
        doc.build(flatten(story), onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


def flatten(story: Sequence[Flowable]) -> list[Flowable]:
    """The story without tables or keep-togethers: every cell's content, in order."""
    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, Table):
            for row in flowable._cellvalues:
                for cell in row:
                    if isinstance(cell, Flowable):
                        out += flatten([cell])
                    elif isinstance(cell, list | tuple):
                        out += flatten([c for c in cell if isinstance(c, Flowable)])
        elif isinstance(flowable, KeepTogether):
            out += flatten(flowable._content)
        else:
            out.append(flowable)
    return out
