"""A health indicator for a signed partnership, from plain facts about it.

Follows the evaluation signs in the domain notes: regular exchanges, several sectors, people
taking part and recent contact are healthy; long silences, exchanges held well below plan,
overdue work and an overdue evaluation are signs of decline. The score starts at 100 and each
decline sign takes points off, so every lost point has a reason the committee can act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sistercity_desktop.process.due import add_months
from sistercity_desktop.process.evaluation import MIN_MONTHS as EVALUATION_MIN_MONTHS
from sistercity_desktop.process.evaluation import whole_months
from sistercity_desktop.text import translate

GOOD, WATCH, AT_RISK, NOT_STARTED = "good", "watch", "at_risk", "not_started"

# --- Contact: the strongest single sign in the notes, so it carries the most points. --------
# About a quarter without news is normal between exchanges (the process nudges at 90 days).
CONTACT_RECENT_MONTHS = 3
# Over half a year of silence is the notes' first warning sign.
CONTACT_WATCH_MONTHS = 6
# A whole year without contact: the link is at risk whatever else looks fine.
CONTACT_AT_RISK_MONTHS = 12
CONTACT_WEIGHT = 45
# Share of CONTACT_WEIGHT kept: up to 3 months, up to 6, up to 12, beyond.
CONTACT_SHARE = (1.0, 0.75, 0.4, 0.0)

# --- Exchanges held against the work plan. ----------------------------------------------------
EXCHANGES_WEIGHT = 30
# Fewer than half of the due exchanges held is "well below planned".
EXCHANGES_WATCH_RATIO = 0.5
# One postponed exchange out of one is not yet a trend, so the ratio only sets the level from 2.
EXCHANGES_MIN_PLANNED = 2
# Signed long enough ago, yet nothing due in the work plan: the plan is empty or stalled.
NO_EXCHANGES_DEDUCTION = 15

# Before the earliest evaluation point the link is settling in: breadth is not expected yet.
SETTLING_IN_MONTHS = EVALUATION_MIN_MONTHS

# --- Sectors: "many sectors involved" is a healthy sign. --------------------------------------
HEALTHY_SECTORS = 3
SECTOR_DEDUCTIONS = {0: 15, 1: 8, 2: 3}

# --- Participants: a modest delegation or one class exchange a year. --------------------------
HEALTHY_PARTICIPANTS = 10
# participants_last_year only means something once a full year has passed since signing.
PARTICIPANTS_AFTER_MONTHS = 12
NO_PARTICIPANTS_DEDUCTION = 15
FEW_PARTICIPANTS_DEDUCTION = 7

# --- Overdue work and evaluation. -------------------------------------------------------------
OVERDUE_ITEM_DEDUCTION = 5
OVERDUE_MAX_DEDUCTION = 20
# One late item is ordinary volunteer slack; two or more is a pattern worth watching.
OVERDUE_WATCH_ITEMS = 2
EVALUATION_OVERDUE_DEDUCTION = 10

# --- Score bands for the level (decline signs can lower the level further). -----------------
GOOD_SCORE = 70
AT_RISK_SCORE = 40

# Reason severities: what sets the level first, then other lost points, then good news.
_AT_RISK_SIGN, _WATCH_SIGN, _DEDUCTION, _HEALTHY, _INFO = 3, 2, 1, 0, -1


@dataclass(frozen=True)
class HealthFacts:
    """What the indicator needs to know about a partnership (no ORM objects)."""

    today: date
    signed_on: date | None
    last_contact_on: date | None
    exchanges_planned: int  # work plan items due so far (not cancelled)
    exchanges_held: int  # of those, done
    participants_last_year: int
    sectors: int  # distinct work plan kinds with activity in the last 2 years
    overdue_items: int
    evaluation_due_on: date | None


@dataclass(frozen=True)
class Health:
    """Level ("good", "watch", "at_risk", "not_started"), score 0..100, reasons (worst first)."""

    level: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class _Reason:
    text: str
    severity: int
    points: int = 0


def _contact(today: date, last: date | None) -> tuple[float, _Reason]:
    """Share of the contact points kept, and the reason describing it."""
    if last is None:
        return 0.0, _Reason(translate("Health", "No contact recorded yet"), _AT_RISK_SIGN,
                            CONTACT_WEIGHT)
    months = whole_months(last, today) if today > last else 0
    if today <= add_months(last, CONTACT_RECENT_MONTHS):
        text = (translate("Health", "Last contact less than a month ago") if months == 0
                else translate("Health", "Last contact %n month(s) ago", None, months))
        return CONTACT_SHARE[0], _Reason(text, _HEALTHY)
    if today <= add_months(last, CONTACT_WATCH_MONTHS):
        share, severity = CONTACT_SHARE[1], _DEDUCTION
    elif today <= add_months(last, CONTACT_AT_RISK_MONTHS):
        share, severity = CONTACT_SHARE[2], _WATCH_SIGN
    else:
        share, severity = CONTACT_SHARE[3], _AT_RISK_SIGN
    points = round(CONTACT_WEIGHT * (1 - share))
    return share, _Reason(translate("Health", "No contact for %n month(s)", None, months),
                          severity, points)


def _check(f: HealthFacts) -> None:
    counts = {
        "exchanges_planned": f.exchanges_planned,
        "exchanges_held": f.exchanges_held,
        "participants_last_year": f.participants_last_year,
        "sectors": f.sectors,
        "overdue_items": f.overdue_items,
    }
    for name, value in counts.items():
        if value < 0:
            raise ValueError(f"{name} cannot be negative, got {value}")
    if f.exchanges_held > f.exchanges_planned:
        raise ValueError(f"exchanges_held ({f.exchanges_held}) cannot exceed "
                         f"exchanges_planned ({f.exchanges_planned})")


def _signed_reasons(f: HealthFacts, signed_on: date) -> list[_Reason]:
    # The signing itself is contact between the two cities, so it counts as the latest
    # contact when nothing newer is recorded.
    last = signed_on if f.last_contact_on is None else max(f.last_contact_on, signed_on)
    reasons = [_contact(f.today, last)[1]]
    settled = f.today >= add_months(signed_on, SETTLING_IN_MONTHS)

    planned, held = f.exchanges_planned, f.exchanges_held
    if planned:
        ratio = held / planned
        text = translate("Health", "{held} of %n planned exchange(s) held", None,
                         planned).format(held=held)
        points = round(EXCHANGES_WEIGHT * (1 - ratio))
        if planned >= EXCHANGES_MIN_PLANNED and ratio < EXCHANGES_WATCH_RATIO:
            reasons.append(_Reason(text, _WATCH_SIGN, points))
        else:
            reasons.append(_Reason(text, _DEDUCTION if points else _HEALTHY, points))
    elif settled:
        reasons.append(_Reason(translate("Health", "No exchanges due in the work plan so far"),
                               _DEDUCTION, NO_EXCHANGES_DEDUCTION))

    if f.sectors >= HEALTHY_SECTORS:
        reasons.append(_Reason(translate("Health", "Activity in %n sector(s)", None, f.sectors),
                               _HEALTHY))
    elif settled:
        text = (translate("Health", "No activity in any sector in the last 2 years")
                if f.sectors == 0
                else translate("Health", "Activity in only %n sector(s)", None, f.sectors))
        reasons.append(_Reason(text, _DEDUCTION, SECTOR_DEDUCTIONS[f.sectors]))

    people = f.participants_last_year
    if people >= HEALTHY_PARTICIPANTS:
        reasons.append(_Reason(translate("Health", "%n participant(s) in the last year", None,
                                         people), _HEALTHY))
    elif f.today >= add_months(signed_on, PARTICIPANTS_AFTER_MONTHS):
        if people == 0:
            reasons.append(_Reason(translate("Health", "No participants in the last year"),
                                   _DEDUCTION, NO_PARTICIPANTS_DEDUCTION))
        else:
            text = translate("Health", "Only %n participant(s) in the last year", None, people)
            reasons.append(_Reason(text, _DEDUCTION, FEW_PARTICIPANTS_DEDUCTION))

    if f.overdue_items:
        severity = _WATCH_SIGN if f.overdue_items >= OVERDUE_WATCH_ITEMS else _DEDUCTION
        points = min(f.overdue_items * OVERDUE_ITEM_DEDUCTION, OVERDUE_MAX_DEDUCTION)
        text = translate("Health", "%n work plan item(s) overdue", None, f.overdue_items)
        reasons.append(_Reason(text, severity, points))

    if f.evaluation_due_on is not None and f.evaluation_due_on < f.today:
        reasons.append(_Reason(translate("Health", "Evaluation overdue (due {day})").format(
                                   day=f.evaluation_due_on),
                               _WATCH_SIGN, EVALUATION_OVERDUE_DEDUCTION))

    if not settled:
        months = whole_months(signed_on, f.today)
        text = (translate("Health", "Signed less than a month ago: still settling in")
                if months == 0 else
                translate("Health", "Signed %n month(s) ago: still settling in", None, months))
        reasons.append(_Reason(text, _INFO))
    return reasons


def _ordered(reasons: list[_Reason]) -> tuple[str, ...]:
    # Stable sort: equal reasons keep their fixed order, so the output is deterministic.
    ranked = sorted(reasons, key=lambda r: (-r.severity, -r.points))
    return tuple(r.text for r in ranked)


def health(f: HealthFacts) -> Health:
    """The partnership's health level, score and reasons (most important first).

    Before signing (or when signing is still ahead) the level is "not_started" and the score
    reflects contact recency only. Raises ValueError for negative counts or more exchanges
    held than planned.
    """
    _check(f)
    signed_on = f.signed_on
    if signed_on is None or signed_on > f.today:
        share, contact = _contact(f.today, f.last_contact_on)
        first = (translate("Health", "Agreement not signed yet") if signed_on is None
                 else translate("Health", "Agreement to be signed on {day}").format(
                     day=signed_on))
        return Health(NOT_STARTED, round(100 * share), (first, contact.text))

    reasons = _signed_reasons(f, signed_on)
    score = max(0, min(100, 100 - sum(r.points for r in reasons)))
    worst = max(r.severity for r in reasons)
    if worst >= _AT_RISK_SIGN or score < AT_RISK_SCORE:
        level = AT_RISK
    elif worst >= _WATCH_SIGN or score < GOOD_SCORE:
        level = WATCH
    else:
        level = GOOD
    return Health(level, score, _ordered(reasons))
