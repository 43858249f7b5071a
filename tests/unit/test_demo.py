"""The demo data, as a user sees it through the services."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import String, select

from sistercity_desktop.errors import UserError
from sistercity_desktop.process.steps import steps
from sistercity_desktop.services.demo import load_demo
from sistercity_desktop.services.partnerships import detail, list_partnerships
from sistercity_desktop.store import open_store
from sistercity_desktop.store.models import (
    CHANNELS,
    CONTACT_ROLES,
    CONTACT_SIDES,
    DIRECTIONS,
    NOTE_KINDS,
    PARTNERSHIP_KINDS,
    WORK_PLAN_STATUSES,
    WORK_PLAN_TERMS,
    Base,
    ChecklistState,
    Contact,
    CorrespondenceEntry,
    Note,
    Partnership,
    WorkPlanItem,
)

TODAY = date(2025, 3, 14)
FRENCH_OR_SPANISH = {"FR", "BE", "CH", "LU", "MC", "CA", "ES", "MX", "AR", "CL", "CO", "PE", "UY"}


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path)
    load_demo(s, today=TODAY)
    yield s
    s.close()


def by_step(store):
    return {p.step: p for p in list_partnerships(store)}


def test_three_partnerships_oldest_first(store):
    rows = list_partnerships(store)
    assert [p.step for p in rows] == [7, 5, 2]
    assert all(p.kind == "sister" for p in rows)


def test_japanese_partnership_has_contacts_on_both_sides(store):
    p = detail(store, by_step(store)[5].id)
    assert p.summary.partner_language == "ja"
    assert p.summary.partner_country == "JP"
    assert p.partner is not None and p.partner.official_title == "市長"
    assert {c.side for c in p.contacts} == {"ours", "theirs"}
    assert len(p.correspondence) >= 5
    assert any(w.pilot for w in p.work_plan)
    assert not p.fields["council_resolution"]


def test_research_partnership_compares_candidates(store):
    summary = by_step(store)[2]
    assert summary.partner_city is None
    assert summary.partner_language is None
    p = detail(store, summary.id)
    assert len(p.candidates) >= 3
    assert any(c.city.country in FRENCH_OR_SPANISH for c in p.candidates)
    assert p.fields["official_support_on"] is not None


def test_signed_partnership_is_due_for_evaluation(store):
    summary = by_step(store)[7]
    assert summary.signed_on is not None and summary.signed_on < TODAY
    assert summary.next_evaluation is not None and summary.next_evaluation > TODAY
    assert summary.next_due is not None
    p = detail(store, summary.id)
    assert len(p.work_plan) >= 6
    assert len(p.correspondence) >= 6
    assert max(e.on for e in p.correspondence) < TODAY
    overdue = [w for w in p.work_plan if w.status == "in_progress" and w.due_on < TODAY]
    assert overdue
    all_items = {item.key for s in steps()[:6] for item in s.checklist}
    assert all_items <= p.ticked


def test_values_fit_columns_and_vocabularies(store):
    with store.session() as session:
        for mapper in Base.registry.mappers:
            for obj in session.scalars(select(mapper.class_)).unique():
                for column in mapper.columns:
                    value = getattr(obj, column.key)
                    if isinstance(column.type, String) and column.type.length and value:
                        assert len(value) <= column.type.length, (column, value)
        assert {p.kind for p in session.scalars(select(Partnership))} <= set(PARTNERSHIP_KINDS)
        for c in session.scalars(select(Contact)):
            assert c.side in CONTACT_SIDES and c.role in CONTACT_ROLES
        for n in session.scalars(select(Note)):
            assert n.kind in NOTE_KINDS
        for e in session.scalars(select(CorrespondenceEntry)):
            assert e.direction in DIRECTIONS and e.channel in CHANNELS
        for w in session.scalars(select(WorkPlanItem)):
            assert w.term in WORK_PLAN_TERMS and w.status in WORK_PLAN_STATUSES
        known = {item.key for s in steps() for item in s.checklist}
        assert {c.item_key for c in session.scalars(select(ChecklistState))} <= known


def test_loading_twice_is_refused(store):
    with pytest.raises(UserError, match="already has a committee"):
        load_demo(store, today=TODAY)
    assert len(list_partnerships(store)) == 3


def test_dates_follow_today(tmp_path):
    s = open_store(tmp_path)
    try:
        later = date(2031, 7, 1)
        load_demo(s, today=later)
        signed = {p.step: p for p in list_partnerships(s)}[7]
        assert signed.next_evaluation is not None and signed.next_evaluation > later
        assert signed.signed_on is not None and signed.signed_on.year == 2027
    finally:
        s.close()
