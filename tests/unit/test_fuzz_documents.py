"""Every document renderer survives whatever a user can type, and prints what they typed.

Hostile text (markup characters, bidi controls, emoji sequences, combining marks,
10,000-character words, control characters, empty strings, CJK, mixed newlines) goes into
the user-text fields of minimal valid inputs; each renderer must return a PDF. Short plain
Latin/CJK text must also come back out of the PDF as typed.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import shutil
import signal
import string
import subprocess
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import FrameType, ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

# Hypothesis keeps caches in ./.hypothesis even without an example database (they are
# written while pytest collects): keep them in the temporary folder, out of the work tree.
_USER = os.getuid() if hasattr(os, "getuid") else "user"
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / f"sistercity-hypothesis-{_USER}")

Texts = Sequence[str]


def _load_documents_conftest() -> ModuleType:
    """tests/documents/conftest.py holds pdf_text and squeeze; tests/ is not a package."""
    path = Path(__file__).resolve().parents[1] / "documents" / "conftest.py"
    spec = importlib.util.spec_from_file_location("_fuzz_documents_pdf_helpers", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_helpers = _load_documents_conftest()
pdf_text: Callable[[bytes], str] = _helpers.pdf_text
squeeze: Callable[[str], str] = _helpers.squeeze


def _cycle(texts: Texts) -> Callable[[int], str]:
    return lambda i: texts[i % len(texts)]


def build_letter(texts: Texts) -> list[bytes]:
    from sistercity_desktop.documents.letter import LetterInput, LetterVersion, render_letter

    t = _cycle(texts)
    english = LetterVersion(
        language="en", letterhead=(t(0), t(1)), date_line="14 March 2026",
        recipient=(t(2), t(3)), subject_label="Subject", subject=t(4), salutation=t(5),
        opening=t(6), paragraphs=(t(7), t(8)), closing=t(9), signature_name=t(10),
        signature_title=t(11), contacts_heading="Contacts", contacts=(("Mayor", t(12)),),
        enclosure=t(13), banner=t(14))
    japanese = LetterVersion(
        language="ja", letterhead=(t(15),), date_line="2026年3月14日", recipient=(t(16),),
        subject_label="件名", subject=t(17), salutation=t(18), opening="拝啓",
        paragraphs=(t(19),), closing="敬具", signature_name=t(20), signature_title=t(21),
        contacts_heading="連絡先", contacts=(("市長", t(22)),))
    return [render_letter(LetterInput((english,), title=t(23), author=t(24))),
            render_letter(LetterInput((japanese, english), layout="parallel"))]


def build_research_report(texts: Texts) -> list[bytes]:
    from sistercity_desktop.documents.research_report import (
        ReportCandidate,
        ReportScore,
        ResearchReportInput,
        render_research_report,
    )

    t = _cycle(texts)
    scores = tuple(ReportScore(label, score, 3, t(i))
                   for i, (label, score) in enumerate((("Population", 0.5), ("Distance", None),
                                                       ("Time difference", 1.0))))
    candidate = ReportCandidate(
        name=t(3), country=t(4), status="Chosen", facts=(("Distance", t(5)),),
        profile=(("Geography", t(6)), (t(7), t(8))), scores=scores, total=61.0,
        decision_reason=t(9), decided_on="2 March 2026")
    unscored = ReportCandidate(name=t(10), country="FR", status="Under consideration",
                               facts=(), profile=(), scores=(), total=None,
                               decision_reason="", decided_on="")
    return [render_research_report(ResearchReportInput(
        title=t(11), committee=t(12), our_city=t(13), generated_on="14 March 2026",
        summary=t(14), candidates=(candidate, unscored)))]


def build_agreement(texts: Texts) -> list[bytes]:
    from sistercity_desktop.documents.agreement import (
        AgreementColumn,
        AgreementInput,
        AgreementOriginal,
        Signatory,
        render_agreement,
    )

    t = _cycle(texts)

    def column(language: str, offset: int) -> AgreementColumn:
        return AgreementColumn(
            language=language, title=t(offset), between=t(offset + 1),
            paragraphs=(t(offset + 2), "• " + t(offset + 3), t(offset + 4)),
            place_date=t(offset + 5), for_first=t(offset + 6), for_second=t(offset + 7),
            name_caption="Name", title_caption="Title", label=t(offset + 8))

    first = Signatory(t(20), t(21), t(22))
    second = Signatory(t(23), t(24), t(25))
    original = AgreementOriginal(column("en", 0), column("ja", 10), first, second)
    mirrored = AgreementOriginal(column("ja", 10), column("en", 0), second, first)
    return [render_agreement(AgreementInput((original, mirrored), title=t(26)))]


def build_programme(texts: Texts) -> list[bytes]:
    from sistercity_desktop.documents.ceremony import (
        ProgrammeInput,
        ProgrammeLine,
        render_programme,
    )

    t = _cycle(texts)
    return [render_programme(ProgrammeInput(
        language_left="en", language_right="ja", title_left=t(0), title_right=t(1),
        subtitle_left=t(2), subtitle_right=t(3), when_left=t(4), when_right=t(5), venue=t(6),
        lines=(ProgrammeLine("14:00", t(7), t(8), t(9)), ProgrammeLine("14:05", t(10), t(11))),
        roles=((t(12), t(13), t(14)),)))]


def build_run_of_show(texts: Texts) -> list[bytes]:
    from sistercity_desktop.documents.ceremony import RunLine, RunOfShowInput, render_run_of_show

    t = _cycle(texts)
    return [render_run_of_show(RunOfShowInput(
        language="en", title=t(0), when=t(1), venue=t(2),
        lines=(RunLine("14:00", "14:05", 5, t(3), t(4), t(5)),
               RunLine("14:05", "14:30", 25, t(6), t(7), t(8))),
        roles=((t(9), t(10)),), gifts=((t(11), t(12)),), notes=(t(13),)))]


def build_plan(texts: Texts) -> list[bytes]:
    from sistercity_desktop.documents.ceremony import PlanInput, PlanShape, render_plan

    t = _cycle(texts)
    shapes = (
        PlanShape("table", "", "", t(0), 0.5, 0.5, 0.6, 0.12),
        PlanShape("chair", "guest_signatory", "guest", t(1), 0.3, 0.38, 0.08, 0.08),
        PlanShape("chair", "host_signatory", "host", t(2), 0.7, 0.38, 0.08, 0.08),
        PlanShape("flag", "", "guest", t(3), 0.3, 0.13, 0.05, 0.18),
        PlanShape("document", "", "host", t(4), 0.7, 0.5, 0.1, 0.07),
        PlanShape("interpreter", "", "guest", t(5), 0.15, 0.3, 0.06, 0.06),
        PlanShape("mc_lectern", "mc", "", t(6), 0.9, 0.7, 0.08, 0.08),
    )
    return [render_plan(PlanInput(language="en", title=t(7), caption=t(8), shapes=shapes,
                                  legend=(t(9), t(10))))]


def build_work_plan(texts: Texts) -> list[bytes]:
    from sistercity_desktop.documents.work_plan import (
        GoalRow,
        PlanItemRow,
        WorkPlanInput,
        render_work_plan,
    )

    t = _cycle(texts)
    items = (
        PlanItemRow(title=t(0), kind="cultural", pilot=True, owner=t(1),
                    starts_on=date(2026, 1, 12), due_on=date(2026, 12, 15), status="planned",
                    budget=t(2), participants=t(3), goal=t(4)),
        PlanItemRow(title=t(5), kind=t(6), pilot=False, owner=t(7), starts_on=None,
                    due_on=None, status="done", budget="", participants="", goal=""),
    )
    goals = (GoalRow("short", t(8), t(9)), GoalRow("long", t(10), t(11)))
    return [render_work_plan(WorkPlanInput(languages=("en", "ja"), heading=t(12),
                                           generated_on=t(13), goals=goals, items=items))]


def build_evaluation_report(texts: Texts) -> list[bytes]:
    from sistercity_desktop.documents.evaluation_report import (
        EvaluationInput,
        RatingRow,
        render_evaluation_report,
    )

    t = _cycle(texts)
    return [render_evaluation_report(EvaluationInput(
        language="en", title=t(0), held_on=t(1), next_evaluation_on=t(2),
        health_level="at_risk", health_reasons=(t(3), t(4)),
        facts=((t(5), t(6)),), ratings=(RatingRow(t(7), 4, t(8)), RatingRow(t(9), None, t(10))),
        overall=3.5, adjustments=(t(11), t(12)), summary=t(13)))]


# -- which renderers are here ----------------------------------------------------------------

Builder = Callable[[Texts], list[bytes]]
# name -> (module, builder); letter and research report must always import.
RENDERERS: dict[str, tuple[str, Builder]] = {
    "letter": ("sistercity_desktop.documents.letter", build_letter),
    "research_report": ("sistercity_desktop.documents.research_report", build_research_report),
    "agreement": ("sistercity_desktop.documents.agreement", build_agreement),
    "programme": ("sistercity_desktop.documents.ceremony", build_programme),
    "run_of_show": ("sistercity_desktop.documents.ceremony", build_run_of_show),
    "seating_plan": ("sistercity_desktop.documents.ceremony", build_plan),
    "work_plan": ("sistercity_desktop.documents.work_plan", build_work_plan),
    "evaluation_report": ("sistercity_desktop.documents.evaluation_report",
                          build_evaluation_report),
}
REQUIRED = {"letter", "research_report"}


def _renderer_params() -> list[object]:
    params: list[object] = []
    for name, (module, builder) in RENDERERS.items():
        marks: list[pytest.MarkDecorator] = []
        if name not in REQUIRED:
            try:
                importlib.import_module(module)
            except Exception as exc:  # still being written by others: leave it out
                marks.append(pytest.mark.skip(reason=f"{module} is not usable yet: {exc!r}"))
        params.append(pytest.param(builder, id=name, marks=marks))
    return params


RENDERER_PARAMS = _renderer_params()


# -- guards and checks -----------------------------------------------------------------------


class RenderTooSlow(Exception):
    """A renderer ran past its time budget (it would freeze the window)."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt pure-Python work that runs too long (main thread, POSIX only)."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        raise RenderTooSlow(f"rendering took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def assert_pdf(pdf: bytes) -> None:
    assert isinstance(pdf, bytes) and len(pdf) > 500
    assert pdf.startswith(b"%PDF-"), pdf[:16]
    assert b"%%EOF" in pdf[-64:]


def raw_text(pdf: bytes) -> str:
    """The text in drawing order: a wrapped table cell reads as one piece (-layout would
    interleave cells that sit side by side)."""
    if shutil.which("pdftotext"):
        result = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf,
                                capture_output=True, check=True)
        return result.stdout.decode("utf-8")
    return pdf_text(pdf)


def visible(text: str) -> str:
    """What a reader sees: no control, format (bidi, zero-width) or unassigned characters,
    no whitespace."""
    kept = "".join(ch for ch in unicodedata.normalize("NFC", text)
                   if unicodedata.category(ch) not in ("Cc", "Cf", "Cn", "Co", "Cs", "Zl",
                                                       "Zp"))
    return squeeze(kept)


# -- adversarial text ------------------------------------------------------------------------

MARKUP = ["<", ">", "&", '"', "'", "<b>", "</b>", "<br/>", "<para>", "</para>", "<i>x",
          '<font name="NoSuchFont">', "&amp;", "&lt;", "&#0;", "&#xD800;", "&nbsp;",
          "<![CDATA[", "]]>", "<img src='x'/>", "%PDF-1.4", "(", ")\\", "${x}", "{0}", "%s"]
BIDI = ["\u200f", "\u200e", "\u202e", "\u202d", "\u202c", "\u2066", "\u2067", "\u2069",
        "مرحبا بكم في مدينتنا", "العربية", "שלום עליכם", "עברית", "‏שלום‎ abc ‮cba‬"]
EMOJI = ["👩\u200d👩\u200d👧\u200d👦", "🏳️\u200d🌈", "👍🏽", "🇯🇵🇺🇸", "❤️", "🧑🏿\u200d🚀",
         "\U0001f600" * 5, "\u200d", "\ufe0f"]
COMBINING = ["e\u0301", "a" + "\u0300\u0301\u0302\u0303\u0308" * 8, "\u0301\u0302start",
             "Z\u0364\u0351\u0313a\u0308\u0356\u032dl\u036e\u0312g\u0317\u031ao", "ก้้้้้้้้้",
             "\u1100\u1161\u11a8", "ﷺ"]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85",
           "\x9f", "\u2028", "\u2029", "\ufeff", "\u200b", "\ufffe", "\uffff", "\ufffd",
           "\U0010ffff", "\ue000"]
SPACING = ["", " ", "  ", "\n", "\r\n", "\r", "\n\r", "\n\n\n", "\t", "\u00a0", "\u3000",
           "\u2003"]
CJK = ["東京都", "松本市長 山田 太郎", "姉妹都市提携協定書", "한국어 서울특별시", "中文字符测试",
       "ｶﾀｶﾅ", "「また会いましょう」", "〒390-8620"]
MEDIUM = ["W" * 80, "東" * 60, "word " * 40, "-" * 70, "\u00ad" * 30]

PIECES = MARKUP + BIDI + EMOJI + COMBINING + CONTROL + SPACING + CJK + MEDIUM

adversarial_text = st.lists(
    st.one_of(st.sampled_from(PIECES),
              st.text(st.characters(exclude_categories=["Cs"]), max_size=12)),
    max_size=5,
).map("".join)
adversarial_texts = st.lists(adversarial_text, min_size=1, max_size=5)

LATIN = string.ascii_letters + string.digits
CJK_CHARS = ("東京都松本市長山田太郎北川姉妹都市提携協定書文化教育交流年月日"
             "あいうえおかきくけこさしすせそアイウエオカキクケコ한국어서울")
plain_word = st.text(st.sampled_from(LATIN), min_size=1, max_size=8) | \
    st.text(st.sampled_from(CJK_CHARS), min_size=1, max_size=6)
invisible = st.sampled_from(["\x00", "\x07", "\x1b", "\x7f", "\u200b", "\ufeff", "\u200f",
                             "\u200e", "\u202e", "\u202c", "\u2066", "\u2069"])
separator = st.sampled_from([" ", "  ", "\n", "\r\n", "\r", "\t"])


@st.composite
def plain_sample(draw: st.DrawFn) -> str:
    """A few short Latin or CJK words, with invisible characters strewn between them."""
    words = draw(st.lists(plain_word, min_size=1, max_size=3))
    out: list[str] = []
    for index, word in enumerate(words):
        if index:
            out.append(draw(separator))
        out.append(draw(invisible) if draw(st.booleans()) else "")
        out.append(word)
    return "".join(out)


FUZZ = settings(max_examples=25, deadline=None, database=None,
                suppress_health_check=list(HealthCheck))


# -- tests -----------------------------------------------------------------------------------


@pytest.mark.parametrize("build", RENDERER_PARAMS)
@FUZZ
@given(texts=adversarial_texts)
def test_hostile_text_never_breaks_a_document(build: Builder, texts: list[str]) -> None:
    with time_limit(90):
        pdfs = build(texts)
    assert pdfs
    for pdf in pdfs:
        assert_pdf(pdf)


@pytest.mark.parametrize("build", RENDERER_PARAMS)
def test_10000_character_word_and_paragraph_never_break_a_document(build: Builder) -> None:
    word = "Wortschatz" * 1_000
    paragraph = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 200)[:10_000]
    assert len(word) == len(paragraph) == 10_000
    # Every eighth field holds the word, every eighth the paragraph (a pasted report).
    with time_limit(90):
        pdfs = build([word, "Short text", "", "x", "<&>", paragraph, "", "y"])
    for pdf in pdfs:
        assert_pdf(pdf)


@pytest.mark.parametrize("build", RENDERER_PARAMS)
@FUZZ
@given(samples=st.lists(plain_sample(), min_size=3, max_size=3))
def test_plain_text_comes_back_as_typed(build: Builder, samples: list[str]) -> None:
    expected = [visible(sample) for sample in samples]
    assert all(expected)  # every sample has at least one visible word
    with time_limit(90):
        pdfs = build(samples)
    shown = "".join(visible(raw_text(pdf)) for pdf in pdfs)
    for sample, wanted in zip(samples, expected, strict=True):
        assert wanted in shown, (sample, wanted)
