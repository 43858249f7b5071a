"""Ceremony presets, clock-time timelines, start parsing and gift cautions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from sistercity_desktop.protocol.ceremony import (
    GIFT_CAUTIONS,
    ROLE_LABELS,
    ROLES,
    Preset,
    PresetError,
    _preset,
    gift_cautions,
    parse_start,
    preset_timeline,
    preset_title,
    presets,
    timeline,
)
from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES

TOKYO = ZoneInfo("Asia/Tokyo")
BERLIN = ZoneInfo("Europe/Berlin")


def keys(preset: Preset) -> list[str]:
    return [event.key for event in preset.events]


# --- presets -------------------------------------------------------------------------------

def test_roles_are_the_agreed_keys_with_labels() -> None:
    assert set(ROLES) == {
        "mc", "host_signatory", "guest_signatory", "protocol_officer", "host_interpreter",
        "guest_interpreter", "host_council_chair", "guest_council_chair", "diplomatic_guest",
        "performers", "press", "signing_assistant"}
    assert len(ROLES) == len(set(ROLES))
    assert set(ROLE_LABELS) == set(ROLES)
    assert ROLE_LABELS["mc"] == "Master of ceremonies"


def test_the_three_required_presets_exist() -> None:
    assert {"japanese", "north_american", "european"} <= set(presets())


def test_every_preset_is_complete_in_every_language() -> None:
    for key, preset in presets().items():
        assert preset.key == key
        assert preset.description
        assert set(DOCUMENT_LANGUAGES) <= set(preset.names)
        assert all(preset.names[lang].strip() for lang in DOCUMENT_LANGUAGES)
        for event in preset.events:
            assert 1 <= event.minutes <= 180
            assert event.cue.strip()
            assert set(event.who) <= set(ROLES)
            for lang in DOCUMENT_LANGUAGES:
                assert event.titles[lang].strip(), (key, event.key, lang)


def test_titles_are_native_not_english_copies() -> None:
    for preset in presets().values():
        for event in preset.events:
            for lang in ("ja", "zh-Hans", "ko", "ru"):
                assert event.titles[lang] != event.titles["en"], (preset.key, event.key, lang)


def test_japanese_order_follows_real_practice() -> None:
    preset = presets()["japanese"]
    order = keys(preset)
    assert len(order) >= 10
    assert order[0] == "opening_words"
    assert order.index("host_mayor_remarks") < order.index("guest_mayor_remarks")
    assert order.index("national_anthems") < order.index("introduction_of_delegations") \
        < order.index("host_mayor_remarks")
    assert order.index("guest_mayor_remarks") < order.index("council_chairs_remarks") \
        < order.index("diplomatic_congratulations") < order.index("reading_of_agreement") \
        < order.index("signing_of_agreement") < order.index("exchange_of_originals") \
        < order.index("gift_exchange") < order.index("commemorative_photo") \
        < order.index("closing_words")
    titles = {e.key: e.titles["ja"] for e in preset.events}
    assert titles["opening_words"] == "開会の辞"
    assert titles["signing_of_agreement"] == "協定書署名"
    assert titles["closing_words"] == "閉会の辞"


def test_signing_comes_before_gifts_in_every_preset() -> None:
    for preset in presets().values():
        order = keys(preset)
        signing = next(i for i, k in enumerate(order) if k.startswith("signing_"))
        assert signing < order.index("gift_exchange"), preset.key
        signers = next(e for e in preset.events if e.key.startswith("signing_")).who
        assert {"host_signatory", "guest_signatory"} <= set(signers)


def test_presets_differ_sensibly() -> None:
    north_american = keys(presets()["north_american"])
    european = keys(presets()["european"])
    assert "proclamation_reading" in north_american
    assert north_american.index("pledge_and_anthems") < north_american.index("signing_of_agreement")
    assert "golden_book" in european and "reading_of_charter" in european
    assert european.index("host_mayor_welcome") < european.index("guest_mayor_remarks")
    assert european[-1] == "reception"


def test_presets_returns_a_fresh_dict() -> None:
    presets().clear()
    assert presets()


def good_event(**changes: object) -> dict[str, object]:
    event: dict[str, object] = {"key": "signing", "minutes": 5, "who": ["mc"], "cue": "Sign.",
                                "title": {lang: "Signing" for lang in DOCUMENT_LANGUAGES}}
    event.update(changes)
    return event


def good_preset(*events: dict[str, object]) -> dict[str, object]:
    return {"name": {lang: "Preset" for lang in DOCUMENT_LANGUAGES},
            "description": {"en": "A test preset."}, "events": list(events)}


def test_validation_accepts_a_good_preset() -> None:
    preset = _preset("test", good_preset(good_event()))
    assert preset.events[0].who == ("mc",)


@pytest.mark.parametrize(("event", "message"), [
    (good_event(minutes=0), "minutes"),
    (good_event(minutes=181), "minutes"),
    (good_event(minutes=True), "minutes"),
    (good_event(who=["mayor"]), "unknown roles mayor"),
    (good_event(key="Signing Event"), "snake_case"),
    (good_event(cue=""), "cue"),
    (good_event(title={"en": "Signing"}), "missing text for es"),
])
def test_validation_rejects_broken_events(event: dict[str, object], message: str) -> None:
    with pytest.raises(PresetError, match=message):
        _preset("test", good_preset(event))


def test_validation_rejects_missing_names_and_repeats() -> None:
    broken = good_preset(good_event())
    broken["name"] = {"en": "Only English"}
    with pytest.raises(PresetError, match="name: missing text"):
        _preset("test", broken)
    with pytest.raises(PresetError, match="repeated events signing"):
        _preset("test", good_preset(good_event(), good_event()))


def test_preset_title_falls_back() -> None:
    event = presets()["japanese"].events[0]
    assert preset_title(event, "ja") == "開会の辞"
    assert preset_title(event, "pt-BR") == event.titles["pt"]
    assert preset_title(event, "zh") == event.titles["zh-Hans"]
    assert preset_title(event, "nl") == event.titles["en"]


# --- timeline ------------------------------------------------------------------------------

def test_timeline_clock_times_in_tokyo() -> None:
    start = datetime(2026, 5, 20, 14, 0, tzinfo=TOKYO)
    items = timeline(start, [("Opening", 5), ("Remarks", 10), ("Signing", 15)])
    assert [i.start.strftime("%H:%M") for i in items] == ["14:00", "14:05", "14:15"]
    assert items[-1].end == datetime(2026, 5, 20, 14, 30, tzinfo=TOKYO)
    assert [i.position for i in items] == [1, 2, 3]
    assert [i.minutes for i in items] == [5, 10, 15]
    assert all(i.who == () and i.cue == "" for i in items)
    assert all(i.start.tzinfo is not None for i in items)
    assert items[0].end == items[1].start


def test_timeline_crosses_midnight() -> None:
    start = datetime(2026, 12, 31, 23, 50, tzinfo=TOKYO)
    items = timeline(start, [("Countdown", 10), ("Fireworks", 20)])
    assert items[1].start == datetime(2027, 1, 1, 0, 0, tzinfo=TOKYO)
    assert items[1].end == datetime(2027, 1, 1, 0, 20, tzinfo=TOKYO)


def test_timeline_across_spring_dst_change_in_berlin() -> None:
    # 2026-03-29: clocks jump from 02:00 CET to 03:00 CEST.
    start = datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN)
    (item,) = timeline(start, [("Signing", 60)])
    assert item.end.replace(tzinfo=None) == datetime(2026, 3, 29, 3, 30)
    assert item.end.utcoffset() == timedelta(hours=2)
    assert item.start.utcoffset() == timedelta(hours=1)
    # Real elapsed time is exactly the hour asked for.
    assert item.end.astimezone(UTC) - item.start.astimezone(UTC) == timedelta(minutes=60)


def test_timeline_empty_and_preset_timeline() -> None:
    start = datetime(2026, 5, 20, 10, 0, tzinfo=TOKYO)
    assert timeline(start, []) == []
    preset = presets()["japanese"]
    items = preset_timeline(start, preset, "ja")
    assert items[0].title == "開会の辞"
    assert items[0].who == preset.events[0].who and items[0].cue
    total = sum(e.minutes for e in preset.events)
    assert items[-1].end == start + timedelta(minutes=total)


def test_timeline_rejects_naive_start() -> None:
    with pytest.raises(ValueError, match="time zone"):
        timeline(datetime(2026, 5, 20, 14, 0), [("Opening", 5)])


@pytest.mark.parametrize("minutes", [0, -5, 601, True, 2.5])
def test_timeline_rejects_bad_minutes_naming_the_event(minutes: object) -> None:
    start = datetime(2026, 5, 20, 14, 0, tzinfo=TOKYO)
    with pytest.raises(ValueError, match=r"'Gift exchange'.*1 to 600"):
        timeline(start, [("Opening", 5), ("Gift exchange", minutes)])  # type: ignore[list-item]


# --- parse_start ---------------------------------------------------------------------------

def test_parse_start_builds_an_aware_datetime() -> None:
    start = parse_start(date(2026, 5, 20), "14:30", "Asia/Tokyo")
    assert start == datetime(2026, 5, 20, 14, 30, tzinfo=TOKYO)
    assert start.utcoffset() == timedelta(hours=9)
    assert parse_start(date(2026, 5, 20), " 9:05 ", "Europe/Berlin").hour == 9


@pytest.mark.parametrize("text", ["25:00", "14:60", "1430", "", "ab:cd", "14:3"])
def test_parse_start_rejects_bad_times(text: str) -> None:
    with pytest.raises(ValueError, match="HH:MM"):
        parse_start(date(2026, 5, 20), text, "Asia/Tokyo")


@pytest.mark.parametrize("zone", ["Mars/Olympus", "", "Asia/Tokio", "/etc/passwd"])
def test_parse_start_rejects_unknown_zones(zone: str) -> None:
    with pytest.raises(ValueError, match="Unknown time zone"):
        parse_start(date(2026, 5, 20), "14:30", zone)


def test_parse_start_rejects_a_time_skipped_by_dst() -> None:
    with pytest.raises(ValueError, match="does not exist"):
        parse_start(date(2026, 3, 29), "02:30", "Europe/Berlin")


# --- gift cautions -------------------------------------------------------------------------

def test_japan_cautions() -> None:
    text = " ".join(gift_cautions("JP")).lower()
    assert "white flowers" in text
    assert "4" in text and "9" in text
    assert "black" in text


def test_china_and_korea_cautions() -> None:
    china = " ".join(gift_cautions("cn")).lower()
    assert "clock" in china and "umbrella" in china and "4" in china
    korea = " ".join(gift_cautions("KR")).lower()
    assert "red ink" in korea and "4" in korea


def test_cautions_end_with_the_general_ones() -> None:
    general = GIFT_CAUTIONS["*"]
    assert gift_cautions("JP")[-len(general):] == general
    assert gift_cautions("ZZ") == general
    assert gift_cautions("") == general
    text = " ".join(general).lower()
    assert "property" in text and "price" in text and "customs" in text


def test_enough_countries_and_weak_facts_are_marked() -> None:
    countries = set(GIFT_CAUTIONS) - {"*"}
    assert {"JP", "CN", "KR"} <= countries
    assert len(countries - {"JP", "CN", "KR"}) >= 5
    for country, cautions in GIFT_CAUTIONS.items():
        assert cautions, country
        assert all(c.strip().endswith((".", ")")) for c in cautions), country
