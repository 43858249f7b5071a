"""The guide as data, and what is due next."""

from __future__ import annotations

from datetime import date

import pytest

from sistercity_desktop.process.due import (
    PartnershipFacts,
    add_months,
    next_action,
    step_done,
)
from sistercity_desktop.process.steps import STEP_COUNT, step, steps

TODAY = date(2026, 6, 15)


def all_ticked(number: int) -> frozenset[str]:
    return frozenset(item.key for item in step(number).checklist)


def test_the_guide_has_seven_steps_in_order_with_words_for_everything() -> None:
    titles = [s.title for s in steps()]
    assert len(titles) == STEP_COUNT == 7
    assert titles[0] == "Planning" and titles[-1].startswith("Implementation")
    for s in steps():
        assert s.purpose and s.guidance and s.done_when
        assert 3 <= len(s.checklist) <= 8
        assert len({item.key for item in s.checklist}) == len(s.checklist)
        assert set(s.field_text) == {spec.key for spec in s.fields}


def test_unknown_language_falls_back_to_english() -> None:
    assert [s.title for s in steps("xx")] == [s.title for s in steps("en")]


def test_step_numbers_outside_one_to_seven_are_refused() -> None:
    with pytest.raises(ValueError):
        step(8)


def test_step_is_done_only_with_checklist_and_required_field() -> None:
    ticked = all_ticked(3)
    assert not step_done(PartnershipFacts(3, ticked), 3)
    assert step_done(PartnershipFacts(3, ticked, {"letter_sent_on": date(2026, 1, 5)}), 3)
    missing_one = ticked - {step(3).checklist[0].key}
    assert not step_done(PartnershipFacts(3, missing_one, {"letter_sent_on": TODAY}), 3)
    # Research has no required field: the checklist alone marks it done.
    assert step_done(PartnershipFacts(2, all_ticked(2)), 2)


def test_next_action_is_the_first_open_checklist_item() -> None:
    action = next_action(PartnershipFacts(1), today=TODAY)
    assert action.step == 1 and action.text == step(1).checklist[0].label
    assert action.due_on is None


def test_next_action_asks_for_the_required_field_then_the_next_step() -> None:
    facts = PartnershipFacts(1, all_ticked(1))
    assert "Fill in" in next_action(facts, today=TODAY).text
    done = PartnershipFacts(1, all_ticked(1), {"official_support_on": TODAY})
    assert next_action(done, today=TODAY).text == f"Move on to step 2: {step(2).title}"


def test_research_without_candidates_asks_for_candidates() -> None:
    facts = PartnershipFacts(2, has_partner_city=False, candidate_count=1)
    assert "candidate" in next_action(facts, today=TODAY).text


def test_unanswered_letter_gets_a_follow_up_six_weeks_later() -> None:
    facts = PartnershipFacts(3, fields={"letter_sent_on": date(2026, 5, 1),
                                        "reply_received_on": None})
    action = next_action(facts, today=TODAY)
    assert "Follow up" in action.text and action.due_on == date(2026, 6, 12)


def test_long_silence_after_the_letter_asks_to_get_back_in_touch() -> None:
    facts = PartnershipFacts(4, last_contact_on=date(2026, 1, 10))
    action = next_action(facts, today=TODAY)
    assert "Get back in touch" in action.text and action.due_on == date(2026, 4, 10)


def test_ceremony_then_national_body_then_evaluation() -> None:
    ceremony = date(2026, 9, 20)
    planned = next_action(PartnershipFacts(6, fields={"ceremony_on": ceremony}), today=TODAY)
    assert planned.due_on == ceremony and "ceremony" in planned.text
    signed = PartnershipFacts(6, fields={"ceremony_on": ceremony, "signed_on": ceremony})
    assert "national" in next_action(signed, today=TODAY).text
    no_date = PartnershipFacts(7, fields={"signed_on": date(2026, 1, 31)})
    proposal = next_action(no_date, today=TODAY)
    assert "evaluation date" in proposal.text and proposal.due_on == date(2027, 1, 31)
    evaluation = PartnershipFacts(7, fields={"signed_on": date(2025, 1, 1),
                                             "next_evaluation_on": date(2026, 7, 1)})
    assert next_action(evaluation, today=TODAY).due_on == date(2026, 7, 1)


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2026, 11, 15), 3, date(2027, 2, 15)),
    (date(2026, 6, 30), 24, date(2028, 6, 30)),
])
def test_add_months_clips_to_the_end_of_the_month(start: date, months: int,
                                                   expected: date) -> None:
    assert add_months(start, months) == expected
