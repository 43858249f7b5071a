"""Evaluation (step 7): the date rule, gathered facts, the form, the health indicator."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from sistercity_desktop.errors import UserError
from sistercity_desktop.process.evaluation import (
    check_evaluation_date,
    overall,
    proposed_evaluation_date,
    validate_ratings,
)
from sistercity_desktop.process.health import Health, HealthFacts, health
from sistercity_desktop.services.partnerships import _get, clean_text
from sistercity_desktop.services.workplan import is_overdue
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import Evaluation, Partnership, WorkPlanItem
from sistercity_desktop.text import joined, translate, word


class EvaluationDateNeedsReason(UserError):
    """The date is outside 6–24 months; the user may confirm it with a reason."""


def set_signed(store: Store, pid: str, signed_on: date | None) -> date | None:
    """Record the signing date; proposes the evaluation date (returned) if none is set."""
    with store.session() as session, session.begin():
        p = _get(session, pid)
        p.signed_on = signed_on
        if signed_on and p.next_evaluation_on is None:
            p.next_evaluation_on = proposed_evaluation_date(signed_on)
            return p.next_evaluation_on
        return None


def set_next_evaluation(store: Store, pid: str, when: date | None, reason: str = "") -> None:
    """Set the next evaluation date; outside 6–24 months after signing it needs a reason."""
    why = clean_text(reason, translate("Errors", "The reason"))
    with store.session() as session, session.begin():
        p = _get(session, pid)
        if when and p.signed_on and not why:
            problem = check_evaluation_date(p.signed_on, when)
            if problem:
                raise EvaluationDateNeedsReason(problem)
        p.next_evaluation_on = when
        p.evaluation_date_reason = why if when else ""


_UNKNOWN = object()


def health_facts(p: Partnership, today: date, last_contact: object = _UNKNOWN) -> HealthFacts:
    due = [w for w in p.work_plan if w.status != "cancelled" and w.due_on and w.due_on <= today]
    year_ago, two_years = today - timedelta(days=365), today - timedelta(days=730)
    recent = [w for w in p.work_plan if w.status in ("done", "in_progress")
              and (w.due_on or w.starts_on or today) >= two_years]
    last = (max((e.on for e in p.correspondence), default=None)
            if last_contact is _UNKNOWN else last_contact)
    return HealthFacts(
        today=today, signed_on=p.signed_on, last_contact_on=last,
        exchanges_planned=len(due), exchanges_held=sum(w.status == "done" for w in due),
        participants_last_year=sum(w.participants or 0 for w in p.work_plan
                                   if w.status == "done" and (w.due_on or today) >= year_ago),
        sectors=len({w.kind for w in recent}),
        overdue_items=sum(is_overdue(w, today) for w in p.work_plan),
        evaluation_due_on=p.next_evaluation_on,
    )


def partnership_health(store: Store, pid: str, today: date | None = None) -> Health:
    with store.session() as session:
        return health(health_facts(_get(session, pid), today or date.today()))


def gathered_facts(store: Store, pid: str, today: date | None = None) -> dict[str, str]:
    """What the app knows, in words, for the evaluation form and report."""
    day = today or date.today()
    with store.session() as session:
        p = _get(session, pid)
        f = health_facts(p, day)
        # The same sectors the health indicator counts: activity in the last two years.
        two_years = day - timedelta(days=730)
        kinds = sorted({w.kind for w in p.work_plan
                        if w.status in ("done", "in_progress")
                        and (w.due_on or w.starts_on or day) >= two_years})
        # The window shows each kind in its own words (ui/workplan_panel.py declares them).
        sectors = joined(word("workplan_panel", k.replace("_", " ").capitalize(),
                              english=k.replace("_", " ")) for k in kinds)
        since = (translate("evaluation_facts", "%n day(s)", None,
                           (day - f.last_contact_on).days) if f.last_contact_on
                 else translate("evaluation_facts", "no contact yet"))
        return {
            "Exchanges held against planned": translate(
                "evaluation_facts", "{held} of {planned}").format(
                    held=f.exchanges_held, planned=f.exchanges_planned),
            "Time since last contact": since,
            "Participants in the last year": f"{f.participants_last_year:,}",
            "Sectors involved": sectors or translate("evaluation_facts", "none yet"),
            "Overdue work plan items": str(f.overdue_items),
        }


@dataclass(frozen=True)
class EvaluationView:
    id: str
    held_on: date
    ratings: dict[str, dict[str, object]]
    facts: dict[str, str]
    adjustments: tuple[str, ...]
    summary: str
    next_evaluation_on: date | None
    overall: float | None


def record_evaluation(store: Store, pid: str, held_on: date, ratings: dict[str, object],
                      adjustments: list[str], summary: str, next_on: date | None,
                      next_reason: str = "", today: date | None = None) -> str:
    """Save an evaluation; each adjustment becomes a new work plan item."""
    try:
        clean_ratings = validate_ratings(ratings)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if held_on > (today or date.today()):
        raise UserError(translate("Errors", "An evaluation cannot be recorded for a future date."))
    changes = [" ".join(clean_text(a, translate("Errors", "An adjustment"),
                                   300).split()) for a in adjustments]
    changes = [c for c in changes if c]
    facts = gathered_facts(store, pid, held_on)
    if next_on is not None:
        with store.session() as session:
            signed = _get(session, pid).signed_on
        if next_on <= held_on:
            raise UserError(translate("Errors", "The next evaluation must come after this one."))
        if signed and not next_reason.strip():
            # The window counts from the last evaluation for repeat evaluations.
            problem = check_evaluation_date(held_on, next_on)
            if problem:
                raise EvaluationDateNeedsReason(problem)
    with store.session() as session, session.begin():
        p = _get(session, pid)
        record = Evaluation(
            held_on=held_on, ratings=json.dumps(clean_ratings, sort_keys=True, ensure_ascii=False),
            facts=json.dumps(facts, sort_keys=True, ensure_ascii=False),
            adjustments="\n".join(changes),
            summary=clean_text(summary, translate("Errors", "The summary")),
            next_evaluation_on=next_on,
        )
        p.evaluations.append(record)
        for text in changes:
            p.work_plan.append(WorkPlanItem(title=text, kind="other", term="short",
                                            status="planned", notes="From the evaluation of "
                                            f"{held_on.isoformat()}"))
        p.last_evaluation_on = max(held_on, p.last_evaluation_on or held_on)
        p.next_evaluation_on = next_on
        p.evaluation_date_reason = (clean_text(next_reason, translate("Errors", "The reason"))
                                    if next_on else "")
        session.flush()
        return record.id


def evaluations(store: Store, pid: str) -> list[EvaluationView]:
    with store.session() as session:
        out = []
        for e in _get(session, pid).evaluations:
            ratings = json.loads(e.ratings) if e.ratings else {}
            out.append(EvaluationView(
                e.id, e.held_on, ratings, json.loads(e.facts) if e.facts else {},
                tuple(x for x in e.adjustments.split("\n") if x), e.summary,
                e.next_evaluation_on, overall(ratings),
            ))
        return out

