"""Partner suggestions: gazetteer cities ranked by similarity to the committee's city.

For a city from the gazetteer only its population is known, so the ranking is by the
population sub-score of :func:`~sistercity_desktop.research.similarity.similarity` (closeness
of log10 population), filtered by country, likely document language, distance and the
committee's existing partners. The other data points stay "not known yet" until the
committee researches a candidate.

Speed: everything per city that does not depend on the query (log10 population, position
as radians and as a unit vector, country, likely language) is computed once per gazetteer
and cached. A query narrows the candidates by country or by latitude band, tests distance
with a dot product (the haversine only settles the rare borderline city and the distances
shown), and picks the best with :func:`heapq.nsmallest`: a few milliseconds typically,
under 50 ms at worst, over ~34,000 cities.
"""

from __future__ import annotations

import heapq
import math
import threading
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

from sistercity_desktop.research.gazetteer import City, Gazetteer, fold, fold_all
from sistercity_desktop.research.geo import EARTH_RADIUS_KM, likely_language
from sistercity_desktop.research.similarity import (
    DATA_POINTS,
    DEFAULT_WEIGHTS,
    Similarity,
    SubScore,
    population_subscore,
    validate_weights,
    weighted_total,
)

__all__ = ["MAX_TOP", "SAME_PLACE_KM", "Suggestion", "language_matches", "suggest"]

MAX_TOP = 500
# A gazetteer city this close to the origin is the committee's own city.
SAME_PLACE_KM = 1.0
# How many search hits to check when excluding a partner by one of its alternate names;
# exact name matches lead the gazetteer's results, so this is plenty.
_NAME_HITS = 50
# Widening of the latitude pre-filter (radians, ~6 m) so that rounding can never drop a
# city that the exact distance test would keep.
_MARGIN = 1e-6
# Dot products this close to cos(reach) are settled by the haversine. Rounding in either
# is ~1e-16; cos(1 km / R) is 1 - 1.2e-8, so small reaches stay well resolved.
_EDGE = 1e-12
_NOT_KNOWN = "not known yet"
# No two places on Earth are further apart than this, so such a limit filters nothing.
_HALF_WORLD_KM = math.pi * EARTH_RADIUS_KM


@dataclass(frozen=True)
class Suggestion:
    """One suggested partner city."""

    city: City
    distance_km: float | None  # from the origin; None without an origin
    language: str  # likely document language (BCP 47)
    similarity: Similarity  # only population is known; the rest is "not known yet"


class _Origin:
    """The origin in the forms the distance tests need."""

    def __init__(self, latitude: float, longitude: float) -> None:
        self.phi = math.radians(latitude)
        self.lam = math.radians(longitude)
        self.cos_phi = math.cos(self.phi)
        self.x = self.cos_phi * math.cos(self.lam)
        self.y = self.cos_phi * math.sin(self.lam)
        self.z = math.sin(self.phi)


# --- per-gazetteer tables ------------------------------------------------------------------


class _Table:
    """Query-independent facts about every city, index-aligned with ``gazetteer.cities()``."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        cities = gazetteer.cities()
        self.cities = cities
        # inf sorts cities without a population last instead of failing log10.
        self.log_pop = [math.log10(c.population) if c.population > 0 else math.inf for c in cities]
        self.lat = [math.radians(c.latitude) for c in cities]
        self.lon = [math.radians(c.longitude) for c in cities]
        self.cos_lat = [math.cos(phi) for phi in self.lat]
        # Unit vectors: "within r of the origin" is then a dot product against cos(r),
        # far cheaper than a haversine for every city.
        self.x = [c * math.cos(lam) for c, lam in zip(self.cos_lat, self.lon, strict=True)]
        self.y = [c * math.sin(lam) for c, lam in zip(self.cos_lat, self.lon, strict=True)]
        self.z = [math.sin(phi) for phi in self.lat]
        self.country = [c.country.upper() for c in cities]
        by_country: dict[str, list[int]] = {}
        for index, country in enumerate(self.country):
            by_country.setdefault(country, []).append(index)
        self.by_country = {code: tuple(indices) for code, indices in by_country.items()}
        # ~250 countries: one CLDR look-up each instead of one per city.
        self.language = {code: likely_language(code) for code in self.by_country}
        self.by_id = {c.geonameid: index for index, c in enumerate(cities)}
        by_name: dict[tuple[str, str], list[int]] = {}
        for index, key in enumerate(fold_all([c.name for c in cities])):
            by_name.setdefault((key, self.country[index]), []).append(index)
        self.by_name = by_name
        # Indices ordered by latitude, for a bisectable latitude band around the origin.
        self.lat_order = sorted(range(len(cities)), key=self.lat.__getitem__)
        self.lat_sorted = [self.lat[i] for i in self.lat_order]

    def distance_km(self, index: int, origin: _Origin) -> float:
        """Haversine distance from the origin to a city (the same formula as geo.distance_km)."""
        s_phi = math.sin((self.lat[index] - origin.phi) / 2)
        s_lam = math.sin((self.lon[index] - origin.lam) / 2)
        a = s_phi * s_phi + origin.cos_phi * self.cos_lat[index] * s_lam * s_lam
        return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))

    def latitude_band(self, phi0: float, radius: float) -> list[int]:
        """Indices of the cities whose latitude is within ``radius`` radians of ``phi0``."""
        lo = bisect_left(self.lat_sorted, phi0 - radius - _MARGIN)
        hi = bisect_right(self.lat_sorted, phi0 + radius + _MARGIN)
        return self.lat_order[lo:hi]


_tables: dict[int, tuple[weakref.ref[Gazetteer], _Table]] = {}
_tables_lock = threading.Lock()


def _table(gazetteer: Gazetteer) -> _Table:
    """The cached table for this gazetteer, built on first use (about half a second)."""
    key = id(gazetteer)
    entry = _tables.get(key)
    # The weak reference guards against a new gazetteer reusing a dead one's id.
    if entry is not None and entry[0]() is gazetteer:
        return entry[1]
    with _tables_lock:
        entry = _tables.get(key)
        if entry is not None and entry[0]() is gazetteer:
            return entry[1]
        table = _Table(gazetteer)
        _tables[key] = (weakref.ref(gazetteer), table)
        weakref.finalize(gazetteer, _tables.pop, key, None)
        return table


# --- filters -------------------------------------------------------------------------------


def language_matches(wanted: str, language: str) -> bool:
    """Whether a BCP 47 filter matches a language, case-insensitively.

    Exact codes match ("zh-Hans" = "zh-hans"); a bare primary subtag matches every variant
    ("zh" matches "zh-Hans" and "zh-Hant"), and a variant matches its bare language ("pt-BR"
    matches "pt"), but two different variants do not ("zh-Hans" is not "zh-Hant").
    """
    wanted, language = wanted.strip().casefold(), language.strip().casefold()
    if wanted == language:
        return True
    w_primary, _, w_rest = wanted.partition("-")
    l_primary, _, l_rest = language.partition("-")
    return w_primary == l_primary and not (w_rest and l_rest)


def _codes(values: Collection[str]) -> set[str]:
    if isinstance(values, str):  # one code given bare rather than in a list
        values = (values,)
    return {v.strip().upper() for v in values if v and v.strip()}


def _allowed_countries(
    table: _Table, countries: Collection[str], languages: Collection[str], excluded: set[str]
) -> set[str] | None:
    """The countries a suggestion may come from, or None for "every country"."""
    allowed: set[str] | None = None
    wanted = _codes(countries)
    if wanted:
        allowed = wanted & table.by_country.keys()
    if isinstance(languages, str):
        languages = (languages,)
    tags = [tag for tag in languages if tag and tag.strip()]
    if tags:
        speaking = {
            code
            for code, language in table.language.items()
            if any(language_matches(tag, language) for tag in tags)
        }
        allowed = speaking if allowed is None else allowed & speaking
    if excluded:
        allowed = (set(table.by_country) if allowed is None else allowed) - excluded
    return allowed


def _excluded_indices(
    gazetteer: Gazetteer,
    table: _Table,
    geonameids: Iterable[int],
    names: Iterable[tuple[str, str]],
) -> set[int]:
    excluded = {table.by_id[g] for g in geonameids if g in table.by_id}
    for name, country in names:
        key, code = fold(name), country.strip().upper()
        if not key:
            continue
        excluded.update(table.by_name.get((key, code), ()))
        # A partner recorded under another of its names ("München" for Munich).
        for city in gazetteer.search(name, limit=_NAME_HITS):
            if city.country.upper() == code and key in fold_all([city.name, *city.alternate_names]):
                excluded.add(table.by_id[city.geonameid])
    return excluded


def _check_arguments(
    population: int,
    origin: tuple[float, float] | None,
    max_distance_km: float | None,
    top: int,
) -> None:
    if isinstance(population, bool) or not isinstance(population, int) or population <= 0:
        raise ValueError(f"Population must be a whole number above 0, got {population!r}")
    if isinstance(top, bool) or not isinstance(top, int) or not 1 <= top <= MAX_TOP:
        raise ValueError(f"top must be a whole number from 1 to {MAX_TOP}, got {top!r}")
    if origin is not None:
        try:
            lat, lon = (float(v) for v in origin)
        except (TypeError, ValueError):
            raise ValueError(
                f"Origin must be a (latitude, longitude) pair, got {origin!r}"
            ) from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(
                f"Origin must have latitude -90..90 and longitude -180..180, got {origin!r}"
            )
    if max_distance_km is not None:
        if origin is None:
            raise ValueError(
                "A maximum distance needs an origin: pass origin=(latitude, longitude) "
                "of your city, or drop max_distance_km"
            )
        if not max_distance_km >= 0:  # also rejects NaN
            raise ValueError(f"Maximum distance must be 0 km or more, got {max_distance_km!r}")


# --- suggest -------------------------------------------------------------------------------


def suggest(
    gazetteer: Gazetteer,
    *,
    population: int,
    origin: tuple[float, float] | None = None,
    countries: Collection[str] = (),
    languages: Collection[str] = (),
    max_distance_km: float | None = None,
    exclude_countries: Collection[str] = (),
    exclude_geonameids: Collection[int] = (),
    exclude_names: Collection[tuple[str, str]] = (),
    top: int = 20,
    weights: Mapping[str, int] | None = None,
) -> list[Suggestion]:
    """The ``top`` gazetteer cities most similar in size to ours, best first.

    Ranked by similarity total, which for gazetteer cities is the population sub-score,
    then by closeness of population (so cities more than ten times larger or smaller keep
    a sensible order), then larger city first.

    Filters: ``countries`` (ISO codes, any case; empty = all), ``languages`` (BCP 47; a
    city's likely document language must match exactly or by primary subtag, see
    :func:`language_matches`), ``max_distance_km`` from ``origin`` (latitude, longitude),
    ``exclude_countries`` (e.g. where the committee already has a partner),
    ``exclude_geonameids`` and ``exclude_names`` ((name, country) pairs, matched
    case- and accent-insensitively against any of a city's names). The origin city itself
    (within 1 km of ``origin``) is never suggested.

    Raises ValueError for a population that is not positive, ``top`` outside 1..500,
    invalid weights, or a maximum distance without an origin.
    """
    _check_arguments(population, origin, max_distance_km, top)
    table_weights = validate_weights(weights if weights is not None else DEFAULT_WEIGHTS)
    table = _table(gazetteer)

    allowed = _allowed_countries(table, countries, languages, _codes(exclude_countries))
    excluded = _excluded_indices(gazetteer, table, exclude_geonameids, exclude_names)
    place = None if origin is None else _Origin(float(origin[0]), float(origin[1]))

    # Candidates always come in index order (largest city first): nsmallest is stable, so
    # equally close populations keep a deterministic, larger-first order.
    candidates: Iterable[int] = _pool(table, allowed)
    if place is not None:
        # The origin city itself is never a partner: only the few cities within a kilometre
        # (a latitude band a kilometre wide) get a distance for that.
        nearby = _within(table, _band(table, place, SAME_PLACE_KM), place, SAME_PLACE_KM)
        excluded.update(i for i in nearby if table.distance_km(i, place) < SAME_PLACE_KM)
        if max_distance_km is not None and max_distance_km < _HALF_WORLD_KM:
            # Scan whichever is smaller: the latitude band in reach or the allowed countries.
            source: Sequence[int] = _band(table, place, max_distance_km)
            if isinstance(candidates, list) and len(candidates) < len(source):
                source = candidates
            near = sorted(_within(table, source, place, max_distance_km))
            candidates = (
                near if allowed is None else [i for i in near if table.country[i] in allowed]
            )

    if excluded:
        candidates = (i for i in candidates if i not in excluded)

    # The population sub-score falls monotonically with |log10 ratio| (clamped at 0 from a
    # factor of ten), so ordering by that distance orders by total, then by closeness.
    target = math.log10(population)
    log_pop = table.log_pop
    best = heapq.nsmallest(top, candidates, key=lambda i: abs(log_pop[i] - target))

    results = []
    for index in best:
        city = table.cities[index]
        distance = None if place is None else table.distance_km(index, place)
        parts = (
            population_subscore(population, city.population),
            *(SubScore(point, None, _NOT_KNOWN) for point in DATA_POINTS[1:]),
        )
        results.append(
            Suggestion(
                city=city,
                distance_km=distance,
                language=table.language[table.country[index]],
                similarity=Similarity(parts=parts, total=weighted_total(parts, table_weights)),
            )
        )
    return results


def _pool(table: _Table, allowed: set[str] | None) -> Iterable[int]:
    """Indices of the cities in the allowed countries, in index order."""
    count = len(table.cities)
    if allowed is None:
        return range(count)
    size = sum(len(table.by_country[code]) for code in allowed)
    if 2 * size > count:  # most of the world: one pass beats sorting the country lists
        country = table.country
        return (i for i in range(count) if country[i] in allowed)
    # The per-country lists are sorted runs, which sorted() merges in linear time.
    return sorted(chain.from_iterable(table.by_country[code] for code in allowed))


def _band(table: _Table, place: _Origin, reach_km: float) -> Sequence[int]:
    """Cities whose latitude alone does not put them beyond ``reach_km``."""
    radius = reach_km / EARTH_RADIUS_KM
    if radius >= math.pi:
        return range(len(table.cities))
    return table.latitude_band(place.phi, radius)


def _within(table: _Table, indices: Iterable[int], place: _Origin, reach_km: float) -> list[int]:
    """Those of ``indices`` within ``reach_km`` (haversine) of the origin.

    Decided by the dot product of unit vectors against cos(reach); only the rare city so
    close to the edge that rounding could matter gets the haversine, which stays the
    authority, so the distances reported never exceed the limit.
    """
    radius = reach_km / EARTH_RADIUS_KM  # angular radius of the circle, radians
    if radius >= math.pi:
        return list(indices)
    cos_r = math.cos(radius)
    x0, y0, z0 = place.x, place.y, place.z
    xs, ys, zs = table.x, table.y, table.z
    found = []
    for i in indices:
        dot = xs[i] * x0 + ys[i] * y0 + zs[i] * z0
        if dot < cos_r - _EDGE:
            continue
        if dot > cos_r + _EDGE or table.distance_km(i, place) <= reach_km:
            found.append(i)
    return found
