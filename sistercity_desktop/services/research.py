"""Research use-cases: candidates from the gazetteer, facts, scores, decisions, suggestions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sistercity_desktop.errors import UserError
from sistercity_desktop.research import geo
from sistercity_desktop.research.gazetteer import City, shared_gazetteer
from sistercity_desktop.research.similarity import (
    ACADEMIC_KINDS,
    CLIMATES,
    CULTURAL_KINDS,
    DEFAULT_WEIGHTS,
    CityPoints,
    Similarity,
    normalise_terms,
    similarity,
    validate_weights,
)
from sistercity_desktop.research.suggest import Suggestion, suggest
from sistercity_desktop.services.committee import require_committee
from sistercity_desktop.services.partnerships import _get, clean_text, field_label
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import (
    CANDIDATE_STATUSES,
    TIE_KINDS,
    Candidate,
    CityProfile,
    Partnership,
    Tie,
)
from sistercity_desktop.text import translate

# Editable text fields of a candidate's city profile and of the candidate itself.
CITY_FIELDS = ("geography", "climate", "industries", "academic_kinds", "cultural_kinds",
               "academic_institutions", "cultural_institutions", "official_name",
               "official_title")
CANDIDATE_FIELDS = ("relationships", "history", "history_strength", "sources", "notes")


def _terms(text: str) -> frozenset[str]:
    return normalise_terms(text)


def points_of(city: CityProfile, candidate: Candidate | None = None) -> CityPoints:
    """The guide's data points of a city (ties and history from the candidate record)."""
    return CityPoints(
        population=city.population,
        geography=_terms(city.geography),
        climate=city.climate,
        industries=_terms(city.industries),
        academic=_terms(city.academic_kinds),
        cultural=_terms(city.cultural_kinds),
        ties=tuple((t.kind, t.strength) for t in candidate.ties) if candidate else (),
        history=candidate.history_strength if candidate else 0,
    )


def weights_of(store: Store) -> dict[str, int]:
    with store.session() as session:
        raw = require_committee(session).weights
    try:
        return validate_weights(json.loads(raw)) if raw else dict(DEFAULT_WEIGHTS)
    except (ValueError, TypeError):
        return dict(DEFAULT_WEIGHTS)  # a damaged setting falls back rather than blocking research


def set_weights(store: Store, weights: dict[str, object]) -> dict[str, int]:
    try:
        clean = validate_weights(weights)
    except ValueError as exc:
        raise UserError(*exc.args) from None  # keeps a translatable message translatable
    with store.session() as session, session.begin():
        committee = require_committee(session)
        committee.weights = json.dumps(clean, sort_keys=True)
    return clean


# --- gazetteer -------------------------------------------------------------------


def search_cities(query: str, limit: int = 10) -> list[City]:
    """Type-ahead over the offline gazetteer (loads it on first use)."""
    if not 1 <= limit <= 500:
        raise UserError(translate("Errors", "The limit must be between 1 and 500."))
    return shared_gazetteer().search(query, limit)


def _profile_from(city: City) -> CityProfile:
    return CityProfile(
        name=city.name, country=city.country, population=city.population,
        latitude=city.latitude, longitude=city.longitude, timezone=city.timezone,
        geonameid=city.geonameid, languages=geo.likely_language(city.country),
    )


def our_coordinates(store: Store) -> tuple[float, float] | None:
    """Our city's position; looked up in the gazetteer once if the profile lacks it."""
    with store.session() as session, session.begin():
        city = require_committee(session).city
        if city.latitude is not None and city.longitude is not None:
            return city.latitude, city.longitude
        match = next((c for c in shared_gazetteer().search(city.name, 20)
                      if c.country == city.country), None)
        if match is None:
            return None
        city.latitude, city.longitude = match.latitude, match.longitude
        city.timezone = city.timezone or match.timezone
        city.geonameid = city.geonameid or match.geonameid
        if city.population is None:
            city.population = match.population
        return match.latitude, match.longitude


# --- candidates --------------------------------------------------------------------


def add_candidate(store: Store, pid: str, geonameid: int) -> str:
    """Add a gazetteer city as a candidate; returns the candidate's id."""
    city = shared_gazetteer().get(geonameid)
    if city is None:
        raise UserError(translate("Errors", "No city with GeoNames id {geonameid} in the "
                                  "gazetteer.").format(geonameid=geonameid))
    with store.session() as session, session.begin():
        p = _get(session, pid)
        if any(c.city.geonameid == geonameid for c in p.candidates):
            raise UserError(translate("Errors", "{city} is already a candidate.")
                            .format(city=city.name))
        candidate = Candidate(city=_profile_from(city), position=len(p.candidates))
        p.candidates.append(candidate)
        session.flush()
        return candidate.id


def add_candidate_by_name(store: Store, pid: str, name: str, country: str) -> str:
    """A candidate the gazetteer does not know (a town under 15,000 people)."""
    name = " ".join(clean_text(name, translate("Errors", "The city's name"), 200,
                                  required=True).split())
    country = country.strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise UserError(translate("Errors", "Choose the candidate city's country."))
    with store.session() as session, session.begin():
        p = _get(session, pid)
        if any(c.city.name.casefold() == name.casefold() and c.city.country == country
               for c in p.candidates):
            raise UserError(translate("Errors", "{city} is already a candidate.")
                            .format(city=name))
        candidate = Candidate(city=CityProfile(name=name, country=country,
                                               languages=geo.likely_language(country)),
                              position=len(p.candidates))
        p.candidates.append(candidate)
        session.flush()
        return candidate.id


def _candidate(session, candidate_id: str) -> Candidate:  # noqa: ANN001 (Session)
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise UserError(translate("Errors", "That candidate no longer exists."))
    return candidate


def update_candidate(store: Store, candidate_id: str, key: str, value: object) -> None:
    """Save one field of a candidate or its city profile; bad values change nothing."""
    with store.session() as session, session.begin():
        candidate = _candidate(session, candidate_id)
        if key == "population":
            candidate.city.population = _population(value)
        elif key == "history_strength":
            strength = _int(value, translate("Errors", "The strength of the historical tie"))
            if not 0 <= strength <= 3:
                raise UserError(translate("Errors", "The strength of the historical tie is from "
                                          "0 (none) to 3."))
            candidate.history_strength = strength
        elif key in CANDIDATE_FIELDS:
            setattr(candidate, key, clean_text(str(value), field_label(key)))
        elif key in CITY_FIELDS:
            setattr(candidate.city, key, _city_value(key, value))
        else:
            raise UserError(translate("Errors", "Unknown field '{key}'.").format(key=key))


def update_our_city(store: Store, key: str, value: object) -> None:
    """Save one of our own city's data points (same rules as a candidate's)."""
    if key not in CITY_FIELDS and key != "population":
        raise UserError(translate("Errors", "Unknown field '{key}'.").format(key=key))
    with store.session() as session, session.begin():
        city = require_committee(session).city
        if key == "population":
            city.population = _population(value)
        else:
            setattr(city, key, _city_value(key, value))


def _int(value: object, label: str) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise UserError(translate("Errors", "{label}: “{value}” is not a whole number.")
                        .format(label=label, value=str(value))) from None


def _population(value: object) -> int | None:
    if value in (None, ""):
        return None
    number = _int(str(value).replace(",", "").replace(" ", ""),
                  translate("Errors", "The population"))
    if not 0 <= number <= 100_000_000:
        raise UserError(translate("Errors", "The population must be between 0 and 100 million."))
    return number


def _city_value(key: str, value: object) -> str:
    text = clean_text(str(value), field_label(key))
    if key == "climate" and text and text not in CLIMATES:
        raise UserError(translate("Errors", "Choose a climate from: {choices}.")
                        .format(choices=", ".join(CLIMATES)))
    vocabulary = {"academic_kinds": ACADEMIC_KINDS, "cultural_kinds": CULTURAL_KINDS}.get(key)
    if vocabulary:
        unknown = [t for t in normalise_terms(text) if t not in vocabulary]
        if unknown:
            raise UserError(translate("Errors", "Unknown kind '{kind}'; choose from {choices}.")
                            .format(kind=unknown[0], choices=", ".join(vocabulary)))
        text = ", ".join(sorted(normalise_terms(text)))
    return text


def add_tie(store: Store, candidate_id: str, kind: str, strength: int, note: str = "") -> str:
    if kind not in TIE_KINDS:
        raise UserError(translate("Errors", "The kind of tie must be one of {choices}.")
                        .format(choices=", ".join(TIE_KINDS)))
    if not 1 <= strength <= 3:
        raise UserError(translate("Errors", "A tie's strength is 1 (slight), 2 (real) or "
                                  "3 (strong)."))
    with store.session() as session, session.begin():
        candidate = _candidate(session, candidate_id)
        tie = Tie(kind=kind, strength=strength,
                  note=clean_text(note, translate("Errors", "The note"), 2000))
        candidate.ties.append(tie)
        session.flush()
        return tie.id


def remove_tie(store: Store, tie_id: str) -> None:
    with store.session() as session, session.begin():
        tie = session.get(Tie, tie_id)
        if tie is not None:
            session.delete(tie)


def remove_candidate(store: Store, candidate_id: str) -> None:
    with store.session() as session, session.begin():
        candidate = session.get(Candidate, candidate_id)
        if candidate is not None:
            session.delete(candidate)


def decide(store: Store, candidate_id: str, status: str, reason: str,
           on: date | None = None) -> None:
    """Choose or decline a candidate, always with the reason (the committee's memory)."""
    if status not in CANDIDATE_STATUSES:
        raise UserError(translate("Errors", "The decision must be one of {choices}.")
                        .format(choices=", ".join(CANDIDATE_STATUSES)))
    why = clean_text(reason, translate("Errors", "The reason"),
                     required=status != "considering")
    with store.session() as session, session.begin():
        candidate = _candidate(session, candidate_id)
        p = session.get(Partnership, candidate.partnership_id)
        if status == "chosen":
            for other in p.candidates:
                if other.status == "chosen" and other.id != candidate.id:
                    raise UserError(translate("Errors", "{city} is already chosen; set it back to "
                                              "“considering” first.")
                                    .format(city=other.city.name))
            p.partner_city = candidate.city
            p.partner_language = p.partner_language or candidate.city.languages.split(",")[0]
            if not p.selection_reason:
                p.selection_reason = why
        elif candidate.status == "chosen" and p.partner_city_id == candidate.city_id:
            p.partner_city = None  # un-choosing frees the partnership for another candidate
        candidate.status = status
        candidate.decision_reason = why
        candidate.decided_on = (on or date.today()) if status != "considering" else None


# --- derived facts and comparison -----------------------------------------------------


@dataclass(frozen=True)
class CandidateFacts:
    distance_km: float | None
    time_difference: float | None       # hours, candidate minus us, now
    time_difference_range: tuple[float, float] | None
    office_hours_overlap: float | None  # hours on the next weekday
    hemisphere: str | None
    seasons_opposite: bool | None
    language: str


@dataclass(frozen=True)
class CandidateRow:
    id: str
    name: str
    country: str
    population: int | None
    status: str
    decision_reason: str
    decided_on: date | None
    facts: CandidateFacts
    similarity: Similarity


def _next_weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def facts_between(ours: CityProfile, theirs: CityProfile, now: datetime) -> CandidateFacts:
    """Distance, clocks, office hours, seasons and language: what the map and calendar say."""
    distance = None
    if None not in (ours.latitude, ours.longitude, theirs.latitude, theirs.longitude):
        distance = geo.distance_km(ours.latitude, ours.longitude, theirs.latitude,
                                   theirs.longitude)
    difference = spread = overlap = None
    if ours.timezone and theirs.timezone:
        try:
            difference = geo.time_difference_hours(ours.timezone, theirs.timezone, now)
            spread = geo.time_difference_across_year(ours.timezone, theirs.timezone, now.year)
            windows = geo.shared_office_hours(ours.timezone, theirs.timezone,
                                              _next_weekday(now.date()))
            overlap = sum((end - start).total_seconds() for start, end in windows) / 3600
        except ValueError:
            pass  # an unknown zone name: show the other facts rather than none
    hemisphere = opposite = None
    if theirs.latitude is not None:
        hemisphere = geo.hemisphere(theirs.latitude)
        if ours.latitude is not None:
            opposite = geo.seasons_opposite(ours.latitude, theirs.latitude)
    return CandidateFacts(distance, difference, spread, overlap, hemisphere, opposite,
                          geo.likely_language(theirs.country))


def comparison(store: Store, pid: str, now: datetime | None = None) -> list[CandidateRow]:
    """Every candidate with its facts and sub-scores, best total first."""
    moment = now or datetime.now(UTC)
    weights = weights_of(store)
    with store.session() as session:
        p = _get(session, pid)
        ours = p.committee.city
        mine = points_of(ours)
        rows = [
            CandidateRow(
                c.id, c.city.name, c.city.country, c.city.population, c.status,
                c.decision_reason, c.decided_on, facts_between(ours, c.city, moment),
                similarity(mine, points_of(c.city, c), weights),
            )
            for c in p.candidates
        ]
    return sorted(rows, key=lambda r: (r.similarity.total is None, -(r.similarity.total or 0)))


def suggestions(store: Store, pid: str | None = None, countries: tuple[str, ...] = (),
                languages: tuple[str, ...] = (), max_distance_km: float | None = None,
                exclude_partner_countries: bool = False, top: int = 20) -> list[Suggestion]:
    """Gazetteer cities like ours that the committee has not considered yet."""
    origin = our_coordinates(store)
    if max_distance_km is not None and origin is None:
        raise UserError(translate("Errors", "Your city's position is unknown, so distance "
                                  "cannot be used: pick your city from the gazetteer in "
                                  "the research step first."))
    with store.session() as session:
        committee = require_committee(session)
        population = committee.city.population
        # Never suggest our own city (the gazetteer point may lie a few km from ours).
        excluded_ids = {committee.city.geonameid} if committee.city.geonameid else set()
        excluded_names = {(committee.city.name.casefold(), committee.city.country)}
        partner_countries = set()
        for p in committee.partnerships:
            if p.partner_city is not None:
                partner_countries.add(p.partner_city.country)
                excluded_names.add((p.partner_city.name.casefold(), p.partner_city.country))
            for c in p.candidates:
                if c.city.geonameid:
                    excluded_ids.add(c.city.geonameid)
                excluded_names.add((c.city.name.casefold(), c.city.country))
        weights = weights_of(store)
    if not population:
        raise UserError(translate("Errors", "Enter your city's population first "
                                  "(File › Committee and city)."))
    try:
        return suggest(shared_gazetteer(), population=population, origin=origin,
                       countries=countries, languages=languages,
                       max_distance_km=max_distance_km,
                       exclude_countries=partner_countries if exclude_partner_countries else (),
                       exclude_geonameids=excluded_ids, exclude_names=excluded_names, top=top,
                       weights=weights)
    except ValueError as exc:
        raise UserError(*exc.args) from None  # keeps a translatable message translatable



@dataclass(frozen=True)
class TieView:
    id: str
    kind: str
    strength: int
    note: str


@dataclass(frozen=True)
class CandidateDetail:
    id: str
    name: str
    country: str
    city: dict[str, object]           # the data point fields and population
    texts: dict[str, str]             # relationships, history, sources, notes
    history_strength: int
    ties: tuple[TieView, ...]
    status: str
    decision_reason: str
    decided_on: date | None


def _city_values(city: CityProfile) -> dict[str, object]:
    return {key: getattr(city, key) for key in (*CITY_FIELDS, "population")}


def candidate_detail(store: Store, candidate_id: str) -> CandidateDetail:
    with store.session() as session:
        c = _candidate(session, candidate_id)
        return CandidateDetail(
            c.id, c.city.name, c.city.country, _city_values(c.city),
            {key: getattr(c, key) for key in ("relationships", "history", "sources", "notes")},
            c.history_strength, tuple(TieView(t.id, t.kind, t.strength, t.note) for t in c.ties),
            c.status, c.decision_reason, c.decided_on,
        )


def our_city_values(store: Store) -> dict[str, object]:
    with store.session() as session:
        return _city_values(require_committee(session).city)
