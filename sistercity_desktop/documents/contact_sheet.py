"""The contact sheet: who is who on both sides of a partnership."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from sistercity_desktop.documents.base import MARGIN, PAGE_SIZES, Para, build_pdf, styles
from sistercity_desktop.documents.fonts import markup


@dataclass(frozen=True)
class ContactRow:
    role: str
    name: str
    title: str
    organisation: str
    email: str
    phone: str


@dataclass(frozen=True)
class ContactSheetInput:
    language: str
    title: str
    sides: tuple[tuple[str, tuple[ContactRow, ...]], ...]   # (side heading, contacts)
    empty: str = "No contacts recorded."
    page_size: str = "A4"


def render_contact_sheet(data: ContactSheetInput) -> bytes:
    s = styles(data.language)
    font = s["body"].fontName
    width = PAGE_SIZES.get(data.page_size, PAGE_SIZES["A4"])[0] - 2 * MARGIN
    story: list = [Para(markup(data.title, s["heading"].fontName), s["heading"])]
    for heading, rows in data.sides:
        story.append(Para(markup(heading, s["bold"].fontName), s["bold"]))
        if not rows:
            story.append(Para(markup(data.empty, font), s["body"]))
            continue
        cells = [[Para(markup(text, font), s["small"]) for text in (
            r.role, "\n".join(x for x in (r.name, r.title, r.organisation) if x),
            "\n".join(x for x in (r.email, r.phone) if x))] for r in rows]
        table = Table(cells, colWidths=[width * 0.22, width * 0.46, width * 0.32],
                      hAlign="LEFT", splitByRow=1, splitInRow=1)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey),
        ]))
        story += [table, Spacer(1, 6 * mm)]
    return build_pdf(story, title=data.title, author="", page_size=data.page_size)
