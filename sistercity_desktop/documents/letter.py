"""Letters, mayor to mayor: one or two language versions, separate or side by side."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import zip_longest

from reportlab.lib import colors
from reportlab.lib.units import mm
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
from sistercity_desktop.documents.fonts import font_set, markup

LAYOUTS = ("separate", "parallel")


@dataclass(frozen=True)
class LetterVersion:
    """One language version of a letter, every text final (placeholders filled)."""

    language: str
    letterhead: tuple[str, ...]      # committee's city, office, committee
    date_line: str
    recipient: tuple[str, ...]       # inside address lines
    subject_label: str
    subject: str
    salutation: str
    opening: str                     # e.g. 拝啓 with the seasonal greeting; may be ""
    paragraphs: tuple[str, ...]
    closing: str                     # complimentary close; may hold newlines
    signature_name: str
    signature_title: str
    contacts_heading: str
    contacts: tuple[tuple[str, str], ...]   # (role label, name and details)
    enclosure: str = ""
    banner: str = ""                 # e.g. "Courtesy translation"


@dataclass(frozen=True)
class LetterInput:
    versions: tuple[LetterVersion, ...]      # the partner's language first
    layout: str = "separate"
    page_size: str = "A4"
    title: str = "Letter"
    author: str = ""


def _p(text: str, style) -> Paragraph:  # noqa: ANN001 (ReportLab style)
    return Para(markup(text, style.fontName), style)


def _sections(v: LetterVersion) -> dict[str, list[Flowable]]:
    """Each part of a letter as flowables, so parallel layout can align them."""
    s = styles(v.language)
    parts: dict[str, list[Flowable]] = {}
    parts["banner"] = [_p(v.banner, s["banner"])] if v.banner else []
    head = [_p(v.letterhead[0], s["letterhead"])] if v.letterhead else []
    head += [_p(line, s["letterhead_sub"]) for line in v.letterhead[1:]]
    parts["letterhead"] = head
    parts["date"] = [_p(v.date_line, s["right"])]
    parts["recipient"] = [_p("\n".join(v.recipient), s["body"])]
    parts["subject"] = [_p(f"{v.subject_label}: {v.subject}" if v.subject_label else v.subject,
                           s["bold"])]
    parts["salutation"] = [_p(v.salutation, s["body"])]
    parts["opening"] = [_p(v.opening, s["body"])] if v.opening else []
    parts["paragraphs"] = [_p(text, s["body"]) for text in v.paragraphs]
    # Japanese letters set 敬具 flush right, below the body.
    close_style = s["right"] if v.language.startswith("ja") else s["body"]
    signature = [_p(v.closing, close_style), Spacer(1, 12 * mm),
                 _p(v.signature_name, s["bold"]), _p(v.signature_title, s["body"])]
    parts["signature"] = signature
    contacts: list[Flowable] = []
    if v.contacts:
        contacts.append(_p(v.contacts_heading, s["bold"]))
        contacts += [_p(f"{label}: {text}", s["small"]) for label, text in v.contacts]
    parts["contacts"] = contacts
    parts["enclosure"] = [_p(v.enclosure, s["small"])] if v.enclosure else []
    return parts


ORDER = ("banner", "letterhead", "date", "recipient", "subject", "salutation", "opening",
         "paragraphs", "signature", "contacts", "enclosure")


def _separate(versions: tuple[LetterVersion, ...]) -> list[Flowable]:
    story: list[Flowable] = []
    for index, version in enumerate(versions):
        if index:
            story.append(PageBreak())
        parts = _sections(version)
        for key in ORDER:
            if key == "letterhead" and parts[key]:
                story += parts[key]
                story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey,
                                        spaceBefore=3, spaceAfter=8))
            elif key == "signature":
                story.append(KeepTogether(parts[key]))  # never a lone signature on a page
            elif key == "contacts" and parts[key]:
                story.append(Spacer(1, 3 * mm))
                story.append(KeepTogether(parts[key]))  # heading stays with its lines
            elif key == "subject" and parts[key]:
                story.append(Spacer(1, 3 * mm))
                story += parts[key]
            else:
                story += parts[key]
    return story


def _parallel(versions: tuple[LetterVersion, ...], page_size: str) -> list[Flowable]:
    left, right = versions[0], versions[1]
    a, b = _sections(left), _sections(right)
    width = PAGE_SIZES.get(page_size, PAGE_SIZES["A4"])[0] - 2 * MARGIN
    story: list[Flowable] = list(a["letterhead"])
    story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=3,
                            spaceAfter=8))
    rows: list[list[object]] = []
    for key in ORDER:
        if key == "letterhead":
            continue
        if key == "paragraphs":
            for x, y in zip_longest(a[key], b[key]):
                rows.append([x or "", y or ""])
        elif a[key] or b[key]:
            rows.append([a[key] or "", b[key] or ""])
    table = Table(rows, colWidths=[width / 2 - 3 * mm, width / 2 - 3 * mm],
                  spaceBefore=0, hAlign="LEFT", splitByRow=1, splitInRow=1, repeatRows=0)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        # Empty cells still set a font: make it a bundled one, never Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), font_set(left.language).regular),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 6 * mm),
        ("LINEAFTER", (0, 0), (0, -1), 0.3, colors.lightgrey),
        ("LEFTPADDING", (1, 0), (1, -1), 6 * mm),
    ]))
    story.append(table)
    return story


def render_letter(data: LetterInput) -> bytes:
    """The letter as PDF bytes (every font embedded)."""
    if not data.versions:
        raise ValueError("a letter needs at least one language version")
    if data.layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}")
    if data.layout == "parallel" and len(data.versions) == 2:
        story = _parallel(data.versions, data.page_size)
    else:
        story = _separate(data.versions)
    footer_font = font_set(data.versions[0].language).regular

    def footer(canvas, page: int) -> None:  # noqa: ANN001 (ReportLab canvas)
        canvas.setFont(footer_font, 8)
        canvas.setFillColor(colors.grey)
        size = PAGE_SIZES.get(data.page_size, PAGE_SIZES["A4"])
        canvas.drawCentredString(size[0] / 2, 12 * mm, f"{page}")

    return build_pdf(story, title=data.title, author=data.author, page_size=data.page_size,
                     footer=footer)
