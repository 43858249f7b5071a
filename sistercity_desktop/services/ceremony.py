"""The signing ceremony (step 6): roles, order of events from presets, gifts, the plan."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sistercity_desktop.errors import UserError
from sistercity_desktop.protocol.ceremony import (
    ROLES,
    TimedEvent,
    gift_cautions,
    parse_start,
    preset_title,
    presets,
    role_label,  # noqa: F401 (the window reads it from here)
    timeline,
)
from sistercity_desktop.protocol.seating import PlanItem, signing_plan
from sistercity_desktop.services.partnerships import _get, clean_text
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import (
    CEREMONY_SIDES,
    GIFT_DIRECTIONS,
    CeremonyEvent,
    CeremonyRole,
    Gift,
    Partnership,
)
from sistercity_desktop.text import translate


@dataclass(frozen=True)
class EventView:
    id: str
    key: str
    title_ours: str
    title_theirs: str
    minutes: int
    who: str
    cue: str


@dataclass(frozen=True)
class RoleView:
    id: str
    role: str
    side: str
    name: str
    title: str


@dataclass(frozen=True)
class GiftView:
    id: str
    direction: str
    description: str
    recipient: str
    note: str


@dataclass(frozen=True)
class CeremonyView:
    on: date | None
    start: str
    timezone: str
    venue: str
    host: str
    events: tuple[EventView, ...]
    roles: tuple[RoleView, ...]
    gifts: tuple[GiftView, ...]
    cautions: tuple[str, ...]      # for gifts going to the partner's country
    ours_language: str
    theirs_language: str


@dataclass(frozen=True)
class Cities:
    """Both cities' names and time zones, and the partner's country."""

    ours: str
    ours_zone: str
    theirs: str
    theirs_zone: str
    partner_country: str


def cities(store: Store, pid: str) -> Cities:
    """The two cities as the planner shows them (host names, default time zone)."""
    with store.session() as session:
        p = _get(session, pid)
        ours, theirs = p.committee.city, p.partner_city
        return Cities(ours.name, ours.timezone or "", theirs.name if theirs else "",
                      theirs.timezone if theirs else "", theirs.country if theirs else "")


def view(store: Store, pid: str) -> CeremonyView:
    with store.session() as session:
        p = _get(session, pid)
        partner_country = p.partner_city.country if p.partner_city else ""
        return CeremonyView(
            p.ceremony_on, p.ceremony_start, p.ceremony_timezone, p.ceremony_venue,
            p.ceremony_host,
            tuple(EventView(e.id, e.key, e.title_ours, e.title_theirs, e.minutes, e.who, e.cue)
                  for e in p.ceremony_events),
            tuple(RoleView(r.id, r.role, r.side, r.name, r.title) for r in p.ceremony_roles),
            tuple(GiftView(g.id, g.direction, g.description, g.recipient, g.note)
                  for g in p.gifts),
            gift_cautions(partner_country) if partner_country else gift_cautions(""),
            p.committee_language or "en", p.partner_language or p.committee_language or "en",
        )


def set_schedule(store: Store, pid: str, start: str, timezone: str, host: str) -> None:
    """Start time (HH:MM), time zone and which side hosts; checked before saving."""
    if host not in ("ours", "theirs"):
        raise UserError(translate("Errors", "The host is either our city or the partner city."))
    start = start.strip()
    with store.session() as session, session.begin():
        p = _get(session, pid)
        if start or timezone:
            try:
                parse_start(p.ceremony_on or date.today(), start or "00:00", timezone or "UTC")
            except ValueError as exc:
                raise UserError(exc.args[0] if len(exc.args) == 1 else str(exc)) from None
        p.ceremony_start, p.ceremony_timezone, p.ceremony_host = start, timezone.strip(), host


def apply_preset(store: Store, pid: str, key: str) -> None:
    """Replace the order of events with a preset, titled in both document languages."""
    preset = presets().get(key)
    if preset is None:
        raise UserError(translate("Errors", "Unknown preset '{key}'; choose one of {choices}.")
                        .format(key=key, choices=", ".join(presets())))
    with store.session() as session, session.begin():
        p = _get(session, pid)
        ours = p.committee_language or "en"
        theirs = p.partner_language or ours
        p.ceremony_events.clear()
        session.flush()
        for position, event in enumerate(preset.events):
            p.ceremony_events.append(CeremonyEvent(
                position=position, key=event.key, title_ours=preset_title(event, ours),
                title_theirs=preset_title(event, theirs), minutes=event.minutes,
                who=", ".join(event.who), cue=event.cue))


def _event_values(title_ours: str, title_theirs: str, minutes: int, who: str,
                  cue: str) -> dict[str, object]:
    if not 1 <= minutes <= 600:
        raise UserError(translate("Errors", "An event lasts from 1 to 600 minutes."))
    return {
        "title_ours": " ".join(clean_text(title_ours, translate("Errors", "The title"),
                                          300, required=True).split()),
        "title_theirs": " ".join(clean_text(title_theirs,
                                            translate("Errors", "The partner's title"),
                                            300).split()),
        "minutes": minutes, "who": " ".join(clean_text(who, translate("Errors", "Who"),
                                                       300).split()),
        "cue": clean_text(cue, translate("Errors", "The cue"), 2000),
    }


def add_event(store: Store, pid: str, title_ours: str, title_theirs: str, minutes: int,
              who: str = "", cue: str = "") -> str:
    values = _event_values(title_ours, title_theirs, minutes, who, cue)
    with store.session() as session, session.begin():
        p = _get(session, pid)
        event = CeremonyEvent(position=len(p.ceremony_events), **values)
        p.ceremony_events.append(event)
        session.flush()
        return event.id


def update_event(store: Store, event_id: str, title_ours: str, title_theirs: str,
                 minutes: int, who: str = "", cue: str = "") -> None:
    values = _event_values(title_ours, title_theirs, minutes, who, cue)
    with store.session() as session, session.begin():
        event = session.get(CeremonyEvent, event_id)
        if event is None:
            raise UserError(translate("Errors", "That event no longer exists."))
        for key, value in values.items():
            setattr(event, key, value)


def move_event(store: Store, pid: str, event_id: str, offset: int) -> None:
    with store.session() as session, session.begin():
        events = list(_get(session, pid).ceremony_events)
        index = next((i for i, e in enumerate(events) if e.id == event_id), None)
        if index is None:
            raise UserError(translate("Errors", "That event no longer exists."))
        target = max(0, min(len(events) - 1, index + offset))
        events.insert(target, events.pop(index))
        for position, event in enumerate(events):
            event.position = position


def delete_event(store: Store, event_id: str) -> None:
    with store.session() as session, session.begin():
        event = session.get(CeremonyEvent, event_id)
        if event is not None:
            session.delete(event)


def set_role(store: Store, pid: str, role: str, side: str, name: str, title: str = "") -> str:
    """Name the person for a role (one person per role and side)."""
    if role not in ROLES:
        raise UserError(translate("Errors", "Unknown role '{role}'.").format(role=role))
    if side not in CEREMONY_SIDES:
        raise UserError(translate("Errors", "Side must be one of {choices}.").format(
            choices=", ".join(CEREMONY_SIDES)))
    with store.session() as session, session.begin():
        p = _get(session, pid)
        record = next((r for r in p.ceremony_roles if r.role == role and r.side == side), None)
        if record is None:
            record = CeremonyRole(role=role, side=side)
            p.ceremony_roles.append(record)
        record.name = " ".join(clean_text(name, translate("Errors", "The name"), 200).split())
        record.title = " ".join(clean_text(title, translate("Errors", "The title"), 200).split())
        session.flush()
        return record.id


def add_gift(store: Store, pid: str, direction: str, description: str, recipient: str = "",
             note: str = "") -> str:
    if direction not in GIFT_DIRECTIONS:
        raise UserError(translate("Errors", "A gift is given or received."))
    with store.session() as session, session.begin():
        p = _get(session, pid)
        gift = Gift(direction=direction,
                    description=" ".join(clean_text(description, translate("Errors", "The gift"),
                                                    500,
                                                    required=True).split()),
                    recipient=" ".join(clean_text(recipient, translate("Errors", "The recipient"),
                                                  200).split()),
                    note=clean_text(note, translate("Errors", "The note")))
        p.gifts.append(gift)
        session.flush()
        return gift.id


def delete_gift(store: Store, gift_id: str) -> None:
    with store.session() as session, session.begin():
        gift = session.get(Gift, gift_id)
        if gift is not None:
            session.delete(gift)


def timed_events(store: Store, pid: str) -> list[TimedEvent]:
    """The order of events with clock times (needs date, start time and time zone)."""
    return timed_events_of(view(store, pid))


def timed_events_of(v: CeremonyView) -> list[TimedEvent]:
    """The clock times of a view already read (documents read the view once)."""
    if not (v.on and v.start and v.timezone):
        raise UserError(translate("Errors",
                                  "Set the ceremony's date, start time and time zone first."))
    try:
        start: datetime = parse_start(v.on, v.start, v.timezone)
        return timeline(start, [(e.title_ours, e.minutes) for e in v.events])
    except ValueError as exc:
        raise UserError(exc.args[0] if len(exc.args) == 1 else str(exc)) from None


def plan(store: Store, pid: str, chinese_practice: bool = False,
         display: str = "en") -> list[PlanItem]:
    """The flag and seating plan, host and guest placed by the protocol rule.

    `display` is the locale the flags' country names are written in (the window's).
    """
    with store.session() as session:
        return plan_items(_get(session, pid), chinese_practice, display)


def plan_items(p: Partnership, chinese_practice: bool = False,
               display: str = "en") -> list[PlanItem]:
    """The plan for a partnership read in the caller's session."""
    from sistercity_desktop.protocol.languages import country_name

    if p.partner_city is None:
        raise UserError(translate("Errors", "Choose the partner city first (step 2)."))
    ours, theirs = p.committee.city, p.partner_city
    host, guest = (ours, theirs) if p.ceremony_host == "ours" else (theirs, ours)
    # The signatories named in the ceremony roles, else each city's recorded official.
    named = {r.role: r.name for r in p.ceremony_roles if r.name}
    return signing_plan(
        host_city=host.name, guest_city=guest.name,
        host_signatory=named.get("host_signatory") or host.official_name or host.name,
        guest_signatory=named.get("guest_signatory") or guest.official_name or guest.name,
        host_flag=country_name(host.country, display),
        guest_flag=country_name(guest.country, display),
        chinese_practice=chinese_practice)
