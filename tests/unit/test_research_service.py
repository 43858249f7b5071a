"""The research step through its services: candidates, facts, scores, decisions, report."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from sistercity_desktop import cli
from sistercity_desktop.errors import UserError
from sistercity_desktop.research.gazetteer import shared_gazetteer
from sistercity_desktop.services import research, research_report
from sistercity_desktop.services.partnerships import detail, list_partnerships
from sistercity_desktop.services.transfer import export_document
from sistercity_desktop.store import Store

NOW = datetime(2026, 1, 14, 18, 0, tzinfo=UTC)


def research_id(store: Store) -> str:
    return next(r.id for r in list_partnerships(store) if r.step == 2)


def test_gazetteer_city_becomes_a_candidate_with_what_the_gazetteer_knows(
        demo_store: Store) -> None:
    pid = research_id(demo_store)
    osaka = shared_gazetteer().search("大阪", 1)[0]
    cid = research.add_candidate(demo_store, pid, osaka.geonameid)
    row = next(r for r in research.comparison(demo_store, pid, NOW) if r.id == cid)
    assert (row.name, row.country, row.population) == ("Osaka", "JP", osaka.population)
    assert row.facts.language == "ja"
    assert row.facts.time_difference == 17  # Oregon (UTC-8 in January) to Japan (UTC+9)
    assert 8000 < row.facts.distance_km < 9000
    with pytest.raises(UserError, match="already a candidate"):
        research.add_candidate(demo_store, pid, osaka.geonameid)


def test_every_candidate_shows_all_seven_sub_scores(demo_store: Store) -> None:
    rows = research.comparison(demo_store, research_id(demo_store), NOW)
    assert len(rows) == 3
    for row in rows:
        assert [p.point for p in row.similarity.parts] == [
            "population", "geography", "industries", "academic", "cultural",
            "relationships", "history"]
        assert all(p.explanation for p in row.similarity.parts)
    totals = [r.similarity.total for r in rows]
    assert totals == sorted(totals, reverse=True)  # best first


def test_weights_change_the_ranking_inputs(demo_store: Store) -> None:
    pid = research_id(demo_store)
    before = {r.name: r.similarity.total for r in research.comparison(demo_store, pid, NOW)}
    weights = dict.fromkeys(research.weights_of(demo_store), 0) | {"population": 5}
    research.set_weights(demo_store, weights)
    only_population = {r.name: r.similarity.total for r in
                       research.comparison(demo_store, pid, NOW)}
    assert only_population != before
    for row in research.comparison(demo_store, pid, NOW):
        population = row.similarity.parts[0].score
        assert row.similarity.total == pytest.approx(100 * population)
    with pytest.raises(UserError):
        research.set_weights(demo_store, {"population": 9})


def test_bad_data_points_are_refused_and_change_nothing(demo_store: Store) -> None:
    pid = research_id(demo_store)
    cid = research.comparison(demo_store, pid, NOW)[0].id
    research.update_candidate(demo_store, cid, "industries", "wine, tourism")
    with pytest.raises(UserError, match="climate"):
        research.update_candidate(demo_store, cid, "climate", "balmy")
    with pytest.raises(UserError, match="Unknown kind"):
        research.update_candidate(demo_store, cid, "academic_kinds", "university, circus")
    with pytest.raises(UserError, match="whole number"):
        research.update_candidate(demo_store, cid, "population", "lots")
    with pytest.raises(UserError):
        research.add_tie(demo_store, cid, "trade", 7)
    got = research.candidate_detail(demo_store, cid)
    assert got.city["industries"] == "wine, tourism"
    assert got.city["academic_kinds"] != "university, circus"


def test_choosing_records_why_and_sets_the_partner(demo_store: Store) -> None:
    pid = research_id(demo_store)
    valence = next(r for r in research.comparison(demo_store, pid, NOW) if r.name == "Valence")
    with pytest.raises(UserError, match="reason"):
        research.decide(demo_store, valence.id, "chosen", "  ")
    research.decide(demo_store, valence.id, "chosen", "Wine, rivers and a teacher's friendship.",
                    date(2026, 2, 1))
    got = detail(demo_store, pid)
    assert got.partner.name == "Valence"
    assert got.summary.partner_language == "fr"
    assert "teacher" in got.fields["selection_reason"]
    other = next(r for r in research.comparison(demo_store, pid, NOW) if r.name != "Valence")
    with pytest.raises(UserError, match="already chosen"):
        research.decide(demo_store, other.id, "chosen", "Second choice")
    research.decide(demo_store, other.id, "declined", "Too far to visit often.")
    saved = research.candidate_detail(demo_store, other.id)
    assert (saved.status, saved.decision_reason) == ("declined", "Too far to visit often.")


def test_research_report_reads_back_the_decision(demo_store: Store) -> None:
    from tests.documents.conftest import fonts_of, pdf_text

    pid = research_id(demo_store)
    valence = next(r for r in research.comparison(demo_store, pid, NOW) if r.name == "Valence")
    research.decide(demo_store, valence.id, "chosen", "Shared <wine> & river culture.")
    pdf = research_report.render(demo_store, pid, today=date(2026, 3, 1))
    text = pdf_text(pdf)
    for name in ("Valence", "Freiburg im Breisgau", "Chuncheon"):
        assert name in text
    assert "Shared <wine> & river culture." in text
    assert "Population" in text and "Preexisting" in text
    assert all(fonts_of(pdf).values())


def test_suggestions_leave_out_what_is_already_considered(demo_store: Store) -> None:
    rows = research.suggestions(demo_store, countries=("FR",), top=15)
    assert rows and all(s.city.country == "FR" for s in rows)
    assert "Valence" not in {s.city.name for s in rows}
    near = research.suggestions(demo_store, max_distance_km=500, top=10)
    assert all(s.distance_km <= 500 for s in near)


def test_research_data_survives_export_and_import(demo_store: Store, tmp_path: Path) -> None:
    pid = research_id(demo_store)
    cid = research.comparison(demo_store, pid, NOW)[0].id
    research.add_tie(demo_store, cid, "personal", 3, "Mayor's cousin lives there")
    doc = export_document(demo_store)
    ties = [t for p in doc["partnerships"] for c in p["candidates"] for t in c["ties"]]
    assert any(t["note"] == "Mayor's cousin lives there" for t in ties)


def test_cli_cities_and_suggest(demo_store: Store, data_dir: Path, capsys) -> None:
    demo_store.close()
    assert cli.main(["cities", "sao paulo", "--limit", "1"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.split("\t")[:2] == ["São Paulo", "BR"]
    assert cli.main(["cities", "Мюнхен", "--limit", "1"]) == 0
    assert capsys.readouterr().out.startswith("Munich\tDE")
    assert cli.main(["--data-dir", str(data_dir), "suggest", "--country", "IT", "--top",
                     "3"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and all(line.split("\t")[1] == "IT" for line in lines)
    assert cli.main(["--data-dir", str(data_dir), "suggest", "--top", "0"]) == 2
    assert "top" in capsys.readouterr().err.lower()
