"""The guide's seven steps as data.

Structure (keys, field kinds, what marks a step done) lives here in code;
the words (titles, guidance, checklist labels) live in
resources/process/steps.<lang>.json so translators can edit them without
touching Python.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources

STEP_COUNT = 7


class FieldKind(StrEnum):
    TEXT = "text"
    MULTILINE = "multiline"
    DATE = "date"
    CHOICE = "choice"


@dataclass(frozen=True)
class FieldSpec:
    """A field on a step page; `key` is an attribute of the partnership."""

    key: str
    kind: FieldKind
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    label: str
    hint: str


@dataclass(frozen=True)
class FieldText:
    label: str
    help: str


@dataclass(frozen=True)
class Step:
    number: int
    key: str
    title: str
    short_title: str  # fits a navigator button
    purpose: str
    guidance: tuple[str, ...]
    checklist: tuple[ChecklistItem, ...]
    done_when: str
    fields: tuple[FieldSpec, ...]
    field_text: dict[str, FieldText]
    # A partnership field that must be filled for the step to count as done,
    # on top of the checklist (e.g. the date the letter went out).
    required_field: str | None = None


# Per step: the fields shown on its page and the field that marks it done.
_STRUCTURE: dict[str, tuple[tuple[FieldSpec, ...], str | None]] = {
    "planning": (
        (
            FieldSpec("purpose", FieldKind.MULTILINE),
            FieldSpec("lead_organisation", FieldKind.TEXT),
            FieldSpec("official_support_on", FieldKind.DATE),
        ),
        "official_support_on",
    ),
    "research": (
        (
            FieldSpec("selection_reason", FieldKind.MULTILINE),
        ),
        None,
    ),
    "communication": (
        (
            FieldSpec("letter_sent_on", FieldKind.DATE),
            FieldSpec("reply_received_on", FieldKind.DATE),
        ),
        "letter_sent_on",
    ),
    "correspondence": (
        (
            FieldSpec("pilot_programme", FieldKind.MULTILINE),
            FieldSpec("work_plan_agreed_on", FieldKind.DATE),
        ),
        "work_plan_agreed_on",
    ),
    "agreement": (
        (
            FieldSpec("agreement_style", FieldKind.CHOICE, ("ceremonial", "precise")),
            FieldSpec("council_resolution", FieldKind.TEXT),
            FieldSpec("council_resolution_on", FieldKind.DATE),
            FieldSpec("agreement_approved_on", FieldKind.DATE),
        ),
        "agreement_approved_on",
    ),
    "ceremony": (
        (
            FieldSpec("ceremony_on", FieldKind.DATE),
            FieldSpec("ceremony_venue", FieldKind.TEXT),
            FieldSpec("signed_on", FieldKind.DATE),
            FieldSpec("sent_to_national_body_on", FieldKind.DATE),
        ),
        "signed_on",
    ),
    "implementation": (
        (
            FieldSpec("next_evaluation_on", FieldKind.DATE),
            FieldSpec("last_evaluation_on", FieldKind.DATE),
        ),
        "last_evaluation_on",
    ),
}

STEP_KEYS: tuple[str, ...] = tuple(_STRUCTURE)

# The interface language the words come in when a caller does not name one; the
# window sets it at start (no Qt here: a plain module setting).
_default_language = ["en"]


def set_default_language(language: str) -> None:
    """Use `language` for step words and messages from now on (falls back to English)."""
    _default_language[0] = language or "en"


def default_language() -> str:
    return _default_language[0]


@cache  # read once per language: next_action() asks for messages many times
def _load_text(language: str) -> dict:
    base = resources.files("sistercity_desktop.resources") / "process"
    variants = {"zh": "zh-Hans", "zh-CN": "zh-Hans", "zh_CN": "zh-Hans"}
    language = variants.get(language, language).replace("_", "-")
    for candidate in (language, language.split("-")[0], "en"):
        path = base / f"steps.{candidate}.json"
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    raise FileNotFoundError("resources/process/steps.en.json is missing")


def steps(language: str | None = None) -> tuple[Step, ...]:
    """The seven steps with their words in `language` (falls back to English)."""
    return _steps(language or default_language())


def message(key: str, language: str | None = None, **values: object) -> str:
    """A process message (what is due) in `language`, English where not translated."""
    lang = language or default_language()
    text = _load_text(lang).get("messages", {}).get(key) or _load_text("en")["messages"][key]
    return text.format(**values)


@cache
def _steps(language: str) -> tuple[Step, ...]:
    text = _load_text(language)
    english = _load_text("en")
    result = []
    for number, key in enumerate(STEP_KEYS, start=1):
        words = text.get(key) or english[key]
        fields, required = _STRUCTURE[key]
        result.append(
            Step(
                number=number,
                key=key,
                title=words["title"],
                short_title=words.get("short_title", words["title"]),
                purpose=words["purpose"],
                guidance=tuple(words["guidance"]),
                checklist=tuple(
                    ChecklistItem(f"{key}.{item['key']}", item["label"], item.get("hint", ""))
                    for item in words["checklist"]
                ),
                done_when=words["done_when"],
                fields=fields,
                field_text={
                    spec.key: FieldText(words["fields"][spec.key]["label"],
                                        words["fields"][spec.key].get("help", ""))
                    for spec in fields
                },
                required_field=required,
            )
        )
    return tuple(result)


def step(number: int, language: str | None = None) -> Step:
    """One step by its number, 1 to 7."""
    if not 1 <= number <= STEP_COUNT:
        raise ValueError(f"step must be between 1 and {STEP_COUNT}, got {number}")
    return steps(language)[number - 1]
