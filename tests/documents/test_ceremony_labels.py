"""The ceremony documents print their own words in the document languages.

resources/ceremony/labels.json holds role names and the phrases the services add (titles,
captions, "Give"/"Receive", protocol notes) in every document language; the printed
programme, run of show and seating plan must show them, not English.
"""

from __future__ import annotations

import io
import json
import shutil
import string
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from sistercity_desktop.protocol.ceremony import (
    ROLE_LABELS,
    ROLES,
    ceremony_label,
    role_label,
)
from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES
from sistercity_desktop.services import ceremony, ceremony_docs
from sistercity_desktop.services.partnerships import _get, list_partnerships, update_field
from sistercity_desktop.store import Store

from .conftest import squeeze

LABELS = Path(__file__).resolve().parents[2] / "resources" / "ceremony" / "labels.json"


def reading(pdf: bytes) -> str:
    """The text in drawing order, without whitespace: a wrapped cell reads as one piece."""
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"], input=pdf,
                              capture_output=True, check=True).stdout.decode("utf-8")
    else:
        text = "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)
    return squeeze(text)


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


# -- the file ------------------------------------------------------------------------------


def entries() -> list[tuple[str, str, dict[str, str]]]:
    raw = json.loads(LABELS.read_text(encoding="utf-8"))
    return [(section, key, texts) for section in ("roles", "words")
            for key, texts in raw[section].items()]


@pytest.mark.parametrize(("section", "key", "texts"), entries(),
                         ids=[f"{s}.{k}" for s, k, _ in entries()])
def test_every_label_is_written_in_every_document_language(section: str, key: str,
                                                           texts: dict[str, str]) -> None:
    missing = [lang for lang in DOCUMENT_LANGUAGES
               if not isinstance(texts.get(lang), str) or not texts[lang].strip()]
    assert not missing, f"{section}.{key} lacks {missing}"
    assert set(texts) == set(DOCUMENT_LANGUAGES), f"{section}.{key}: unknown languages"
    # A translation keeps the placeholders the services fill in ({host}, {ours}...).
    for lang, text in texts.items():
        assert fields(text) == fields(texts["en"]), (section, key, lang)


def test_every_role_has_a_label_and_english_is_unchanged() -> None:
    roles = json.loads(LABELS.read_text(encoding="utf-8"))["roles"]
    assert set(roles) == set(ROLES)
    assert {role: texts["en"] for role, texts in roles.items()} == ROLE_LABELS


def test_role_label_defaults_to_english_and_falls_back_to_it() -> None:
    assert role_label("mc") == "Master of ceremonies"
    assert role_label("mc", "ja") == "司会"
    assert role_label("mc", "zh-Hans") == "主持人"
    assert role_label("mc", "ko") == "사회자"
    assert role_label("mc", "zh") == "主持人"  # a base language finds its document language
    assert role_label("mc", "pt-BR") == role_label("mc", "pt")
    assert role_label("mc", "et") == "Master of ceremonies"  # not a document language
    assert role_label("unknown_role", "fr") == "unknown role"
    assert ceremony_label("caution", "xx") == "Caution"


# -- the printed documents -------------------------------------------------------------------


def ceremony_for(store: Store, ours: str, theirs: str = "ja") -> str:
    """The Matsumoto partnership with our committee writing `ours`, a Japanese preset,
    named people and gifts: what an organiser prints."""
    pid = next(r.id for r in list_partnerships(store) if r.partner_language == "ja")
    with store.session() as session, session.begin():
        p = _get(session, pid)
        p.committee_language, p.partner_language = ours, theirs
    update_field(store, pid, "ceremony_on", "2027-04-10")
    ceremony.set_schedule(store, pid, "14:00", "Asia/Tokyo", "theirs")
    ceremony.apply_preset(store, pid, "japanese")
    ceremony.set_role(store, pid, "mc", "neutral", "Emily Carter")
    ceremony.set_role(store, pid, "host_signatory", "theirs", "臥雲 義尚")
    ceremony.set_role(store, pid, "guest_interpreter", "ours", "Kenji Mori")
    ceremony.add_gift(store, pid, "give", "A framed print of the old mill", "Mayor Gaun")
    ceremony.add_gift(store, pid, "receive", "Temari ball")
    return pid


@pytest.mark.parametrize(("ours", "theirs"), [("en", "ja"), ("ja", "en")])
def test_programme_prints_each_role_in_both_languages(demo_store: Store, ours: str,
                                                      theirs: str) -> None:
    pid = ceremony_for(demo_store, ours, theirs)
    text = reading(ceremony_docs.render(demo_store, pid, "ceremony_programme"))
    for label in ("司会", "Masterofceremonies", "来訪市通訳", "Guestinterpreter",
                  "主催市署名者", "Hostsignatory", "EmilyCarter", "KenjiMori"):
        assert label in text, label


def test_programme_prints_a_shared_role_label_once(demo_store: Store) -> None:
    pid = ceremony_for(demo_store, "fr", "fr")
    roles = ceremony_docs.programme_input(demo_store, pid).roles
    assert ("Maître de cérémonie", "", "Emily Carter") in roles


def test_run_of_show_for_a_french_committee_is_in_french(demo_store: Store) -> None:
    pid = ceremony_for(demo_store, "fr")
    text = reading(ceremony_docs.render(demo_store, pid, "run_of_show"))
    assert "Conducteurdelacérémonie:Greenvale–Matsumoto" in text
    for words in ("Maître de cérémonie (Emily Carter)", "Signataire pour la ville hôte",
                  "Interprète de la ville invitée (Greenvale)", "Artistes",
                  "À offrir : A framed print of the old mill (Mayor Gaun)",
                  "À recevoir : Temari ball", "Mise en garde",
                  "Drapeaux sur des mâts séparés"):
        assert squeeze(words) in text, words
    for english in ("Runofshow", "Masterofceremonies", "Hostsignatory", "Guestinterpreter",
                    "Give:", "Receive:", "(ours)", "(theirs)", "(neutral)",
                    "Flagsonseparatestaffs", "Runningorder", "Caution/note"):
        assert english not in text, english
    assert squeeze("Déroulé") in text and squeeze("Heure") in text  # the table's headings


def test_run_of_show_headings_exist_in_every_document_language() -> None:
    from sistercity_desktop.documents.ceremony import WORDS

    for language in DOCUMENT_LANGUAGES:
        words = WORDS.get(language.split("-")[0])
        assert words is not None and set(words) == set(WORDS["en"]), language
        assert "{n}" in words["page"]


def test_seating_plan_for_a_french_committee_is_in_french(demo_store: Store) -> None:
    pid = ceremony_for(demo_store, "fr")
    text = reading(ceremony_docs.render(demo_store, pid, "seating_plan"))
    for words in ("Drapeaux et plan de placement : Greenvale – Matsumoto",
                  "Vue depuis le public. Matsumoto reçoit",
                  "Ville hôte : Matsumoto", "Ville invitée : Greenvale",
                  "Table de signature", "Drapeau : Japon", "Original de Matsumoto",
                  "Public et presse", "Maître de cérémonie : Emily Carter"):
        assert squeeze(words) in text, words
    for english in ("Flagandseatingplan", "Seenfromtheaudience", "Signingtable",
                    "Flag:", "Originalof", "Audienceandpress", "Masterofceremonies"):
        assert english not in text, english


def test_documents_in_a_language_without_labels_are_in_english(demo_store: Store) -> None:
    pid = ceremony_for(demo_store, "et")
    show = ceremony_docs.run_of_show_input(demo_store, pid)
    plan = ceremony_docs.plan_input(demo_store, pid)
    assert show.title == "Run of show: Greenvale – Matsumoto"
    assert ("Master of ceremonies", "Emily Carter") in show.roles
    assert plan.title == "Flag and seating plan: Greenvale – Matsumoto"
    assert plan.caption.startswith("Seen from the audience. Matsumoto hosts;")


def test_seating_plan_names_the_signatory_typed_in_the_roles(demo_store: Store) -> None:
    pid = ceremony_for(demo_store, "en")
    text = reading(ceremony_docs.render(demo_store, pid, "seating_plan"))
    # The host signatory given for the ceremony, not the city's recorded mayor.
    assert squeeze("Host signatory: 臥雲 義尚") in text
    assert "山田" not in text
    chairs = {i.role: i.label for i in ceremony.plan(demo_store, pid) if i.kind == "chair"}
    assert "臥雲 義尚" in chairs["host_signatory"]


def test_programme_prints_identical_city_names_once(demo_store: Store) -> None:
    pid = ceremony_for(demo_store, "en")
    text = reading(ceremony_docs.render(demo_store, pid, "ceremony_programme"))
    assert text.count(squeeze("Matsumoto – Greenvale")) == 1
