"""Signing ceremony: programme presets, clock-time timelines and gift cautions.

The presets (resources/ceremony/presets.json) follow real practice: Japanese, North
American, European and Korean orders of events, with each programme line written natively
in every document language. Pure Python; times are timezone-aware so a programme printed
for a visiting delegation is correct even on a daylight-saving day.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES
from sistercity_desktop.text import Text, translate

# Order: who is announced first on a programme, then the people who make it run.
ROLES: tuple[str, ...] = (
    "mc",
    "host_signatory",
    "guest_signatory",
    "host_council_chair",
    "guest_council_chair",
    "diplomatic_guest",
    "protocol_officer",
    "signing_assistant",
    "host_interpreter",
    "guest_interpreter",
    "performers",
    "press",
)

ROLE_LABELS: dict[str, str] = {
    "mc": "Master of ceremonies",
    "host_signatory": "Host signatory",
    "guest_signatory": "Guest signatory",
    "host_council_chair": "Host council chair",
    "guest_council_chair": "Guest council chair",
    "diplomatic_guest": "Diplomatic guest",
    "protocol_officer": "Protocol officer",
    "signing_assistant": "Signing assistant",
    "host_interpreter": "Host interpreter",
    "guest_interpreter": "Guest interpreter",
    "performers": "Performers",
    "press": "Press",
}

PRESET_MINUTES = (1, 180)  # a preset item longer than three hours is a typing mistake
TIMELINE_MINUTES = (1, 600)  # user-edited items may be longer (a full-evening reception)

_SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_HHMM = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


class PresetError(ValueError):
    """presets.json is missing or broken (an editor's mistake, reported plainly)."""


@dataclass(frozen=True)
class PresetEvent:
    """One programme item of a preset: its duration, who takes part and the organiser's cue."""

    key: str
    minutes: int
    who: tuple[str, ...]
    cue: str
    titles: dict[str, str]


@dataclass(frozen=True)
class Preset:
    """A ceremony order drawn from real practice, named in every document language."""

    key: str
    names: dict[str, str]
    description: str
    events: tuple[PresetEvent, ...]
    # The description in the languages it is written in (always "en"), for the window.
    descriptions: dict[str, str] = field(default_factory=dict)

    def described(self, language: str) -> str:
        """The description in `language` (e.g. "ja", "zh-Hans"), else English."""
        return self.descriptions.get(language) or self.description


@dataclass(frozen=True)
class TimedEvent:
    """A programme item placed on the clock; `start` and `end` are timezone-aware."""

    position: int
    title: str
    start: datetime
    end: datetime
    minutes: int
    who: tuple[str, ...]
    cue: str


def _languages(where: str, value: Any) -> dict[str, str]:
    """A {language: text} map holding every document language, else PresetError."""
    if not isinstance(value, dict):
        raise PresetError(f"{where}: expected one text per language, got {type(value).__name__}")
    missing = [lang for lang in DOCUMENT_LANGUAGES
               if not isinstance(value.get(lang), str) or not value[lang].strip()]
    if missing:
        raise PresetError(f"{where}: missing text for {', '.join(missing)}")
    return {lang: value[lang] for lang in DOCUMENT_LANGUAGES}


def _event(where: str, raw: Any) -> PresetEvent:
    if not isinstance(raw, dict):
        raise PresetError(f"{where}: an event must be an object")
    key = raw.get("key")
    if not isinstance(key, str) or not _SNAKE.match(key):
        raise PresetError(f"{where}: event key {key!r} must be snake_case")
    where = f"{where} {key!r}"
    minutes = raw.get("minutes")
    low, high = PRESET_MINUTES
    # bool is an int subclass; `true` minutes is a JSON typo, not one minute.
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not low <= minutes <= high:
        raise PresetError(f"{where}: minutes must be a whole number {low}..{high}, not "
                          f"{minutes!r}")
    who = raw.get("who")
    if not isinstance(who, list) or not all(isinstance(role, str) for role in who):
        raise PresetError(f"{where}: 'who' must be a list of role keys")
    unknown = [role for role in who if role not in ROLE_LABELS]
    if unknown:
        raise PresetError(f"{where}: unknown roles {', '.join(unknown)}")
    cue = raw.get("cue")
    if not isinstance(cue, str) or not cue.strip():
        raise PresetError(f"{where}: the organiser cue is missing")
    titles = _languages(f"{where} title", raw.get("title"))
    return PresetEvent(key, minutes, tuple(who), cue, titles)


def _preset(key: str, raw: Any) -> Preset:
    if not isinstance(raw, dict):
        raise PresetError(f"preset {key!r} must be an object")
    names = _languages(f"preset {key!r} name", raw.get("name"))
    description = raw.get("description")
    if not isinstance(description, dict) or not isinstance(description.get("en"), str):
        raise PresetError(f"preset {key!r}: an English description is required")
    events_raw = raw.get("events")
    if not isinstance(events_raw, list) or not events_raw:
        raise PresetError(f"preset {key!r}: no events")
    events = tuple(_event(f"preset {key!r}", item) for item in events_raw)
    keys = [event.key for event in events]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise PresetError(f"preset {key!r}: repeated events {', '.join(duplicates)}")
    texts = {lang: text for lang, text in description.items()
             if isinstance(text, str) and text.strip()}
    return Preset(key, names, description["en"], events, texts)


@cache
def _load() -> dict[str, Preset]:
    path = resources.files("sistercity_desktop.resources") / "ceremony" / "presets.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PresetError(f"The ceremony presets cannot be read: {exc}") from None
    if not isinstance(raw, dict) or not raw:
        raise PresetError("The ceremony presets file holds no presets")
    return {key: _preset(key, value) for key, value in raw.items()}


def presets() -> dict[str, Preset]:
    """The ceremony presets by key, loaded and validated once.

    Raises PresetError (a ValueError) when the file is unreadable, a language is missing,
    a role is unknown or an item's minutes are outside 1..180.
    """
    # A fresh dict each call, so a caller's edits cannot corrupt the cached copy.
    return dict(_load())


def preset_title(event: PresetEvent, language: str) -> str:
    """The programme line of `event` in `language`, falling back to English.

    A regional or script variant ("pt-BR", "zh") uses the document language it shares a
    base language with.
    """
    if event.titles.get(language):
        return event.titles[language]
    base = language.replace("_", "-").split("-")[0].lower()
    for code, text in event.titles.items():
        if code.split("-")[0] == base and text:
            return text
    return event.titles["en"]


# -- printed words of the ceremony documents (resources/ceremony/labels.json) ---------------


def label_language(language: str) -> str:
    """The document language whose printed words serve `language` ("pt-BR" -> "pt",
    "zh" -> "zh-Hans"); English for a language the documents are not written in."""
    code = (language or "").replace("_", "-")
    if code in DOCUMENT_LANGUAGES:
        return code
    base = code.split("-")[0].lower()
    return next((lang for lang in DOCUMENT_LANGUAGES if lang.split("-")[0] == base), "en")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@cache
def _labels() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """(roles, words) of labels.json, each key in every document language."""
    path = resources.files("sistercity_desktop.resources") / "ceremony" / "labels.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PresetError(f"The ceremony labels cannot be read: {exc}") from None
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), dict)
                                            for k in ("roles", "words")):
        raise PresetError("The ceremony labels need a 'roles' and a 'words' section")
    missing = [role for role in ROLES if role not in raw["roles"]]
    if missing:
        raise PresetError(f"The ceremony labels lack the roles {', '.join(missing)}")
    sections = []
    for section in ("roles", "words"):
        texts = {key: _languages(f"label {key!r}", value)
                 for key, value in raw[section].items()}
        for key, by_language in texts.items():
            # A translation must keep the English placeholders ({host}, {ours}...).
            wrong = [lang for lang, text in by_language.items()
                     if _fields(text) != _fields(by_language["en"])]
            if wrong:
                raise PresetError(f"label {key!r}: placeholders differ in {', '.join(wrong)}")
        sections.append(texts)
    return sections[0], sections[1]


def ceremony_label(key: str, language: str = "en") -> str:
    """A printed word of the ceremony documents ("caution", "plan_title"...) in `language`,
    English for other languages. Placeholders such as {host} are left to the caller."""
    return _labels()[1][key][label_language(language)]


def role_label(role: str, language: str = "en") -> str:
    """A role's printed name in `language` (English by default and for other languages)."""
    texts = _labels()[0].get(role)
    return texts[label_language(language)] if texts else role.replace("_", " ")


def _check_aware(start: datetime) -> None:
    if start.tzinfo is None or start.utcoffset() is None:
        raise ValueError("The start time needs a time zone (a timezone-aware datetime); "
                         "use parse_start() to build one.")


def _place(start: datetime, items: Sequence[tuple[str, int, tuple[str, ...], str]],
           ) -> list[TimedEvent]:
    _check_aware(start)
    low, high = TIMELINE_MINUTES
    zone = start.tzinfo
    # Adding a timedelta to an aware datetime moves the wall clock and ignores DST, so
    # count in UTC and convert each boundary back to the start's zone.
    cursor = start.astimezone(UTC)
    result: list[TimedEvent] = []
    for position, (title, minutes, who, cue) in enumerate(items, start=1):
        name = repr(title) if title else f"item {position}"
        if not isinstance(minutes, int) or isinstance(minutes, bool) \
                or not low <= minutes <= high:
            raise ValueError(f"{name}: the duration must be a whole number of minutes from "
                             f"{low} to {high}, not {minutes!r}.")
        end = cursor + timedelta(minutes=minutes)
        result.append(TimedEvent(position, title, cursor.astimezone(zone), end.astimezone(zone),
                                 minutes, who, cue))
        cursor = end
    return result


def timeline(start: datetime, events: Sequence[tuple[str, int]]) -> list[TimedEvent]:
    """Place (title, minutes) items one after another from `start`.

    `start` must be timezone-aware; times stay in its zone and are correct across midnight
    and daylight-saving changes. Each item must last 1..600 minutes. `who` and `cue` are
    empty: the items are the user's own (see preset_timeline for a preset's).
    """
    return _place(start, [(title, minutes, (), "") for title, minutes in events])


def preset_timeline(start: datetime, preset: Preset, language: str = "en") -> list[TimedEvent]:
    """A preset on the clock, titled in `language`, with its roles and cues."""
    return _place(start, [(preset_title(e, language), e.minutes, e.who, e.cue)
                          for e in preset.events])


def parse_start(day: date, hhmm: str, tz: str) -> datetime:
    """The ceremony's start: `day` at `hhmm` ("14:30") in the IANA zone `tz` ("Asia/Tokyo").

    A time skipped by a daylight-saving change is refused; a repeated one (clocks going
    back) means its first occurrence.
    """
    match = _HHMM.match(hhmm or "")
    hour, minute = (int(match.group(1)), int(match.group(2))) if match else (-1, -1)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ValueError(f"{hhmm!r} is not a time of day; write it as HH:MM between 00:00 and "
                         "23:59, e.g. 14:30.")
    try:
        zone = ZoneInfo(tz.strip())
    except (ZoneInfoNotFoundError, ValueError, AttributeError):
        # ZoneInfo raises ValueError for malformed keys such as absolute paths.
        raise ValueError(f"Unknown time zone {tz!r}; use an IANA name such as 'Asia/Tokyo' or "
                         "'Europe/Berlin'.") from None
    local = datetime.combine(day, time(hour, minute), tzinfo=zone)
    if local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise ValueError(f"{hhmm} does not exist on {day.isoformat()} in {tz} (the clocks "
                         "go forward then); choose another time.")
    return local


# Facts from etiquette and protocol guides. Weak or single-source facts carry
# "(unconfirmed)": sensible defaults the organiser can weigh, not rules.
GIFT_CAUTIONS: dict[str, tuple[Text, ...]] = {
    "JP": (
        translate("gifts", "Avoid white flowers, which are associated with funerals."),
        translate("gifts", "Avoid sets of 4 or 9: 4 (shi) sounds like 'death' and 9 (ku) like "
                           "'suffering'."),
        translate("gifts", "Wrap without white or black paper (funeral colours); red-and-white or "
                           "gold-and-silver ties suit celebrations."),
        translate("gifts", "Present and receive gifts with both hands; gifts are usually not "
                           "opened in front of the giver."),
        translate("gifts", "Knives and scissors can suggest cutting ties (unconfirmed)."),
    ),
    "CN": (
        translate("gifts", "Avoid clocks: 'giving a clock' (song zhong) sounds like attending a "
                           "death."),
        translate("gifts", "Avoid sets of 4: 4 (si) sounds like 'death'."),
        translate("gifts", "Avoid umbrellas (san sounds like 'separate') and sharp objects such as"
                           " knives or scissors (cutting ties)."),
        translate("gifts", "Wrap without white or black, funeral colours; red and gold are "
                           "festive."),
        translate("gifts", "Avoid green hats, which imply an unfaithful spouse."),
        translate("gifts", "Officials work under strict rules on accepting gifts; prefer modest, "
                           "symbolic items of your city."),
        translate("gifts", "A gift may be politely declined once or twice before it is accepted "
                           "(unconfirmed)."),
    ),
    "TW": (
        translate("gifts", "Avoid clocks: 'giving a clock' sounds like attending a death."),
        translate("gifts", "Avoid sets of 4: 4 sounds like 'death'."),
        translate("gifts", "Avoid umbrellas (separation) and sharp objects (cutting ties)."),
        translate("gifts", "Wrap without white or black, funeral colours."),
        translate("gifts", "Handkerchiefs are associated with funerals and farewells "
                           "(unconfirmed)."),
    ),
    "KR": (
        translate("gifts", "Avoid sets of 4: 4 (sa) sounds like 'death'."),
        translate("gifts", "Never write a person's name in red ink, which is used for the dead."),
        translate("gifts", "Present and receive gifts with both hands."),
        translate("gifts", "Public officials are bound by the anti-graft law (Improper "
                           "Solicitation and Graft Act), which caps gift values; keep gifts modest"
                           " and symbolic (exact limits for official exchanges unconfirmed)."),
    ),
    "IN": (
        translate("gifts", "Avoid leather goods, above all cowhide, which offends many Hindus."),
        translate("gifts", "Avoid alcohol unless you know the recipient drinks; many abstain for "
                           "religious reasons."),
        translate("gifts", "Give and receive with the right hand or both hands, never the left "
                           "alone."),
        translate("gifts", "Bright wrapping (red, yellow, green) is auspicious; avoid black and "
                           "white (unconfirmed)."),
    ),
    "SA": (
        translate("gifts", "No alcohol or pork products, including in food hampers; both are "
                           "banned at customs."),
        translate("gifts", "Give and receive with the right hand."),
        translate("gifts", "Avoid images of dogs, and religious symbols of other faiths "
                           "(unconfirmed)."),
    ),
    "AE": (
        translate("gifts", "Avoid alcohol and pork products unless you know the recipient welcomes"
                           " them."),
        translate("gifts", "Give and receive with the right hand."),
        translate("gifts", "Avoid images of dogs (unconfirmed)."),
    ),
    "RU": (
        translate("gifts", "Give an odd number of flowers; even numbers are for funerals."),
        translate("gifts", "Yellow flowers can signify separation (unconfirmed)."),
        translate("gifts", "Knives and other sharp objects are said to bring quarrels; the "
                           "receiver may 'pay' with a coin (unconfirmed)."),
        translate("gifts", "Do not hand a gift across a threshold (unconfirmed)."),
    ),
    "DE": (
        translate("gifts", "Chrysanthemums, lilies and white calla lilies are associated with "
                           "funerals (lilies unconfirmed)."),
        translate("gifts", "Red roses signal romance; avoid them for officials."),
        translate("gifts", "Officials need permission to accept gifts; expect gifts to be "
                           "registered or handed to the city."),
        translate("gifts", "Bouquets traditionally have an odd number of stems, but not 13 "
                           "(unconfirmed)."),
    ),
    "FR": (
        translate("gifts", "Avoid chrysanthemums, the flowers of graves (All Saints' Day)."),
        translate("gifts", "Red roses signal romance; avoid them for officials."),
        translate("gifts", "Carnations and yellow flowers can be read badly (unconfirmed)."),
        translate("gifts", "Bouquets traditionally have an odd number of stems, but not 13 "
                           "(unconfirmed)."),
    ),
    "IT": (
        translate("gifts", "Avoid chrysanthemums, which are funeral flowers."),
        translate("gifts", "17, not 13, is the unlucky number; avoid sets of 17 (unconfirmed as a "
                           "gift rule)."),
        translate("gifts", "Knives or scissors suggest cutting a relationship (unconfirmed)."),
        translate("gifts", "Purple wrapping is associated with bad luck or mourning "
                           "(unconfirmed)."),
    ),
    "MX": (
        translate("gifts", "Yellow marigolds (cempasuchil) belong to the Day of the Dead and "
                           "funerals."),
        translate("gifts", "Red flowers can carry negative meanings (unconfirmed)."),
        translate("gifts", "Knives suggest cutting the relationship (unconfirmed)."),
    ),
    "BR": (
        translate("gifts", "Purple and black are associated with mourning; avoid them in flowers "
                           "and wrapping (unconfirmed)."),
        translate("gifts", "Knives or scissors suggest cutting ties (unconfirmed)."),
        translate("gifts", "Handkerchiefs are associated with tears (unconfirmed)."),
    ),
    "*": (
        translate("gifts", "Gifts to officials often become city property and must be reported; "
                           "record every gift given and received."),
        translate("gifts", "Remove price tags and receipts; avoid items that display their price."),
        translate("gifts", "Mind customs rules: food, plants, seeds, soil, meat and dairy are "
                           "restricted in many countries; check both sides' import rules before "
                           "packing."),
        translate("gifts", "Prefer symbolic items of your city (crafts, books, local art) of "
                           "modest value; never cash or gift cards."),
        translate("gifts", "Agree with the partner's protocol office on who presents what, so "
                           "gifts match in kind and value."),
    ),
}


def gift_cautions(country: str) -> tuple[str, ...]:
    """The cautions for `country` (ISO code, any case) followed by the general ones."""
    code = (country or "").strip().upper()
    own = GIFT_CAUTIONS.get(code, ()) if code != "*" else ()
    return own + GIFT_CAUTIONS["*"]
