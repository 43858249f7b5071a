"""Letters read back from their PDFs, in all ten document languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from babel.dates import format_date

from sistercity_desktop import cli
from sistercity_desktop.protocol.address import Official, address_forms
from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES
from sistercity_desktop.services import letters
from sistercity_desktop.services.partnerships import detail, list_partnerships, update_partner_city
from sistercity_desktop.store import Store

from .conftest import fonts_of, page_count, pdf_text, squeeze

TODAY = date(2026, 3, 14)


def japanese(store: Store) -> str:
    return next(r.id for r in list_partnerships(store) if r.partner_language == "ja")


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_letter_of_introduction_in_every_language(demo_store: Store, language: str) -> None:
    pid = japanese(demo_store)
    partner = detail(demo_store, pid).partner
    pdf = letters.render(demo_store, pid, "introduction", language, "", today=TODAY)
    text = squeeze(pdf_text(pdf))
    forms = address_forms(Official(partner.official_name, partner.name, partner.country),
                          language)
    assert squeeze(forms.salutation) in text
    assert squeeze(forms.closing) in text
    locale = letters.document_locale(language, "JP", "US")
    assert squeeze(format_date(TODAY, format="long", locale=locale)) in text
    assert "Greenvale" in text  # the letterhead names the committee's city
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name or "Times" in name for name in fonts)


def test_japanese_letter_follows_its_formulas(demo_store: Store) -> None:
    pid = japanese(demo_store)
    text = squeeze(pdf_text(letters.render(demo_store, pid, "introduction", "ja", "",
                                           today=TODAY)))
    assert "拝啓" in text and "敬具" in text
    assert text.index("拝啓") < text.index("敬具")
    assert "様" in text and "殿" not in text
    assert "2026年3月14日" in text


def test_courtesy_copy_as_second_letter_or_parallel_column(demo_store: Store) -> None:
    pid = japanese(demo_store)
    separate = letters.render(demo_store, pid, "introduction", "ja", "en", "separate",
                              today=TODAY)
    parallel = letters.render(demo_store, pid, "introduction", "ja", "en", "parallel",
                              today=TODAY)
    assert page_count(separate) >= 2
    for pdf in (separate, parallel):
        text = squeeze(pdf_text(pdf))
        assert "拝啓" in text and "March14,2026" in text
    first_page_of_parallel = pdf_text(parallel).split("\f")[0]
    assert "拝啓" in squeeze(first_page_of_parallel)
    assert "March14,2026" in squeeze(first_page_of_parallel)


def test_user_text_prints_as_typed(demo_store: Store) -> None:
    pid = japanese(demo_store)
    update_partner_city(demo_store, pid, official_name="Ann <b>Lee</b> & Co")
    text = pdf_text(letters.render(demo_store, pid, "introduction", "en", "", today=TODAY))
    assert "Ann <b>Lee</b> & Co" in text


def test_edited_wording_is_kept_and_can_be_reset(demo_store: Store) -> None:
    pid = japanese(demo_store)
    proposal = letters.draft(demo_store, pid, "introduction", "en", TODAY)
    edited = letters.with_paragraphs(proposal, ["We would love to hear from you.",
                                                "Our youth orchestra plans a tour in 2027."])
    letters.save_draft(demo_store, pid, edited)
    again = letters.draft(demo_store, pid, "introduction", "en", TODAY)
    assert again.edited and again.paragraphs == edited.paragraphs
    text = pdf_text(letters.render(demo_store, pid, "introduction", "en", "", today=TODAY))
    assert "Our youth orchestra plans a tour in 2027." in text
    letters.reset_draft(demo_store, pid, "introduction", "en")
    assert letters.draft(demo_store, pid, "introduction", "en", TODAY).paragraphs == \
        proposal.paragraphs


def test_a_letter_without_paragraphs_is_refused(demo_store: Store) -> None:
    pid = japanese(demo_store)
    proposal = letters.draft(demo_store, pid, "introduction", "en", TODAY)
    with pytest.raises(letters.UserError, match="at least one paragraph"):
        letters.save_draft(demo_store, pid, letters.with_paragraphs(proposal, ["   "]))
    assert not letters.draft(demo_store, pid, "introduction", "en", TODAY).edited


def test_contacts_on_our_side_are_listed(demo_store: Store) -> None:
    pid = japanese(demo_store)
    ours = [c for c in detail(demo_store, pid).contacts if c.side == "ours"]
    text = pdf_text(letters.render(demo_store, pid, "introduction", "en", "", today=TODAY))
    for contact in ours:
        if contact.role in ("mayors_office", "volunteer"):
            assert contact.name in text


def test_national_body_letter_encloses_the_agreement(demo_store: Store) -> None:
    signed = next(r.id for r in list_partnerships(demo_store) if r.step == 7)
    text = pdf_text(letters.render(demo_store, signed, "national_body", "en", "",
                                   today=TODAY))
    assert "Sister Cities International" in text
    assert "Tartu" in text


def test_sending_is_recorded_in_the_correspondence(demo_store: Store) -> None:
    pid = japanese(demo_store)
    before = len(detail(demo_store, pid).correspondence)
    letters.record_sent(demo_store, pid, "delegation_invitation", ["ja", "en"], TODAY)
    after = detail(demo_store, pid).correspondence
    assert len(after) == before + 1
    assert any("delegation" in e.summary.lower() and e.on == TODAY for e in after)


def test_research_partnership_has_no_recipient_yet(demo_store: Store) -> None:
    research = next(r.id for r in list_partnerships(demo_store) if r.step == 2)
    with pytest.raises(letters.UserError, match="partner city first"):
        letters.render(demo_store, research, "introduction", "en", "", today=TODAY)


def test_cli_writes_the_letter_and_lists_kinds(demo_store: Store, data_dir: Path,
                                               tmp_path: Path, capsys) -> None:
    pid = japanese(demo_store)
    demo_store.close()
    assert cli.main(["document", "--list-kinds"]) == 0
    assert "introduction" in capsys.readouterr().out
    out = tmp_path / "letters"
    code = cli.main(["--data-dir", str(data_dir), "document", pid[:8], "introduction",
                     "--out", str(out)])
    assert code == 0
    written = Path(capsys.readouterr().out.strip())
    assert written.parent == out and written.suffix == ".pdf"
    text = squeeze(pdf_text(written.read_bytes()))
    assert "拝啓" in text and "Greenvale" in text  # Japanese letter + English copy
    assert cli.main(["--data-dir", str(data_dir), "document", pid[:8], "memo",
                     "--out", str(out)]) == 2
    assert "Unknown document kind" in capsys.readouterr().err


def test_cli_kinds_accept_the_hyphenated_names(demo_store: Store, data_dir: Path,
                                               tmp_path: Path, capsys) -> None:
    pid = japanese(demo_store)
    demo_store.close()
    assert cli.main(["document", "--list-kinds"]) == 0
    listed = capsys.readouterr().out
    for kind in ("agreement", "ceremony-programme", "run-of-show", "seating-plan", "work-plan",
                 "evaluation-report", "research-report", "contact-sheet"):
        assert kind in listed
    assert cli.main(["--data-dir", str(data_dir), "document", pid[:8], "work-plan",
                     "--out", str(tmp_path / "out")]) == 0
    assert Path(capsys.readouterr().out.strip()).exists()
