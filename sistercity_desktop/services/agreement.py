"""The partnership agreement (step 5): settings, and two mirrored originals (the alternat)."""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from sistercity_desktop.documents.agreement import (
    AgreementColumn,
    AgreementInput,
    AgreementOriginal,
    Signatory,
    render_agreement,
)
from sistercity_desktop.errors import UserError
from sistercity_desktop.protocol.address import Official, guess_office, sender_forms
from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES, country_name
from sistercity_desktop.services.letters import document_locale, long_date
from sistercity_desktop.services.partnerships import _get, clean_text
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import CityProfile, Partnership
from sistercity_desktop.text import translate

AREAS = ("education", "youth", "culture", "sport", "economy", "tourism", "environment",
         "municipal", "health", "agriculture", "technology", "social", "emergency")
CLAUSES = ("equally_authentic", "originals", "effective", "not_binding", "committees",
           "termination")
CUSTOM = "custom:"  # an area the committee named itself, kept as typed in every column


@cache
def agreement_template(language: str) -> dict[str, Any]:
    if language not in DOCUMENT_LANGUAGES:
        raise UserError(translate("Errors", "Agreements are written in {languages}; "
                                  "'{language}' is not one of them.").format(
            languages=", ".join(DOCUMENT_LANGUAGES), language=language))
    path = resources.files("sistercity_desktop.resources") / "agreements" / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class AgreementSettings:
    kind: str
    style: str
    areas: tuple[str, ...]
    clauses: tuple[str, ...]
    exchanges_per_year: int | None
    signing_place: str
    council_resolution: str
    council_resolution_on: date | None


def settings(store: Store, pid: str) -> AgreementSettings:
    with store.session() as session:
        p = _get(session, pid)
        areas = tuple(json.loads(p.agreement_areas)) if p.agreement_areas else ()
        clauses = tuple(json.loads(p.agreement_clauses)) if p.agreement_clauses else CLAUSES
        return AgreementSettings(p.kind, p.agreement_style, areas, clauses,
                                 p.exchanges_per_year, p.signing_place, p.council_resolution,
                                 p.council_resolution_on)


def set_areas(store: Store, pid: str, areas: list[str]) -> None:
    """Areas of cooperation: known keys or 'custom:<name>' for the committee's own."""
    clean: list[str] = []
    for area in areas:
        if area.startswith(CUSTOM):
            name = " ".join(clean_text(area[len(CUSTOM):], translate("Errors", "The area"),
                                       200).split())
            if name:
                clean.append(CUSTOM + name)
        elif area in AREAS:
            clean.append(area)
        else:
            raise UserError(translate("Errors", "Unknown area of cooperation '{area}'.").format(
                area=area))
    with store.session() as session, session.begin():
        _get(session, pid).agreement_areas = json.dumps(list(dict.fromkeys(clean)),
                                                        ensure_ascii=False)


def set_clauses(store: Store, pid: str, clauses: list[str]) -> None:
    unknown = [c for c in clauses if c not in CLAUSES]
    if unknown:
        raise UserError(translate("Errors", "Unknown clause '{clause}'.").format(clause=unknown[0]))
    with store.session() as session, session.begin():
        _get(session, pid).agreement_clauses = json.dumps([c for c in CLAUSES if c in clauses])


def set_exchanges(store: Store, pid: str, value: int | None) -> None:
    if value is not None and not 1 <= value <= 100:
        raise UserError(translate("Errors",
            "The number of exchanges a year must be between 1 and 100."))
    with store.session() as session, session.begin():
        _get(session, pid).exchanges_per_year = value


def set_signing_place(store: Store, pid: str, place: str) -> None:
    with store.session() as session, session.begin():
        _get(session, pid).signing_place = " ".join(
            clean_text(place, translate("Errors", "The place of signing"), 300).split())


def _fill(text: str, values: dict[str, str]) -> str:
    return string.Template(text).safe_substitute(values)


def _official(city: CityProfile) -> Official:
    return Official(full_name=city.official_name, city=city.name, country=city.country,
                    gender=city.official_gender or "unspecified",
                    office=guess_office(city.official_title or "mayor"))


def _implementer(p: Partnership, ours: bool) -> str:
    if ours:
        return p.committee.name
    partner = p.partner_city
    body = next((c.organisation for c in p.contacts if c.side == "theirs" and c.organisation
                 and c.role == "volunteer"), "")
    return body or (partner.local_organisation if partner and partner.local_organisation
                    else partner.name if partner else "")


def _column(p: Partnership, language: str, first_ours: bool, owner: CityProfile,
            label_key: str, today: date) -> AgreementColumn:
    t = agreement_template(language)
    ours, theirs = p.committee.city, p.partner_city
    first, second = (ours, theirs) if first_ours else (theirs, ours)
    locale = document_locale(language, first.country, second.country)
    when = p.signed_on or p.ceremony_on or today
    display = language.replace("-", "_")
    values = {
        "first_city": first.name, "first_country": country_name(first.country, display),
        "second_city": second.name, "second_country": country_name(second.country, display),
        "first_committee": _implementer(p, first_ours),
        "second_committee": _implementer(p, not first_ours),
        "exchanges_per_year": str(p.exchanges_per_year or ""),
        "resolution": p.council_resolution,
        "resolution_date": long_date(p.council_resolution_on, locale)
        if p.council_resolution_on else "",
        "resolution_city": ours.name,
        "place": p.signing_place or p.ceremony_venue or ours.name,
        "date": long_date(when, locale),
    }
    chosen = settings_from(p)
    paragraphs = [_fill(x, values) for x in t["preamble"]]
    if p.agreement_style == "precise":
        paragraphs.append(_fill(t["precise_intro"], values))
        for area in chosen.areas:
            name = area[len(CUSTOM):] if area.startswith(CUSTOM) else t["areas"][area]
            paragraphs.append(f"• {name}")
        if p.exchanges_per_year:
            paragraphs.append(_fill(t["precise"]["exchanges"], values))
        paragraphs.append(_fill(t["precise"]["working_group"], values))
        paragraphs.append(_fill(t["precise"]["costs"], values))
    else:
        paragraphs += [_fill(x, values) for x in t["ceremonial"]]
    paragraphs += [_fill(t["clauses"][c], values) for c in chosen.clauses]
    if p.council_resolution and p.council_resolution_on:
        paragraphs.append(_fill(t["resolution"], values))
    signature = t["signature"]
    label = (_fill(t["original_label"], {**values, "city": owner.name}) if label_key == "original"
             else t["copy_label"])
    return AgreementColumn(
        language=language, title=t["title"].get(p.kind, t["title"]["sister"]),
        between=_fill(t["between"], values), paragraphs=tuple(paragraphs),
        place_date=_fill(signature["place_date"], values),
        for_first=_fill(signature["for_city"], {**values, "city": first.name}),
        for_second=_fill(signature["for_city"], {**values, "city": second.name}),
        name_caption=signature["name"], title_caption=signature["title"], label=label,
    )


def settings_from(p: Partnership) -> AgreementSettings:
    areas = tuple(json.loads(p.agreement_areas)) if p.agreement_areas else ()
    clauses = tuple(json.loads(p.agreement_clauses)) if p.agreement_clauses else CLAUSES
    return AgreementSettings(p.kind, p.agreement_style, areas, clauses, p.exchanges_per_year,
                             p.signing_place, p.council_resolution, p.council_resolution_on)


def _signatory(city: CityProfile, left: str, right: str) -> Signatory:
    official = _official(city)
    return Signatory(name=city.official_name or city.name,
                     title_left=sender_forms(official, left).signature_title,
                     title_right=sender_forms(official, right).signature_title)


def agreement_input(store: Store, pid: str, mode: str = "originals", page_size: str = "A4",
                    today: date | None = None) -> AgreementInput:
    """Two mirrored originals (each city first in its own), or one plain bilingual copy."""
    if mode not in ("originals", "copy"):
        raise UserError(translate("Errors", "Choose the two originals or a plain bilingual copy."))
    day = today or date.today()
    with store.session() as session:
        p = _get(session, pid)
        if p.partner_city is None:
            raise UserError(translate("Errors", "Choose the partner city first (step 2)."))
        ours_lang = p.committee_language or "en"
        theirs_lang = p.partner_language or ours_lang
        for language in (ours_lang, theirs_lang):
            if language not in DOCUMENT_LANGUAGES:
                raise UserError(translate("Errors", "Agreements are written in {languages}; "
                                          "change the document language '{language}' first.")
                                .format(languages=", ".join(DOCUMENT_LANGUAGES),
                                        language=language))
        ours, theirs = p.committee.city, p.partner_city

        def original(first_ours: bool, label: str) -> AgreementOriginal:
            left_lang, right_lang = ((ours_lang, theirs_lang) if first_ours
                                     else (theirs_lang, ours_lang))
            owner = ours if first_ours else theirs
            first, second = (ours, theirs) if first_ours else (theirs, ours)
            return AgreementOriginal(
                left=_column(p, left_lang, first_ours, owner, label, day),
                right=_column(p, right_lang, first_ours, owner, label, day),
                first=_signatory(first, left_lang, right_lang),
                second=_signatory(second, left_lang, right_lang),
            )

        if mode == "copy":
            originals = (original(True, "copy"),)
        else:
            originals = (original(True, "original"), original(False, "original"))
        title = f"Agreement: {ours.name} – {theirs.name}"
        return AgreementInput(originals, page_size, title, p.committee.name)


def render(store: Store, pid: str, mode: str = "originals", page_size: str = "A4",
           today: date | None = None) -> bytes:
    return render_agreement(agreement_input(store, pid, mode, page_size, today))
