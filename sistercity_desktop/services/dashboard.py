"""The home dashboard: what is due across every partnership."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from sistercity_desktop.process.health import health
from sistercity_desktop.services.evaluation import health_facts
from sistercity_desktop.services.partnerships import aggregates, summary_for
from sistercity_desktop.services.workplan import is_overdue
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import Partnership
from sistercity_desktop.text import translate

UPCOMING = timedelta(days=60)      # ceremonies and evaluations worth seeing this far ahead
SILENCE = timedelta(days=120)      # a partnership this long without contact needs a nudge


@dataclass(frozen=True)
class DueItem:
    kind: str              # "next_action" | "overdue" | "ceremony" | "evaluation" | "silence"
    partnership_id: str
    partner: str
    step: int              # the step page that deals with it
    text: str
    due_on: date | None
    urgent: bool


def due_items(store: Store, today: date | None = None) -> list[DueItem]:
    """Everything due, most urgent first (overdue, then by date, then the rest)."""
    day = today or date.today()
    items: list[DueItem] = []
    with store.session() as session:
        known = aggregates(session)
        query = select(Partnership).options(selectinload(Partnership.work_plan))
        for p in session.scalars(query).unique():
            summary = summary_for(p, day, known)
            partner = summary.partner_city or "Partner not chosen yet"
            items.append(DueItem("next_action", p.id, partner, summary.step,
                                 summary.next_action, summary.next_due,
                                 bool(summary.next_due and summary.next_due < day)))
            for w in p.work_plan:
                if is_overdue(w, day):
                    items.append(DueItem("overdue", p.id, partner, 4 if p.current_step < 7
                                         else 7, f"Overdue: {w.title}", w.due_on, True))
            if p.ceremony_on and not p.signed_on and day <= p.ceremony_on <= day + UPCOMING:
                items.append(DueItem("ceremony", p.id, partner, 6, "Signing ceremony",
                                     p.ceremony_on, False))
            if p.next_evaluation_on and p.next_evaluation_on <= day + UPCOMING:
                items.append(DueItem("evaluation", p.id, partner, 7, "Evaluation due",
                                     p.next_evaluation_on, p.next_evaluation_on < day))
            last = known.last_contact.get(p.id)
            if p.current_step >= 3 and last and day - last > SILENCE:
                items.append(DueItem("silence", p.id, partner, 4,
                                     translate("dashboard", "No contact for %n day(s)", None,
                                               (day - last).days), None,
                                     day - last > 2 * SILENCE))
            level = health(health_facts(p, day, last)).level
            if level == "at_risk":
                items.append(DueItem("health", p.id, partner, 7, "Partnership at risk", None,
                                     True))
    return sorted(items, key=lambda i: (not i.urgent, i.due_on or date.max, i.partner))
