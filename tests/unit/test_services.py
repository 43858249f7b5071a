"""Use-cases as the window and CLI call them: bad input changes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from sistercity_desktop.errors import UserError
from sistercity_desktop.process.steps import step
from sistercity_desktop.protocol.languages import suggest_language
from sistercity_desktop.services import partnerships as service
from sistercity_desktop.services.committee import (
    CommitteeSetup,
    committee_view,
    set_up_committee,
    update_city_field,
)
from sistercity_desktop.services.contacts import NewContact, add_contact
from sistercity_desktop.store import Store


def new(store: Store, city: str = "Nagoya", **kw: object) -> str:
    values = {"partner_city": city, "partner_country": "JP", "partner_language": "ja",
              "committee_language": "en"} | kw
    return service.create_partnership(store, service.NewPartnership(**values))  # type: ignore[arg-type]


def test_a_partnership_needs_a_committee_first(store: Store) -> None:
    with pytest.raises(UserError, match="Set up your committee"):
        new(store)


def test_committee_is_set_up_once(committee_store: Store) -> None:
    with pytest.raises(UserError, match="already has a committee"):
        set_up_committee(committee_store, CommitteeSetup("Other", "en", "Other", "US"))
    update_city_field(committee_store, "industries", "timber, software")
    assert committee_view(committee_store).city["industries"] == "timber, software"


def test_names_keep_special_characters_and_lose_control_characters(
        committee_store: Store) -> None:
    pid = new(committee_store, "Saint-<Denis> & Co\x07")
    assert service.detail(committee_store, pid).partner.name == "Saint-<Denis> & Co"


def test_a_field_with_a_bad_value_is_refused_and_unchanged(committee_store: Store) -> None:
    pid = new(committee_store)
    service.update_field(committee_store, pid, "letter_sent_on", "2026-03-14")
    with pytest.raises(UserError, match="not a date"):
        service.update_field(committee_store, pid, "letter_sent_on", "14/03/2026")
    with pytest.raises(UserError, match="too long"):
        service.update_field(committee_store, pid, "purpose", "x" * 20_001)
    with pytest.raises(UserError, match="Choose one of"):
        service.update_field(committee_store, pid, "agreement_style", "casual")
    fields = service.detail(committee_store, pid).fields
    assert fields["letter_sent_on"] == date(2026, 3, 14)
    assert fields["purpose"] == "" and fields["agreement_style"] == "ceremonial"


def test_single_line_fields_stay_on_one_line(committee_store: Store) -> None:
    pid = new(committee_store)
    service.update_field(committee_store, pid, "ceremony_venue", "City Hall\nChamber")
    assert service.detail(committee_store, pid).fields["ceremony_venue"] == "City Hall Chamber"


def test_ticking_moves_the_next_action_along(committee_store: Store) -> None:
    pid = new(committee_store)
    first, second = step(1).checklist[:2]
    assert service.list_partnerships(committee_store)[0].next_action == first.label
    service.set_checklist_item(committee_store, pid, first.key, True)
    assert service.list_partnerships(committee_store)[0].next_action == second.label
    service.set_checklist_item(committee_store, pid, first.key, False)
    assert first.key not in service.detail(committee_store, pid).ticked
    with pytest.raises(UserError):
        service.set_checklist_item(committee_store, pid, "planning.no_such_item", True)


def test_steps_are_taken_in_order(committee_store: Store) -> None:
    pid = new(committee_store)
    with pytest.raises(UserError, match="in order"):
        service.move_to_step(committee_store, pid, 3)
    service.move_to_step(committee_store, pid, 2)
    service.move_to_step(committee_store, pid, 1)  # looking back keeps what was reached
    got = service.detail(committee_store, pid)
    assert (got.current_step, got.furthest_step) == (1, 2)


def test_partner_city_edits_are_checked(committee_store: Store) -> None:
    pid = new(committee_store)
    service.update_partner_city(committee_store, pid, population="2,300,000")
    with pytest.raises(UserError, match="whole number"):
        service.update_partner_city(committee_store, pid, population="lots")
    with pytest.raises(UserError, match="two-letter"):
        service.update_partner_city(committee_store, pid, country="Japan")
    partner = service.detail(committee_store, pid).partner
    assert (partner.population, partner.country) == (2_300_000, "JP")


def test_notes_and_contacts(committee_store: Store) -> None:
    pid = new(committee_store)
    service.add_note(committee_store, pid, "Council agreed", 1, "decision", date(2026, 2, 1))
    with pytest.raises(UserError, match="cannot be empty"):
        service.add_note(committee_store, pid, "  \n ", 1)
    add_contact(committee_store, pid, NewContact("theirs", "mayors_office", "佐藤 花子",
                                                  email="sato@example.jp"))
    with pytest.raises(UserError, match="email"):
        add_contact(committee_store, pid, NewContact("ours", "volunteer", "Kim", email="kim at"))
    got = service.detail(committee_store, pid)
    assert [(n.kind, n.text) for n in got.notes] == [("decision", "Council agreed")]
    assert [c.name for c in got.contacts] == ["佐藤 花子"]


def test_a_partner_not_chosen_yet_is_listed_as_research(committee_store: Store) -> None:
    service.create_partnership(committee_store, service.NewPartnership("", "", "", "en"))
    row = service.list_partnerships(committee_store)[0]
    assert row.partner_city is None and row.partner_language is None


@pytest.mark.parametrize(("country", "language"), [
    ("JP", "ja"), ("FR", "fr"), ("MX", "es"), ("CN", "zh-Hans"), ("KR", "ko"), ("BR", "pt"),
])
def test_partner_language_is_suggested_from_the_country(country: str, language: str) -> None:
    assert suggest_language(country) == language


def test_official_gender_sets_the_title_in_letters(committee_store: Store) -> None:
    from sistercity_desktop.services import letters

    pid = service.create_partnership(committee_store, service.NewPartnership(
        "Lyon", "FR", "fr", "en"))
    service.update_partner_city(committee_store, pid, official_name="Marie Curie")
    with pytest.raises(UserError, match="Choose one of"):
        service.update_partner_city(committee_store, pid, official_gender="f")
    service.update_partner_city(committee_store, pid, official_gender="female")
    assert letters.draft(committee_store, pid, "introduction", "fr").salutation == \
        "Madame la Maire,"
    update_city_field(committee_store, "official_gender", "female")
    assert committee_view(committee_store).city["official_gender"] == "female"
