"""The evaluation report read back from its PDF, as the committee would read it."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from sistercity_desktop.documents.evaluation_report import (
    EvaluationInput,
    RatingRow,
    health_words,
    render_evaluation_report,
    score_text,
)

from .conftest import fonts_of, page_count, pdf_text, squeeze

DIMENSIONS = ("Structure", "Relationships", "Communications", "Management", "Activities",
              "Implementation", "Outcomes")
SCORES = (4, 5, 3, None, 4, 2, 3)
EVIDENCE = (
    "A joint steering group meets twice a year.",
    "Mayors visited each other; 「また会いましょう」と書かれた手紙が届きました。",
    "Newsletter items < monthly & the website is out of date.",
    "",
    "Six of eight planned exchanges held.",
    "The budget arrived late.",
    "Two new school links.",
)
REPORT = EvaluationInput(
    language="en", title="Evaluation of the Greenvale – Tartu partnership",
    held_on="14 March 2026", next_evaluation_on="14 March 2027", health_level="at_risk",
    health_reasons=("Last contact 240 days ago", "Participants fell from 180 to 95"),
    facts=(("Exchanges held against planned", "6 of 8"), ("Time since last contact", "240 days"),
           ("Sectors involved", "cultural, student exchange")),
    ratings=tuple(RatingRow(label, score, evidence)
                  for label, score, evidence in zip(DIMENSIONS, SCORES, EVIDENCE, strict=True)),
    overall=3.5,
    adjustments=("Ask the council for a standing budget line",
                 "Recruit two younger board members"),
    summary="A warm partnership whose energy rests on a few people.",
)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_evaluation_report(REPORT)


@pytest.fixture(scope="module")
def text(pdf: bytes) -> str:
    return squeeze(pdf_text(pdf))


def test_title_dates_and_health(text: str) -> None:
    assert squeeze(REPORT.title) in text
    assert "14March2026" in text and "14March2027" in text
    assert "Atrisk" in text
    for reason in REPORT.health_reasons:
        assert squeeze(reason) in text


def test_facts_are_listed(text: str) -> None:
    for label, value in REPORT.facts:
        assert squeeze(label) + squeeze(value) in text


def test_every_dimension_with_score_and_evidence(text: str) -> None:
    ratings = text[text.index("Ratings"):text.index("Adjustments")]
    for label, score, evidence in zip(DIMENSIONS, SCORES, EVIDENCE, strict=True):
        shown = "notrated" if score is None else f"{score}of5"
        assert squeeze(label) + shown in ratings, label
        if evidence:
            assert squeeze(evidence) in ratings, label
    assert "<monthly&thewebsite" in ratings and "&amp;" not in text
    assert "「また会いましょう」と書かれた手紙が届きました。" in ratings
    assert "Overall3.5of5" in ratings


def test_adjustments_and_summary(text: str) -> None:
    for n, adjustment in enumerate(REPORT.adjustments, start=1):
        assert f"{n}.{squeeze(adjustment)}" in text
    assert squeeze(REPORT.summary) in text


def test_fonts_embedded_no_helvetica_and_deterministic(pdf: bytes) -> None:
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values()), fonts
    assert b"Helvetica" not in pdf
    assert render_evaluation_report(REPORT) == pdf


def test_long_evidence_wraps_fully_across_pages() -> None:
    long = "The summer exchange lost its coach booking and was cut to one week. " * 60
    ratings = (RatingRow("Implementation", 2, long), *REPORT.ratings)
    out = render_evaluation_report(replace(REPORT, ratings=ratings))
    body = re.sub(r"Page\d+", "", squeeze(pdf_text(out)))
    assert body.count(squeeze("lost its coach booking and was cut to one week.")) == 60
    assert page_count(out) >= 2


def test_nothing_rated_or_adjusted_still_reads_well() -> None:
    out = render_evaluation_report(replace(
        REPORT, ratings=tuple(RatingRow(d, None, "") for d in DIMENSIONS), overall=None,
        adjustments=(), summary="", facts=(), health_reasons=(), health_level="unknown"))
    text = squeeze(pdf_text(out))
    assert text.count("notrated") == len(DIMENSIONS) + 1  # and the overall
    assert "Noadjustments." in text and "Nosummaryrecorded." in text
    assert "Nofactsgathered." in text and "Unknown" in text


def test_japanese_committee_gets_japanese_fonts() -> None:
    out = render_evaluation_report(replace(REPORT, language="ja",
                                           summary="交流は温かいが、担い手が少ない。"))
    fonts = fonts_of(out)
    assert any("IPAex" in name for name in fonts) and all(fonts.values())
    assert b"Helvetica" not in out
    assert "交流は温かいが、担い手が少ない。" in squeeze(pdf_text(out))


def test_words_for_levels_and_scores() -> None:
    assert health_words("at_risk") == "At risk" and health_words("Healthy") == "Healthy"
    assert score_text(None) == "not rated" and score_text(4) == "4 of 5"
    assert score_text(3.46, 1) == "3.5 of 5" and score_text(9) == "5 of 5"
