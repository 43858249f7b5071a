"""The `document` use-case shared by the CLI and the window: kinds, names, writing."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy import select

from sistercity_desktop.errors import UserError
from sistercity_desktop.files import atomic_write_bytes, slug
from sistercity_desktop.services import letters
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import Partnership
from sistercity_desktop.text import translate

REPORT_KINDS = {
    "research_report": "Research report: candidates, comparison and decision",
    "agreement": "Partnership agreement: the two mirrored originals (alternat)",
    "agreement_copy": "Partnership agreement: one plain bilingual copy",
    "ceremony_programme": "Signing ceremony: the guests' bilingual programme",
    "run_of_show": "Signing ceremony: the organisers' run-of-show",
    "seating_plan": "Signing ceremony: the flag and seating plan",
    "work_plan": "Work plan in both document languages, with a timeline",
    "evaluation_report": "Evaluation report (the latest evaluation)",
    "contact_sheet": "Contact sheet: who is who on both sides",
}


def render_report(store: Store, pid: str, kind: str, page_size: str = "A4") -> bytes:
    """PDF bytes of any non-letter kind."""
    if kind == "research_report":
        from sistercity_desktop.services import research_report

        return research_report.render(store, pid, page_size)
    if kind in ("agreement", "agreement_copy"):
        from sistercity_desktop.services import agreement

        return agreement.render(store, pid, "copy" if kind == "agreement_copy" else "originals",
                                page_size)
    if kind in ("ceremony_programme", "run_of_show", "seating_plan"):
        from sistercity_desktop.services import ceremony_docs

        return ceremony_docs.render(store, pid, kind, page_size)
    if kind == "contact_sheet":
        from sistercity_desktop.services.packets import contact_sheet

        return contact_sheet(store, pid, page_size)
    if kind in ("work_plan", "evaluation_report"):
        from sistercity_desktop.services import followup_docs

        return followup_docs.render(store, pid, kind, page_size)
    raise UserError(translate("Errors", "Unknown document kind '{kind}'.").format(kind=kind))


def document_kinds() -> list[tuple[str, str]]:
    """(kind, description) of every document the app writes."""
    return [*letters.KIND_NAMES.items(), *REPORT_KINDS.items()]


def write_report(store: Store, pid: str, kind: str, folder: Path,
                 page_size: str = "A4") -> Path:
    """Render a report kind and write it atomically into `folder`."""
    pdf = render_report(store, pid, kind, page_size)
    path = folder / file_name(store, pid, kind, [])
    atomic_write_bytes(path, pdf)
    return path


def resolve_partnership(store: Store, text: str) -> str:
    """A full id, or a unique start of one, to the partnership's id."""
    wanted = text.strip().lower()
    if len(wanted) < 4:
        raise UserError(translate("Errors", "Give the partnership's id (at least its first 4 "
                                  "characters); `sistercity list --json` shows the ids."))
    with store.session() as session:
        ids = [i for i in session.scalars(select(Partnership.id)) if i.startswith(wanted)]
    if not ids:
        raise UserError(translate("Errors", "No partnership has an id starting with '{text}'.")
                        .format(text=text))
    if len(ids) > 1:
        raise UserError(translate("Errors", "'{text}' matches %n partnership(s); give more of "
                                  "the id.", None, len(ids)).format(text=text))
    return ids[0]


def default_languages(store: Store, pid: str, kind: str) -> tuple[str, str]:
    """(main, courtesy): the partner's language and the committee's, for a letter."""
    from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES
    from sistercity_desktop.services.partnerships import detail

    info = detail(store, pid).summary
    if kind == "national_body":
        return info.committee_language, ""
    if info.partner_language not in DOCUMENT_LANGUAGES:
        # No template in the partner's language (e.g. Estonian): write in ours only.
        return info.committee_language, ""
    return info.partner_language, info.committee_language


def file_name(store: Store, pid: str, kind: str, languages: list[str]) -> str:
    from sistercity_desktop.services.partnerships import detail

    city = detail(store, pid).summary.partner_city or ""
    suffix = "".join(f"-{code}" for code in languages)
    return f"{kind.replace('_', '-')}-{slug(city, pid[:8])}{suffix}.pdf"


def write_letter(store: Store, pid: str, kind: str, folder: Path, language: str = "",
                 second_language: str | None = None, layout: str = "separate",
                 page_size: str = "A4") -> Path:
    """Render a letter and write it atomically into `folder`; returns the file."""
    main, courtesy = default_languages(store, pid, kind)
    language = language or main
    second = courtesy if second_language is None else second_language
    if second in ("none", language):
        second = ""
    pdf = letters.render(store, pid, kind, language, second, layout, page_size)
    path = folder / file_name(store, pid, kind, [x for x in (language, second) if x])
    atomic_write_bytes(path, pdf)
    return path


def cmd_document(store: Store, args: argparse.Namespace) -> list[Path]:
    if args.kind:
        args.kind = args.kind.strip().lower().replace("-", "_")  # run-of-show == run_of_show
    if not args.partnership or not args.kind:
        raise UserError(translate("Errors", "Usage: sistercity document PARTNERSHIP_ID KIND "
                                  "--out DIR (see --list-kinds)."))
    kinds = dict(document_kinds())
    if args.kind not in kinds:
        raise UserError(translate("Errors", "Unknown document kind '{kind}'; choose one of "
                                  "{choices}.")
                        .format(kind=args.kind,
                                choices=", ".join(k.replace("_", "-") for k in kinds)))
    if args.out is None:
        raise UserError(translate("Errors", "Say where to write the document with --out DIR."))
    pid = resolve_partnership(store, args.partnership)
    if args.kind in REPORT_KINDS:
        return [write_report(store, pid, args.kind, args.out, args.page_size)]
    return [write_letter(store, pid, args.kind, args.out, args.lang or "", args.second_lang,
                         args.layout, args.page_size)]
