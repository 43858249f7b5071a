"""Sentences computed below ui/ (health, facts, research, gift cautions, errors) in Japanese."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from sistercity_desktop.errors import UserError
from sistercity_desktop.services import ceremony, committee, evaluation, research
from sistercity_desktop.services.partnerships import list_partnerships
from sistercity_desktop.store import Store
from sistercity_desktop.text import Text, translate
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.candidate_editor import CandidateEditor
from sistercity_desktop.ui.ceremony_panel import CeremonyPanel
from sistercity_desktop.ui.evaluation_panel import EvaluationPanel
from tests.conftest import DEMO_TODAY

ROOT = Path(__file__).resolve().parents[2]
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@pytest.fixture
def japanese(qapp) -> Iterator[None]:
    i18n.install("ja")
    yield
    i18n.install("en")


def catalogued() -> set[tuple[str, str]]:
    tree = ET.parse(ROOT / "translations" / "sistercity_ja.ts")
    return {(c.findtext("name"), m.findtext("source"))
            for c in tree.getroot().iter("context") for m in c.iter("message")}


KNOWN = catalogued()
LISTS = {("", "{items}")}  # text.joined(): a list, its words translated one by one


def fragments(value: object) -> set[str]:
    """The English words of a Text's template (and of nested Texts), placeholders removed.

    Vocabulary the committee typed itself (an industry like "food processing") has no
    catalogue entry and rightly stays as typed, so only catalogued texts count.
    """
    if isinstance(value, tuple | list):
        return set().union(*(fragments(v) for v in value)) if value else set()
    if not isinstance(value, Text) or (value.context, value.source) not in KNOWN | LISTS:
        return set()
    out = {part.strip(" :;,.()") for part in re.split(r"\{[^}]*\}|%n", value.source)}
    out = {part for part in out if len(re.findall(r"[A-Za-z]", part)) >= 4}
    for nested in value.values.values():
        out |= fragments(nested)
    return out


def english_left(shown: str, texts: list[object]) -> list[str]:
    return sorted(f for t in texts for f in fragments(t) if f in shown)


def test_health_line_and_gathered_facts_in_japanese(qtbot, demo_store: Store,
                                                    japanese: None) -> None:
    pid = next(r.id for r in list_partnerships(demo_store) if r.step == 7)
    panel = EvaluationPanel(demo_store, pid, today=DEMO_TODAY)
    qtbot.addWidget(panel)
    health = evaluation.partnership_health(demo_store, pid, DEMO_TODAY)
    shown = panel.health_label.text()
    assert health.reasons and english_left(shown, list(health.reasons)) == []
    assert JAPANESE.search(shown)
    facts = evaluation.gathered_facts(demo_store, pid, DEMO_TODAY)
    values = [panel.facts_form.itemAt(row, panel.facts_form.ItemRole.FieldRole).widget().text()
              for row in range(panel.facts_form.rowCount())]
    assert english_left("\n".join(values), list(facts.values())) == []
    assert re.search(r"40\s*日", "\n".join(values))  # "40 days" with the Japanese counter
    assert "student exchange" not in "\n".join(values).lower()  # work plan kinds translated


def test_research_facts_and_score_explanations_in_japanese(qtbot, demo_store: Store,
                                                           japanese: None) -> None:
    pid = next(r.id for r in list_partnerships(demo_store) if r.step == 2)
    rows = research.comparison(demo_store, pid)
    assert rows
    for row in rows:
        editor = CandidateEditor(demo_store, row)
        qtbot.addWidget(editor)
        shown = "\n".join(label.text() for label in editor.findChildren(QLabel))
        from sistercity_desktop.services.research_report import fact_lines

        texts = [value for _, value in fact_lines(row)]
        texts += [part.explanation for part in row.similarity.parts]
        assert english_left(shown, texts) == [], row.name


def test_gift_cautions_in_japanese(qtbot, demo_store: Store, japanese: None) -> None:
    pid = next(r.id for r in list_partnerships(demo_store) if r.partner_language == "ja")
    panel = CeremonyPanel(demo_store, pid)
    qtbot.addWidget(panel)
    cautions = ceremony.view(demo_store, pid).cautions
    shown = panel.cautions_label.text()
    assert cautions and english_left(shown, list(cautions)) == []
    assert "白い花" in shown or "白" in shown  # Japan's first caution: white flowers


def test_a_service_error_reads_in_japanese(demo_store: Store, japanese: None) -> None:
    with pytest.raises(UserError) as caught:
        committee.update_committee(demo_store, "email", "not an address")
    shown = i18n.localize(caught.value)
    assert JAPANESE.search(shown) and "not an address" in shown
    assert "does not look like" in str(caught.value)  # the CLI and logs keep English


def test_plurals_and_dates_follow_the_interface_language(qapp) -> None:
    months = [translate("Health", "No contact for %n month(s)", None, n) for n in (1, 7)]
    overdue = translate("Health", "Evaluation overdue (due {day})").format(day=date(2026, 6, 1))
    i18n.install("en")
    assert [i18n.localize(m) for m in months] == ["No contact for 1 month",
                                                  "No contact for 7 months"]
    assert i18n.localize(overdue) == f"Evaluation overdue (due {i18n.format_day(date(2026, 6, 1))})"
    i18n.install("ja")
    try:
        assert "7" in i18n.localize(months[1]) and JAPANESE.search(i18n.localize(months[1]))
        assert i18n.format_day(date(2026, 6, 1)) in i18n.localize(overdue)
    finally:
        i18n.install("en")
