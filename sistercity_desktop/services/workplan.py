"""The work plan: goals (short and long term) and the programmes and exchanges under them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sistercity_desktop.errors import UserError
from sistercity_desktop.services.partnerships import _get, clean_text
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import (
    WORK_PLAN_KINDS,
    WORK_PLAN_STATUSES,
    WORK_PLAN_TERMS,
    Goal,
    WorkPlanItem,
)
from sistercity_desktop.text import translate


@dataclass(frozen=True)
class GoalView:
    id: str
    term: str
    title: str
    description: str


@dataclass(frozen=True)
class ItemInput:
    title: str
    kind: str = "other"
    term: str = "short"
    pilot: bool = False
    owner: str = ""
    starts_on: date | None = None
    due_on: date | None = None
    status: str = "planned"
    budget: float | None = None
    participants: int | None = None
    goal_id: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class ItemView(ItemInput):
    id: str = ""
    overdue: bool = False


def goals(store: Store, pid: str) -> list[GoalView]:
    with store.session() as session:
        return [GoalView(g.id, g.term, g.title, g.description) for g in _get(session, pid).goals]


def add_goal(store: Store, pid: str, term: str, title: str, description: str = "") -> str:
    if term not in WORK_PLAN_TERMS:
        raise UserError(translate("Errors", "A goal is short-term (within a year) or long-term."))
    with store.session() as session, session.begin():
        p = _get(session, pid)
        goal = Goal(term=term, title=" ".join(clean_text(title, translate("Errors", "The goal"),
                                                         300,
                                                          required=True).split()),
                    description=clean_text(description, translate("Errors", "The description")))
        p.goals.append(goal)
        session.flush()
        return goal.id


def delete_goal(store: Store, goal_id: str) -> None:
    """Remove a goal; its programmes stay in the plan without a goal."""
    with store.session() as session, session.begin():
        goal = session.get(Goal, goal_id)
        if goal is not None:
            session.delete(goal)


def _check(pid: str, item: ItemInput, goal_ids: set[str]) -> dict[str, object]:
    if item.kind not in WORK_PLAN_KINDS:
        raise UserError(translate("Errors", "Kind must be one of {choices}.").format(
            choices=", ".join(WORK_PLAN_KINDS)))
    if item.term not in WORK_PLAN_TERMS:
        raise UserError(translate("Errors", "Term must be short or long."))
    if item.status not in WORK_PLAN_STATUSES:
        raise UserError(translate("Errors", "Status must be one of {choices}.").format(
            choices=", ".join(WORK_PLAN_STATUSES)))
    if item.starts_on and item.due_on and item.due_on < item.starts_on:
        raise UserError(translate("Errors", "The end date is before the start date."))
    if item.budget is not None and not 0 <= item.budget <= 1e9:
        raise UserError(translate("Errors", "The budget must be a positive amount."))
    if item.participants is not None and not 0 <= item.participants <= 1_000_000:
        raise UserError(translate("Errors",
            "The number of participants must be between 0 and 1,000,000."))
    if item.goal_id and item.goal_id not in goal_ids:
        raise UserError(translate("Errors",
            "That goal belongs to another partnership or was deleted."))
    return {
        "title": " ".join(clean_text(item.title, translate("Errors", "The title"),
                                     300, required=True).split()),
        "kind": item.kind, "term": item.term, "pilot": bool(item.pilot),
        "owner": " ".join(clean_text(item.owner, translate("Errors", "The owner"), 200).split()),
        "starts_on": item.starts_on, "due_on": item.due_on, "status": item.status,
        "budget": item.budget, "participants": item.participants,
        "goal_id": item.goal_id or None,
        "notes": clean_text(item.notes, translate("Errors", "The notes")),
    }


def add_item(store: Store, pid: str, item: ItemInput) -> str:
    with store.session() as session, session.begin():
        p = _get(session, pid)
        values = _check(pid, item, {g.id for g in p.goals})
        record = WorkPlanItem(**values)
        p.work_plan.append(record)
        session.flush()
        return record.id


def update_item(store: Store, item_id: str, item: ItemInput) -> None:
    with store.session() as session, session.begin():
        record = session.get(WorkPlanItem, item_id)
        if record is None:
            raise UserError(translate("Errors", "That work plan item no longer exists."))
        p = _get(session, record.partnership_id)
        for key, value in _check(p.id, item, {g.id for g in p.goals}).items():
            setattr(record, key, value)


def delete_item(store: Store, item_id: str) -> None:
    with store.session() as session, session.begin():
        record = session.get(WorkPlanItem, item_id)
        if record is not None:
            session.delete(record)


def is_overdue(item: WorkPlanItem | ItemInput, today: date) -> bool:
    return (item.due_on is not None and item.due_on < today
            and item.status in ("planned", "in_progress"))


def items(store: Store, pid: str, today: date | None = None) -> list[ItemView]:
    day = today or date.today()
    with store.session() as session:
        return [
            ItemView(title=w.title, kind=w.kind, term=w.term, pilot=w.pilot, owner=w.owner,
                     starts_on=w.starts_on, due_on=w.due_on, status=w.status, budget=w.budget,
                     participants=w.participants, goal_id=w.goal_id, notes=w.notes, id=w.id,
                     overdue=is_overdue(w, day))
            for w in _get(session, pid).work_plan
        ]
