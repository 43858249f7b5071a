"""Derived facts: distance, time differences, shared office hours, seasons, language."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from sistercity_desktop.research.geo import (
    distance_km,
    hemisphere,
    likely_language,
    seasons_opposite,
    shared_office_hours,
    time_difference_across_year,
    time_difference_hours,
    utc_offset_hours,
)

TOKYO = (35.6895, 139.69171)
OSAKA = (34.69374, 135.50218)
NEW_YORK = (40.71427, -74.00597)
LONDON = (51.50853, -0.12574)
SYDNEY = (-33.86785, 151.20732)

JANUARY = datetime(2026, 1, 15, 12, tzinfo=UTC)
JULY = datetime(2026, 7, 15, 12, tzinfo=UTC)
WEDNESDAY_WINTER = date(2026, 1, 14)
WEDNESDAY_SUMMER = date(2026, 7, 15)
SATURDAY = date(2026, 1, 17)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- distance ------------------------------------------------------------------------------


def test_tokyo_osaka_is_about_400_km() -> None:
    assert distance_km(*TOKYO, *OSAKA) == pytest.approx(400, rel=0.10)


def test_new_york_london_is_about_5570_km() -> None:
    assert distance_km(*NEW_YORK, *LONDON) == pytest.approx(5570, rel=0.01)


def test_distance_is_symmetric_and_zero_to_itself() -> None:
    assert distance_km(*TOKYO, *TOKYO) == 0
    assert distance_km(*TOKYO, *LONDON) == pytest.approx(distance_km(*LONDON, *TOKYO))


def test_antipodes_are_half_the_circumference() -> None:
    assert distance_km(0, 0, 0, 180) == pytest.approx(20015.1, abs=0.1)
    assert distance_km(90, 0, -90, 0) == pytest.approx(20015.1, abs=0.1)


# --- time zones ----------------------------------------------------------------------------


def test_utc_offsets_follow_daylight_saving_time() -> None:
    assert utc_offset_hours("Europe/Berlin", JANUARY) == 1
    assert utc_offset_hours("Europe/Berlin", JULY) == 2
    assert utc_offset_hours("Asia/Kolkata", JANUARY) == 5.5
    assert utc_offset_hours("Australia/Sydney", JANUARY) == 11  # southern summer
    assert utc_offset_hours("UTC", JULY) == 0


def test_naive_datetimes_are_utc_and_aware_ones_are_converted() -> None:
    naive = datetime(2026, 3, 29, 0, 30)  # just before Europe's switch at 01:00 UTC
    assert utc_offset_hours("Europe/Berlin", naive) == 1
    same_instant = datetime(2026, 3, 29, 9, 30, tzinfo=timezone(timedelta(hours=9)))
    assert utc_offset_hours("Europe/Berlin", same_instant) == 1
    assert utc_offset_hours("Europe/Berlin", utc(2026, 3, 29, 1, 30)) == 2


def test_new_york_to_tokyo_is_14_hours_in_january_and_13_in_july() -> None:
    assert time_difference_hours("America/New_York", "Asia/Tokyo", JANUARY) == 14
    assert time_difference_hours("America/New_York", "Asia/Tokyo", JULY) == 13
    assert time_difference_hours("Asia/Tokyo", "America/New_York", JANUARY) == -14


def test_difference_across_the_year() -> None:
    assert time_difference_across_year("America/New_York", "Asia/Tokyo", 2026) == (13, 14)
    # Tokyo and Osaka share a zone; Berlin and Paris change clocks on the same day.
    assert time_difference_across_year("Asia/Tokyo", "Asia/Tokyo", 2024) == (0, 0)
    assert time_difference_across_year("Europe/Berlin", "Europe/Paris", 2026) == (0, 0)
    # Europe and the US switch on different weekends: 5 most of the year, 4 for a while.
    assert time_difference_across_year("America/New_York", "Europe/London", 2026) == (4, 5)
    # Opposite hemispheres: Sydney is 9 to 11 hours ahead of London.
    assert time_difference_across_year("Europe/London", "Australia/Sydney", 2026) == (9, 11)


def test_tokyo_osaka_have_no_time_difference() -> None:
    assert time_difference_hours("Asia/Tokyo", "Asia/Tokyo", JULY) == 0


@pytest.mark.parametrize("bad", ["Mars/Olympus_Mons", "Europe/Berlín", "", "  ", "../etc/passwd"])
def test_bad_time_zone_names_raise_value_error(bad: str) -> None:
    with pytest.raises(ValueError, match="(?i)time zone"):
        utc_offset_hours(bad, JANUARY)
    with pytest.raises(ValueError, match="(?i)time zone"):
        time_difference_hours("Europe/Berlin", bad, JANUARY)
    with pytest.raises(ValueError, match="(?i)time zone"):
        shared_office_hours(bad, "Europe/Berlin", WEDNESDAY_WINTER)


# --- shared office hours -------------------------------------------------------------------


def test_berlin_tokyo_share_nothing_in_winter() -> None:
    # Berlin 09-17 CET is 08-16 UTC; Tokyo 09-17 JST is 00-08 UTC: they only touch at 08:00.
    assert shared_office_hours("Europe/Berlin", "Asia/Tokyo", WEDNESDAY_WINTER) == []


def test_berlin_tokyo_share_one_hour_in_summer() -> None:
    # Berlin 09-17 CEST is 07-15 UTC: 09:00-10:00 in Berlin is 16:00-17:00 in Tokyo.
    windows = shared_office_hours("Europe/Berlin", "Asia/Tokyo", WEDNESDAY_SUMMER)
    assert windows == [(utc(2026, 7, 15, 7), utc(2026, 7, 15, 8))]
    assert shared_office_hours("Asia/Tokyo", "Europe/Berlin", WEDNESDAY_SUMMER) == windows


def test_berlin_paris_share_the_whole_day() -> None:
    windows = shared_office_hours("Europe/Berlin", "Europe/Paris", WEDNESDAY_WINTER)
    assert windows == [(utc(2026, 1, 14, 8), utc(2026, 1, 14, 16))]
    [(start, end)] = windows
    assert end - start == timedelta(hours=8)
    assert start.utcoffset() == timedelta(0)  # UTC-aware


def test_saturday_shares_nothing() -> None:
    assert shared_office_hours("Europe/Berlin", "Europe/Paris", SATURDAY) == []
    assert shared_office_hours("Europe/Berlin", "Europe/Paris", SATURDAY + timedelta(1)) == []


def test_each_city_uses_its_own_local_date() -> None:
    # Monday in Los Angeles, 12:00-17:00, is already Tuesday 09:00-14:00 in Auckland.
    monday = date(2026, 1, 12)
    expected = [(utc(2026, 1, 12, 20), utc(2026, 1, 13, 1))]
    assert shared_office_hours("America/Los_Angeles", "Pacific/Auckland", monday) == expected
    # Seen from Auckland, the same window is its Tuesday.
    tuesday = date(2026, 1, 13)
    assert shared_office_hours("Pacific/Auckland", "America/Los_Angeles", tuesday) == expected
    # Friday afternoon in Los Angeles is Saturday in Auckland: closed.
    friday = date(2026, 1, 16)
    assert shared_office_hours("America/Los_Angeles", "Pacific/Auckland", friday) == []
    # Monday morning in Auckland is Sunday in Los Angeles: closed.
    assert shared_office_hours("Pacific/Auckland", "America/Los_Angeles", monday) == []


def test_custom_office_hours() -> None:
    windows = shared_office_hours(
        "Europe/Berlin", "Asia/Tokyo", WEDNESDAY_WINTER, start=time(8), end=time(18)
    )
    # Berlin 08-18 is 07-17 UTC; Tokyo 08-18 is 23:00 (day before)-09:00 UTC.
    assert windows == [(utc(2026, 1, 14, 7), utc(2026, 1, 14, 9))]
    with pytest.raises(ValueError):
        shared_office_hours("Europe/Berlin", "Asia/Tokyo", WEDNESDAY_WINTER, time(17), time(9))


# --- hemispheres and language --------------------------------------------------------------


def test_hemispheres_and_seasons() -> None:
    assert hemisphere(SYDNEY[0]) == "south"
    assert hemisphere(LONDON[0]) == "north"
    assert hemisphere(0.0) == "north"
    assert seasons_opposite(SYDNEY[0], LONDON[0])
    assert seasons_opposite(LONDON[0], SYDNEY[0])
    assert not seasons_opposite(TOKYO[0], LONDON[0])
    assert not seasons_opposite(SYDNEY[0], -41.3)


@pytest.mark.parametrize(
    ("country", "language"), [("JP", "ja"), ("FR", "fr"), ("jp", "ja"), ("DE", "de")]
)
def test_likely_language(country: str, language: str) -> None:
    assert likely_language(country) == language
