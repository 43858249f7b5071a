"""SQLAlchemy 2 models: the committee, its partnerships and what they hold.

Records carry UUID text keys so data moves between machines (and later to a
shared PostgreSQL store) without renumbering.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Choice vocabularies, stored as plain strings (portable, readable in exports).
PARTNERSHIP_KINDS = ("sister", "friendship")
CONTACT_SIDES = ("ours", "theirs")
CONTACT_ROLES = ("mayors_office", "volunteer", "council", "other")
NOTE_KINDS = ("note", "decision")
DIRECTIONS = ("outgoing", "incoming")
CHANNELS = ("letter", "email", "call", "video_call", "visit", "delegation")
WORK_PLAN_TERMS = ("short", "long")
WORK_PLAN_STATUSES = ("planned", "in_progress", "done", "cancelled")
GENDERS = ("female", "male", "unspecified")
CANDIDATE_STATUSES = ("considering", "chosen", "declined")
TIE_KINDS = ("mayoral", "trade", "diaspora", "faith_based", "personal", "other")
INQUIRY_SOURCES = ("city_abroad", "local_resident")
INQUIRY_DECISIONS = ("pending", "accepted", "declined", "deferred")
CEREMONY_SIDES = ("ours", "theirs", "neutral")
GIFT_DIRECTIONS = ("give", "receive")
WORK_PLAN_KINDS = ("youth_pen_pals", "student_exchange", "municipal_best_practice",
                   "delegation_visit", "cultural", "economic", "other")
LETTER_KINDS = ("introduction", "delegation_invitation", "national_body")


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    pass


class CityProfile(Base):
    """A city as the research step sees it: ours, a partner's or a candidate's."""

    __tablename__ = "city_profile"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    region: Mapped[str] = mapped_column(String(200), default="")
    population: Mapped[int | None] = mapped_column(Integer)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    timezone: Mapped[str] = mapped_column(String(64), default="")
    geonameid: Mapped[int | None] = mapped_column(Integer)  # set when picked from the gazetteer
    geography: Mapped[str] = mapped_column(Text, default="")  # tags, comma separated
    climate: Mapped[str] = mapped_column(String(40), default="")
    industries: Mapped[str] = mapped_column(Text, default="")
    academic_institutions: Mapped[str] = mapped_column(Text, default="")
    cultural_institutions: Mapped[str] = mapped_column(Text, default="")
    # Kinds present (research/similarity.py vocabularies), comma separated.
    academic_kinds: Mapped[str] = mapped_column(String(300), default="")
    cultural_kinds: Mapped[str] = mapped_column(String(300), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")  # BCP 47, comma separated
    official_name: Mapped[str] = mapped_column(String(200), default="")
    official_title: Mapped[str] = mapped_column(String(200), default="")
    official_gender: Mapped[str] = mapped_column(String(20), default="unspecified")
    local_organisation: Mapped[str] = mapped_column(String(300), default="")


class Committee(Base):
    """The local sister city committee using the app, and its own city."""

    __tablename__ = "committee"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(35), default="en")
    email: Mapped[str] = mapped_column(String(300), default="")
    # Where a signed agreement is reported (e.g. Sister Cities International).
    national_body_name: Mapped[str] = mapped_column(String(300), default="")
    national_body_email: Mapped[str] = mapped_column(String(300), default="")
    weights: Mapped[str] = mapped_column(Text, default="")  # similarity weights, JSON
    city_id: Mapped[str] = mapped_column(ForeignKey("city_profile.id"))
    city: Mapped[CityProfile] = relationship(lazy="joined")
    partnerships: Mapped[list[Partnership]] = relationship(
        back_populates="committee", cascade="all, delete-orphan", order_by="Partnership.created_at"
    )
    policy: Mapped[list[PolicyCriterion]] = relationship(
        cascade="all, delete-orphan", order_by="PolicyCriterion.position"
    )
    inquiries: Mapped[list[Inquiry]] = relationship(
        cascade="all, delete-orphan", order_by="Inquiry.received_on"
    )


class Partnership(Base):
    """One partnership, from first idea to years of exchanges."""

    __tablename__ = "partnership"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    committee_id: Mapped[str] = mapped_column(
        ForeignKey("committee.id", ondelete="CASCADE"), index=True)
    committee: Mapped[Committee] = relationship(back_populates="partnerships")
    partner_city_id: Mapped[str | None] = mapped_column(ForeignKey("city_profile.id"))
    partner_city: Mapped[CityProfile | None] = relationship(lazy="joined")
    kind: Mapped[str] = mapped_column(String(20), default="sister")
    current_step: Mapped[int] = mapped_column(Integer, default=1)
    furthest_step: Mapped[int] = mapped_column(Integer, default=1)
    partner_language: Mapped[str] = mapped_column(String(35), default="")
    committee_language: Mapped[str] = mapped_column(String(35), default="en")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    started_on: Mapped[date | None] = mapped_column(Date)
    # Step fields (see process/steps.py for which step shows which).
    purpose: Mapped[str] = mapped_column(Text, default="")
    lead_organisation: Mapped[str] = mapped_column(String(300), default="")
    official_support_on: Mapped[date | None] = mapped_column(Date)
    selection_reason: Mapped[str] = mapped_column(Text, default="")
    letter_sent_on: Mapped[date | None] = mapped_column(Date)
    reply_received_on: Mapped[date | None] = mapped_column(Date)
    pilot_programme: Mapped[str] = mapped_column(Text, default="")
    work_plan_agreed_on: Mapped[date | None] = mapped_column(Date)
    agreement_style: Mapped[str] = mapped_column(String(20), default="ceremonial")
    council_resolution: Mapped[str] = mapped_column(String(200), default="")
    council_resolution_on: Mapped[date | None] = mapped_column(Date)
    agreement_approved_on: Mapped[date | None] = mapped_column(Date)
    ceremony_on: Mapped[date | None] = mapped_column(Date)
    ceremony_venue: Mapped[str] = mapped_column(String(300), default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    sent_to_national_body_on: Mapped[date | None] = mapped_column(Date)
    next_evaluation_on: Mapped[date | None] = mapped_column(Date)
    last_evaluation_on: Mapped[date | None] = mapped_column(Date)
    # Why an evaluation date outside 6 to 24 months after signing was accepted.
    evaluation_date_reason: Mapped[str] = mapped_column(Text, default="")
    # Agreement builder (step 5): JSON lists of area and clause keys.
    agreement_areas: Mapped[str] = mapped_column(Text, default="")
    agreement_clauses: Mapped[str] = mapped_column(Text, default="")
    exchanges_per_year: Mapped[int | None] = mapped_column(Integer)
    signing_place: Mapped[str] = mapped_column(String(300), default="")
    # Ceremony planner (step 6).
    ceremony_start: Mapped[str] = mapped_column(String(5), default="")  # HH:MM local
    ceremony_timezone: Mapped[str] = mapped_column(String(64), default="")
    ceremony_host: Mapped[str] = mapped_column(String(10), default="ours")

    contacts: Mapped[list[Contact]] = relationship(
        cascade="all, delete-orphan", order_by="Contact.name"
    )
    checklist: Mapped[list[ChecklistState]] = relationship(cascade="all, delete-orphan")
    notes: Mapped[list[Note]] = relationship(
        cascade="all, delete-orphan", order_by="Note.written_on"
    )
    correspondence: Mapped[list[CorrespondenceEntry]] = relationship(
        cascade="all, delete-orphan", order_by="CorrespondenceEntry.on"
    )
    candidates: Mapped[list[Candidate]] = relationship(
        cascade="all, delete-orphan", order_by="Candidate.position"
    )
    work_plan: Mapped[list[WorkPlanItem]] = relationship(
        cascade="all, delete-orphan", order_by="WorkPlanItem.starts_on"
    )
    letters: Mapped[list[LetterDraft]] = relationship(cascade="all, delete-orphan")
    goals: Mapped[list[Goal]] = relationship(cascade="all, delete-orphan", order_by="Goal.title")
    evaluations: Mapped[list[Evaluation]] = relationship(
        cascade="all, delete-orphan", order_by="Evaluation.held_on"
    )
    ceremony_roles: Mapped[list[CeremonyRole]] = relationship(
        cascade="all, delete-orphan", order_by="CeremonyRole.role"
    )
    ceremony_events: Mapped[list[CeremonyEvent]] = relationship(
        cascade="all, delete-orphan", order_by="CeremonyEvent.position"
    )
    gifts: Mapped[list[Gift]] = relationship(cascade="all, delete-orphan")


class Contact(Base):
    __tablename__ = "contact"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    side: Mapped[str] = mapped_column(String(10))
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    language: Mapped[str] = mapped_column(String(35), default="")


class ChecklistState(Base):
    """A ticked (or unticked) checklist item of one step of one partnership."""

    __tablename__ = "checklist_state"
    __table_args__ = (UniqueConstraint("partnership_id", "item_key"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    item_key: Mapped[str] = mapped_column(String(100))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)


class Note(Base):
    """A note or a decision, dated, optionally tied to a step."""

    __tablename__ = "note"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    step: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default="note")
    written_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)


class CorrespondenceEntry(Base):
    __tablename__ = "correspondence"
    # "Last contact" per partnership and the timeline read this order; the timeline across
    # all partnerships (newest first, a page at a time) walks (on, id) backwards.
    __table_args__ = (Index("ix_correspondence_partnership_on", "partnership_id", "on"),
                      Index("ix_correspondence_on_id", "on", "id"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    on: Mapped[date] = mapped_column(Date)
    direction: Mapped[str] = mapped_column(String(10))
    channel: Mapped[str] = mapped_column(String(20))
    our_people: Mapped[str] = mapped_column(String(500), default="")
    their_people: Mapped[str] = mapped_column(String(500), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[list[Attachment]] = relationship(
        cascade="all, delete-orphan", order_by="Attachment.original_name"
    )


class Attachment(Base):
    """A file attached to a correspondence entry, copied into the data folder."""

    __tablename__ = "attachment"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    correspondence_id: Mapped[str] = mapped_column(
        ForeignKey("correspondence.id", ondelete="CASCADE"), index=True)
    original_name: Mapped[str] = mapped_column(String(300))
    stored_name: Mapped[str] = mapped_column(String(100))  # under <data dir>/attachments/
    size: Mapped[int] = mapped_column(Integer, default=0)


class Candidate(Base):
    """A city under consideration while a partnership is in research."""

    __tablename__ = "candidate"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    city_id: Mapped[str] = mapped_column(ForeignKey("city_profile.id"))
    city: Mapped[CityProfile] = relationship(lazy="joined")
    position: Mapped[int] = mapped_column(Integer, default=0)
    relationships: Mapped[str] = mapped_column(Text, default="")
    history: Mapped[str] = mapped_column(Text, default="")
    history_strength: Mapped[int] = mapped_column(Integer, default=0)  # 0..3
    sources: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="considering")
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date | None] = mapped_column(Date)
    ties: Mapped[list[Tie]] = relationship(cascade="all, delete-orphan", order_by="Tie.kind")


class Tie(Base):
    """A preexisting relationship between our city and a candidate (typed, with strength)."""

    __tablename__ = "tie"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    candidate_id: Mapped[str] = mapped_column(
        ForeignKey("candidate.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    strength: Mapped[int] = mapped_column(Integer, default=1)  # 1..3
    note: Mapped[str] = mapped_column(Text, default="")


class PolicyCriterion(Base):
    """One question of the committee's policy for evaluating inbound inquiries."""

    __tablename__ = "policy_criterion"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    committee_id: Mapped[str] = mapped_column(
        ForeignKey("committee.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(String(500))
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    weight: Mapped[int] = mapped_column(Integer, default=1)  # 1..5 for optional criteria


class Inquiry(Base):
    """An inbound request to partner, from a city abroad or a local resident."""

    __tablename__ = "inquiry"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    committee_id: Mapped[str] = mapped_column(
        ForeignKey("committee.id", ondelete="CASCADE"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20), default="city_abroad")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    city_name: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    answers: Mapped[str] = mapped_column(Text, default="")  # JSON {criterion id: true/false}
    decision: Mapped[str] = mapped_column(String(20), default="pending")
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date | None] = mapped_column(Date)


class WorkPlanItem(Base):
    __tablename__ = "work_plan_item"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40), default="other")
    term: Mapped[str] = mapped_column(String(10), default="short")
    pilot: Mapped[bool] = mapped_column(Boolean, default=False)
    owner: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    goal_id: Mapped[str | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"))
    budget: Mapped[float | None] = mapped_column(Float)
    participants: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class Goal(Base):
    """A short-term (within a year) or long-term goal of the work plan."""

    __tablename__ = "goal"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    term: Mapped[str] = mapped_column(String(10), default="short")
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")


class Evaluation(Base):
    """A recorded evaluation: ratings with evidence, facts, adjustments."""

    __tablename__ = "evaluation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    ratings: Mapped[str] = mapped_column(Text, default="")  # JSON {dimension: {score, evidence}}
    facts: Mapped[str] = mapped_column(Text, default="")  # JSON snapshot of gathered facts
    adjustments: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    next_evaluation_on: Mapped[date | None] = mapped_column(Date)


class CeremonyRole(Base):
    """Who does what at the signing ceremony."""

    __tablename__ = "ceremony_role"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    side: Mapped[str] = mapped_column(String(10), default="ours")
    name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")


class CeremonyEvent(Base):
    """One item of the ceremony's order of events, titled in both languages."""

    __tablename__ = "ceremony_event"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(40), default="")  # preset event key, "" if custom
    title_ours: Mapped[str] = mapped_column(String(300), default="")
    title_theirs: Mapped[str] = mapped_column(String(300), default="")
    minutes: Mapped[int] = mapped_column(Integer, default=5)
    who: Mapped[str] = mapped_column(String(300), default="")  # role keys or names
    cue: Mapped[str] = mapped_column(Text, default="")


class Gift(Base):
    __tablename__ = "gift"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    direction: Mapped[str] = mapped_column(String(10), default="give")
    description: Mapped[str] = mapped_column(String(500))
    recipient: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class LetterDraft(Base):
    """A letter's wording in one language as the committee edited it.

    Kept so edits survive a restart and the committee's choices (salutation,
    paragraphs) are not re-proposed over their own words.
    """

    __tablename__ = "letter_draft"
    __table_args__ = (UniqueConstraint("partnership_id", "kind", "language"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(35))
    recipient: Mapped[str] = mapped_column(Text, default="")  # lines, newline separated
    subject: Mapped[str] = mapped_column(String(500), default="")
    salutation: Mapped[str] = mapped_column(String(300), default="")
    opening: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")  # paragraphs, blank-line separated
    closing: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Setting(Base):
    """Small per-store preferences and window state (not exported)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
