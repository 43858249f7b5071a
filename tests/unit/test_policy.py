"""The committee's inquiry policy: required questions gate, weighted ones score."""

from __future__ import annotations

from sistercity_desktop.research.policy import Criterion, evaluate

POLICY = (
    Criterion("a", "Mayor supports it", True),
    Criterion("b", "Volunteers committed", True),
    Criterion("c", "Population within a factor of three", False, 3),
    Criterion("d", "Existing ties", False, 1),
)


def test_meets_when_every_required_question_is_yes() -> None:
    result = evaluate(POLICY, {"a": True, "b": True, "c": True, "d": False})
    assert result.verdict == "meets"
    assert result.score == 75  # 3 of 4 weight points
    assert "75%" in result.summary


def test_a_required_no_fails_and_names_the_question() -> None:
    result = evaluate(POLICY, {"a": True, "b": False, "c": True})
    assert result.verdict == "fails"
    assert result.failed_required == ("Volunteers committed",)
    assert "Volunteers committed" in result.summary


def test_missing_required_answers_make_it_incomplete() -> None:
    result = evaluate(POLICY, {"a": True, "c": False})
    assert result.verdict == "incomplete"
    assert set(result.unanswered) == {"Volunteers committed", "Existing ties"}
    assert result.score == 0


def test_no_optional_answers_means_no_score() -> None:
    assert evaluate(POLICY, {"a": True, "b": True}).score is None
