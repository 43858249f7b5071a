"""Documents: every kind the app writes against a minimal ReportLab script, same run.

Run:  .venv/bin/python benchmarks/bench_documents.py [--runs 7]

The demo store gets a ceremony schedule and programme (Matsumoto) and an evaluation
(Tartu) so every kind can be made. Each kind is rendered for the first demo partnership
that can have it (Matsumoto first: bilingual Japanese/English, the heaviest fonts; the
research report for the partnership in research, with its three candidates), by
services.letters.render (letters, in their default languages) or
services.documents.render_report (the rest).

The baseline for each PDF is plain platypus: the same number of pages, each holding the
text pypdf extracts from the app's page, set in the same bundled TrueType fonts that page
uses (a line goes in the first of them that has all its glyphs, and each font sets at least
one line, so every font the app embeds is embedded), shrunk to fit its page.
Both are warm: one untimed render of each first (imports, font registration, caches), then
the runs alternate app/baseline; the medians are compared.
"""

from __future__ import annotations

import argparse
import io
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from common import Result, demo_store, interleaved_ms, median, repeat_ms, table

SECTION = "documents (warm, median)"
LIMIT = 1.5


@dataclass(frozen=True)
class PageText:
    lines: tuple[str, ...]
    fonts: tuple[str, ...]


def pdf_pages(pdf: bytes) -> list[PageText]:
    """Per page: its text lines and the registered TrueType fonts it uses."""
    from pypdf import PdfReader
    from reportlab.pdfbase import pdfmetrics

    registered = set(pdfmetrics.getRegisteredFontNames())
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts: list[str] = []
        resources = page.get("/Resources") or {}
        for ref in (resources.get_object().get("/Font") or {}).values():
            name = str(ref.get_object().get("/BaseFont", "")).lstrip("/").split("+")[-1]
            if name in registered and name not in fonts:
                fonts.append(name)
        lines = tuple(x.strip() for x in (page.extract_text() or "").splitlines() if x.strip())
        pages.append(PageText(lines, tuple(fonts) or ("DejaVuSerif",)))
    return pages


def baseline_renderer(pages: list[PageText]) -> Callable[[], bytes]:
    """A function making the minimal platypus PDF for these pages (fonts already registered)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import KeepInFrame, PageBreak, Paragraph, SimpleDocTemplate

    margin = 50
    width, height = A4[0] - 2 * margin, A4[1] - 2 * margin - 14  # the frame's own padding
    styles = {}
    charmaps = {}
    for page in pages:
        for name in page.fonts:
            styles[name] = ParagraphStyle(name, fontName=name, fontSize=10, leading=13)
            charmaps[name] = pdfmetrics.getFont(name).face.charToGlyph
    def covers(font: str, line: str) -> bool:
        return all(ord(c) in charmaps[font] for c in line if not c.isspace())

    # The font of each line is chosen once, outside the timing.
    plan = []
    for page in pages:
        chosen = [[line, next((f for f in page.fonts if covers(f, line)), page.fonts[0])]
                  for line in page.lines]
        # Every font the page uses sets at least one line (its shortest fitting one, taken
        # from a font with lines to spare): first fit alone set a page in a regular, a bold
        # and a heading face all in the regular, so the baseline embedded a third of the
        # fonts, and each embedded font costs a few milliseconds.
        for name in page.fonts:
            counts = Counter(font for _, font in chosen)
            spare = [pair for pair in chosen if counts[pair[1]] > 1 and covers(name, pair[0])]
            if not counts[name] and spare:
                min(spare, key=lambda pair: len(pair[0]))[1] = name
        plan.append([(escape(line), font) for line, font in chosen])

    def render() -> bytes:
        out = io.BytesIO()
        story: list = []
        for number, chosen in enumerate(plan):
            if number:
                story.append(PageBreak())
            paragraphs = [Paragraph(text, styles[font]) for text, font in chosen]
            story.append(KeepInFrame(width, height, paragraphs, mode="shrink"))
        doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=margin, rightMargin=margin,
                                topMargin=margin, bottomMargin=margin)
        doc.build(story)
        return out.getvalue()

    return render


def prepare(store) -> dict[str, str]:  # noqa: ANN001 (Store)
    """Partnership ids by partner city; adds what the ceremony and evaluation kinds need."""
    from sistercity_desktop.services import ceremony, evaluation
    from sistercity_desktop.services.partnerships import list_partnerships, update_field

    ids = {(r.partner_city or "research"): r.id for r in list_partnerships(store)}
    today = date.today()
    try:
        pid = ids["Matsumoto"]
        update_field(store, pid, "ceremony_on", today + timedelta(days=40))
        ceremony.set_schedule(store, pid, "10:00", "Asia/Tokyo", "theirs")
        ceremony.apply_preset(store, pid, next(iter(ceremony.presets())))
    except Exception as exc:  # noqa: BLE001 - a changed app: those kinds are skipped
        print(f"ceremony set-up failed ({exc}); ceremony documents may be skipped")
    try:
        from sistercity_desktop.process.evaluation import DIMENSIONS

        ratings = {d: {"score": 4, "evidence": "Two exchanges a year; reports on file."}
                   for d in DIMENSIONS}
        evaluation.record_evaluation(
            store, ids["Tartu"], today - timedelta(days=10), ratings,
            ["Add a youth sports exchange"], "A healthy partnership with room to grow.", None)
    except Exception as exc:  # noqa: BLE001
        print(f"evaluation set-up failed ({exc}); the evaluation report may be skipped")
    return ids


def app_renderers(store, ids: dict[str, str]) -> dict[str, Callable[[], bytes]]:  # noqa: ANN001
    """kind -> a function rendering it through the app's services, for the first
    partnership that can have it."""
    from sistercity_desktop.errors import UserError
    from sistercity_desktop.services import documents, letters

    order = [ids[k] for k in ("Matsumoto", "Tartu", "research") if k in ids]
    out: dict[str, Callable[[], bytes]] = {}
    for kind, _ in documents.document_kinds():
        # A research report is written while researching: the partnership with candidates.
        first = ids.get("research") if kind == "research_report" else None
        for pid in ([first] if first else []) + [x for x in order if x != first]:
            if kind in letters.KIND_NAMES:
                main, second = documents.default_languages(store, pid, kind)

                def render(pid: str = pid, kind: str = kind, main: str = main,
                           second: str = second) -> bytes:
                    return letters.render(store, pid, kind, main, second)
            else:
                def render(pid: str = pid, kind: str = kind) -> bytes:
                    return documents.render_report(store, pid, kind)
            try:
                render()  # the untimed warm-up render, and: can this partnership have it?
            except UserError:
                continue
            out[kind] = render
            break
    return out


def data_gatherer(store, kind: str,  # noqa: ANN001 (Store)
                  render: Callable[[], bytes]) -> Callable[[], object] | None:
    """The service's data-gathering step of `render` (store to plain input), if it has one.

    Timed apart, it splits the app's time into reading the store and laying out the PDF.
    """
    from sistercity_desktop.services import agreement, ceremony_docs, followup_docs, letters
    from sistercity_desktop.services import research_report as research

    args = render.__defaults__ or ()  # type: ignore[attr-defined]
    pid = args[0]
    gatherers: dict[str, Callable[[], object]] = {
        "research_report": lambda: research.report_input(store, pid),
        "agreement": lambda: agreement.agreement_input(store, pid, "originals"),
        "agreement_copy": lambda: agreement.agreement_input(store, pid, "copy"),
        "ceremony_programme": lambda: ceremony_docs.programme_input(store, pid),
        "run_of_show": lambda: ceremony_docs.run_of_show_input(store, pid),
        "seating_plan": lambda: ceremony_docs.plan_input(store, pid),
        "work_plan": lambda: followup_docs.work_plan_input(store, pid),
        "evaluation_report": lambda: followup_docs.evaluation_input(store, pid),
    }
    if kind in letters.KIND_NAMES:
        return lambda: letters.letter_input(store, pid, kind, args[2], args[3])
    gather = gatherers.get(kind)
    try:
        if gather is not None:
            gather()
    except Exception:  # noqa: BLE001 - a changed service signature: no split for this kind
        return None
    return gather


def run(runs: int = 7) -> list[Result]:
    from sistercity_desktop.documents.fonts import register_fonts

    results = []
    with tempfile.TemporaryDirectory(prefix="sistercity-bench-docs-") as tmp:
        store = demo_store(Path(tmp) / "data")
        try:
            register_fonts()  # warm: once, shared by both sides
            ids = prepare(store)
            names = {v: k for k, v in ids.items()}
            for kind, render in app_renderers(store, ids).items():
                pdf = render()
                pages = pdf_pages(pdf)
                baseline = baseline_renderer(pages)
                baseline_pages = len(pdf_pages(baseline()))  # also the baseline's warm-up
                app_ms, base_ms = interleaved_ms(render, baseline, runs)
                gather = data_gatherer(store, kind, render)
                data_ms = median(repeat_ms(gather, runs)) if gather else None
                pid = render.__defaults__[0]  # type: ignore[index]
                fonts = sorted({f for p in pages for f in p.fonts})
                note = f"{names.get(pid, '?')}, {len(pages)} p"
                if data_ms is not None:
                    note += f", reading the store {data_ms:.0f} ms"
                if baseline_pages != len(pages):
                    note += f", baseline {baseline_pages} p"
                results.append(Result(
                    SECTION, kind, median(app_ms), "ms", median(base_ms), "ReportLab",
                    limit=LIMIT, runs=runs, note=note,
                    extra={"app_ms": app_ms, "baseline_ms": base_ms, "pages": len(pages),
                           "data_ms": data_ms, "fonts": fonts, "bytes": len(pdf)}))
        finally:
            store.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    print(table(run(parser.parse_args().runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
