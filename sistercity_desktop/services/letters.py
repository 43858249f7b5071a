"""Letters: propose wording from templates and protocol, keep edits, make the PDF."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from sqlalchemy.orm import Session

from sistercity_desktop.documents.letter import LAYOUTS, LetterInput, LetterVersion, render_letter
from sistercity_desktop.documents.templates import TemplateError, fill, letter_template
from sistercity_desktop.errors import UserError
from sistercity_desktop.protocol.address import (
    Official,
    address_forms,
    guess_office,
    office_title,
    sender_forms,
)
from sistercity_desktop.protocol.formulas import national_body_for, organisation_closing
from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES, country_name
from sistercity_desktop.services.partnerships import _get, clean_text
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import (
    LETTER_KINDS,
    CityProfile,
    Contact,
    CorrespondenceEntry,
    LetterDraft,
    Partnership,
)
from sistercity_desktop.text import translate

KIND_NAMES = {
    "introduction": "Letter of introduction",
    "delegation_invitation": "Invitation for a delegation visit",
    "national_body": "Letter to the national sister cities body",
}


@dataclass(frozen=True)
class Draft:
    """The editable wording of one letter in one language."""

    kind: str
    language: str
    recipient: tuple[str, ...]
    subject: str
    salutation: str
    opening: str
    paragraphs: tuple[str, ...]
    closing: str
    edited: bool = False


def document_locale(language: str, *countries: str) -> Locale:
    """The language's locale, refined by the first country that has a regional variant."""
    base = language.replace("-", "_")
    for country in countries:
        if not country:
            continue
        try:
            return Locale.parse(f"{base}_{country.upper()}")
        except (ValueError, UnknownLocaleError):
            continue
    return Locale.parse(base)


def long_date(day: date, locale: Locale) -> str:
    return format_date(day, format="long", locale=locale)


def _official(city: CityProfile | None) -> Official:
    if city is None:
        return Official(full_name="", city="", country="")
    return Official(full_name=city.official_name, city=city.name, country=city.country,
                    gender=city.official_gender or "unspecified",
                    office=guess_office(city.official_title or "mayor"))


def _require_kind_and_language(kind: str, language: str) -> None:
    if kind not in LETTER_KINDS:
        raise UserError(translate("Errors", "Unknown letter kind '{kind}'; choose one of "
                                  "{choices}.")
                        .format(kind=kind, choices=", ".join(LETTER_KINDS)))
    if language not in DOCUMENT_LANGUAGES:
        raise UserError(translate("Errors", "Letters are written in {choices}; '{language}' is "
                                  "not one of them.")
                        .format(choices=", ".join(DOCUMENT_LANGUAGES), language=language))


def _context(p: Partnership, kind: str, language: str, today: date) -> dict[str, str]:
    template = letter_template(language)
    ours = p.committee.city
    partner = p.partner_city
    locale = document_locale(language, *(c.country for c in (partner, ours) if c))
    ours_o, partner_o = _official(ours), _official(partner)
    our_title = office_title(ours_o.office, language, ours_o.gender, ours.country)
    partner_title = office_title(partner_o.office, language, partner_o.gender,
                                 partner.country if partner else "")
    body_name = p.committee.national_body_name or national_body_for(ours.country)[0]
    month = str(today.month)
    return {
        "our_city": ours.name,
        "our_country": country_name(ours.country, language.replace("-", "_")),
        "our_committee": p.committee.name,
        "our_official": ours.official_name or our_title,
        "our_official_title": our_title,
        "partner_city": partner.name if partner else "",
        "partner_country": country_name(partner.country, language.replace("-", "_"))
        if partner else "",
        "partner_official": (partner.official_name if partner and partner.official_name
                             else partner_title),
        "partner_official_title": partner_title,
        "relationship": template["relationship"].get(p.kind, template["relationship"]["sister"]),
        "national_body": body_name or "—",
        "signed_date": long_date(p.signed_on or today, locale),
        "visit_period": template["labels"]["visit_period_default"],
        "today": long_date(today, locale),
        "seasonal_greeting": template.get("seasonal_greetings", {}).get(month, ""),
    }


def _propose(p: Partnership, kind: str, language: str, today: date) -> Draft:
    if p.partner_city is None and kind != "national_body":
        raise UserError(translate("Errors", "Choose the partner city first (step 2): a letter "
                                  "needs a recipient."))
    template = letter_template(language)
    words = template["kinds"][kind]
    values = _context(p, kind, language, today)
    if kind == "national_body":
        email = p.committee.national_body_email
        recipient = tuple(x for x in (values["national_body"], email) if x and x != "—")
        salutation = fill(words["salutation"], values)
        closing = organisation_closing(language)
        opening = ""
    else:
        forms = address_forms(_official(p.partner_city), language)
        recipient = (*forms.envelope, values["partner_country"])
        salutation = forms.salutation
        closing = forms.closing
        opening = fill(template.get("opening", ""), values)
    return Draft(
        kind=kind, language=language, recipient=recipient,
        subject=fill(words["subject"], values), salutation=salutation, opening=opening,
        paragraphs=tuple(fill(text, values) for text in words["paragraphs"]), closing=closing,
    )


def _today(today: date | None) -> date:
    return today or date.today()


def _stored(session: Session, pid: str, kind: str, language: str) -> LetterDraft | None:
    p = _get(session, pid)
    return next((d for d in p.letters if d.kind == kind and d.language == language), None)


def draft(store: Store, pid: str, kind: str, language: str, today: date | None = None) -> Draft:
    """The committee's saved wording if any, else a fresh proposal."""
    _require_kind_and_language(kind, language)
    with store.session() as session:
        saved = _stored(session, pid, kind, language)
        if saved is not None:
            return Draft(kind, language, tuple(saved.recipient.split("\n")), saved.subject,
                         saved.salutation, saved.opening,
                         tuple(x for x in saved.body.split("\n\n") if x.strip()),
                         saved.closing, edited=True)
        try:
            return _propose(_get(session, pid), kind, language, _today(today))
        except TemplateError as exc:
            raise UserError(*exc.args) from None  # keeps a translatable message translatable


def propose(store: Store, pid: str, kind: str, language: str, today: date | None = None) -> Draft:
    """A fresh proposal, ignoring saved edits."""
    _require_kind_and_language(kind, language)
    with store.session() as session:
        try:
            return _propose(_get(session, pid), kind, language, _today(today))
        except TemplateError as exc:
            raise UserError(*exc.args) from None  # keeps a translatable message translatable


def save_draft(store: Store, pid: str, edited: Draft) -> None:
    """Keep the committee's wording (every text checked and cleaned)."""
    _require_kind_and_language(edited.kind, edited.language)
    paragraphs = [clean_text(x, translate("Errors", "A paragraph")) for x in edited.paragraphs]
    values = {
        "recipient": "\n".join(clean_text(x, translate("Errors", "The address"), 300)
                               for x in edited.recipient if x.strip()),
        "subject": " ".join(clean_text(edited.subject, translate("Errors", "The subject"),
                                       500).split()),
        "salutation": clean_text(edited.salutation, translate("Errors", "The salutation"), 300),
        "opening": clean_text(edited.opening, translate("Errors", "The opening"), 2000),
        "body": "\n\n".join(x for x in paragraphs if x),
        "closing": clean_text(edited.closing, translate("Errors", "The closing"), 300),
    }
    if not values["body"]:
        raise UserError(translate("Errors", "The letter needs at least one paragraph."))
    with store.session() as session, session.begin():
        p = _get(session, pid)
        saved = _stored(session, pid, edited.kind, edited.language)
        if saved is None:
            saved = LetterDraft(kind=edited.kind, language=edited.language)
            p.letters.append(saved)
        for key, value in values.items():
            setattr(saved, key, value)
        saved.updated_at = datetime.now(UTC).replace(tzinfo=None)


def reset_draft(store: Store, pid: str, kind: str, language: str) -> None:
    """Forget the committee's edits so the proposal is used again."""
    with store.session() as session, session.begin():
        saved = _stored(session, pid, kind, language)
        if saved is not None:
            session.delete(saved)


def _contact_line(c: Contact) -> str:
    return ", ".join(x for x in (c.name, c.title, c.organisation, c.email, c.phone) if x)


def _version(p: Partnership, d: Draft, today: date, banner: str) -> LetterVersion:
    template = letter_template(d.language)
    labels = template["labels"]
    values = _context(p, d.kind, d.language, today)
    ours = p.committee.city
    contacts: list[tuple[str, str]] = []
    for role, label in (("mayors_office", "mayors_office_contact"),
                        ("volunteer", "volunteer_contact")):
        person = next((c for c in p.contacts if c.side == "ours" and c.role == role), None)
        if person is not None:
            contacts.append((labels[label], _contact_line(person)))
    if d.kind == "national_body":
        volunteer = next((c for c in p.contacts if c.side == "ours" and c.role == "volunteer"),
                         None)
        name = volunteer.name if volunteer else (ours.official_name or p.committee.name)
        title = p.committee.name
    else:
        sender = _official(ours)
        name = ours.official_name or values["our_official_title"]
        title = sender_forms(sender, d.language).signature_title
    enclosure = ""
    if d.kind == "national_body":
        enclosure = f"{labels['enclosure']}: {fill(template['kinds'][d.kind]['enclosure'], values)}"
    email = p.committee.email
    return LetterVersion(
        language=d.language,
        letterhead=tuple(x for x in (f"{ours.name}, {values['our_country']}", p.committee.name,
                                     email) if x),
        date_line=fill(labels["date_line"], values),
        recipient=d.recipient, subject_label=labels["subject"], subject=d.subject,
        salutation=d.salutation, opening=d.opening, paragraphs=d.paragraphs, closing=d.closing,
        signature_name=name, signature_title=title, contacts_heading=labels["contacts"],
        contacts=tuple(contacts), enclosure=enclosure, banner=banner,
    )


def letter_input(store: Store, pid: str, kind: str, language: str, second_language: str = "",
                 layout: str = "separate", page_size: str = "A4",
                 today: date | None = None) -> LetterInput:
    """Everything the renderer needs, as plain data (saved edits included)."""
    if layout not in LAYOUTS:
        raise UserError(translate("Errors", "Layout must be one of {choices}.")
                        .format(choices=", ".join(LAYOUTS)))
    day = _today(today)
    languages = [language] + ([second_language] if second_language and
                              second_language != language else [])
    drafts = [draft(store, pid, kind, lang, day) for lang in languages]
    with store.session() as session:
        p = _get(session, pid)
        versions = []
        for index, d in enumerate(drafts):
            banner = letter_template(d.language)["labels"]["courtesy_translation"] if index else ""
            versions.append(_version(p, d, day, banner))
        partner = p.partner_city.name if p.partner_city else p.committee.name
        title = f"{KIND_NAMES[kind]}: {p.committee.city.name} – {partner}"
        return LetterInput(tuple(versions), layout, page_size, title, p.committee.name)


def render(store: Store, pid: str, kind: str, language: str, second_language: str = "",
           layout: str = "separate", page_size: str = "A4", today: date | None = None) -> bytes:
    """The letter as PDF bytes."""
    return render_letter(letter_input(store, pid, kind, language, second_language, layout,
                                      page_size, today))


def record_sent(store: Store, pid: str, kind: str, languages: list[str],
                on: date | None = None) -> str:
    """Log a sent letter in the correspondence (and the letter date on step 3)."""
    day = _today(on)
    with store.session() as session, session.begin():
        p = _get(session, pid)
        entry = CorrespondenceEntry(
            on=day, direction="outgoing", channel="letter",
            our_people=p.committee.city.official_name,
            their_people=p.partner_city.official_name if p.partner_city else "",
            summary=f"{KIND_NAMES[kind]} sent ({' / '.join(languages)}).",
        )
        p.correspondence.append(entry)
        if kind == "introduction" and p.letter_sent_on is None:
            p.letter_sent_on = day
        if kind == "national_body" and p.sent_to_national_body_on is None:
            p.sent_to_national_body_on = day
        session.flush()
        return entry.id


def with_paragraphs(d: Draft, paragraphs: list[str]) -> Draft:
    return replace(d, paragraphs=tuple(paragraphs))
