"""Export packets and email drafts for a partnership (shared by the window and the CLI)."""

from __future__ import annotations

import json
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from babel.dates import format_date

from sistercity_desktop.documents.contact_sheet import (
    ContactRow,
    ContactSheetInput,
    render_contact_sheet,
)
from sistercity_desktop.errors import UserError
from sistercity_desktop.files import atomic_write_bytes, slug
from sistercity_desktop.protocol.formulas import national_body_for
from sistercity_desktop.services import letters
from sistercity_desktop.services.documents import REPORT_KINDS, render_report
from sistercity_desktop.services.partnerships import _get
from sistercity_desktop.services.transfer import export_document
from sistercity_desktop.sharing.email_draft import Draft, Recipient, to_eml
from sistercity_desktop.sharing.packet import (
    PacketContents,
    PacketDocument,
    Progress,
    write_packet,
)
from sistercity_desktop.store import Store
from sistercity_desktop.text import translate

PACKET_KINDS = ("introduction", "delegation_invitation", "national_body", "agreement",
                "agreement_copy", "ceremony_programme", "run_of_show", "seating_plan",
                "work_plan", "evaluation_report", "research_report", "contact_sheet")


@cache
def texts(language: str) -> dict[str, Any]:
    folder = resources.files("sistercity_desktop.resources") / "email"
    for candidate in (language, language.split("-")[0], "en"):
        path = folder / f"{candidate}.json"
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    raise UserError(translate("Errors", "The email texts are missing from resources/email."))


def _fill(text: str, values: dict[str, str]) -> str:
    return string.Template(text).safe_substitute(values)


@dataclass(frozen=True)
class PacketInfo:
    partnership: str
    our_city: str
    partner_city: str
    committee: str
    language: str
    signed_on: date | None


def info(store: Store, pid: str) -> PacketInfo:
    with store.session() as session:
        p = _get(session, pid)
        partner = p.partner_city.name if p.partner_city else ""
        return PacketInfo(f"{p.committee.city.name} – {partner}" if partner
                          else p.committee.city.name, p.committee.city.name, partner,
                          p.committee.name, p.committee_language or "en", p.signed_on)


def contact_sheet(store: Store, pid: str, page_size: str = "A4") -> bytes:
    about = info(store, pid)
    words = texts(about.language)["contact_sheet"]
    values = {"partnership": about.partnership, "our_city": about.our_city,
              "partner_city": about.partner_city}
    with store.session() as session:
        p = _get(session, pid)
        sides = []
        for side, key in (("ours", "ours"), ("theirs", "theirs")):
            rows = tuple(ContactRow(words["roles"].get(c.role, c.role), c.name, c.title,
                                    c.organisation, c.email, c.phone)
                         for c in p.contacts if c.side == side)
            sides.append((_fill(words[key], values), rows))
    return render_contact_sheet(ContactSheetInput(
        about.language, _fill(words["title"], values), tuple(sides), words["empty"],
        page_size=page_size))


def render_kind(store: Store, pid: str, kind: str, page_size: str = "A4") -> bytes:
    """PDF bytes of one packet document (letters in their default languages)."""
    if kind in letters.KIND_NAMES:
        from sistercity_desktop.services.documents import default_languages

        main, courtesy = default_languages(store, pid, kind)
        return letters.render(store, pid, kind, main, courtesy, "separate", page_size)
    if kind == "contact_sheet":
        return contact_sheet(store, pid, page_size)
    if kind in REPORT_KINDS:
        return render_report(store, pid, kind, page_size)
    raise UserError(translate("Errors", "Unknown document '{kind}'; choose from {choices}.")
                    .format(kind=kind, choices=", ".join(PACKET_KINDS)))


def available_kinds(store: Store, pid: str) -> list[str]:
    """The documents that can be made now, in packet order (quick checks, no rendering)."""
    from sistercity_desktop.services import ceremony, evaluation

    with store.session() as session:
        p = _get(session, pid)
        has_partner = p.partner_city is not None
        step, signed = p.current_step, p.signed_on is not None
        has_candidates, has_plan = bool(p.candidates), bool(p.work_plan)
        has_events = bool(p.ceremony_events)
        from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES

        both_languages = {p.partner_language, p.committee_language} <= set(DOCUMENT_LANGUAGES)
    kinds: list[str] = []
    if has_partner:
        kinds.append("introduction")
        if step >= 5 and both_languages:
            kinds.append("agreement")
    if has_events:
        try:
            ceremony.timed_events(store, pid)
            kinds += ["ceremony_programme", "run_of_show"]
        except UserError:
            pass
        if has_partner:
            kinds.append("seating_plan")
    if signed:
        kinds.append("national_body")
    if has_plan:
        kinds.append("work_plan")
    if evaluation.evaluations(store, pid):
        kinds.append("evaluation_report")
    if has_candidates:
        kinds.append("research_report")
    kinds.append("contact_sheet")
    return kinds


def too_large(paths: Sequence[Path]) -> bool:
    from sistercity_desktop.sharing.email_draft import too_large as over

    return over(paths)


def partnership_data(store: Store, pid: str) -> dict:
    """The export-data form, limited to this partnership (and the committee)."""
    doc = export_document(store)
    doc["partnerships"] = [p for p in doc["partnerships"] if p["id"] == pid]
    doc["inquiries"] = []
    return doc


def build_contents(store: Store, pid: str, kinds: Sequence[str], page_size: str = "A4",
                   progress: Progress | None = None) -> PacketContents:
    """Render every chosen document (the slow part); progress may raise Cancelled."""
    if not kinds:
        raise UserError(translate("Errors", "Choose at least one document for the packet."))
    unknown = [k for k in kinds if k not in PACKET_KINDS]
    if unknown:
        raise UserError(translate("Errors", "Unknown document '{kind}'; choose from {choices}.")
                        .format(kind=unknown[0], choices=", ".join(PACKET_KINDS)))
    about = info(store, pid)
    words = texts(about.language)
    documents = []
    for index, kind in enumerate(kinds):
        title = words["documents"].get(kind, kind)
        if progress:
            progress(index, len(kinds), title)
        documents.append(PacketDocument(kind, title, render_kind(store, pid, kind, page_size)))
    values = {"partnership": about.partnership, "our_city": about.our_city,
              "partner_city": about.partner_city, "committee": about.committee,
              "merged": words["merged"],
              "date": format_date(date.today(), "long", locale=about.language.replace("-", "_"))}
    readme = words["readme"]
    lines = [_fill(readme["title"], values), "", _fill(readme["intro"], values), "",
             readme["documents"]]
    lines += [f"  {i:02d} {d.title}.pdf" for i, d in enumerate(documents, start=1)]
    lines += ["", _fill(readme["merged"], values), _fill(readme["data"], values), "",
              _fill(readme["generated"], values), ""]
    return PacketContents(
        name=f"{slug(about.our_city)}-{slug(about.partner_city or 'research')} packet",
        documents=tuple(documents), data=partnership_data(store, pid), readme="\n".join(lines),
        merged_name=f"{words['merged']}.pdf")


def export_packet(store: Store, pid: str, kinds: Sequence[str], destination: Path,
                  as_zip: bool, page_size: str = "A4",
                  progress: Progress | None = None) -> tuple[Path, list[Path]]:
    """Render and write a packet; nothing is left behind if it fails or is cancelled."""
    total = len(kinds) + 6

    def rendering(done: int, _total: int, what: str) -> None:
        if progress:
            progress(done, total, what)

    def writing(done: int, steps: int, what: str) -> None:
        if progress:
            progress(len(kinds) + min(done, 6) * 6 // max(steps, 1), total, what)

    contents = build_contents(store, pid, kinds, page_size, rendering)
    return write_packet(contents, destination, as_zip, writing)


def email_draft(store: Store, pid: str, files: Sequence[Path], recipients: Sequence[Recipient],
                language: str = "", national_body: bool = False) -> Draft:
    """An email with the packet files attached and a body from the language's template."""
    about = info(store, pid)
    words = texts(language or about.language)
    section = words["national_body_email" if national_body else "email"]
    with store.session() as session:
        p = _get(session, pid)
        volunteer = next((c for c in p.contacts if c.side == "ours" and c.role == "volunteer"),
                         None)
        sender_name = volunteer.name if volunteer else p.committee.city.official_name
        sender_email = (volunteer.email if volunteer and volunteer.email
                        else p.committee.email)
    values = {"partnership": about.partnership, "our_city": about.our_city,
              "partner_city": about.partner_city, "committee": about.committee,
              "sender": sender_name,
              "signed_date": format_date(about.signed_on, "long",
                                         locale=(language or about.language).replace("-", "_"))
              if about.signed_on else "",
              "documents": "\n".join(f"- {f.name}" for f in files)}
    body = "\n\n".join(_fill(paragraph, values) for paragraph in section["body"])
    return Draft(Recipient(sender_name, sender_email) if sender_email else None,
                 tuple(r for r in recipients if r.email), _fill(section["subject"], values),
                 body + "\n", tuple(files))


def contact_recipients(store: Store, pid: str) -> list[Recipient]:
    """Every contact of the partnership with an email address, both sides."""
    with store.session() as session:
        return [Recipient(c.name, c.email) for c in _get(session, pid).contacts if c.email]


def national_body_recipient(store: Store, pid: str) -> Recipient:
    with store.session() as session:
        committee = _get(session, pid).committee
        name = committee.national_body_name or national_body_for(committee.city.country)[0]
        email = committee.national_body_email or national_body_for(committee.city.country)[1]
    if not email:
        raise UserError(translate("Errors", "Set the national sister cities body's email "
                                  "address first (File › Preferences)."))
    return Recipient(name, email)


def national_body_packet(store: Store, pid: str, destination: Path,
                         progress: Progress | None = None) -> tuple[Path, Path]:
    """After signing: the signed agreement and the covering letter, as a folder and an .eml."""
    about = info(store, pid)
    if about.signed_on is None:
        raise UserError(translate("Errors", "Record the signing date first (step 6): this "
                                  "packet goes out after signing."))
    recipient = national_body_recipient(store, pid)
    # The agreement's text goes along when the app can write it in both languages; a scan
    # of the signed paper can be attached to the draft in the mail client.
    kinds = ["national_body"] + (["agreement"] if "agreement" in available_kinds(store, pid)
                                 else [])
    folder, files = export_packet(store, pid, kinds, destination, False, progress=progress)
    pdfs = [f for f in files if f.suffix == ".pdf" and not f.name.startswith(texts(
        about.language)["merged"])]
    eml = write_eml(email_draft(store, pid, pdfs, [recipient], national_body=True),
                    folder / "email-draft.eml")
    return folder, eml


def write_eml(draft: Draft, path: Path) -> Path:
    atomic_write_bytes(path, to_eml(draft))
    return path


