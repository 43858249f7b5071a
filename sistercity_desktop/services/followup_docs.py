"""Plain inputs for the work plan and evaluation report PDFs, and the calendar file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from babel.dates import format_date

from sistercity_desktop.documents.evaluation_report import (
    EvaluationInput,
    RatingRow,
    render_evaluation_report,
)
from sistercity_desktop.documents.work_plan import (
    GoalRow,
    PlanItemRow,
    WorkPlanInput,
    render_work_plan,
)
from sistercity_desktop.errors import UserError
from sistercity_desktop.process.evaluation import DIMENSION_LABELS, DIMENSIONS
from sistercity_desktop.services import evaluation as evaluation_service
from sistercity_desktop.services import workplan
from sistercity_desktop.services.letters import document_locale
from sistercity_desktop.services.partnerships import _get
from sistercity_desktop.sharing.calendar import CalendarEvent, to_ics
from sistercity_desktop.store import Store
from sistercity_desktop.text import translate


def _heading(store: Store, pid: str) -> tuple[str, str, str]:
    with store.session() as session:
        p = _get(session, pid)
        partner = p.partner_city.name if p.partner_city else "?"
        return (f"{p.committee.city.name} – {partner}", p.committee_language or "en",
                p.partner_language or "")


def work_plan_input(store: Store, pid: str, page_size: str = "A4",
                    today: date | None = None) -> WorkPlanInput:
    heading, ours, theirs = _heading(store, pid)
    languages = tuple(dict.fromkeys(x for x in (ours, theirs) if x))
    locale = document_locale(ours)
    goal_titles = {g.id: g.title for g in workplan.goals(store, pid)}
    items = tuple(
        PlanItemRow(
            title=i.title, kind=i.kind, pilot=i.pilot, owner=i.owner, starts_on=i.starts_on,
            due_on=i.due_on, status=i.status,
            budget=f"{i.budget:,.0f}" if i.budget is not None else "",
            participants=f"{i.participants:,}" if i.participants is not None else "",
            goal=goal_titles.get(i.goal_id or "", ""),
        )
        for i in workplan.items(store, pid, today)
    )
    return WorkPlanInput(
        languages=languages, heading=heading,
        generated_on=format_date(today or date.today(), "long", locale=locale),
        goals=tuple(GoalRow(g.term, g.title, g.description)
                    for g in workplan.goals(store, pid)),
        items=items, date_format=lambda d: format_date(d, "medium", locale=locale),
        page_size=page_size,
    )


def evaluation_input(store: Store, pid: str, evaluation_id: str | None = None,
                     page_size: str = "A4") -> EvaluationInput:
    records = evaluation_service.evaluations(store, pid)
    if not records:
        raise UserError(translate("Errors", "No evaluation has been recorded yet (step 7)."))
    record = next((e for e in records if e.id == evaluation_id), records[-1])
    heading, ours, _ = _heading(store, pid)
    locale = document_locale(ours)
    health = evaluation_service.partnership_health(store, pid, record.held_on)
    ratings = tuple(
        RatingRow(DIMENSION_LABELS[d], record.ratings.get(d, {}).get("score"),  # type: ignore[arg-type]
                  str(record.ratings.get(d, {}).get("evidence", "")))
        for d in DIMENSIONS
    )
    return EvaluationInput(
        language=ours, title=f"Evaluation of the {heading} partnership",
        held_on=format_date(record.held_on, "long", locale=locale),
        next_evaluation_on=format_date(record.next_evaluation_on, "long", locale=locale)
        if record.next_evaluation_on else "not set",
        health_level=health.level, health_reasons=health.reasons,
        facts=tuple(record.facts.items()), ratings=ratings, overall=record.overall,
        adjustments=record.adjustments, summary=record.summary, page_size=page_size,
    )


def render(store: Store, pid: str, kind: str, page_size: str = "A4") -> bytes:
    if kind == "work_plan":
        return render_work_plan(work_plan_input(store, pid, page_size))
    if kind == "evaluation_report":
        return render_evaluation_report(evaluation_input(store, pid, None, page_size))
    raise UserError(translate("Errors", "Unknown document '{kind}'.").format(kind=kind))


def calendar(store: Store, pid: str, stamp: datetime | None = None) -> str:
    """Ceremony, evaluation dates and work plan milestones as an iCalendar file."""
    heading, _, _ = _heading(store, pid)
    events: list[CalendarEvent] = []
    with store.session() as session:
        p = _get(session, pid)
        if p.ceremony_on:
            start: date | datetime = p.ceremony_on
            if p.ceremony_start and p.ceremony_timezone:
                from sistercity_desktop.protocol.ceremony import parse_start

                try:
                    start = parse_start(p.ceremony_on, p.ceremony_start, p.ceremony_timezone)
                except ValueError:
                    start = p.ceremony_on  # an all-day entry is better than none
            minutes = sum(e.minutes for e in p.ceremony_events) or 60
            end = start + timedelta(minutes=minutes) if isinstance(start, datetime) else None
            events.append(CalendarEvent(f"ceremony-{p.id}@sistercity-desktop",
                                        f"Signing ceremony: {heading}", start, end,
                                        location=p.ceremony_venue, categories=("Ceremony",)))
        if p.next_evaluation_on:
            events.append(CalendarEvent(f"evaluation-{p.id}@sistercity-desktop",
                                        f"Evaluate the partnership: {heading}",
                                        p.next_evaluation_on, categories=("Evaluation",)))
        for item in p.work_plan:
            if item.status == "cancelled":
                continue
            for label, day in (("starts", item.starts_on), ("due", item.due_on)):
                if day:
                    events.append(CalendarEvent(
                        f"workplan-{item.id}-{label}@sistercity-desktop",
                        f"{item.title} ({label}) – {heading}", day,
                        description=item.notes, categories=("Work plan",)))
    if not events:
        raise UserError(translate("Errors", "Nothing to put in a calendar yet: no ceremony, "
                                  "evaluation or dated work plan item."))
    return to_ics(events, calendar_name=f"Sister City: {heading}",
                  stamp=stamp or datetime.now(UTC))
