"""What is due next for a partnership, from plain facts about it."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

from sistercity_desktop.process.steps import STEP_COUNT, Step, message, step

# A letter of introduction deserves a polite follow-up after this long.
LETTER_FOLLOW_UP = timedelta(weeks=6)
# Correspondence that goes quiet longer than this puts the link at risk.
KEEP_IN_TOUCH = timedelta(days=90)
EVALUATION_MIN_MONTHS = 6
EVALUATION_MAX_MONTHS = 24


@dataclass(frozen=True)
class PartnershipFacts:
    """What the process needs to know about a partnership (no ORM objects)."""

    current_step: int
    ticked: frozenset[str] = frozenset()
    fields: dict[str, object] = field(default_factory=dict)
    last_contact_on: date | None = None
    has_partner_city: bool = True
    candidate_count: int = 0


@dataclass(frozen=True)
class NextAction:
    step: int
    text: str
    due_on: date | None = None


def open_items(facts: PartnershipFacts, s: Step) -> list[str]:
    """Labels of the step's checklist items not yet ticked."""
    return [item.label for item in s.checklist if item.key not in facts.ticked]


def step_done(facts: PartnershipFacts, number: int, language: str | None = None) -> bool:
    """A step is done when its checklist is ticked and its required field is set."""
    s = step(number, language)
    if open_items(facts, s):
        return False
    return s.required_field is None or bool(facts.fields.get(s.required_field))


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clipped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _date(facts: PartnershipFacts, key: str) -> date | None:
    value = facts.fields.get(key)
    return value if isinstance(value, date) else None


def next_action(facts: PartnershipFacts, language: str | None = None,
                today: date | None = None) -> NextAction:
    """The one thing the committee should do next for this partnership."""
    today = today or date.today()
    number = facts.current_step
    s = step(number, language)

    if number == 2 and not facts.has_partner_city and facts.candidate_count < 3:
        return NextAction(2, message("add_candidates", language))
    if number == 3:
        sent = _date(facts, "letter_sent_on")
        if sent and not _date(facts, "reply_received_on"):
            return NextAction(3, message("follow_up_letter", language),
                              sent + LETTER_FOLLOW_UP)
    if number == 6:
        ceremony = _date(facts, "ceremony_on")
        if ceremony and not _date(facts, "signed_on"):
            return NextAction(6, message("hold_ceremony", language), ceremony)
        if _date(facts, "signed_on") and not _date(facts, "sent_to_national_body_on"):
            return NextAction(6, message("send_to_national_body", language))
    if number == 7:
        signed = _date(facts, "signed_on")
        evaluation = _date(facts, "next_evaluation_on")
        if evaluation:
            return NextAction(7, message("evaluate", language), evaluation)
        if signed:
            return NextAction(
                7,
                message("set_evaluation_date", language),
                add_months(signed, 12),
            )

    last = facts.last_contact_on
    if number >= 4 and last and today - last > KEEP_IN_TOUCH:
        return NextAction(number, message("get_back_in_touch", language, date=last.isoformat()),
                          last + KEEP_IN_TOUCH)

    remaining = open_items(facts, s)
    if remaining:
        return NextAction(number, remaining[0])
    if s.required_field and not facts.fields.get(s.required_field):
        return NextAction(number, message("fill_in", language,
                                             field=s.field_text[s.required_field].label))
    if number < STEP_COUNT:
        following = step(number + 1, language)
        return NextAction(number, message("move_on", language, number=following.number,
                                             title=following.title))
    return NextAction(number, message("keep_running", language))
