"""Signing-ceremony documents read back from their PDFs: programme, run of show, plan."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import replace
from itertools import combinations

import pytest
from pypdf import PdfReader

from sistercity_desktop.documents.ceremony import (
    PlanInput,
    PlanShape,
    ProgrammeInput,
    ProgrammeLine,
    RunLine,
    RunOfShowInput,
    render_plan,
    render_programme,
    render_run_of_show,
)

from .conftest import fonts_of, page_count, pdf_text, squeeze

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) is not installed")


def programme(**changes: object) -> ProgrammeInput:
    data = ProgrammeInput(
        language_left="en", language_right="ja",
        title_left="Signing Ceremony", title_right="調印式",
        subtitle_left="Greenvale – Matsumoto Sister City Agreement",
        subtitle_right="グリーンベール市・松本市 姉妹都市提携",
        when_left="Saturday, 10 October 2026, 14:00 (JST)",
        when_right="2026年10月10日（土）14時00分（日本時間）",
        venue="Matsumoto City Hall <&> Main Hall",
        lines=(
            ProgrammeLine("14:00", "Opening words", "開式の辞", "MC: Emily Carter"),
            ProgrammeLine("14:05", "National anthems", "両国国歌斉唱"),
            ProgrammeLine("14:12", "Remarks by the Mayor of Matsumoto", "松本市長挨拶",
                          "山田 太郎"),
            ProgrammeLine("14:20", "Signing of the agreement", "協定書署名"),
            ProgrammeLine("14:30", "Exchange of gifts <&> flags", "記念品・市旗交換"),
            ProgrammeLine("14:40", "Closing words", "閉式の辞"),
        ),
        roles=(("Master of Ceremonies", "司会", "Emily Carter"),
               ("Interpreter", "通訳", "山田 太郎")),
    )
    return replace(data, **changes)


def run_of_show(**changes: object) -> RunOfShowInput:
    data = RunOfShowInput(
        language="en", title="Signing Ceremony – Run of Show",
        when="Saturday, 10 October 2026, 14:00 JST", venue="Matsumoto City Hall",
        lines=(
            RunLine("13:30", "13:55", 25, "Guests arrive", "Protocol officer",
                    "Doors open <front rows reserved>"),
            RunLine("14:00", "14:05", 5, "Opening words", "Emily Carter", "Music fades"),
            RunLine("14:20", "14:30", 10, "Signing", "Signatories & assistants",
                    "Each signs own original first"),
        ),
        roles=(("Master of Ceremonies", "Emily Carter"), ("Interpreter", "山田 太郎")),
        gifts=(("Temari ball set", "Never a set of 4 or 9"),
               ("Flowers", "No white flowers <&> no chrysanthemums")),
        notes=("Host flag raised first and lowered last.",),
    )
    return replace(data, **changes)


def plan(**changes: object) -> PlanInput:
    data = PlanInput(
        language="en", title="Seating plan <&>",
        caption="Seen from the audience. The guest sits at the host's right.",
        shapes=(
            PlanShape("table", "", "", "Signing table", 0.5, 0.5, 0.6, 0.12),
            PlanShape("chair", "guest_signatory", "guest", "GUEST-SEAT", 0.3, 0.38, 0.08, 0.08),
            PlanShape("chair", "host_signatory", "host", "HOST-SEAT", 0.7, 0.38, 0.08, 0.08),
            PlanShape("flag", "", "guest", "Flag: United States", 0.3, 0.13, 0.05, 0.18),
            PlanShape("flag", "", "host", "Flag: Japan", 0.7, 0.13, 0.05, 0.18),
            PlanShape("document", "", "guest", "Original of Greenvale", 0.3, 0.5, 0.1, 0.07),
            PlanShape("document", "", "host", "Original of Matsumoto", 0.7, 0.5, 0.1, 0.07),
            PlanShape("interpreter", "", "guest", "Interpreter 山田 太郎", 0.15, 0.3, 0.06,
                      0.06),
            PlanShape("interpreter", "", "host", "Interpreter <&> Tanaka", 0.85, 0.3, 0.06,
                      0.06),
            PlanShape("mc_lectern", "mc", "", "Master of ceremonies", 0.9, 0.7, 0.08, 0.08),
            PlanShape("audience", "", "", "Audience and press", 0.5, 0.9, 0.96, 0.14),
        ),
        legend=("host: Host side", "guest: Guest side", "chair: Signatory",
                "Flags on staffs of equal height."),
    )
    return replace(data, **changes)


def reading(pdf: bytes) -> str:
    """The text in drawing order, so a wrapped table cell or label reads as one piece
    (the layout text of conftest.pdf_text interleaves cells that sit side by side)."""
    if shutil.which("pdftotext"):
        result = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf,
                                capture_output=True, check=True)
        return result.stdout.decode("utf-8")
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def mediabox(pdf: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def words(pdf: bytes) -> list[tuple[str, float, float, float, float]]:
    """Every word on the first page with its box (x from the left, y from the top)."""
    result = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", "-", "-"],
                            input=pdf, capture_output=True, check=True)
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                       r'yMax="([\d.]+)">(.*?)</word>', result.stdout.decode("utf-8"))
    return [(html.unescape(text), float(a), float(b), float(c), float(d))
            for a, b, c, d, text in found]


def word(pdf: bytes, text: str) -> tuple[str, float, float, float, float]:
    return next(w for w in words(pdf) if w[0] == text)


RENDERERS: dict[str, Callable[[], bytes]] = {
    "programme": lambda: render_programme(programme()),
    "run_of_show": lambda: render_run_of_show(run_of_show()),
    "plan": lambda: render_plan(plan()),
}


# -- programme -----------------------------------------------------------------------------


def test_programme_shows_both_languages_times_in_order_and_venue() -> None:
    data = programme()
    pdf = render_programme(data)
    text = reading(pdf)
    flat = squeeze(text)
    assert "Signing Ceremony" in text and "調印式" in flat
    assert squeeze(data.subtitle_left) in flat and squeeze(data.subtitle_right) in flat
    assert squeeze(data.when_left) in flat and squeeze(data.when_right) in flat
    for line in data.lines:
        assert squeeze(line.left) in flat and squeeze(line.right) in flat
        if line.who:
            assert squeeze(line.who) in flat
    assert "Matsumoto City Hall <&> Main Hall" in pdf_text(pdf)  # typed text, not markup
    assert "Exchange of gifts <&> flags" in text
    positions = [text.index(line.time) for line in data.lines]
    assert positions == sorted(positions)
    for left, right, name in data.roles:
        assert squeeze(left) in flat and squeeze(right) in flat and squeeze(name) in flat


def test_programme_fits_one_page_and_embeds_the_japanese_font() -> None:
    pdf = render_programme(programme())
    assert page_count(pdf) == 1
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values()), fonts
    assert any("IPAex" in name for name in fonts), fonts
    assert not any("Helvetica" in name for name in fonts)


def test_programme_with_japanese_on_the_left() -> None:
    data = programme(language_left="ja", language_right="en", title_left="調印式",
                     title_right="Signing Ceremony",
                     lines=tuple(ProgrammeLine(x.time, x.right, x.left, x.who)
                                 for x in programme().lines))
    pdf = render_programme(data)
    flat = squeeze(reading(pdf))
    assert "調印式" in flat and "SigningCeremony" in flat
    assert all(squeeze(x.left) in flat and squeeze(x.right) in flat for x in data.lines)
    fonts = fonts_of(pdf)
    assert all(fonts.values()) and any("IPAex" in name for name in fonts), fonts


def test_long_programme_flows_onto_a_second_page() -> None:
    lines = tuple(ProgrammeLine(f"{14 + i // 60}:{i % 60:02d}", f"Event number {i}",
                                f"行事 {i}", "Someone") for i in range(0, 60, 2))
    pdf = render_programme(programme(lines=lines))
    assert page_count(pdf) >= 2
    flat = squeeze(reading(pdf))
    assert all(squeeze(x.left) in flat for x in lines)


# -- run of show ---------------------------------------------------------------------------


def test_run_of_show_lists_times_cues_roles_gifts_and_notes() -> None:
    data = run_of_show()
    text = reading(render_run_of_show(data))
    flat = squeeze(text)
    for line in data.lines:
        assert f"{line.start}–{line.end}" in text  # a time range never wraps
        assert squeeze(line.title) in flat and squeeze(line.cue) in flat
        assert squeeze(line.who) in flat
    assert squeeze("Doors open <front rows reserved>") in flat  # typed text, not markup
    for role, name in data.roles:
        assert squeeze(role) in flat and squeeze(name) in flat
    for gift, caution in data.gifts:
        assert squeeze(gift) in flat and squeeze(caution) in flat
    assert squeeze(data.notes[0]) in flat
    assert text.index("13:30–13:55") < text.index("14:00–14:05") < text.index("14:20–14:30")


def test_run_of_show_in_japanese_embeds_its_fonts() -> None:
    data = run_of_show(language="ja", title="調印式 進行表",
                       lines=(RunLine("14:00", "14:05", 5, "開式の辞", "司会", "音楽を止める"),))
    pdf = render_run_of_show(data)
    flat = squeeze(reading(pdf))
    assert "14:00–14:05" in flat and "開式の辞" in flat and "音楽を止める" in flat
    fonts = fonts_of(pdf)
    assert all(fonts.values()) and any("IPAex" in name for name in fonts), fonts


def test_run_of_show_without_gifts_or_notes() -> None:
    text = reading(render_run_of_show(run_of_show(gifts=(), notes=(), roles=())))
    assert "Gifts" not in text and "Notes" not in text
    assert "Opening words" in text


# -- seating plan --------------------------------------------------------------------------


def test_plan_is_one_landscape_page_with_every_label() -> None:
    data = plan()
    pdf = render_plan(data)
    assert page_count(pdf) == 1
    width, height = mediabox(pdf)
    assert (width, height) == (842, 595)
    flat = squeeze(reading(pdf))
    for shape in data.shapes:
        assert squeeze(shape.label) in flat, shape.label
    assert squeeze(data.title) in flat and squeeze(data.caption) in flat
    assert all(squeeze(entry.partition(":")[2] or entry) in flat for entry in data.legend)


def test_plan_without_an_audience_shape_still_shows_the_audience() -> None:
    data = plan(shapes=tuple(s for s in plan().shapes if s.kind != "audience"), legend=())
    assert "Audience" in reading(render_plan(data))


@needs_pdftotext
def test_plan_puts_items_where_the_audience_sees_them() -> None:
    pdf = render_plan(plan())
    guest, host = word(pdf, "GUEST-SEAT"), word(pdf, "HOST-SEAT")
    assert guest[1] < host[1]  # smaller x: further to the audience's left
    # The back wall (y 0) is at the top of the page, the audience (y 1) at the bottom.
    assert word(pdf, "Japan")[2] < word(pdf, "HOST-SEAT")[2] < word(pdf, "press")[2]


@needs_pdftotext
def test_plan_labels_never_overlap_even_when_crowded() -> None:
    chairs = tuple(PlanShape("chair", "delegate", "guest" if i < 4 else "host",
                             f"Delegate number {i} with a rather long name 山田 太郎",
                             0.1 + i * 0.1, 0.35, 0.06, 0.06) for i in range(9))
    data = plan(shapes=(*plan().shapes, *chairs))
    pdf = render_plan(data)
    flat = squeeze(reading(pdf))
    assert all(squeeze(s.label) in flat for s in data.shapes)
    boxes = words(pdf)
    for a, b in combinations(boxes, 2):
        overlap_x = min(a[3], b[3]) - max(a[1], b[1])
        overlap_y = min(a[4], b[4]) - max(a[2], b[2])
        assert overlap_x <= 0.5 or overlap_y <= 0.5, (a, b)
    width, height = mediabox(pdf)
    assert all(w[1] >= 0 and w[3] <= width and w[2] >= 0 and w[4] <= height for w in boxes)


def test_plan_on_us_letter_is_landscape_letter() -> None:
    assert mediabox(render_plan(plan(page_size="LETTER"))) == (792, 612)


def test_plan_in_japanese_uses_japanese_fonts() -> None:
    data = plan(language="ja", title="席次表", caption="客席から見た配置。",
                shapes=(PlanShape("chair", "", "host", "松本市長 臥雲 義尚", 0.5, 0.4, 0.08,
                                  0.08),))
    pdf = render_plan(data)
    flat = squeeze(reading(pdf))
    assert "松本市長臥雲義尚" in flat and "客席" in flat  # the default audience band
    fonts = fonts_of(pdf)
    assert all(fonts.values()) and any("IPAex" in name for name in fonts), fonts


# -- all three -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", RENDERERS)
def test_every_font_is_embedded_and_helvetica_never_appears(name: str) -> None:
    pdf = RENDERERS[name]()
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in font or "Times" in font for font in fonts), fonts
    assert b"Helvetica" not in pdf


@pytest.mark.parametrize("name", RENDERERS)
def test_same_input_gives_the_same_bytes(name: str) -> None:
    assert RENDERERS[name]() == RENDERERS[name]()


def test_portrait_documents_on_us_letter_and_a4() -> None:
    assert mediabox(render_programme(programme(page_size="LETTER"))) == (612, 792)
    assert mediabox(render_run_of_show(run_of_show(page_size="LETTER"))) == (612, 792)
    assert mediabox(render_programme(programme())) == (595, 842)
    assert mediabox(render_run_of_show(run_of_show())) == (595, 842)
