"""The evaluation window (6 to 24 months after signing) and dimension ratings."""

from __future__ import annotations

from datetime import date

import pytest

from sistercity_desktop.process.due import PartnershipFacts, next_action
from sistercity_desktop.process.evaluation import (
    DEFAULT_MONTHS,
    DIMENSION_LABELS,
    DIMENSION_QUESTIONS,
    DIMENSIONS,
    MAX_MONTHS,
    MIN_MONTHS,
    check_evaluation_date,
    overall,
    proposed_evaluation_date,
    validate_ratings,
    whole_months,
)


def test_seven_dimensions_each_with_a_label_and_a_question() -> None:
    assert len(DIMENSIONS) == 7
    assert list(DIMENSION_LABELS) == list(DIMENSIONS) == list(DIMENSION_QUESTIONS)
    for dimension in DIMENSIONS:
        assert DIMENSION_LABELS[dimension] == dimension.capitalize()
        assert DIMENSION_QUESTIONS[dimension].endswith("?")


def test_window_constants_follow_the_guide() -> None:
    assert (MIN_MONTHS, DEFAULT_MONTHS, MAX_MONTHS) == (6, 12, 24)


@pytest.mark.parametrize(
    ("signed", "proposed"),
    [
        (date(2025, 3, 14), date(2026, 3, 14)),
        (date(2024, 2, 29), date(2025, 2, 28)),  # no 29 February next year
        (date(2025, 1, 31), date(2026, 1, 31)),
    ],
)
def test_proposed_date_is_one_year_after_signing(signed: date, proposed: date) -> None:
    assert proposed_evaluation_date(signed) == proposed
    assert check_evaluation_date(signed, proposed) is None


def test_proposal_agrees_with_the_process_step() -> None:
    signed = date(2025, 8, 31)
    facts = PartnershipFacts(current_step=7, ticked=frozenset(), fields={"signed_on": signed})
    assert next_action(facts, today=date(2025, 9, 1)).due_on == proposed_evaluation_date(signed)


def test_window_edges_are_inclusive() -> None:
    signed = date(2025, 3, 14)
    assert check_evaluation_date(signed, date(2025, 9, 14)) is None
    assert check_evaluation_date(signed, date(2027, 3, 14)) is None


def test_one_day_too_early_is_refused_with_a_message() -> None:
    message = check_evaluation_date(date(2025, 3, 14), date(2025, 9, 13))
    assert message is not None
    assert "1 day before" in message
    assert "6–24 month" in message and "guide" in message
    assert "2025-09-14 to 2027-03-14" in message


def test_one_day_too_late_is_refused_with_a_message() -> None:
    message = check_evaluation_date(date(2025, 3, 14), date(2027, 3, 15))
    assert message is not None
    assert "1 day after" in message and "6–24 month" in message


def test_message_says_how_far_in_months_and_days() -> None:
    early = check_evaluation_date(date(2025, 1, 15), date(2025, 3, 20))
    assert early is not None and "3 months and 25 days before" in early
    late = check_evaluation_date(date(2025, 1, 15), date(2027, 3, 15))
    assert late is not None and "2 months after" in late
    before_signing = check_evaluation_date(date(2025, 1, 15), date(2024, 12, 15))
    assert before_signing is not None and "7 months before" in before_signing


@pytest.mark.parametrize(
    ("signed", "earliest", "latest"),
    [
        (date(2025, 8, 31), date(2026, 2, 28), date(2027, 8, 31)),  # 31 Aug + 6 -> end of Feb
        (date(2023, 8, 31), date(2024, 2, 29), date(2025, 8, 31)),  # leap year February
        (date(2024, 1, 31), date(2024, 7, 31), date(2026, 1, 31)),
        (date(2024, 2, 29), date(2024, 8, 29), date(2026, 2, 28)),  # no 29 Feb 2026
    ],
)
def test_month_end_clipping_at_the_edges(signed: date, earliest: date, latest: date) -> None:
    assert check_evaluation_date(signed, earliest) is None
    assert check_evaluation_date(signed, latest) is None
    assert check_evaluation_date(signed, date.fromordinal(earliest.toordinal() - 1))
    assert check_evaluation_date(signed, date.fromordinal(latest.toordinal() + 1))


def test_whole_months_uses_the_same_clipping() -> None:
    assert whole_months(date(2025, 1, 31), date(2025, 2, 28)) == 1
    assert whole_months(date(2025, 1, 31), date(2025, 2, 27)) == 0
    assert whole_months(date(2025, 3, 14), date(2027, 3, 14)) == 24


# --- ratings -----------------------------------------------------------------------------------

def test_valid_ratings_are_copied_in_dimension_order() -> None:
    ratings = {
        "outcomes": {"score": 4, "evidence": "Two school exchanges"},
        "structure": {"score": 2},
    }
    checked = validate_ratings(ratings)
    assert list(checked) == ["structure", "outcomes"]
    assert checked["structure"] == {"score": 2, "evidence": ""}
    assert checked["outcomes"] == {"score": 4, "evidence": "Two school exchanges"}
    assert checked["outcomes"] is not ratings["outcomes"]


def test_no_ratings_is_fine() -> None:
    assert validate_ratings({}) == {}


def test_unknown_dimension_is_refused() -> None:
    with pytest.raises(ValueError, match="'funding'"):
        validate_ratings({"funding": {"score": 3, "evidence": ""}})


@pytest.mark.parametrize("score", [0, 6, -1, 3.5, 3.0, "3", None, True, False])
def test_score_must_be_a_whole_number_from_1_to_5(score: object) -> None:
    with pytest.raises(ValueError, match="Outcomes"):
        validate_ratings({"outcomes": {"score": score, "evidence": ""}})


@pytest.mark.parametrize("score", [1, 5])
def test_score_edges_are_accepted(score: int) -> None:
    assert validate_ratings({"activities": {"score": score}})["activities"]["score"] == score


@pytest.mark.parametrize(
    ("rating", "message"),
    [
        ({"score": 3, "evidence": 5}, "evidence must be text"),
        ({"score": 3, "evidence": None}, "evidence must be text"),
        ({"evidence": "Good"}, "score is missing"),
        ({"score": 3, "note": "x"}, "unexpected"),
        (3, "must have a score"),
    ],
)
def test_malformed_ratings_name_the_dimension(rating: object, message: str) -> None:
    with pytest.raises(ValueError, match=f"Management: .*{message}"):
        validate_ratings({"management": rating})


def test_overall_is_the_mean_of_given_scores() -> None:
    assert overall({}) is None
    assert overall({"structure": {"score": 4}}) == 4.0
    ratings = {"structure": {"score": 3}, "relationships": {"score": 4},
               "outcomes": {"score": 4, "evidence": "Trade mission"}}
    assert overall(ratings) == pytest.approx(11 / 3)


def test_overall_refuses_invalid_ratings() -> None:
    with pytest.raises(ValueError, match="Structure"):
        overall({"structure": {"score": 9}})
