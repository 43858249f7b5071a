"""Forms of address: titles, envelopes, salutations and closings per language and country."""

from __future__ import annotations

import itertools

import pytest

from sistercity_desktop.protocol.address import (
    GENDERS,
    OFFICES,
    AddressForms,
    Official,
    address_forms,
    guess_office,
    office_title,
    sender_forms,
    surname_of,
)
from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES


def forms(language: str, full_name: str, city: str, country: str, gender: str = "unspecified",
          office: str = "mayor", large_city: bool = True) -> AddressForms:
    return address_forms(Official(full_name, city, country, gender, office), language,
                         large_city=large_city)


def all_text(f: AddressForms) -> str:
    return "\n".join((f.title, *f.envelope, f.salutation, f.closing, f.signature_title))


# --- English ------------------------------------------------------------------------------

def test_english_us_uses_honorable_and_colon() -> None:
    f = forms("en", "Jane Smith", "Greenvale", "US", "female")
    assert f.title == "Mayor"
    assert f.envelope == ("The Honorable Jane Smith", "Mayor of Greenvale")
    assert f.salutation == "Dear Mayor Smith:"
    assert f.closing == "Sincerely,"


def test_english_unknown_country_defaults_to_us_style() -> None:
    assert forms("en", "Jane Smith", "Greenvale", "").salutation == "Dear Mayor Smith:"


def test_english_gb_lord_mayor_same_title_for_women() -> None:
    f = forms("en", "Jane Smith", "Manchester", "GB", "female", "lord_mayor")
    assert f.title == "Lord Mayor"
    assert f.envelope[0] == "The Right Worshipful the Lord Mayor of Manchester"
    assert f.salutation == "Dear Lord Mayor,"
    assert f.closing == "Yours sincerely,"
    assert "Lady" not in all_text(f)


@pytest.mark.parametrize("city", ["London", "York", "Belfast", "Cardiff"])
def test_english_right_honourable_lord_mayors(city: str) -> None:
    f = forms("en", "John Smith", city, "GB", "male", "lord_mayor")
    assert f.envelope[0] == f"The Right Honourable the Lord Mayor of {city}"


def test_english_gb_plain_mayor() -> None:
    f = forms("en", "John Smith", "Reading", "GB", "male")
    assert f.envelope == ("The Mayor of Reading", "John Smith")
    assert f.salutation == "Dear Mayor,"
    assert f.closing == "Yours sincerely,"


def test_english_us_vs_gb_differ() -> None:
    us = forms("en", "John Smith", "Springfield", "US", "male")
    gb = forms("en", "John Smith", "Springfield", "GB", "male")
    assert us.salutation.endswith(":") and gb.salutation.endswith(",")
    assert us.closing != gb.closing


def test_english_scottish_lord_provost() -> None:
    f = forms("en", "Robert Aldridge", "Edinburgh", "GB", "male", "lord_mayor")
    assert f.title == "Lord Provost"
    assert f.envelope[0] == "The Right Honourable the Lord Provost of Edinburgh"
    assert f.salutation == "Dear Lord Provost,"


def test_english_international_recipient() -> None:
    f = forms("en", "Yamada Taro", "Matsumoto", "JP", "male")
    assert f.envelope == ("The Honorable Yamada Taro", "Mayor of Matsumoto")
    assert f.salutation == "Dear Mayor Yamada,"
    assert f.closing == "Yours sincerely,"


def test_english_german_large_city_is_lord_mayor() -> None:
    f = forms("en", "Dieter Reiter", "Munich", "DE", "male")
    assert f.salutation == "Dear Lord Mayor Reiter,"
    assert f.signature_title == "Lord Mayor of Munich"


def test_english_canada_his_worship() -> None:
    f = forms("en", "Olivia Chow", "Toronto", "CA", "female")
    assert f.envelope == ("Her Worship Olivia Chow", "Mayor of Toronto")
    assert f.salutation == "Dear Mayor Chow:"


# --- French -------------------------------------------------------------------------------

def test_french_madame_la_maire() -> None:
    f = forms("fr", "Anne Hidalgo", "Paris", "FR", "female")
    assert f.title == "Maire"
    assert f.envelope == ("Madame Anne Hidalgo", "Maire de Paris")
    assert f.salutation == "Madame la Maire,"
    assert f.closing == ("Je vous prie d'agréer, Madame la Maire, "
                         "l'expression de ma haute considération.")
    assert "Madame le Maire" not in all_text(f)


def test_french_monsieur_le_maire_and_closing_repeats_title() -> None:
    f = forms("fr", "Grégory Doucet", "Lyon", "FR", "male")
    assert f.envelope == ("Monsieur Grégory Doucet", "Maire de Lyon")
    assert f.salutation == "Monsieur le Maire,"
    assert "Monsieur le Maire" in f.closing


def test_french_unspecified_gender_names_both() -> None:
    f = forms("fr", "Camille Martin", "Lyon", "FR")
    assert f.salutation == "Madame, Monsieur le Maire,"
    assert "Madame, Monsieur le Maire" in f.closing


@pytest.mark.parametrize(("city", "expected"), [
    ("Avignon", "Maire d'Avignon"), ("Le Havre", "Maire du Havre"),
    ("Osaka", "Maire d'Osaka"), ("La Rochelle", "Maire de La Rochelle"),
    ("Yokohama", "Maire de Yokohama"),
])
def test_french_elision_and_contraction(city: str, expected: str) -> None:
    assert forms("fr", "", city, "FR").signature_title == expected


def test_french_belgian_bourgmestre() -> None:
    f = forms("fr", "Philippe Close", "Bruxelles", "BE", "male")
    assert f.title == "Bourgmestre"
    assert f.salutation == "Monsieur le Bourgmestre,"


# --- German -------------------------------------------------------------------------------

def test_german_large_city_female_oberbuergermeisterin() -> None:
    f = forms("de", "Katja Dörner", "Bonn", "DE", "female")
    assert f.title == "Oberbürgermeisterin"
    assert f.envelope == ("Frau Oberbürgermeisterin", "Katja Dörner", "Stadt Bonn")
    assert f.salutation == "Sehr geehrte Frau Oberbürgermeisterin,"
    assert f.closing == "Mit freundlichen Grüßen"


def test_german_small_city_male_buergermeister() -> None:
    f = forms("de", "Hans Müller", "Kleinstadt", "DE", "male", large_city=False)
    assert f.title == "Bürgermeister"
    assert f.envelope == ("Herrn Bürgermeister", "Hans Müller", "Stadt Kleinstadt")
    assert f.salutation == "Sehr geehrter Herr Bürgermeister,"


def test_german_unspecified_gender_uses_damen_und_herren() -> None:
    f = forms("de", "Kim Weber", "Bonn", "DE")
    assert f.salutation == "Sehr geehrte Damen und Herren,"
    assert f.title == "Oberbürgermeister/-in"


def test_german_governing_mayor_of_berlin() -> None:
    f = forms("de", "Kai Wegner", "Berlin", "DE", "male")
    assert f.title == "Regierender Bürgermeister"
    assert f.envelope[0] == "Herrn Regierenden Bürgermeister von Berlin"
    assert f.salutation == "Sehr geehrter Herr Regierender Bürgermeister,"
    female = forms("de", "Anna Schmidt", "Berlin", "DE", "female", "governing_mayor")
    assert female.salutation == "Sehr geehrte Frau Regierende Bürgermeisterin,"


def test_german_for_foreign_mayor_is_plain_buergermeister() -> None:
    assert forms("de", "山田 太郎", "松本市", "JP", "male").title == "Bürgermeister"


def test_german_swiss_stadtpraesidentin() -> None:
    f = forms("de", "Corine Mauch", "Zürich", "CH", "female")
    assert f.salutation == "Sehr geehrte Frau Stadtpräsidentin,"


# --- Italian ------------------------------------------------------------------------------

def test_italian_sindaco_and_sindaca() -> None:
    m = forms("it", "Roberto Gualtieri", "Roma", "IT", "male")
    assert m.title == "Sindaco"
    assert m.envelope == ("Al Signor Sindaco di Roma", "Roberto Gualtieri")
    assert m.salutation == "Egregio Signor Sindaco,"
    assert m.closing == "Distinti saluti"
    f = forms("it", "Sara Funaro", "Firenze", "IT", "female")
    assert f.title == "Sindaca"
    assert f.envelope == ("Alla Signora Sindaca di Firenze", "Sara Funaro")
    assert f.salutation == "Gentile Signora Sindaca,"


# --- Spanish ------------------------------------------------------------------------------

def test_spanish_spain_large_city_excelentisimo() -> None:
    f = forms("es", "José Luis Martínez-Almeida", "Madrid", "ES", "male")
    assert f.title == "Alcalde"
    assert f.envelope == ("Excmo. Sr. D. José Luis Martínez-Almeida", "Alcalde de Madrid")
    assert f.salutation == "Excelentísimo señor Alcalde:"
    assert f.closing == "Atentamente,"


def test_spanish_spain_smaller_city_ilustrisima() -> None:
    f = forms("es", "María López", "Teruel", "ES", "female", large_city=False)
    assert f.title == "Alcaldesa"
    assert f.envelope == ("Ilma. Sra. D.ª María López", "Alcaldesa de Teruel")
    assert f.salutation == "Ilustrísima señora Alcaldesa:"


def test_spanish_mexico_presidente_municipal() -> None:
    m = forms("es", "Pablo Lemus", "Guadalajara", "MX", "male")
    assert m.title == "Presidente Municipal"
    assert m.envelope == ("C. Pablo Lemus", "Presidente Municipal de Guadalajara")
    assert m.salutation == "Estimado señor Presidente Municipal:"
    f = forms("es", "Ana Pérez", "Puebla", "MX", "female")
    assert f.envelope == ("C. Ana Pérez", "Presidenta Municipal de Puebla")
    assert f.salutation == "Estimada señora Presidenta Municipal:"
    assert f.closing == "Atentamente,"


def test_spanish_spain_vs_mexico_differ() -> None:
    spain = forms("es", "Ana Pérez", "Sevilla", "ES", "female")
    mexico = forms("es", "Ana Pérez", "Puebla", "MX", "female")
    assert spain.title == "Alcaldesa" and mexico.title == "Presidenta Municipal"
    assert spain.envelope[0].startswith("Excma.") and mexico.envelope[0].startswith("C. ")


def test_spanish_other_countries() -> None:
    assert forms("es", "John Smith", "Greenvale", "US", "male").salutation == "Señor Alcalde:"
    assert forms("es", "Jane Smith", "Greenvale", "US", "female").salutation == \
        "Señora Alcaldesa:"
    assert forms("es", "Jorge Macri", "Buenos Aires", "AR", "male").title == "Intendente"


# --- Portuguese ---------------------------------------------------------------------------

def test_portuguese_brazil() -> None:
    m = forms("pt", "Eduardo Paes", "Niterói", "BR", "male")
    assert m.title == "Prefeito"
    assert m.envelope == ("A Sua Excelência o Senhor Eduardo Paes",
                          "Prefeito Municipal de Niterói")
    assert m.salutation == "Senhor Prefeito,"
    assert m.closing == "Atenciosamente,"
    f = forms("pt", "Maria Silva", "Curitiba", "BR", "female")
    assert f.envelope == ("A Sua Excelência a Senhora Maria Silva",
                          "Prefeita Municipal de Curitiba")
    assert f.salutation == "Senhora Prefeita,"


def test_portuguese_portugal() -> None:
    m = forms("pt", "Carlos Moedas", "Lisboa", "PT", "male")
    assert m.title == "Presidente da Câmara Municipal"
    assert m.envelope == ("Exmo. Senhor Presidente da Câmara Municipal de Lisboa",
                          "Carlos Moedas")
    assert m.salutation == "Senhor Presidente,"
    assert m.closing == "Com os melhores cumprimentos,"
    f = forms("pt", "Ana Costa", "Braga", "PT", "female")
    assert f.envelope[0] == "Exma. Senhora Presidente da Câmara Municipal de Braga"
    assert f.salutation == "Senhora Presidente,"


def test_portuguese_city_with_article() -> None:
    f = forms("pt", "Rui Moreira", "Porto", "PT", "male")
    assert f.signature_title == "Presidente da Câmara Municipal do Porto"


# --- Japanese -----------------------------------------------------------------------------

def test_japanese_sama_never_dono() -> None:
    f = forms("ja", "山田 太郎", "松本市", "JP", "male")
    assert f.title == "市長"
    assert f.envelope == ("松本市長", "山田 太郎 様")
    assert f.salutation == "松本市長 山田 太郎 様"
    assert f.closing == "敬具"
    assert "殿" not in all_text(f)


def test_japanese_city_without_shi_suffix_and_foreign_cities() -> None:
    assert forms("ja", "山田 太郎", "松本", "JP").envelope[0] == "松本市長"
    assert forms("ja", "Jane Smith", "Greenvale", "US").envelope[0] == "Greenvale 市長"
    assert forms("ja", "", "グリーンベール", "US").signature_title == "グリーンベール市長"


def test_japanese_town_and_village_heads() -> None:
    assert forms("ja", "", "白馬村", "JP").title == "村長"
    assert forms("ja", "", "白馬村", "JP").envelope == ("白馬村長様",)


# --- Chinese ------------------------------------------------------------------------------

def test_chinese_mayor_never_gexia() -> None:
    f = forms("zh-Hans", "王伟", "青岛", "CN", "male")
    assert f.title == "市长"
    assert f.envelope == ("青岛市市长", "王伟 先生")
    assert f.salutation == "尊敬的王伟市长："
    assert f.closing == "此致\n敬礼"
    assert "阁下" not in all_text(f)


def test_chinese_city_already_ending_with_shi_and_female() -> None:
    f = forms("zh-Hans", "山田花子", "松本市", "JP", "female")
    assert f.envelope == ("松本市市长", "山田花子 女士")


def test_chinese_unknown_name() -> None:
    f = forms("zh-Hans", "", "青岛", "CN")
    assert f.salutation == "尊敬的市长先生/女士："
    assert "阁下" not in all_text(f)


# --- Korean -------------------------------------------------------------------------------

def test_korean_mayor_never_gakha() -> None:
    f = forms("ko", "김철수", "수원시", "KR", "male")
    assert f.title == "시장"
    assert f.envelope == ("수원시장", "김철수 님")
    assert f.salutation == "존경하는 김철수 시장님께"
    assert f.closing == "감사합니다."
    assert "각하" not in all_text(f)


def test_korean_foreign_city_and_county() -> None:
    assert forms("ko", "Jane Smith", "Greenvale", "US").envelope[0] == "Greenvale 시장"
    county = forms("ko", "", "양평군", "KR")
    assert county.title == "군수" and county.salutation == "존경하는 군수님께"


# --- Russian ------------------------------------------------------------------------------

def test_russian_mayor() -> None:
    m = forms("ru", "John Smith", "Greenvale", "US", "male")
    assert m.title == "Мэр"
    assert m.envelope == ("Мэру города Greenvale", "John Smith")
    assert m.salutation == "Уважаемый господин мэр!"
    assert m.closing == "С уважением,"
    f = forms("ru", "Jane Smith", "Greenvale", "US", "female")
    assert f.salutation == "Уважаемая госпожа мэр!"


def test_russian_name_and_patronymic() -> None:
    f = forms("ru", "Собянин Сергей Семёнович", "Москва", "RU", "male")
    assert f.salutation == "Уважаемый Сергей Семёнович!"
    g = forms("ru", "Анна Петровна Иванова", "Казань", "RU")
    assert g.salutation == "Уважаемая Анна Петровна!"


def test_russian_german_burgomaster() -> None:
    assert forms("ru", "", "München", "DE", "male").title == "Обер-бургомистр"
    assert forms("ru", "", "Ulm", "DE", "male", large_city=False).title == "Бургомистр"


# --- office titles ------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "expected"), [
    (("mayor", "en"), "Mayor"),
    (("lord_mayor", "en"), "Lord Mayor"),
    (("mayor", "de", "female"), "Bürgermeisterin"),
    (("lord_mayor", "de", "male"), "Oberbürgermeister"),
    (("governing_mayor", "de", "female"), "Regierende Bürgermeisterin"),
    (("mayor", "fr", "female"), "Maire"),
    (("mayor", "es", "male", "MX"), "Presidente Municipal"),
    (("municipal_president", "es", "female", "MX"), "Presidenta Municipal"),
    (("mayor", "pt", "female", "BR"), "Prefeita"),
    (("mayor", "pt", "male", "PT"), "Presidente da Câmara Municipal"),
    (("mayor", "it", "female"), "Sindaca"),
    (("mayor", "ja"), "市長"),
    (("governor", "ja"), "知事"),
    (("mayor", "zh-Hans"), "市长"),
    (("governor", "zh-Hans", "male", "CN"), "省长"),
    (("mayor", "ko"), "시장"),
    (("mayor", "ru"), "Мэр"),
    (("mayor", "zh_CN"), "市长"),
    (("mayor", "en-GB"), "Mayor"),
])
def test_office_title(args: tuple[str, ...], expected: str) -> None:
    assert office_title(*args) == expected


def test_invalid_values_are_rejected() -> None:
    with pytest.raises(ValueError):
        office_title("emperor", "en")
    with pytest.raises(ValueError):
        office_title("mayor", "en", "other")
    with pytest.raises(ValueError):
        Official("A B", "X", "US", gender="f")
    with pytest.raises(ValueError):
        Official("A B", "X", "US", office="king")


def test_official_normalises_case_and_blanks() -> None:
    o = Official("A B", "X", " us ", gender="Female", office="")
    assert (o.country, o.gender, o.office) == ("US", "female", "mayor")


# --- surname derivation -------------------------------------------------------------------

@pytest.mark.parametrize(("official", "expected"), [
    (Official("山田 太郎", "松本市", "JP"), "山田"),
    (Official("王 伟", "青岛", "CN"), "王"),
    (Official("김 철수", "수원시", "KR"), "김"),
    (Official("Yamada Taro", "Matsumoto", "JP"), "Yamada"),
    (Official("Anne Hidalgo", "Paris", "FR"), "Hidalgo"),
    (Official("Jean-Luc Moudenc", "Toulouse", "FR"), "Moudenc"),
    (Official("John Q. Public Jr.", "Springfield", "US"), "Public"),
    (Official("Ursula von der Leyen", "Brussels", "BE"), "von der Leyen"),
    (Official("Собянин Сергей Семёнович", "Москва", "RU"), "Собянин"),
    (Official("Сергей Семёнович Собянин", "Москва", "RU"), "Собянин"),
    (Official("Claudia Sheinbaum Pardo", "Mexico City", "MX", surname="Sheinbaum"),
     "Sheinbaum"),
    (Official("山田 太郎", "松本市", "JP", surname="Yamada"), "Yamada"),
    (Official("", "Greenvale", "US"), ""),
    (Official("   ", "Greenvale", "US"), ""),
])
def test_surname_of(official: Official, expected: str) -> None:
    assert surname_of(official) == expected


def test_explicit_surname_used_in_salutation() -> None:
    o = Official("Claudia Sheinbaum Pardo", "Mexico City", "MX", "female", surname="Sheinbaum")
    assert address_forms(o, "en").salutation == "Dear Mayor Sheinbaum,"


# --- guess_office -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Mayor", "mayor"),
    ("Lord Mayor", "lord_mayor"),
    ("The Rt Hon the Lord Mayor of London", "lord_mayor"),
    ("市長", "mayor"),
    ("市长", "mayor"),
    ("Oberbürgermeister", "lord_mayor"),
    ("Oberbuergermeisterin", "lord_mayor"),
    ("Bürgermeisterin", "mayor"),
    ("Regierender Bürgermeister", "governing_mayor"),
    ("Governing Mayor", "governing_mayor"),
    ("Presidente Municipal", "municipal_president"),
    ("presidenta municipal", "municipal_president"),
    ("Prefeito", "mayor"),
    ("Presidente da Câmara Municipal", "mayor"),
    ("Maire", "mayor"),
    ("Sindaca", "mayor"),
    ("Alcalde", "mayor"),
    ("시장", "mayor"),
    ("도지사", "governor"),
    ("Мэр", "mayor"),
    ("Обер-бургомистр", "lord_mayor"),
    ("Губернатор", "governor"),
    ("長野県知事", "governor"),
    ("Governor", "governor"),
    ("Gobernadora", "governor"),
    ("", "mayor"),
    ("Chief Executive Potato", "mayor"),
])
def test_guess_office(text: str, expected: str) -> None:
    assert guess_office(text) == expected


# --- graceful degradation and hygiene -----------------------------------------------------

def assert_clean(f: AddressForms) -> None:
    assert f.title and f.envelope and f.salutation and f.closing and f.signature_title
    for text in (f.title, *f.envelope, f.salutation, *f.closing.split("\n"), f.signature_title):
        assert text, f
        assert text == text.strip(), f
        assert "  " not in text, f
        for bad in ("{", "}", "None", " ,", " :", " !", " .", "$"):
            assert bad not in text, (bad, f)
        assert not text.endswith((" of", " de", " di", " von", "города")), f


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
@pytest.mark.parametrize("gender", GENDERS)
def test_empty_name_degrades_to_title_only(language: str, gender: str) -> None:
    for country in ("US", "GB", "FR", "DE", "IT", "ES", "MX", "BR", "PT", "JP", "CN", "KR",
                    "RU", ""):
        f = forms(language, "", "Greenvale", country, gender)
        assert_clean(f)
        assert "Greenvale" in all_text(f)


def test_empty_name_samples() -> None:
    assert forms("en", "", "Greenvale", "US").salutation == "Dear Mayor:"
    assert forms("en", "", "Greenvale", "US").envelope == ("The Mayor of Greenvale",)
    assert forms("en", "", "Greenvale", "JP").salutation == "Dear Mayor,"
    assert forms("fr", "", "Lyon", "FR", "male").envelope == ("Monsieur le Maire de Lyon",)
    assert forms("de", "", "Bonn", "DE", "female").envelope == (
        "Frau Oberbürgermeisterin", "Stadt Bonn")
    assert forms("es", "", "Madrid", "ES", "male").envelope == ("Excmo. Sr. Alcalde de Madrid",)
    assert forms("es", "", "Puebla", "MX", "male").envelope == (
        "C. Presidente Municipal de Puebla",)
    assert forms("ja", "", "松本市", "JP").salutation == "松本市長様"
    assert forms("ko", "", "수원시", "KR").salutation == "존경하는 시장님께"
    assert forms("ru", "", "Greenvale", "US", "male").envelope == ("Мэру города Greenvale",)


@pytest.mark.parametrize("language", DOCUMENT_LANGUAGES)
def test_every_combination_is_clean(language: str) -> None:
    names = ("", "Jane Smith", "山田 太郎", "  Anne   Hidalgo ")
    cities = ("", "Greenvale", "松本市", "Le Havre")
    countries = ("US", "GB", "AU", "CA", "FR", "BE", "DE", "CH", "IT", "ES", "MX", "AR", "BR",
                 "PT", "JP", "CN", "KR", "RU", "")
    for name, city, country, gender, office in itertools.product(
            names, cities, countries, GENDERS, OFFICES):
        f = address_forms(Official(name, city, country, gender, office), language)
        assert_clean(f)
        assert_clean(sender_forms(Official(name, city, country, gender, office), language))


def test_braces_in_input_never_reach_the_letter() -> None:
    f = forms("en", "{name}", "{city}", "US")
    assert "{" not in all_text(f) and "}" not in all_text(f)


# --- sender signature titles --------------------------------------------------------------

@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Mayor of Greenvale"),
    ("fr", "Maire de Greenvale"),
    ("de", "Bürgermeister der Stadt Greenvale"),
    ("it", "Sindaco di Greenvale"),
    ("es", "Alcalde de Greenvale"),
    ("pt", "Prefeito de Greenvale"),
    ("ja", "Greenvale 市長"),
    ("zh-Hans", "Greenvale 市长"),
    ("ko", "Greenvale 시장"),
    ("ru", "Мэр города Greenvale"),
])
def test_sender_signature_title_names_the_city(language: str, expected: str) -> None:
    sender = Official("John Smith", "Greenvale", "US", "male")
    f = sender_forms(sender, language)
    assert f.signature_title == expected
    assert "Greenvale" in f.signature_title
    assert_clean(f)


def test_sender_signature_in_local_script() -> None:
    assert sender_forms(Official("", "グリーンベール", "US"), "ja").signature_title == \
        "グリーンベール市長"
    assert sender_forms(Official("", "格林维尔", "US"), "zh-Hans").signature_title == \
        "格林维尔市市长"
    assert sender_forms(Official("", "그린베일", "US"), "ko").signature_title == "그린베일 시장"


def test_sender_keeps_own_office_in_germany() -> None:
    # The sender states their own office: no automatic Oberbürgermeister.
    plain = sender_forms(Official("Hans Müller", "Ulm", "DE", "male"), "de")
    assert plain.signature_title == "Bürgermeister der Stadt Ulm"
    ober = sender_forms(Official("Hans Müller", "Ulm", "DE", "male", "lord_mayor"), "de")
    assert ober.signature_title == "Oberbürgermeister der Stadt Ulm"


def test_sender_female_titles() -> None:
    sender = Official("Jane Smith", "Greenvale", "US", "female")
    assert sender_forms(sender, "de").signature_title == "Bürgermeisterin der Stadt Greenvale"
    assert sender_forms(sender, "it").signature_title == "Sindaca di Greenvale"
    assert sender_forms(sender, "es").signature_title == "Alcaldesa de Greenvale"


def test_surname_only_is_used_in_salutation_not_after_honorable() -> None:
    f = address_forms(Official("", "Greenvale", "US", surname="Smith"), "en")
    assert f.salutation == "Dear Mayor Smith:"
    assert f.envelope == ("The Mayor of Greenvale",)
    assert address_forms(Official("", "松本市", "JP", surname="山田"), "ja").salutation == \
        "松本市長 山田 様"
