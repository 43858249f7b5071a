"""The partnership health indicator: levels, score and reasons."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from sistercity_desktop.process.due import add_months
from sistercity_desktop.process.health import (
    AT_RISK_SCORE,
    CONTACT_AT_RISK_MONTHS,
    CONTACT_WATCH_MONTHS,
    GOOD_SCORE,
    Health,
    HealthFacts,
    health,
)

TODAY = date(2026, 6, 15)

HEALTHY = HealthFacts(
    today=TODAY,
    signed_on=date(2023, 5, 1),
    last_contact_on=date(2026, 5, 20),
    exchanges_planned=6,
    exchanges_held=6,
    participants_last_year=40,
    sectors=4,
    overdue_items=0,
    evaluation_due_on=date(2026, 11, 1),
)


def months_ago(months: int) -> date:
    return add_months(TODAY, -months)


def test_a_busy_partnership_is_good_with_full_score() -> None:
    result = health(HEALTHY)
    assert result == Health("good", 100, (
        "Last contact less than a month ago",
        "6 of 6 planned exchanges held",
        "Activity in 4 sectors",
        "40 participants in the last year",
    ))


def test_seven_months_without_contact_is_a_warning() -> None:
    result = health(replace(HEALTHY, last_contact_on=months_ago(7)))
    assert result.level == "watch"
    assert result.reasons[0] == "No contact for 7 months"
    assert GOOD_SCORE <= result.score < 100  # the level comes from the sign, not the score


def test_over_a_year_without_contact_is_at_risk() -> None:
    result = health(replace(HEALTHY, last_contact_on=months_ago(13),
                            evaluation_due_on=date(2026, 1, 1), overdue_items=3))
    assert result.level == "at_risk"
    assert result.reasons[0] == "No contact for 13 months"


def test_contact_thresholds_are_strictly_more_than_6_and_12_months() -> None:
    exactly_6 = health(replace(HEALTHY, last_contact_on=months_ago(CONTACT_WATCH_MONTHS)))
    assert exactly_6.level == "good"
    day_more = date.fromordinal(months_ago(CONTACT_WATCH_MONTHS).toordinal() - 1)
    assert health(replace(HEALTHY, last_contact_on=day_more)).level == "watch"
    exactly_12 = health(replace(HEALTHY, last_contact_on=months_ago(CONTACT_AT_RISK_MONTHS)))
    assert exactly_12.level == "watch"
    day_more = date.fromordinal(months_ago(CONTACT_AT_RISK_MONTHS).toordinal() - 1)
    assert health(replace(HEALTHY, last_contact_on=day_more)).level == "at_risk"


def test_score_falls_as_contact_gets_older() -> None:
    scores = [health(replace(HEALTHY, last_contact_on=months_ago(m))).score
              for m in (1, 4, 8, 14)]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] == 100 and scores[-1] < scores[-2]


def test_exchange_counts_are_reported() -> None:
    result = health(replace(HEALTHY, exchanges_planned=5, exchanges_held=3))
    assert "3 of 5 planned exchanges held" in result.reasons
    assert result.level == "good" and result.score == 88


def test_exchanges_well_below_plan_are_a_warning() -> None:
    result = health(replace(HEALTHY, exchanges_planned=4, exchanges_held=1))
    assert result.level == "watch"
    assert result.reasons[0] == "1 of 4 planned exchanges held"


def test_a_single_missed_exchange_is_not_yet_a_trend() -> None:
    result = health(replace(HEALTHY, exchanges_planned=1, exchanges_held=0))
    assert "0 of 1 planned exchange held" in result.reasons
    assert result.score == 70 and result.level == "good"


def test_overdue_items_lower_the_score_and_two_make_a_warning() -> None:
    one = health(replace(HEALTHY, overdue_items=1))
    assert one.level == "good" and one.score == 95
    assert one.reasons[0] == "1 work plan item overdue"
    two = health(replace(HEALTHY, overdue_items=2))
    assert two.level == "watch" and two.reasons[0] == "2 work plan items overdue"
    many = health(replace(HEALTHY, overdue_items=50))
    assert many.score == 80  # capped so one messy plan does not drown every other sign


def test_overdue_evaluation_is_a_warning() -> None:
    result = health(replace(HEALTHY, evaluation_due_on=date(2026, 6, 14)))
    assert result.level == "watch"
    assert result.reasons[0] == "Evaluation overdue (due 2026-06-14)"
    assert health(replace(HEALTHY, evaluation_due_on=TODAY)).level == "good"


def test_few_sectors_and_participants_cost_points() -> None:
    result = health(replace(HEALTHY, sectors=1, participants_last_year=4))
    assert "Activity in only 1 sector" in result.reasons
    assert "Only 4 participants in the last year" in result.reasons
    assert result.score == 100 - 8 - 7
    none = health(replace(HEALTHY, sectors=0, participants_last_year=0))
    assert "No activity in any sector in the last 2 years" in none.reasons
    assert "No participants in the last year" in none.reasons


def test_a_new_partnership_is_not_judged_on_activity_yet() -> None:
    facts = replace(HEALTHY, signed_on=months_ago(2), last_contact_on=None, exchanges_planned=0,
                    exchanges_held=0, participants_last_year=0, sectors=0,
                    evaluation_due_on=None)
    result = health(facts)
    assert result.level == "good" and result.score == 100
    # The signing itself counts as contact.
    assert result.reasons == ("Last contact 2 months ago", "Signed 2 months ago: still settling in")


def test_a_stalled_partnership_is_at_risk() -> None:
    facts = HealthFacts(today=TODAY, signed_on=months_ago(18), last_contact_on=None,
                        exchanges_planned=0, exchanges_held=0, participants_last_year=0,
                        sectors=0, overdue_items=2, evaluation_due_on=months_ago(6))
    result = health(facts)
    assert result.level == "at_risk"
    assert result.score < AT_RISK_SCORE
    assert result.reasons[0] == "No contact for 18 months"
    # Warnings before plain deductions.
    assert set(result.reasons[1:3]) == {"Evaluation overdue (due 2025-12-15)",
                                        "2 work plan items overdue"}


def test_low_score_alone_puts_a_partnership_at_risk() -> None:
    facts = replace(HEALTHY, last_contact_on=months_ago(4), exchanges_planned=1,
                    exchanges_held=0, sectors=0, participants_last_year=0, overdue_items=1)
    result = health(facts)
    assert result.score < AT_RISK_SCORE and result.level == "at_risk"


def test_contact_before_signing_is_superseded_by_the_signing() -> None:
    facts = replace(HEALTHY, signed_on=months_ago(1), last_contact_on=months_ago(20))
    assert health(facts).reasons[0] == "Last contact 1 month ago"


@pytest.mark.parametrize(
    ("last_contact", "score", "contact_reason"),
    [
        (date(2026, 6, 1), 100, "Last contact less than a month ago"),
        (months_ago(5), 75, "No contact for 5 months"),
        (months_ago(8), 40, "No contact for 8 months"),
        (months_ago(14), 0, "No contact for 14 months"),
        (None, 0, "No contact recorded yet"),
    ],
)
def test_not_signed_yet_scores_contact_recency_only(
    last_contact: date | None, score: int, contact_reason: str
) -> None:
    facts = replace(HEALTHY, signed_on=None, last_contact_on=last_contact, overdue_items=9,
                    exchanges_planned=0, exchanges_held=0)
    assert health(facts) == Health("not_started", score,
                                   ("Agreement not signed yet", contact_reason))


def test_signing_date_in_the_future_is_not_started() -> None:
    result = health(replace(HEALTHY, signed_on=date(2026, 9, 1)))
    assert result.level == "not_started"
    assert result.reasons[0] == "Agreement to be signed on 2026-09-01"


@pytest.mark.parametrize(
    "change",
    [
        {"exchanges_planned": -1},
        {"exchanges_held": -1},
        {"participants_last_year": -5},
        {"sectors": -1},
        {"overdue_items": -2},
        {"exchanges_planned": 2, "exchanges_held": 3},
    ],
)
def test_impossible_counts_are_refused(change: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        health(replace(HEALTHY, **change))


def test_same_facts_give_the_same_answer() -> None:
    facts = replace(HEALTHY, last_contact_on=months_ago(9), overdue_items=3, sectors=1)
    assert health(facts) == health(facts)


def random_facts(count: int) -> list[HealthFacts]:
    rng = random.Random(2026)  # fixed seed: the same cases on every run

    def some_date() -> date:
        return date(2015, 1, 1) + timedelta(days=rng.randrange(16 * 366))

    def maybe_date() -> date | None:
        return None if rng.random() < 0.2 else some_date()

    facts = []
    for _ in range(count):
        planned = rng.randrange(0, 60)
        facts.append(HealthFacts(
            today=some_date(), signed_on=maybe_date(), last_contact_on=maybe_date(),
            exchanges_planned=planned, exchanges_held=rng.randrange(0, planned + 1),
            participants_last_year=rng.randrange(0, 500), sectors=rng.randrange(0, 12),
            overdue_items=rng.randrange(0, 30), evaluation_due_on=maybe_date(),
        ))
    return facts


@pytest.mark.parametrize("facts", random_facts(300), ids=lambda _: "random")
def test_any_valid_facts_give_a_sane_answer(facts: HealthFacts) -> None:
    result = health(facts)
    assert result.level in {"good", "watch", "at_risk", "not_started"}
    assert 0 <= result.score <= 100
    assert result.reasons and all(isinstance(r, str) and r for r in result.reasons)
    signed = facts.signed_on
    assert (result.level == "not_started") == (signed is None or signed > facts.today)
    if result.level == "good":
        assert result.score >= GOOD_SCORE
