"""The work plan read back from its PDF: both languages' labels, user text once, a timeline."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from importlib import resources

import pytest

from sistercity_desktop.documents.work_plan import (
    GoalRow,
    PlanItemRow,
    WorkPlanInput,
    render_work_plan,
    work_plan_labels,
)
from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES

from .conftest import fonts_of, page_count, pdf_text, squeeze

KEYS = {"title", "partnership", "short_term", "long_term", "programmes", "item", "kind",
        "pilot", "owner", "dates", "status", "budget", "participants", "no_items", "goal",
        "timeline", "kind_youth_pen_pals", "kind_student_exchange",
        "kind_municipal_best_practice", "kind_delegation_visit", "kind_cultural",
        "kind_economic", "kind_other", "status_planned", "status_in_progress", "status_done",
        "status_cancelled"}
EN, JA = work_plan_labels("en"), work_plan_labels("ja")


def dotted(day: date) -> str:
    """A date format no default would produce, to see the caller's formatter is used."""
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def item(title: str, kind: str = "cultural", *, pilot: bool = False,
         starts: date | None = None, due: date | None = None, status: str = "planned",
         goal: str = "") -> PlanItemRow:
    return PlanItemRow(title=title, kind=kind, pilot=pilot, owner="Library Friends",
                       starts_on=starts, due_on=due, status=status, budget="$300",
                       participants="45", goal=goal)


ITEMS = (
    item("Pen pal letters", "youth_pen_pals", pilot=True, starts=date(2026, 1, 12),
         due=date(2026, 12, 15), status="in_progress", goal="Young friendships"),
    item("夏の交換留学", "student_exchange", starts=date(2026, 7, 20), due=date(2026, 8, 10)),
    item("Snow <&> roads", "municipal_best_practice", pilot=True, starts=date(2026, 2, 1),
         due=date(2026, 3, 20), status="done"),
    item("Mayor's visit", "delegation_visit", starts=date(2026, 10, 30)),
    item("Trade mission", "economic"),
)
PLAN = WorkPlanInput(
    languages=("en", "ja"), heading="Greenvale – Matsumoto", generated_on="14 March 2026",
    goals=(GoalRow("short", "Young friendships", "Every pupil has a pen pal by December."),
           GoalRow("long", "Councils that learn together", "A delegation every second year.")),
    items=ITEMS, date_format=dotted,
)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_work_plan(PLAN)


@pytest.fixture(scope="module")
def text(pdf: bytes) -> str:
    return squeeze(pdf_text(pdf))


def sections(text: str) -> tuple[str, str]:
    """(the programmes table, the timeline) of a squeezed work plan."""
    table = text.index(squeeze(EN["programmes"]))
    timeline = text.index(squeeze(EN["timeline"]), table)
    return text[table:timeline], text[timeline:]


def test_labels_file_has_every_key_in_every_language() -> None:
    path = resources.files("sistercity_desktop.resources") / "labels" / "work_plan.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) == set(DOCUMENT_LANGUAGES)
    for language in DOCUMENT_LANGUAGES:
        assert not KEYS - set(data[language]), (language, KEYS - set(data[language]))
        assert all(isinstance(v, str) and v.strip() for v in data[language].values())
        assert set(data[language]) == set(data["en"]), language
        if language != "en":  # written in the language, not copied from English
            assert data[language]["title"] != EN["title"]
            assert data[language]["no_items"] != EN["no_items"]


def test_labels_fall_back_to_english() -> None:
    assert work_plan_labels("xx") == EN
    assert work_plan_labels("zh")["title"] == work_plan_labels("zh-Hans")["title"] == "工作计划"
    assert EN["no_items"] == "No programmes yet." and EN["pilot"] == "Pilot"


def test_both_languages_labels_are_shown(text: str) -> None:
    for key in ("title", "partnership", "short_term", "long_term", "programmes", "item",
                "kind", "owner", "dates", "status", "budget", "participants", "timeline",
                "kind_economic", "status_planned", "status_done"):
        assert squeeze(EN[key]) in text, key
        assert squeeze(JA[key]) in text, key
    assert squeeze(PLAN.heading) in text and "14March2026" in text


def test_user_text_appears_once(text: str) -> None:
    table, _ = sections(text)
    for row in ITEMS:
        assert table.count(squeeze(row.title)) == 1, row.title
    assert "Snow<&>roads" in text and "&amp;" not in text
    for goal in PLAN.goals:
        assert squeeze(goal.description) in text


def test_pilot_badge_marks_pilots(text: str) -> None:
    table, _ = sections(text)
    badge = squeeze(f"{EN['pilot']} · {JA['pilot']}")
    assert table.count(badge) == sum(i.pilot for i in ITEMS)


def test_dates_use_the_given_format(text: str) -> None:
    table, _ = sections(text)
    # Start and due date share a cell, one line each (cells of a row interleave).
    for shown in ("12.01.2026–", "15.12.2026", "20.07.2026–", "10.08.2026", "30.10.2026–"):
        assert shown in table, shown
    assert "2026-01-12" not in text


def test_timeline_has_month_labels_and_undated_items(text: str) -> None:
    _, timeline = sections(text)
    for month in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                  "Nov", "Dec"):
        assert month in timeline, month
    assert "2026" in timeline
    assert squeeze(f"{EN['no_dates']} / {JA['no_dates']}") in timeline  # the trade mission
    assert "Penpalletters" in timeline and "Trademission" in timeline


def test_fonts_embedded_and_no_helvetica(pdf: bytes) -> None:
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values()), fonts
    assert any("IPAex" in name for name in fonts) and any("DejaVu" in name for name in fonts)
    assert b"Helvetica" not in pdf


def test_same_input_same_bytes(pdf: bytes) -> None:
    assert render_work_plan(PLAN) == pdf


def test_no_items_says_so_in_both_languages() -> None:
    out = render_work_plan(replace(PLAN, items=(), goals=()))
    text = squeeze(pdf_text(out))
    assert "Noprogrammesyet." in text and squeeze(JA["no_items"]) in text
    assert squeeze(EN["no_goals"]) in text and squeeze(JA["no_goals"]) in text
    assert squeeze(EN["timeline"]) not in text
    assert page_count(out) == 1 and b"Helvetica" not in out


def test_sixty_items_span_pages_without_losing_any() -> None:
    many = tuple(item(f"Programme {n:02d}", pilot=n % 7 == 0,
                      starts=date(2026, 1 + n % 12, 1), due=date(2027, 1 + n % 12, 28),
                      status=("planned", "done", "in_progress", "cancelled")[n % 4])
                 for n in range(1, 61))
    out = render_work_plan(replace(PLAN, items=many, page_size="LETTER"))
    text = squeeze(pdf_text(out))
    table, timeline = sections(text)
    assert page_count(out) >= 4
    for n in range(1, 61):
        assert table.count(f"Programme{n:02d}") == 1, n
    assert "Programme01" in timeline and "Programme60" in timeline
    # The month axis is repeated on every page of the timeline.
    assert timeline.count("2027") >= 2
    assert b"Helvetica" not in out


def test_one_language_and_other_scripts() -> None:
    french = squeeze(pdf_text(render_work_plan(replace(PLAN, languages=("fr",)))))
    assert "Plandetravail" in french and "Workplan" not in french
    assert "夏の交換留学" in french  # user text keeps its glyphs in any language

    out = render_work_plan(replace(PLAN, languages=("ko", "zh-Hans")))
    fonts = fonts_of(out)
    assert all(fonts.values()) and b"Helvetica" not in out
    assert any("Nanum" in f for f in fonts) and any("WenQuanYi" in f for f in fonts)
    text = squeeze(pdf_text(out))
    assert "사업계획" in text and "工作计划" in text
