"""Plain inputs for the ceremony documents: programme, run-of-show, flag and seating plan."""

from __future__ import annotations

from babel.dates import format_date, format_time

from sistercity_desktop.documents.ceremony import (
    PlanInput,
    PlanShape,
    ProgrammeInput,
    ProgrammeLine,
    RunLine,
    RunOfShowInput,
    render_plan,
    render_programme,
    render_run_of_show,
)
from sistercity_desktop.errors import UserError
from sistercity_desktop.protocol.ceremony import (
    ROLES,
    ceremony_label,
    label_language,
    presets,
    role_label,
)
from sistercity_desktop.protocol.languages import country_name
from sistercity_desktop.protocol.seating import PlanItem
from sistercity_desktop.services import ceremony
from sistercity_desktop.services.letters import document_locale
from sistercity_desktop.services.partnerships import _get
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import Partnership
from sistercity_desktop.text import translate

# The programme's heading in each document language (the rest comes from the presets).
CEREMONY_TITLES = {
    "en": "Signing Ceremony", "es": "Ceremonia de firma", "fr": "Cérémonie de signature",
    "de": "Feierliche Unterzeichnung", "it": "Cerimonia della firma",
    "pt": "Cerimônia de assinatura", "ja": "調印式", "zh-Hans": "签字仪式", "ko": "협정 서명식",
    "ru": "Церемония подписания",
}
# The protocol notes of the run of show and the plan (labels.json keys), in this order.
PROTOCOL_NOTES = ("note_flags", "note_seating", "note_originals", "note_interpreters")


def _notes(language: str) -> tuple[str, ...]:
    return tuple(ceremony_label(key, language) for key in PROTOCOL_NOTES)


def _bracket(text: str, extra: str, language: str) -> str:
    """Text and a name in brackets, the language's own ones (full-width in Japanese, Chinese)."""
    return ceremony_label("parenthesis", language).format(text=text, extra=extra)


def _named_roles(v: ceremony.CeremonyView) -> list[ceremony.RoleView]:
    """The roles with a person, in the order a programme announces them (ROLES)."""
    return sorted((r for r in v.roles if r.name),
                  key=lambda r: ROLES.index(r.role) if r.role in ROLES else len(ROLES))


def _names(store: Store, pid: str) -> tuple[str, str]:
    """Our city's and the partner city's names (two rows, not the whole detail view)."""
    with store.session() as session:
        p = _get(session, pid)
        return p.committee.city.name, p.partner_city.name if p.partner_city else ""


def programme_input(store: Store, pid: str, page_size: str = "A4") -> ProgrammeInput:
    v = ceremony.view(store, pid)
    events = ceremony.timed_events_of(v)
    ours, theirs = _names(store, pid)
    left, right = v.ours_language, v.theirs_language
    start = events[0].start if events else None
    if start is None:
        raise UserError(translate("Errors", "Add the order of events first (choose a preset)."))

    def when(language: str) -> str:
        locale = document_locale(language)
        return (f"{format_date(start, 'full', locale=locale)} · "
                f"{format_time(start, 'short', locale=locale)} ({v.timezone})")

    lines = tuple(
        ProgrammeLine(event.start.strftime("%H:%M"), e.title_ours, e.title_theirs or e.title_ours)
        for event, e in zip(events, v.events, strict=True)
    )
    # Each role in both languages; a label the two languages share is printed once.
    labels = ((role_label(r.role, left), role_label(r.role, right), r.name)
              for r in _named_roles(v))
    roles = tuple((a, "" if b == a else b, name) for a, b, name in labels)
    host, guest = (ours, theirs) if v.host == "ours" else (theirs, ours)
    return ProgrammeInput(
        language_left=left, language_right=right,
        title_left=CEREMONY_TITLES.get(left, CEREMONY_TITLES["en"]),
        title_right=CEREMONY_TITLES.get(right, CEREMONY_TITLES["en"]),
        subtitle_left=f"{host} – {guest}", subtitle_right=f"{host} – {guest}",
        when_left=when(left), when_right=when(right), venue=v.venue,
        lines=lines, roles=roles, page_size=page_size,
    )


def run_of_show_input(store: Store, pid: str, page_size: str = "A4") -> RunOfShowInput:
    v = ceremony.view(store, pid)
    events = ceremony.timed_events_of(v)
    ours, theirs = _names(store, pid)
    names = {r.role: r.name for r in v.roles if r.name}
    lang = v.ours_language
    cities = {"ours": ours, "theirs": theirs}  # a neutral role (the MC) belongs to neither

    def who(text: str) -> str:
        parts = [p.strip() for p in text.split(",") if p.strip()]
        return ceremony_label("list_separator", lang).join(
            _bracket(role_label(p, lang), names[p], lang) if p in names else role_label(p, lang)
            for p in parts)

    lines = tuple(
        RunLine(event.start.strftime("%H:%M"), event.end.strftime("%H:%M"), e.minutes,
                e.title_ours, who(e.who), e.cue)
        for event, e in zip(events, v.events, strict=True)
    )
    gifts = []
    for g in v.gifts:
        gift = ceremony_label("give" if g.direction == "give" else "receive",
                              lang).format(gift=g.description)
        gifts.append((_bracket(gift, g.recipient, lang) if g.recipient else gift, g.note))
    cautions = tuple((ceremony_label("caution", lang), c) for c in v.cautions)
    return RunOfShowInput(
        language=lang,
        title=ceremony_label("run_of_show_title", lang).format(ours=ours, theirs=theirs),
        when=f"{v.on.isoformat()} {v.start} ({v.timezone})", venue=v.venue, lines=lines,
        roles=tuple((_bracket(role_label(r.role, lang), cities[r.side], lang)
                     if cities.get(r.side) else role_label(r.role, lang), r.name)
                    for r in _named_roles(v)),
        gifts=(*gifts, *cautions), notes=_notes(lang), page_size=page_size,
    )


def _people_of(p: Partnership) -> dict[str, tuple[str, str, str]]:
    """Per plan side ("host", "guest"): city name, signatory and country code."""
    ours, theirs = p.committee.city, p.partner_city
    host, guest = (ours, theirs) if p.ceremony_host == "ours" else (theirs, ours)
    return {side: (city.name, city.official_name or city.name, city.country)
            for side, city in (("host", host), ("guest", guest)) if city is not None}


def _plan_label(item: PlanItem, language: str, people: dict[str, tuple[str, str, str]],
                names: dict[str, str]) -> str:
    """An item's label in `language` (protocol.seating writes them in English)."""
    city, person, country = (x.strip() for x in people.get(item.side, ("", "", "")))

    def named(label: str, name: str) -> str:
        return ceremony_label("named", language).format(label=label, name=name) if name \
            else label

    if item.kind == "table":
        return ceremony_label("signing_table", language)
    if item.kind == "flag":
        return named(ceremony_label("flag", language),
                     country_name(country, label_language(language)) if country else "")
    if item.kind == "chair" and item.role:  # the signatory typed in the roles, if any
        return named(role_label(item.role, language), names.get(item.role) or person)
    if item.kind == "document":
        return ceremony_label("original_of", language).format(city=city) if city \
            else ceremony_label("original", language)
    if item.kind in ("interpreter", "mc_lectern") and item.role:
        return named(role_label(item.role, language), names.get(item.role, ""))
    if item.kind == "audience":
        return ceremony_label("audience_and_press", language)
    return item.label


def plan_input(store: Store, pid: str, page_size: str = "A4") -> PlanInput:
    # One session for the cities, the host and the roles (the plan needs nothing else).
    with store.session() as session:
        p = _get(session, pid)
        items = ceremony.plan_items(p)
        ours, theirs = p.committee.city.name, p.partner_city.name
        host, guest = (ours, theirs) if p.ceremony_host == "ours" else (theirs, ours)
        lang = p.committee_language or "en"
        people = _people_of(p)
        names = {r.role: r.name for r in p.ceremony_roles if r.name}
    # "host: …" and "guest: …" entries get the side's colour in the legend.
    sides = (f"host: {ceremony_label('legend_host', lang).format(city=host)}",
             f"guest: {ceremony_label('legend_guest', lang).format(city=guest)}")
    return PlanInput(
        language=lang,
        title=ceremony_label("plan_title", lang).format(ours=ours, theirs=theirs),
        caption=ceremony_label("plan_caption", lang).format(host=host),
        shapes=tuple(PlanShape(i.kind, i.role, i.side, _plan_label(i, lang, people, names),
                               i.x, i.y, i.w, i.h) for i in items),
        legend=(*sides, *_notes(lang)), page_size=page_size,
    )


def render(store: Store, pid: str, kind: str, page_size: str = "A4") -> bytes:
    if kind == "ceremony_programme":
        return render_programme(programme_input(store, pid, page_size))
    if kind == "run_of_show":
        return render_run_of_show(run_of_show_input(store, pid, page_size))
    if kind == "seating_plan":
        return render_plan(plan_input(store, pid, page_size))
    raise UserError(translate("Errors", "Unknown ceremony document '{kind}'.").format(kind=kind))


def preset_names(language: str = "en") -> list[tuple[str, str]]:
    return [(key, p.names.get(language, p.names.get("en", key))) for key, p in presets().items()]
