"""Service messages: English for the CLI and logs, with what the window needs to translate them."""

from __future__ import annotations

import copy
import pickle
from datetime import date

from sistercity_desktop.errors import UserError
from sistercity_desktop.process.health import HealthFacts, health
from sistercity_desktop.text import Text, listing, translate


def test_english_plurals_follow_the_count() -> None:
    assert translate("Health", "No contact for %n month(s)", None, 1) == "No contact for 1 month"
    assert translate("Health", "No contact for %n month(s)", None, 7) == "No contact for 7 months"
    assert translate("t", "%n box(es)", None, 2) == "2 boxes"


def test_values_fill_the_english_and_are_kept() -> None:
    text = translate("Errors", "{name} is due on {day}; see {items}.").format(
        name="Report", day=date(2026, 5, 1), items=listing(["a", "b"]))
    assert text == "Report is due on 2026-05-01; see a, b."
    assert isinstance(text, Text)
    assert (text.context, text.source) == ("Errors", "{name} is due on {day}; see {items}.")
    assert text.values["day"] == date(2026, 5, 1)


def test_a_text_survives_an_exception_copy_and_pickle() -> None:
    text = translate("Errors", "Choose {what}.").format(what="a city")
    error = UserError(text)
    assert str(error) == "Choose a city."
    assert error.args[0].values == {"what": "a city"}
    for clone in (copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert clone == text and clone.source == text.source and clone.values == text.values


def test_health_reasons_carry_their_source_and_count() -> None:
    facts = HealthFacts(today=date(2026, 11, 1), signed_on=date(2024, 1, 1),
                        last_contact_on=date(2026, 3, 1), exchanges_planned=4,
                        exchanges_held=1, participants_last_year=3, sectors=1,
                        overdue_items=2, evaluation_due_on=date(2026, 6, 1))
    reasons = health(facts).reasons
    contact = next(r for r in reasons if r.startswith("No contact"))
    assert contact == "No contact for 8 months"
    assert (contact.source, contact.n) == ("No contact for %n month(s)", 8)
    overdue = next(r for r in reasons if r.startswith("Evaluation overdue"))
    assert overdue == "Evaluation overdue (due 2026-06-01)"
    assert all(isinstance(r, Text) for r in reasons)
