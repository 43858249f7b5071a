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
from sistercity_desktop.protocol.ceremony import presets
from sistercity_desktop.services import ceremony
from sistercity_desktop.services.letters import document_locale
from sistercity_desktop.services.partnerships import _get, detail
from sistercity_desktop.store import Store

# The programme's heading in each document language (the rest comes from the presets).
CEREMONY_TITLES = {
    "en": "Signing Ceremony", "es": "Ceremonia de firma", "fr": "Cérémonie de signature",
    "de": "Feierliche Unterzeichnung", "it": "Cerimonia della firma",
    "pt": "Cerimônia de assinatura", "ja": "調印式", "zh-Hans": "签字仪式", "ko": "협정 서명식",
    "ru": "Церемония подписания",
}
PROTOCOL_NOTES = (
    "Flags on separate staffs of the same height and size; the host's flag is raised first "
    "and lowered last.",
    "The guest sits at the host's right (the place of honour).",
    "Each side's own original lies in front of its own signatory; each signs its own "
    "original first, then the originals are exchanged and countersigned.",
    "Interpreters sit beside or just behind their principal.",
)


def _names(store: Store, pid: str) -> tuple[str, str]:
    info = detail(store, pid)
    with store.session() as session:
        ours = _get(session, pid).committee.city.name
    return ours, info.partner.name if info.partner else ""


def programme_input(store: Store, pid: str, page_size: str = "A4") -> ProgrammeInput:
    v = ceremony.view(store, pid)
    events = ceremony.timed_events(store, pid)
    ours, theirs = _names(store, pid)
    left, right = v.ours_language, v.theirs_language
    start = events[0].start if events else None
    if start is None:
        raise UserError("Add the order of events first (choose a preset).")

    def when(language: str) -> str:
        locale = document_locale(language)
        return (f"{format_date(start, 'full', locale=locale)} · "
                f"{format_time(start, 'short', locale=locale)} ({v.timezone})")

    lines = tuple(
        ProgrammeLine(event.start.strftime("%H:%M"), e.title_ours, e.title_theirs or e.title_ours)
        for event, e in zip(events, v.events, strict=True)
    )
    # Role names exist in English only so far: print them once rather than twice.
    roles = tuple((ceremony.role_label(r.role), "", r.name) for r in v.roles if r.name)
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
    events = ceremony.timed_events(store, pid)
    ours, theirs = _names(store, pid)
    names = {r.role: r.name for r in v.roles if r.name}

    def who(text: str) -> str:
        parts = [p.strip() for p in text.split(",") if p.strip()]
        return ", ".join(f"{ceremony.role_label(p)} ({names[p]})" if p in names
                         else ceremony.role_label(p) for p in parts)

    lines = tuple(
        RunLine(event.start.strftime("%H:%M"), event.end.strftime("%H:%M"), e.minutes,
                e.title_ours, who(e.who), e.cue)
        for event, e in zip(events, v.events, strict=True)
    )
    gifts = tuple((f"{'Give' if g.direction == 'give' else 'Receive'}: {g.description}"
                   + (f" ({g.recipient})" if g.recipient else ""), g.note)
                  for g in v.gifts)
    cautions = tuple(("Caution", c) for c in v.cautions)
    return RunOfShowInput(
        language=v.ours_language, title=f"Run of show: {ours} – {theirs}",
        when=f"{v.on.isoformat()} {v.start} ({v.timezone})", venue=v.venue, lines=lines,
        roles=tuple((f"{ceremony.role_label(r.role)} ({r.side})", r.name) for r in v.roles
                    if r.name),
        gifts=gifts + cautions, notes=PROTOCOL_NOTES, page_size=page_size,
    )


def plan_input(store: Store, pid: str, page_size: str = "A4") -> PlanInput:
    v = ceremony.view(store, pid)
    items = ceremony.plan(store, pid)
    ours, theirs = _names(store, pid)
    host = ours if v.host == "ours" else theirs
    return PlanInput(
        language=v.ours_language, title=f"Flag and seating plan: {ours} – {theirs}",
        caption=f"Seen from the audience. {host} hosts; the guest sits at the host's right, "
                "the place of honour.",
        shapes=tuple(PlanShape(i.kind, i.role, i.side, i.label, i.x, i.y, i.w, i.h)
                     for i in items),
        legend=PROTOCOL_NOTES, page_size=page_size,
    )


def render(store: Store, pid: str, kind: str, page_size: str = "A4") -> bytes:
    if kind == "ceremony_programme":
        return render_programme(programme_input(store, pid, page_size))
    if kind == "run_of_show":
        return render_run_of_show(run_of_show_input(store, pid, page_size))
    if kind == "seating_plan":
        return render_plan(plan_input(store, pid, page_size))
    raise UserError(f"Unknown ceremony document {kind!r}.")


def preset_names(language: str = "en") -> list[tuple[str, str]]:
    return [(key, p.names.get(language, p.names.get("en", key))) for key, p in presets().items()]
