"""Inbound inquiries and the committee's policy for evaluating them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sistercity_desktop.errors import UserError
from sistercity_desktop.research.policy import DEFAULT_CRITERIA, Criterion, PolicyResult, evaluate
from sistercity_desktop.services.committee import require_committee
from sistercity_desktop.services.partnerships import clean_text
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import (
    INQUIRY_DECISIONS,
    INQUIRY_SOURCES,
    Inquiry,
    PolicyCriterion,
)
from sistercity_desktop.text import translate


@dataclass(frozen=True)
class InquiryView:
    id: str
    received_on: date
    source: str
    contact_name: str
    city_name: str
    country: str
    summary: str
    answers: dict[str, bool | None]
    decision: str
    decision_reason: str
    decided_on: date | None
    result: PolicyResult


def criteria(store: Store) -> list[Criterion]:
    with store.session() as session:
        return [Criterion(c.id, c.text, c.required, c.weight)
                for c in require_committee(session).policy]


def use_default_policy(store: Store) -> None:
    """Start from the suggested questions (only when the policy is empty)."""
    with store.session() as session, session.begin():
        committee = require_committee(session)
        if committee.policy:
            raise UserError(translate("Errors", "Your policy already has questions; edit them "
                                      "instead."))
        for position, (text, required, weight) in enumerate(DEFAULT_CRITERIA):
            committee.policy.append(PolicyCriterion(position=position, text=text,
                                                    required=required, weight=weight))


def add_criterion(store: Store, text: str, required: bool, weight: int = 1) -> str:
    body = " ".join(clean_text(text, translate("Errors", "The question"), 500,
                               required=True).split())
    if not 1 <= weight <= 5:
        raise UserError(translate("Errors", "A question's weight is from 1 to 5."))
    with store.session() as session, session.begin():
        committee = require_committee(session)
        criterion = PolicyCriterion(position=len(committee.policy), text=body,
                                    required=required, weight=weight)
        committee.policy.append(criterion)
        session.flush()
        return criterion.id


def remove_criterion(store: Store, criterion_id: str) -> None:
    with store.session() as session, session.begin():
        criterion = session.get(PolicyCriterion, criterion_id)
        if criterion is not None:
            session.delete(criterion)


def _view(inquiry: Inquiry, policy: list[Criterion]) -> InquiryView:
    answers = json.loads(inquiry.answers) if inquiry.answers else {}
    return InquiryView(
        inquiry.id, inquiry.received_on, inquiry.source, inquiry.contact_name,
        inquiry.city_name, inquiry.country, inquiry.summary, answers, inquiry.decision,
        inquiry.decision_reason, inquiry.decided_on, evaluate(policy, answers),
    )


def inquiries(store: Store) -> list[InquiryView]:
    """Every inquiry, newest first, with how it measures against the policy."""
    policy = criteria(store)
    with store.session() as session:
        rows = require_committee(session).inquiries
        return [_view(i, policy) for i in sorted(rows, key=lambda i: i.received_on,
                                                 reverse=True)]


def add_inquiry(store: Store, source: str, city_name: str, country: str, contact_name: str,
                summary: str, received_on: date | None = None) -> str:
    if source not in INQUIRY_SOURCES:
        raise UserError(translate("Errors", "The source must be one of {choices}.")
                        .format(choices=", ".join(INQUIRY_SOURCES)))
    country = country.strip().upper()
    if country and (len(country) != 2 or not country.isalpha()):
        raise UserError(translate("Errors", "The country must be a two-letter code such as FR."))
    with store.session() as session, session.begin():
        committee = require_committee(session)
        inquiry = Inquiry(
            received_on=received_on or date.today(), source=source,
            city_name=" ".join(clean_text(city_name, translate("Errors", "The city"), 200,
                                          required=True).split()),
            country=country,
            contact_name=" ".join(clean_text(contact_name, translate("Errors", "The contact"),
                                             200).split()),
            summary=clean_text(summary, translate("Errors", "The summary")),
        )
        committee.inquiries.append(inquiry)
        session.flush()
        return inquiry.id


def _inquiry(session, inquiry_id: str) -> Inquiry:  # noqa: ANN001 (Session)
    inquiry = session.get(Inquiry, inquiry_id)
    if inquiry is None:
        raise UserError(translate("Errors", "That inquiry no longer exists."))
    return inquiry


def answer(store: Store, inquiry_id: str, criterion_id: str, value: bool | None) -> None:
    """Record yes / no / not known for one policy question."""
    known = {c.id for c in criteria(store)}
    if criterion_id not in known:
        raise UserError(translate("Errors", "That question is no longer in the policy."))
    with store.session() as session, session.begin():
        inquiry = _inquiry(session, inquiry_id)
        answers = json.loads(inquiry.answers) if inquiry.answers else {}
        if value is None:
            answers.pop(criterion_id, None)
        else:
            answers[criterion_id] = bool(value)
        inquiry.answers = json.dumps(answers, sort_keys=True)


def decide_inquiry(store: Store, inquiry_id: str, decision: str, reason: str,
                   on: date | None = None) -> None:
    """Record the committee's decision and why."""
    if decision not in INQUIRY_DECISIONS:
        raise UserError(translate("Errors", "The decision must be one of {choices}.")
                        .format(choices=", ".join(INQUIRY_DECISIONS)))
    why = clean_text(reason, translate("Errors", "The reason"), required=decision != "pending")
    with store.session() as session, session.begin():
        inquiry = _inquiry(session, inquiry_id)
        inquiry.decision = decision
        inquiry.decision_reason = why
        inquiry.decided_on = None if decision == "pending" else (on or date.today())


def remove_inquiry(store: Store, inquiry_id: str) -> None:
    with store.session() as session, session.begin():
        inquiry = session.get(Inquiry, inquiry_id)
        if inquiry is not None:
            session.delete(inquiry)
