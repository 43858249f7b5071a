"""Facts derived from two cities' positions and time zones: pure functions, no data files.

Time zones come from :mod:`zoneinfo` (the system's tz database, or the ``tzdata``
package where the system has none, as on Windows).
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sistercity_desktop.protocol.languages import suggest_language

__all__ = [
    "EARTH_RADIUS_KM",
    "distance_km",
    "hemisphere",
    "likely_language",
    "seasons_opposite",
    "shared_office_hours",
    "time_difference_across_year",
    "time_difference_hours",
    "utc_offset_hours",
]

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine formula)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _zone(tz: str) -> ZoneInfo:
    if not isinstance(tz, str) or not tz.strip():
        raise ValueError(f"Time zone must be an IANA name such as 'Europe/Berlin', got {tz!r}")
    try:
        return ZoneInfo(tz)  # ZoneInfo caches zones itself
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        if not available_timezones():
            raise ValueError(
                f"Cannot look up time zone {tz!r}: no time zone database found "
                "(install the 'tzdata' package)"
            ) from exc
        raise ValueError(
            f"Unknown time zone {tz!r}: expected an IANA name such as 'Europe/Berlin'"
        ) from exc


def _as_utc(when: datetime) -> datetime:
    """Aware datetimes are converted; naive ones are taken to be UTC already."""
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def utc_offset_hours(tz: str, when: datetime) -> float:
    """The zone's offset from UTC in hours at that instant (DST aware); naive = UTC."""
    offset = _as_utc(when).astimezone(_zone(tz)).utcoffset()
    assert offset is not None
    return offset.total_seconds() / 3600


def time_difference_hours(tz_a: str, tz_b: str, when: datetime) -> float:
    """How many hours B's clocks are ahead of A's at that instant (b minus a)."""
    return utc_offset_hours(tz_b, when) - utc_offset_hours(tz_a, when)


def time_difference_across_year(tz_a: str, tz_b: str, year: int) -> tuple[float, float]:
    """(smallest, largest) b-minus-a difference over the year, sampled daily at 12:00 UTC."""
    day = datetime(year, 1, 1, 12, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    differences = set()
    while day < end:
        differences.add(time_difference_hours(tz_a, tz_b, day))
        day += timedelta(days=1)
    return min(differences), max(differences)


def _office_day(zone: ZoneInfo, day: date, start: time, end: time) -> tuple[datetime, datetime]:
    opens = datetime.combine(day, start, tzinfo=zone).astimezone(UTC)
    closes = datetime.combine(day, end, tzinfo=zone).astimezone(UTC)
    return opens, closes


def shared_office_hours(
    tz_a: str, tz_b: str, on: date, start: time = time(9), end: time = time(17)
) -> list[tuple[datetime, datetime]]:
    """UTC intervals of ``on`` when both city halls are open.

    ``on`` is a day in city A's own calendar (the home committee's working day): A is
    open from ``start`` to ``end`` local time if that day is Monday to Friday. B counts
    as open during the same local hours on whichever of its own local days overlap,
    again only Monday to Friday *in B's local date* - so a Friday afternoon in Los
    Angeles shares nothing with Auckland, where it is already Saturday. Returns
    UTC-aware (start, end) pairs in order, or [] when the offices never overlap.
    """
    if start >= end:
        raise ValueError(f"Office hours must start before they end, got {start}-{end}")
    zone_a, zone_b = _zone(tz_a), _zone(tz_b)
    if on.weekday() >= 5:
        return []
    a_open, a_close = _office_day(zone_a, on, start, end)
    windows: list[tuple[datetime, datetime]] = []
    for shift in (-1, 0, 1):  # time zones are at most 26 hours apart
        day_b = on + timedelta(days=shift)
        if day_b.weekday() >= 5:
            continue
        b_open, b_close = _office_day(zone_b, day_b, start, end)
        lo, hi = max(a_open, b_open), min(a_close, b_close)
        if lo < hi:
            windows.append((lo, hi))
    return windows


def hemisphere(latitude: float) -> str:
    """Either "north" or "south"; the equator counts as north."""
    return "south" if latitude < 0 else "north"


def seasons_opposite(lat_a: float, lat_b: float) -> bool:
    """True when one city is in the northern and the other in the southern hemisphere."""
    return hemisphere(lat_a) != hemisphere(lat_b)


def likely_language(country: str) -> str:
    """The BCP 47 code of the country's main official language, e.g. 'JP' -> 'ja'."""
    return suggest_language(country)
