"""When to evaluate a partnership, and what to rate it on.

The national guide suggests setting an evaluation date six months to two years after the
agreement is signed; the dimensions come from a published chapter evaluation.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from statistics import fmean
from typing import cast

from sistercity_desktop.process.due import (
    EVALUATION_MAX_MONTHS,
    EVALUATION_MIN_MONTHS,
    add_months,
)
from sistercity_desktop.text import translate

DIMENSIONS = ("structure", "relationships", "communications", "management", "activities",
              "implementation", "outcomes")

DIMENSION_LABELS: dict[str, str] = {
    "structure": "Structure",
    "relationships": "Relationships",
    "communications": "Communications",
    "management": "Management",
    "activities": "Activities",
    "implementation": "Implementation",
    "outcomes": "Outcomes",
}

DIMENSION_QUESTIONS: dict[str, str] = {
    "structure": "Is there a committee with clear roles, enough members and a budget to "
                 "carry the partnership?",
    "relationships": "Do people on both sides know each other and keep in touch beyond "
                     "official visits?",
    "communications": "Does the public hear about the partnership, and do both cities share "
                      "news with each other?",
    "management": "Are meetings held, records kept and money accounted for?",
    "activities": "How many exchanges took place, in how many fields, and who took part?",
    "implementation": "Did the work plan happen as planned, on time?",
    "outcomes": "What changed for the two communities because of the partnership?",
}

# Same window as the process steps use, so the two never disagree.
MIN_MONTHS = EVALUATION_MIN_MONTHS
DEFAULT_MONTHS = 12  # the middle of the window: a year gives a full cycle of activities
MAX_MONTHS = EVALUATION_MAX_MONTHS

MIN_SCORE, MAX_SCORE = 1, 5
_RATING_KEYS = frozenset({"score", "evidence"})


def proposed_evaluation_date(signed_on: date) -> date:
    """The suggested evaluation date: one year after signing (clipped to the month's end)."""
    return add_months(signed_on, DEFAULT_MONTHS)


def whole_months(start: date, end: date) -> int:
    """Whole months from start to end (end >= start), using the same clipping as add_months."""
    months = (end.year - start.year) * 12 + end.month - start.month
    while months > 0 and add_months(start, months) > end:
        months -= 1
    return months


def _gap(start: date, end: date) -> str:
    """'2 months and 3 days', '1 day', ... for end > start."""
    months = whole_months(start, end)
    days = (end - add_months(start, months)).days
    month_text = translate("evaluation", "%n month(s)", None, months)
    day_text = translate("evaluation", "%n day(s)", None, days)
    if months and days:
        return translate("evaluation", "{months} and {days}").format(months=month_text,
                                                                     days=day_text)
    return month_text if months else day_text


def check_evaluation_date(signed_on: date, chosen: date) -> str | None:
    """None when `chosen` is 6 to 24 months after signing (both ends included), else why not."""
    earliest = add_months(signed_on, MIN_MONTHS)
    latest = add_months(signed_on, MAX_MONTHS)
    window = translate("evaluation", "the {low}–{high} month window after signing that the "
                       "guide recommends ({start} to {end})").format(
        low=MIN_MONTHS, high=MAX_MONTHS, start=earliest, end=latest)
    if chosen < earliest:
        return translate("evaluation", "{day} is {gap} before {window}.").format(
            day=chosen, gap=_gap(chosen, earliest), window=window)
    if chosen > latest:
        return translate("evaluation", "{day} is {gap} after {window}.").format(
            day=chosen, gap=_gap(latest, chosen), window=window)
    return None


def validate_ratings(ratings: Mapping[str, object]) -> dict[str, dict[str, object]]:
    """Checked copy of `{dimension: {"score": 1..5, "evidence": str}}`, in DIMENSIONS order.

    Dimensions left out are simply not rated. Evidence may be omitted (it becomes "").
    Raises ValueError naming the dimension for anything else.
    """
    if not isinstance(ratings, Mapping):
        raise ValueError("Ratings must be a mapping of dimension to rating")
    for dimension in ratings:
        if dimension not in DIMENSION_LABELS:
            known = ", ".join(DIMENSIONS)
            raise ValueError(f"Unknown evaluation dimension {dimension!r} (known: {known})")

    checked: dict[str, dict[str, object]] = {}
    for dimension in DIMENSIONS:
        if dimension not in ratings:
            continue
        label = DIMENSION_LABELS[dimension]
        rating = ratings[dimension]
        if not isinstance(rating, Mapping):
            raise ValueError(f"{label}: the rating must have a score and evidence")
        extra = set(rating) - _RATING_KEYS
        if extra:
            raise ValueError(f"{label}: unexpected rating fields {sorted(map(str, extra))}")
        if "score" not in rating:
            raise ValueError(f"{label}: the score is missing")
        score = rating["score"]
        # bool is an int subclass; True must not pass as a score of 1.
        if isinstance(score, bool) or not isinstance(score, int):
            raise ValueError(f"{label}: the score must be a whole number from {MIN_SCORE} to "
                             f"{MAX_SCORE}, got {score!r}")
        if not MIN_SCORE <= score <= MAX_SCORE:
            raise ValueError(f"{label}: the score must be from {MIN_SCORE} to {MAX_SCORE}, "
                             f"got {score}")
        evidence = rating.get("evidence", "")
        if not isinstance(evidence, str):
            raise ValueError(f"{label}: the evidence must be text, got {type(evidence).__name__}")
        checked[dimension] = {"score": int(score), "evidence": evidence}
    return checked


def overall(ratings: Mapping[str, object]) -> float | None:
    """Mean score of the rated dimensions, or None when none is rated (validated first)."""
    scores = [cast(int, r["score"]) for r in validate_ratings(ratings).values()]
    return fmean(scores) if scores else None
