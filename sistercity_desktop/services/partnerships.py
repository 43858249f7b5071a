"""Use-cases on partnerships: list, open, create, edit, move through the steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sistercity_desktop.errors import UserError
from sistercity_desktop.process.due import PartnershipFacts, next_action
from sistercity_desktop.process.steps import STEP_COUNT, FieldKind, step, steps
from sistercity_desktop.services import views
from sistercity_desktop.services.committee import require_committee
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import (
    GENDERS,
    NOTE_KINDS,
    PARTNERSHIP_KINDS,
    Candidate,
    ChecklistState,
    CityProfile,
    CorrespondenceEntry,
    Note,
    Partnership,
)
from sistercity_desktop.text import Number, translate

MAX_TEXT = 20_000  # longer than any note a committee writes; stops runaway pastes


def _field_specs() -> dict[str, object]:
    return {spec.key: spec for s in steps() for spec in s.fields}


def city_view(city: CityProfile) -> views.CityView:
    return views.CityView(
        city.id, city.name, city.country, city.region, city.population,
        city.languages, city.official_name, city.official_title, city.official_gender,
    )


@dataclass(frozen=True)
class Aggregates:
    """Per-partnership facts read with one query each, not one per partnership."""

    last_contact: dict[str, date]
    ticked: dict[str, frozenset[str]]
    candidates: dict[str, int]


def aggregates(session: Session) -> Aggregates:
    db = session.connection()  # plain rows: thousands of ticks need no ORM row processing
    # One index seek per partnership (the newest entry in ix_correspondence_partnership_on)
    # instead of a GROUP BY over every exchange: ~1 ms rather than ~25 ms at 50,000 entries.
    newest = (select(func.max(CorrespondenceEntry.on))
              .where(CorrespondenceEntry.partnership_id == Partnership.id)
              .correlate(Partnership).scalar_subquery())
    last = {pid: on for pid, on in db.execute(select(Partnership.id, newest)).all()
            if on is not None}
    ticked: dict[str, set[str]] = {}
    for pid, key in db.execute(select(ChecklistState.partnership_id, ChecklistState.item_key)
                               .where(ChecklistState.done.is_(True))).all():
        ticked.setdefault(pid, set()).add(key)
    counts = {pid: count for pid, count in db.execute(
        select(Candidate.partnership_id, func.count()).group_by(Candidate.partnership_id)).all()}
    return Aggregates(last, {k: frozenset(v) for k, v in ticked.items()}, counts)


def facts_for(p: Partnership, known: Aggregates | None = None) -> PartnershipFacts:
    specs = _field_specs()
    if known is None:
        dates = [c.on for c in p.correspondence]
        last = max(dates) if dates else None
        ticked = frozenset(c.item_key for c in p.checklist if c.done)
        candidates = len(p.candidates)
    else:
        last = known.last_contact.get(p.id)
        ticked = known.ticked.get(p.id, frozenset())
        candidates = known.candidates.get(p.id, 0)
    return PartnershipFacts(
        current_step=p.current_step,
        ticked=ticked,
        fields={key: getattr(p, key) for key in specs},
        last_contact_on=last,
        has_partner_city=p.partner_city is not None,
        candidate_count=candidates,
    )


def summary_for(p: Partnership, today: date | None = None,
                known: Aggregates | None = None) -> views.PartnershipSummary:
    facts = facts_for(p, known)
    action = next_action(facts, today=today)
    city = p.partner_city
    return views.PartnershipSummary(
        id=p.id,
        partner_city=city.name if city else None,
        partner_country=city.country if city else None,
        partner_language=p.partner_language or None,
        committee_language=p.committee_language,
        kind=p.kind,
        step=p.current_step,
        step_title=step(p.current_step).title,
        next_action=action.text,
        next_due=action.due_on,
        signed_on=p.signed_on,
        next_evaluation=p.next_evaluation_on,
        candidate_count=facts.candidate_count,
    )


def list_partnerships(store: Store) -> list[views.PartnershipSummary]:
    """All partnerships, oldest first."""
    with store.session() as session:
        known = aggregates(session)
        rows = session.scalars(select(Partnership).order_by(Partnership.created_at, Partnership.id))
        return [summary_for(p, known=known) for p in rows.unique()]


def _get(session: Session, partnership_id: str) -> Partnership:
    p = session.get(Partnership, partnership_id)
    if p is None:
        raise UserError(translate("Errors", "No partnership with id {pid}.").format(
            pid=partnership_id))
    return p


def detail(store: Store, partnership_id: str) -> views.PartnershipDetail:
    """Everything about one partnership, as plain data."""
    with store.session() as session:
        p = _get(session, partnership_id)
        return views.PartnershipDetail(
            summary=summary_for(p),
            partner=city_view(p.partner_city) if p.partner_city else None,
            current_step=p.current_step,
            furthest_step=p.furthest_step,
            fields={key: getattr(p, key) for key in _field_specs()},
            ticked=facts_for(p).ticked,
            contacts=tuple(
                views.ContactView(c.id, c.side, c.role, c.name, c.title, c.organisation,
                                  c.email, c.phone)
                for c in p.contacts
            ),
            notes=tuple(
                views.NoteView(n.id, n.step, n.kind, n.written_on, n.text) for n in p.notes
            ),
            correspondence=tuple(
                views.CorrespondenceView(e.id, e.on, e.direction, e.channel, e.our_people,
                                         e.their_people, e.summary)
                for e in p.correspondence
            ),
            candidates=tuple(
                views.CandidateView(c.id, city_view(c.city), c.relationships, c.history, c.notes)
                for c in p.candidates
            ),
            work_plan=tuple(
                views.WorkPlanItemView(w.id, w.title, w.kind, w.term, w.pilot, w.owner,
                                       w.starts_on, w.due_on, w.status)
                for w in p.work_plan
            ),
        )


@dataclass(frozen=True)
class NewPartnership:
    """What the new-partnership wizard asks for."""

    partner_city: str
    partner_country: str
    partner_language: str
    committee_language: str
    kind: str = "sister"
    start_step: int = 1


# Labels of stored text fields, for messages about them ("Region is too long ...").
FIELD_LABELS = {
    "name": translate("Errors", "Name"),
    "region": translate("Errors", "Region"),
    "geography": translate("Errors", "Geography"),
    "climate": translate("Errors", "Climate"),
    "industries": translate("Errors", "Industries"),
    "academic_institutions": translate("Errors", "Academic institutions"),
    "cultural_institutions": translate("Errors", "Cultural institutions"),
    "academic_kinds": translate("Errors", "Academic kinds"),
    "cultural_kinds": translate("Errors", "Cultural kinds"),
    "languages": translate("Errors", "Languages"),
    "official_name": translate("Errors", "Official name"),
    "official_title": translate("Errors", "Official title"),
    "local_organisation": translate("Errors", "Local organisation"),
    "relationships": translate("Errors", "Relationships"),
    "history": translate("Errors", "History"),
    "sources": translate("Errors", "Sources"),
    "notes": translate("Errors", "Notes"),
}


def field_label(key: str) -> str:
    """A stored field's name for a message; unknown keys read as words."""
    return FIELD_LABELS.get(key) or key.replace("_", " ").capitalize()


def clean_text(value: str, label: str, limit: int = MAX_TEXT, required: bool = False) -> str:
    """Trim, drop control characters (keeping newlines and tabs), enforce a length."""
    text = "".join(ch for ch in value if ch in "\n\t" or ch.isprintable()).strip()
    if required and not text:
        raise UserError(translate("Errors", "{label} cannot be empty.").format(label=label))
    if len(text) > limit:
        raise UserError(translate("Errors",
                                  "{label} is too long ({length} characters; at most {limit}).")
                        .format(label=label, length=Number(len(text)), limit=Number(limit)))
    return text


def create_partnership(store: Store, new: NewPartnership) -> str:
    """Start a partnership; returns its id."""
    if new.kind not in PARTNERSHIP_KINDS:
        raise UserError(translate("Errors", "Kind must be one of {choices}.").format(
            choices=", ".join(PARTNERSHIP_KINDS)))
    if not 1 <= new.start_step <= STEP_COUNT:
        raise UserError(translate("Errors", "The step must be between 1 and {last}.").format(
            last=STEP_COUNT))
    name = clean_text(new.partner_city, translate("Errors", "The partner city"), 200)
    country = new.partner_country.strip().upper()
    if name and len(country) != 2:
        raise UserError(translate("Errors", "Choose the partner city's country."))
    with store.session() as session, session.begin():
        committee = require_committee(session)
        city = CityProfile(name=name, country=country, languages=new.partner_language) if name \
            else None
        p = Partnership(
            committee=committee,
            partner_city=city,
            kind=new.kind,
            current_step=new.start_step,
            furthest_step=new.start_step,
            partner_language=new.partner_language,
            committee_language=new.committee_language,
            created_at=datetime.now(UTC).replace(tzinfo=None),
            started_on=date.today(),
        )
        session.add(p)
        session.flush()
        return p.id


def _coerce(key: str, value: object) -> object:
    spec = _field_specs().get(key)
    if spec is None:
        raise UserError(translate("Errors", "Unknown field '{key}'.").format(key=key))
    if spec.kind == FieldKind.DATE:
        if value in (None, ""):
            return None
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise UserError(translate("Errors", "'{value}' is not a date; use YYYY-MM-DD.")
                            .format(value=value)) from None
    text = clean_text(str(value), step_for_field(key).field_text[key].label)
    if spec.kind == FieldKind.CHOICE and text not in spec.choices:
        raise UserError(translate("Errors", "Choose one of: {choices}.").format(
            choices=", ".join(spec.choices)))
    if spec.kind == FieldKind.TEXT:
        text = " ".join(text.split())  # single-line fields stay single-line
    return text


def step_for_field(key: str):
    for s in steps():
        if key in s.field_text:
            return s
    raise UserError(translate("Errors", "Unknown field '{key}'.").format(key=key))


def update_field(store: Store, partnership_id: str, key: str, value: object) -> None:
    """Save one step field; bad values raise UserError and change nothing.

    The signing date proposes an evaluation date; an evaluation date outside 6–24
    months after signing raises EvaluationDateNeedsReason (see services/evaluation.py).
    """
    coerced = _coerce(key, value)
    if key in ("signed_on", "next_evaluation_on"):
        from sistercity_desktop.services import evaluation

        if key == "signed_on":
            evaluation.set_signed(store, partnership_id, coerced)  # type: ignore[arg-type]
        else:
            evaluation.set_next_evaluation(store, partnership_id, coerced)  # type: ignore[arg-type]
        return
    with store.session() as session, session.begin():
        setattr(_get(session, partnership_id), key, coerced)


def update_partner_city(store: Store, partnership_id: str, **values: object) -> None:
    """Edit the partner city's name, country, population or official."""
    allowed = {"name", "country", "region", "population", "official_name", "official_title",
               "official_gender"}
    with store.session() as session, session.begin():
        p = _get(session, partnership_id)
        city = p.partner_city
        if city is None:
            city = p.partner_city = CityProfile(name="", country="")
        for key, value in values.items():
            if key not in allowed:
                raise UserError(translate("Errors", "Unknown city field '{key}'.").format(key=key))
            if key == "population":
                if value in (None, ""):
                    value = None
                else:
                    try:
                        value = int(str(value).replace(",", "").replace(" ", ""))
                    except ValueError:
                        raise UserError(translate("Errors", "'{value}' is not a whole number.")
                                        .format(value=value)) from None
                    if not 0 <= value <= 100_000_000:
                        raise UserError(translate("Errors",
                            "The population must be between 0 and 100 million."))
            elif key == "official_gender":
                if value not in GENDERS:
                    raise UserError(translate("Errors", "Choose one of: {choices}.").format(
                        choices=", ".join(GENDERS)))
            elif key == "country":
                value = str(value).strip().upper()
                if len(value) != 2 or not value.isalpha():
                    raise UserError(translate("Errors",
                        "The country must be a two-letter ISO code such as JP."))
            else:
                value = " ".join(clean_text(str(value), key.replace("_", " "), 200).split())
            setattr(city, key, value)


def set_checklist_item(store: Store, partnership_id: str, item_key: str, done: bool) -> None:
    """Tick or untick a checklist item."""
    known = {item.key for s in steps() for item in s.checklist}
    if item_key not in known:
        raise UserError(translate("Errors", "Unknown checklist item '{key}'.").format(
            key=item_key))
    with store.session() as session, session.begin():
        p = _get(session, partnership_id)
        state = next((c for c in p.checklist if c.item_key == item_key), None)
        if state is None:
            state = ChecklistState(item_key=item_key)
            p.checklist.append(state)
        state.done = done
        state.done_on = date.today() if done else None


def move_to_step(store: Store, partnership_id: str, number: int) -> None:
    """Make `number` the partnership's current step (at most one past the furthest)."""
    with store.session() as session, session.begin():
        p = _get(session, partnership_id)
        if not 1 <= number <= STEP_COUNT:
            raise UserError(translate("Errors", "The step must be between 1 and {last}.").format(
                last=STEP_COUNT))
        if number > p.furthest_step + 1:
            raise UserError(translate("Errors",
                "Steps are taken in order; finish the ones before it first."))
        p.current_step = number
        p.furthest_step = max(p.furthest_step, number)


def add_note(store: Store, partnership_id: str, text: str, step_number: int | None = None,
             kind: str = "note", written_on: date | None = None) -> str:
    """Record a dated note or decision; returns its id."""
    if kind not in NOTE_KINDS:
        raise UserError(translate("Errors", "Kind must be one of {choices}.").format(
            choices=", ".join(NOTE_KINDS)))
    body = clean_text(text, translate("Errors", "The note"), required=True)
    with store.session() as session, session.begin():
        p = _get(session, partnership_id)
        note = Note(step=step_number, kind=kind, written_on=written_on or date.today(), text=body)
        p.notes.append(note)
        session.flush()
        return note.id


def delete_note(store: Store, note_id: str) -> None:
    with store.session() as session, session.begin():
        note = session.get(Note, note_id)
        if note is not None:
            session.delete(note)


def delete_partnership(store: Store, partnership_id: str) -> None:
    with store.session() as session, session.begin():
        session.delete(_get(session, partnership_id))
