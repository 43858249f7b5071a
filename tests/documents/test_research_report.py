"""The research report read back from its PDF, as a committee member would read it."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from sistercity_desktop.documents.research_report import (
    ReportCandidate,
    ReportScore,
    ResearchReportInput,
    render_research_report,
)

from .conftest import fonts_of, page_count, pdf_text, squeeze

DATA_POINTS = ("Population", "Distance", "Time difference", "Office hours overlap",
               "Seasons", "Language", "Shared ties")
LONG = ("The river valley opens onto a wide plain where orchards give way to vineyards. "
        * 12).strip()


def scores(values: tuple[float | None, ...]) -> tuple[ReportScore, ...]:
    return tuple(
        ReportScore(label, value, weight, f"Why {label.lower()} scored as it did.")
        for label, value, weight in zip(DATA_POINTS, values, (3, 2, 4, 5, 1, 2, 3),
                                        strict=True)
    )


def candidate(name: str, country: str, status: str, values: tuple[float | None, ...],
              total: float | None, reason: str = "", decided_on: str = "") -> ReportCandidate:
    return ReportCandidate(
        name=name, country=country, status=status,
        facts=(("Distance", "8,950 km"), ("Time difference", "+14 h"),
               ("Office hours overlap", "1 h"), ("Hemisphere", "Northern, same seasons"),
               ("Likely language", "Japanese"), ("Population", "237,000")),
        profile=(("Geography", LONG), ("Climate", "Cold winters < 0 °C & warm summers.\n"
                                                  "Snow in the Alps from November."),
                 ("Sources", "City website; prefecture statistics (2024).")),
        scores=scores(values), total=total, decision_reason=reason, decided_on=decided_on,
    )


MATSUMOTO = candidate("松本", "Japan", "Chosen", (0.7, 0.4, 0.2, 0.1, 1.0, 0.3, 0.9), 78.4,
                      reason="A castle town with a strong music school & an eager mayor.",
                      decided_on="14 March 2026")
ODD = candidate("Saint <&> Pierre", "France", "Declined",
                (0.55, 0.8, 0.9, 0.75, 1.0, 0.6, None), 61.0,
                reason="Their council preferred a city in Quebec.", decided_on="2 March 2026")
UNKNOWN = candidate("Río Claro", "Brazil", "Under consideration", (None,) * 7, None)

REPORT = ResearchReportInput(
    title="Partner research: Greenvale", committee="Greenvale Sister City Committee",
    our_city="Greenvale", generated_on="14 March 2026",
    summary="We chose 松本 for its music school and its wish to exchange students.",
    candidates=(ODD, UNKNOWN, MATSUMOTO),
)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_research_report(REPORT)


@pytest.fixture(scope="module")
def text(pdf: bytes) -> str:
    return squeeze(pdf_text(pdf))


def test_report_shows_title_names_and_decision(text: str) -> None:
    assert squeeze(REPORT.title) in text
    assert squeeze(REPORT.committee) in text
    for c in REPORT.candidates:
        assert squeeze(c.name) in text  # "<&>" and 松本 exactly as typed
    assert "Saint<&>Pierre" in text and "松本" in text
    assert "&amp;" not in text
    assert squeeze(MATSUMOTO.decision_reason) in text
    assert squeeze(REPORT.summary) in text


def test_report_shows_every_sub_score(text: str) -> None:
    for label in DATA_POINTS:
        assert squeeze(label) in text
    for shown in ("70%", "40%", "20%", "10%", "100%", "55%", "75%", "90%"):
        assert shown in text
    assert "notknown" in text
    assert "×5" in text


def test_ranking_puts_best_total_first(text: str) -> None:
    ranking = text[text.index("Ranking"):text.index("Comparisonofcandidates")]
    assert ranking.index("松本") < ranking.index("Saint<&>Pierre") < ranking.index("RíoClaro")
    assert "78" in ranking and "61" in ranking


def test_fonts_embedded_and_pages(pdf: bytes) -> None:
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name or "Times" in name for name in fonts)
    assert page_count(pdf) >= 1 + len(REPORT.candidates)
    assert "Page1" in squeeze(pdf_text(pdf))


def test_long_text_is_never_cut_off(pdf: bytes) -> None:
    long_text = replace(MATSUMOTO, profile=(("History", LONG * 8),),
                        decision_reason=LONG * 3)
    out = render_research_report(replace(REPORT, candidates=(long_text,)))
    # Footers sit between the two halves of a sentence split across pages.
    text = re.sub(r"Page\d+", "", squeeze(pdf_text(out)))
    assert text.count(squeeze("orchards give way to vineyards")) == 12 * 8 + 12 * 3
    assert page_count(out) > page_count(render_research_report(replace(
        REPORT, candidates=(MATSUMOTO,))))


def test_no_candidates_still_makes_a_report() -> None:
    out = render_research_report(replace(REPORT, candidates=(), summary=""))
    text = squeeze(pdf_text(out))
    assert squeeze(REPORT.title) in text
    assert "Therearenocandidatesyet." in text
    assert "Nopartnerchosenyet." in text
    assert page_count(out) == 1


def test_five_candidates_make_two_comparison_tables() -> None:
    names = ("Aberdeen", "Bergen", "Cork", "Dunedin", "Eger")
    five = tuple(replace(MATSUMOTO, name=n, total=90.0 - i) for i, n in enumerate(names))
    out = render_research_report(replace(REPORT, candidates=five, page_size="LETTER"))
    text = squeeze(pdf_text(out))
    comparison = text[text.index("Comparisonofcandidates"):text.index("Facts")]
    assert "Table1of2" in comparison and "Table2of2" in comparison
    assert "Table3of" not in comparison
    for name in names:
        assert name in comparison
    assert page_count(out) >= 1 + len(names)


def test_same_input_same_bytes(pdf: bytes) -> None:
    assert render_research_report(REPORT) == pdf


def test_japanese_font_set() -> None:
    out = render_research_report(replace(REPORT, language="ja"))
    fonts = fonts_of(out)
    assert any("IPAex" in name for name in fonts) and all(fonts.values())
    assert "Saint<&>Pierre" in squeeze(pdf_text(out))
