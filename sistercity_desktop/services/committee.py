"""The committee and its own city: first-run set-up and edits."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sistercity_desktop.errors import UserError
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import GENDERS, CityProfile, Committee, Setting
from sistercity_desktop.text import translate

# Fields of the committee's own city profile the set-up and edit pages show.
CITY_TEXT_FIELDS = (
    "name", "region", "geography", "industries", "academic_institutions",
    "cultural_institutions", "languages", "official_name", "official_title",
    "local_organisation",
)


@dataclass(frozen=True)
class CommitteeSetup:
    committee_name: str
    language: str
    city_name: str
    country: str
    population: int | None = None
    official_name: str = ""
    official_title: str = "Mayor"
    local_organisation: str = ""
    email: str = ""


@dataclass(frozen=True)
class CommitteeView:
    id: str
    name: str
    language: str
    email: str
    city: dict[str, object]
    national_body_name: str = ""
    national_body_email: str = ""


def find_committee(session: Session) -> Committee | None:
    return session.scalars(select(Committee).order_by(Committee.id).limit(1)).first()


def require_committee(session: Session) -> Committee:
    committee = find_committee(session)
    if committee is None:
        raise UserError(translate("Errors",
                                  "Set up your committee first (or run `sistercity demo`)."))
    return committee


def has_committee(store: Store) -> bool:
    with store.session() as session:
        return find_committee(session) is not None


def committee_view(store: Store) -> CommitteeView | None:
    with store.session() as session:
        c = find_committee(session)
        if c is None:
            return None
        city = {key: getattr(c.city, key)
                for key in (*CITY_TEXT_FIELDS, "country", "population", "official_gender")}
        return CommitteeView(c.id, c.name, c.language, c.email, city, c.national_body_name,
                             c.national_body_email)


def set_up_committee(store: Store, setup: CommitteeSetup) -> str:
    """Create the committee and its city on first run; returns the committee id."""
    from sistercity_desktop.services.partnerships import clean_text

    name = clean_text(setup.committee_name, translate("Errors", "The committee's name"),
                      300, required=True)
    city_name = clean_text(setup.city_name, translate("Errors", "Your city's name"),
                           200, required=True)
    country = setup.country.strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise UserError(translate("Errors", "Choose your city's country."))
    if setup.population is not None and not 0 <= setup.population <= 100_000_000:
        raise UserError(translate("Errors", "The population must be between 0 and 100 million."))
    with store.session() as session, session.begin():
        if find_committee(session) is not None:
            raise UserError(translate("Errors", "This data folder already has a committee."))
        city = CityProfile(
            name=city_name,
            country=country,
            population=setup.population,
            languages=setup.language,
            official_name=clean_text(setup.official_name,
                                     translate("Errors", "The official's name"),
                                     200),
            official_title=clean_text(setup.official_title,
                                      translate("Errors", "The official's title"),
                                      200),
            local_organisation=clean_text(setup.local_organisation,
                                          translate("Errors", "The organisation"),
                                          300),
        )
        committee = Committee(name=name, language=setup.language, city=city,
                              email=clean_text(setup.email,
                                               translate("Errors", "The email address"),
                                               300))
        session.add(committee)
        session.flush()
        return committee.id


def update_city_field(store: Store, key: str, value: str) -> None:
    """Edit one field of the committee's own city profile."""
    from sistercity_desktop.services.partnerships import clean_text, field_label

    if key == "official_gender":
        if value not in GENDERS:
            raise UserError(translate("Errors", "Choose one of: {choices}.").format(
                choices=", ".join(GENDERS)))
        with store.session() as session, session.begin():
            committee = require_committee(session)
            committee.city.official_gender = value
        return
    if key not in CITY_TEXT_FIELDS:
        raise UserError(translate("Errors", "Unknown field '{key}'.").format(key=key))
    text = clean_text(value, field_label(key), required=key == "name")
    with store.session() as session, session.begin():
        committee = require_committee(session)
        setattr(committee.city, key, text)


def get_setting(store: Store, key: str, default: str = "") -> str:
    with store.session() as session:
        row = session.get(Setting, key)
        return row.value if row else default


def put_setting(store: Store, key: str, value: str) -> None:
    with store.session() as session, session.begin():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value


def update_committee(store: Store, key: str, value: object) -> None:
    """Edit the committee's name, language or email, or its city's country or population."""
    from sistercity_desktop.services.partnerships import clean_text

    with store.session() as session, session.begin():
        committee = require_committee(session)
        if key == "name":
            committee.name = clean_text(str(value), translate("Errors", "The committee's name"),
                                        300, required=True)
        elif key == "email":
            email = clean_text(str(value), translate("Errors", "The email address"), 300)
            if email and ("@" not in email or " " in email):
                raise UserError(translate("Errors",
                                          "“{email}” does not look like an email address.")
                                .format(email=email))
            committee.email = email
        elif key in ("national_body_name", "national_body_email"):
            text = " ".join(clean_text(str(value), translate("Errors", "The national body"),
                                       300).split())
            if key == "national_body_email" and text and ("@" not in text or " " in text):
                raise UserError(translate("Errors",
                                          "“{email}” does not look like an email address.")
                                .format(email=text))
            setattr(committee, key, text)
        elif key == "language":
            committee.language = clean_text(str(value), translate("Errors", "The language"),
                                            35, required=True)
        elif key == "country":
            country = str(value).strip().upper()
            if len(country) != 2 or not country.isalpha():
                raise UserError(translate("Errors", "Choose your city's country."))
            committee.city.country = country
        elif key == "population":
            if value in (None, "", 0):
                committee.city.population = None
            else:
                try:
                    number = int(str(value).replace(",", "").replace(" ", ""))
                except ValueError:
                    raise UserError(translate("Errors", "“{value}” is not a whole number.")
                                    .format(value=value)) from None
                if not 0 <= number <= 100_000_000:
                    raise UserError(translate("Errors",
                        "The population must be between 0 and 100 million."))
                committee.city.population = number
        else:
            raise UserError(translate("Errors", "Unknown field '{key}'.").format(key=key))
