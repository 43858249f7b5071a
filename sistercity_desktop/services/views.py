"""Plain, immutable views of stored records for the UI, CLI and renderers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CityView:
    id: str
    name: str
    country: str
    region: str
    population: int | None
    languages: str
    official_name: str
    official_title: str
    official_gender: str = "unspecified"


@dataclass(frozen=True)
class PartnershipSummary:
    """One row of the partnerships list (and of `sistercity list --json`)."""

    id: str
    partner_city: str | None
    partner_country: str | None
    partner_language: str | None
    committee_language: str
    kind: str
    step: int
    step_title: str
    next_action: str
    next_due: date | None
    signed_on: date | None
    next_evaluation: date | None
    candidate_count: int


@dataclass(frozen=True)
class ContactView:
    id: str
    side: str
    role: str
    name: str
    title: str
    organisation: str
    email: str
    phone: str


@dataclass(frozen=True)
class NoteView:
    id: str
    step: int | None
    kind: str
    written_on: date
    text: str


@dataclass(frozen=True)
class CorrespondenceView:
    id: str
    on: date
    direction: str
    channel: str
    our_people: str
    their_people: str
    summary: str


@dataclass(frozen=True)
class CandidateView:
    id: str
    city: CityView
    relationships: str
    history: str
    notes: str


@dataclass(frozen=True)
class WorkPlanItemView:
    id: str
    title: str
    kind: str
    term: str
    pilot: bool
    owner: str
    starts_on: date | None
    due_on: date | None
    status: str


@dataclass(frozen=True)
class PartnershipDetail:
    """Everything a workspace page shows for one partnership."""

    summary: PartnershipSummary
    partner: CityView | None
    current_step: int
    furthest_step: int
    fields: dict[str, object]
    ticked: frozenset[str]
    contacts: tuple[ContactView, ...]
    notes: tuple[NoteView, ...]
    correspondence: tuple[CorrespondenceView, ...]
    candidates: tuple[CandidateView, ...]
    work_plan: tuple[WorkPlanItemView, ...]
