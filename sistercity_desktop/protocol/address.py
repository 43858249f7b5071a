"""Forms of address for mayors and similar officials, by letter language and country.

The letter templates (resources/letters/<code>.json) hold no salutations or closings:
this module supplies them. The letter's language chooses the conventions; the
official's country refines them (US vs British English, Spain vs Mexico, Brazil vs
Portugal, a German large city's Oberbürgermeister). Every form degrades to a
title-only version when the name (or city) is unknown, and gender "unspecified"
gives neutral or both-gender wording.

Pure Python: no Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sistercity_desktop.protocol.languages import DOCUMENT_LANGUAGES

OFFICES = ("mayor", "lord_mayor", "governing_mayor", "municipal_president", "governor")
GENDERS = ("female", "male", "unspecified")


@dataclass(frozen=True)
class Official:
    """A city's head (recipient or sender of a letter)."""

    full_name: str  # as the official writes it, e.g. "山田 太郎", "Anne Hidalgo"; may be ""
    city: str  # the official's city, e.g. "Matsumoto"
    country: str  # ISO 3166-1 alpha-2 of that city, e.g. "JP"
    gender: str = "unspecified"
    office: str = "mayor"
    # If "", derived (see surname_of): first token for CJK names or JP/CN/TW/KR, else last.
    surname: str = ""

    def __post_init__(self) -> None:
        # Values often come from user input or the database: accept case and blanks,
        # reject anything that would silently pick the wrong protocol.
        gender = self.gender.strip().lower() or "unspecified"
        office = self.office.strip().lower() or "mayor"
        if gender not in GENDERS:
            raise ValueError(f"gender must be one of {GENDERS}, not {self.gender!r}")
        if office not in OFFICES:
            raise ValueError(f"office must be one of {OFFICES}, not {self.office!r}")
        object.__setattr__(self, "gender", gender)
        object.__setattr__(self, "office", office)
        object.__setattr__(self, "country", self.country.strip().upper())


@dataclass(frozen=True)
class AddressForms:
    """Everything a letter needs to address (or sign as) one official in one language."""

    title: str  # the office title in the letter language, e.g. "Mayor", "市長", "Maire"
    envelope: tuple[str, ...]  # inside address / envelope lines (name, office, city), no street
    salutation: str  # e.g. "Dear Mayor Yamada:", "Monsieur le Maire,", "山田 太郎 様"
    closing: str  # complimentary close; may contain "\n" (zh: "此致\n敬礼")
    signature_title: str  # how this official signs under the name, e.g. "Mayor of Greenvale"


# --- country groups -------------------------------------------------------------------

# Family name first (spec of Official.surname).
_FAMILY_NAME_FIRST = frozenset({"JP", "CN", "TW", "KR", "KP", "HK", "MO"})
# US conventions also apply when the country is unknown, and in US territories.
_US_STYLE = frozenset({"", "US", "PR", "GU", "VI", "AS", "MP", "UM"})
# British conventions: "The Mayor of X", "Dear Mayor,", "Yours sincerely,".
_BRITISH_STYLE = frozenset({"GB", "IE", "AU", "NZ", "IM", "JE", "GG"})
# Lord Mayors styled "Right Honourable" rather than "Right Worshipful".
_RIGHT_HONOURABLE = frozenset({
    ("GB", "london"), ("GB", "city of london"), ("GB", "york"), ("GB", "belfast"),
    ("GB", "cardiff"), ("IE", "dublin"), ("AU", "sydney"), ("AU", "melbourne"),
    ("AU", "brisbane"), ("AU", "adelaide"), ("AU", "perth"), ("AU", "hobart"),
})
# Scottish cities whose civic head is a Lord Provost (True: styled Right Honourable).
_LORD_PROVOSTS = {"edinburgh": True, "glasgow": True, "aberdeen": False, "dundee": False}
# Lusophone countries with a Câmara Municipal headed by its Presidente.
_CAMARA_COUNTRIES = frozenset({"PT", "CV"})
# River Plate countries call the head of a municipality Intendente.
_INTENDENTE_COUNTRIES = frozenset({"AR", "UY", "PY"})
_BOURGMESTRE_COUNTRIES = frozenset({"BE", "LU"})

# --- office titles: (male, female, unspecified) per language and title key --------------

_TITLES: dict[str, dict[str, tuple[str, str, str]]] = {
    "en": {
        "mayor": ("Mayor",) * 3,
        "lord_mayor": ("Lord Mayor",) * 3,
        "governing_mayor": ("Governing Mayor",) * 3,
        "municipal_president": ("Municipal President",) * 3,
        "governor": ("Governor",) * 3,
    },
    "fr": {
        # "Maire" is epicene: modern usage is "Madame la Maire".
        "mayor": ("Maire",) * 3,
        "bourgmestre": ("Bourgmestre",) * 3,
        "lord_mayor": ("Lord-maire",) * 3,
        "governing_mayor": (
            "Bourgmestre-gouverneur", "Bourgmestre-gouverneure", "Bourgmestre-gouverneur(e)"),
        "municipal_president": (
            "Président municipal", "Présidente municipale", "Président(e) municipal(e)"),
        "governor": ("Gouverneur", "Gouverneure", "Gouverneur(e)"),
    },
    "de": {
        "mayor": ("Bürgermeister", "Bürgermeisterin", "Bürgermeister/-in"),
        "lord_mayor": ("Oberbürgermeister", "Oberbürgermeisterin", "Oberbürgermeister/-in"),
        "governing_mayor": (
            "Regierender Bürgermeister", "Regierende Bürgermeisterin",
            "Regierende/-r Bürgermeister/-in"),
        "municipal_president": (
            "Gemeindepräsident", "Gemeindepräsidentin", "Gemeindepräsident/-in"),
        "governor": ("Gouverneur", "Gouverneurin", "Gouverneur/-in"),
        # Swiss cities are headed by a Stadtpräsident(in).
        "city_president": ("Stadtpräsident", "Stadtpräsidentin", "Stadtpräsident/-in"),
        # Hamburg (city state): Erster Bürgermeister.
        "first_mayor": ("Erster Bürgermeister", "Erste Bürgermeisterin",
                        "Erste/-r Bürgermeister/-in"),
    },
    "it": {
        "mayor": ("Sindaco", "Sindaca", "Sindaco/a"),
        "municipal_president": ("Presidente municipale",) * 3,
        "governor": ("Governatore", "Governatrice", "Governatore/Governatrice"),
    },
    "es": {
        "mayor": ("Alcalde", "Alcaldesa", "Alcalde/Alcaldesa"),
        "municipal_president": ("Presidente Municipal", "Presidenta Municipal",
                                "Presidente/a Municipal"),
        "intendente": ("Intendente", "Intendenta", "Intendente/a"),
        "governing_mayor": ("Alcalde-Gobernador", "Alcaldesa-Gobernadora",
                            "Alcalde/Alcaldesa-Gobernador/a"),
        "governor": ("Gobernador", "Gobernadora", "Gobernador/a"),
    },
    "pt": {
        "mayor": ("Prefeito", "Prefeita", "Prefeito(a)"),
        "camara": ("Presidente da Câmara Municipal",) * 3,
        "municipal_president": ("Presidente Municipal",) * 3,
        "governor": ("Governador", "Governadora", "Governador(a)"),
    },
    "ja": {
        "mayor": ("市長",) * 3,
        "governor": ("知事",) * 3,
    },
    "zh-Hans": {
        "mayor": ("市长",) * 3,
        "governor": ("州长",) * 3,
        "governor_CN": ("省长",) * 3,
        "governor_JP": ("知事",) * 3,
        "governor_KR": ("道知事",) * 3,
    },
    "ko": {
        "mayor": ("시장",) * 3,
        "governor": ("주지사",) * 3,
        "governor_CN": ("성장",) * 3,
        "governor_JP": ("지사",) * 3,
        "governor_KR": ("도지사",) * 3,
    },
    "ru": {
        # Russian has no feminine forms for these offices.
        "mayor": ("Мэр",) * 3,
        "burgomaster": ("Бургомистр",) * 3,
        "ober": ("Обер-бургомистр",) * 3,
        "lord_mayor": ("Лорд-мэр",) * 3,
        "governing_mayor": ("Правящий бургомистр",) * 3,
        "municipal_president": ("Муниципальный президент",) * 3,
        "governor": ("Губернатор",) * 3,
    },
}

# Russian inside addresses put the office in the dative ("Мэру города …").
_RU_DATIVE = {
    "Мэр": "Мэру", "Бургомистр": "Бургомистру", "Обер-бургомистр": "Обер-бургомистру",
    "Лорд-мэр": "Лорд-мэру", "Правящий бургомистр": "Правящему бургомистру",
    "Муниципальный президент": "Муниципальному президенту", "Губернатор": "Губернатору",
}
# German "Herrn …" takes the accusative; only adjective titles change.
_DE_ACCUSATIVE = {"Regierender Bürgermeister": "Regierenden Bürgermeister",
                  "Erster Bürgermeister": "Ersten Bürgermeister"}
# Portuguese place names that take an article: "Câmara Municipal do Porto".
_PT_ARTICLE_CITIES = {"porto": "do", "rio de janeiro": "do", "recife": "do", "funchal": "do",
                      "seixal": "do", "barreiro": "do", "cairo": "do"}

# Particles that belong to a Western surname ("von der Leyen", "da Silva").
_SURNAME_PARTICLES = frozenset({
    "von", "van", "der", "den", "de", "del", "della", "degli", "di", "da", "das", "do", "dos",
    "du", "la", "le", "ter", "ten", "zu", "af", "av", "bin", "ibn",
})
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md",
                            "esq", "esq."})
_RU_PATRONYMIC = re.compile(r"(?:вич|вна|ична|ич)$")


# --- small text helpers -------------------------------------------------------------------

def _j(*parts: str) -> str:
    """Join the non-empty parts with single spaces (so a missing part leaves no gap)."""
    return " ".join(p for p in (" ".join(part.split()) for part in parts) if p)


def _of(preposition: str, city: str) -> str:
    """'of Greenvale', or '' when the city is unknown (no dangling preposition)."""
    return _j(preposition, city) if city else ""


def _clean_input(text: str) -> str:
    # Braces would look like an unfilled template placeholder in a finished letter.
    return " ".join(text.replace("{", "").replace("}", "").split())


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.split("\n"))
    # A space before Western punctuation only appears when a part was empty.
    lines = (re.sub(r" +([,:;.!?])", r"\1", line) for line in lines)
    return "\n".join(line for line in lines if line)


def _is_han_or_kana(ch: str) -> bool:
    cp = ord(ch)
    return (0x3040 <= cp <= 0x30FF or 0x31F0 <= cp <= 0x31FF or 0x3400 <= cp <= 0x4DBF
            or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x20000 <= cp <= 0x2FFFF)


def _is_hangul(ch: str) -> bool:
    cp = ord(ch)
    return 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F or 0xAC00 <= cp <= 0xD7AF


def _has_cjk(text: str) -> bool:
    return any(_is_han_or_kana(ch) or _is_hangul(ch) for ch in text)


def _han_concat(*parts: str) -> str:
    """Concatenate Chinese/Japanese parts without spaces, but keep a space next to other
    scripts (Latin, Hangul, Cyrillic): 松本市 + 市長, Greenvale 市長."""
    out = ""
    for part in (p for p in parts if p):
        if out and not (_is_han_or_kana(out[-1]) and _is_han_or_kana(part[0])):
            out += " "
        out += part
    return out


def _fold(text: str) -> str:
    """Case- and accent-insensitive form for matching free text."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(unicodedata.normalize("NFC", stripped).split())


def _language(language: str) -> str:
    """Map a BCP 47 tag to a document language; unsupported ones fall back to English."""
    code = language.strip().replace("_", "-").casefold()
    if code.startswith("zh"):
        return "zh-Hans"  # the only Chinese document language
    base = code.split("-")[0]
    return base if base in DOCUMENT_LANGUAGES else "en"


def _check_office(office: str) -> str:
    value = office.strip().lower() or "mayor"
    if value not in OFFICES:
        raise ValueError(f"office must be one of {OFFICES}, not {office!r}")
    return value


def _check_gender(gender: str) -> str:
    value = gender.strip().lower() or "unspecified"
    if value not in GENDERS:
        raise ValueError(f"gender must be one of {GENDERS}, not {gender!r}")
    return value


def _pick(triple: tuple[str, str, str], gender: str) -> str:
    return triple[{"male": 0, "female": 1}.get(gender, 2)]


# --- public helpers ---------------------------------------------------------------------

def surname_of(official: Official) -> str:
    """The surname used in salutations such as "Dear Mayor Yamada:".

    An explicit surname wins. Otherwise: the first token for names in CJK script or from
    JP/CN/TW/KR (family name first), a Russian "Фамилия Имя Отчество" the first token, and
    else the last token with its lowercase particles ("von der Leyen") and without
    suffixes such as "Jr.".
    """
    explicit = _clean_input(official.surname)
    if explicit:
        return explicit
    tokens = _clean_input(official.full_name).split()
    if not tokens:
        return ""
    if _has_cjk(official.full_name) or official.country.upper() in _FAMILY_NAME_FIRST:
        return tokens[0]
    # Official Russian order puts the patronymic last: Собянин Сергей Семёнович.
    if len(tokens) == 3 and _RU_PATRONYMIC.search(tokens[2].casefold()) \
            and not _RU_PATRONYMIC.search(tokens[1].casefold()):
        return tokens[0]
    tokens = [t.rstrip(",") for t in tokens]
    while len(tokens) > 1 and tokens[-1].casefold() in _NAME_SUFFIXES:
        tokens.pop()
    start = len(tokens) - 1
    while start > 0 and tokens[start - 1] in _SURNAME_PARTICLES:  # lowercase only
        start -= 1
    return " ".join(tokens[start:])


def _title_key(office: str, language: str, country: str) -> str:
    """Which row of _TITLES names this office in this language for this country."""
    british = country in _BRITISH_STYLE
    if language == "fr":
        if office in ("mayor", "lord_mayor") and country in _BOURGMESTRE_COUNTRIES:
            return "bourgmestre"
        if office == "lord_mayor":
            return "lord_mayor" if british else "mayor"
    elif language == "de":
        if office == "mayor" and country == "CH":
            return "city_president"
    elif language == "it":
        return office if office in ("municipal_president", "governor") else "mayor"
    elif language == "es":
        if office == "mayor" and country == "MX":
            return "municipal_president"
        if office == "mayor" and country in _INTENDENTE_COUNTRIES:
            return "intendente"
        if office == "lord_mayor":
            return "mayor"
    elif language == "pt":
        if office in ("mayor", "lord_mayor", "governing_mayor"):
            return "camara" if country in _CAMARA_COUNTRIES else "mayor"
    elif language == "ja":
        return "governor" if office == "governor" else "mayor"
    elif language in ("zh-Hans", "ko"):
        if office != "governor":
            return "mayor"
        # The unit differs: 省 in China, 県/都 in Japan, 道 in Korea, 州 elsewhere.
        return f"governor_{country}" if country in ("CN", "JP", "KR") else "governor"
    elif language == "ru":
        if office == "mayor":
            return "burgomaster" if country in ("DE", "AT") else "mayor"
        if office == "lord_mayor":
            if british:
                return "lord_mayor"
            return "ober" if country in ("DE", "AT", "CH") else "mayor"
    return office


def office_title(office: str, language: str, gender: str = "unspecified",
                 country: str = "") -> str:
    """The office's title in the letter language, e.g. ("mayor", "de", "female") ->
    "Bürgermeisterin", ("mayor", "es", country="MX") -> "Presidente Municipal".

    Gender "unspecified" gives a both-gender form where the language inflects the title.
    """
    lang = _language(language)
    key = _title_key(_check_office(office), lang, country.strip().upper())
    return _pick(_TITLES[lang][key], _check_gender(gender))


# Checked in order: the specific offices before the generic words they contain.
_GUESSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("governing_mayor", ("governing mayor", "regierende", "bourgmestre-gouverneur",
                         "bourgmestre gouverneur", "alcalde-gobernador", "alcaldesa-gobernadora",
                         "alcalde gobernador", "правящ")),
    ("lord_mayor", ("lord mayor", "lord-mayor", "lord provost", "lord-maire", "lord maire",
                    "oberburgermeister", "oberbuergermeister", "ober-burgermeister",
                    "обер-бургомистр", "обербургомистр", "лорд-мэр", "лорд мэр")),
    ("municipal_president", ("presidente municipal", "presidenta municipal",
                             "presidente/a municipal", "municipal president",
                             "president municipal", "presidente municipal",
                             "муниципальный президент")),
    ("governor", ("governor", "gouverneur", "gobernador", "governador", "governatore",
                  "governatrice", "landeshauptmann", "landeshauptfrau", "知事", "省长", "省長",
                  "州长", "州長", "지사", "губернатор")),
)


def guess_office(title_text: str) -> str:
    """An OFFICES value for a free-text title in any document language ("mayor" default).

    E.g. "Lord Mayor" / "Oberbürgermeisterin" -> "lord_mayor", "Presidente Municipal" ->
    "municipal_president", "知事" -> "governor", "市長" / "Maire" / "Мэр" -> "mayor".
    """
    text = _fold(title_text)
    for office, patterns in _GUESSES:
        if any(_fold(pattern) in text for pattern in patterns):
            return office
    return "mayor"


# --- building the forms -------------------------------------------------------------------

@dataclass(frozen=True)
class _Ctx:
    name: str  # full name, or the explicit surname when only that is known
    full_name: str  # "" when only the surname is known ("The Honorable Smith" is wrong)
    surname: str
    city: str
    country: str
    gender: str
    office: str  # after country refinements (Berlin, German large cities)
    large_city: bool


def _effective_office(official: Official, large_city: bool) -> str:
    """Offices implied by the city: Berlin's Regierender Bürgermeister, a German large
    city's Oberbürgermeister (large_city), Hamburg/Bremen's plain Bürgermeister."""
    city = _fold(official.city)
    if official.country == "DE":
        if city == "berlin" and official.office in ("mayor", "lord_mayor"):
            return "governing_mayor"
        if official.office == "mayor" and large_city and city not in ("hamburg", "bremen"):
            return "lord_mayor"
    return official.office


def _forms(title: str, envelope: tuple[str, ...], salutation: str, closing: str,
           signature: str) -> AddressForms:
    lines = tuple(line for line in (_tidy(x) for x in envelope) if line)
    return AddressForms(title=_tidy(title), envelope=lines or (_tidy(title),),
                        salutation=_tidy(salutation), closing=_tidy(closing),
                        signature_title=_tidy(signature))


def _en(c: _Ctx) -> AddressForms:
    title = office_title(c.office, "en", c.gender, c.country)
    city_key = _fold(c.city)
    if c.country == "GB" and c.office in ("mayor", "lord_mayor") and city_key in _LORD_PROVOSTS:
        style = "The Right Honourable the" if _LORD_PROVOSTS[city_key] else "The"
        head = _j(style, "Lord Provost", _of("of", c.city))
        return _forms("Lord Provost", (head, c.full_name), "Dear Lord Provost,", "Yours sincerely,",
                      _j("Lord Provost", _of("of", c.city)))
    signature = _j(title, _of("of", c.city))
    if c.country in _BRITISH_STYLE and c.office in ("mayor", "lord_mayor"):
        # British usage addresses the office, not the person; same title for women.
        if c.office == "lord_mayor":
            honourable = (c.country, city_key) in _RIGHT_HONOURABLE
            style = "The Right Honourable the" if honourable else "The Right Worshipful the"
        else:
            style = "The"
        return _forms(title, (_j(style, signature), c.full_name), f"Dear {title},",
                      "Yours sincerely,", signature)
    if c.full_name:
        if c.country == "CA":
            worship = _pick(("His Worship", "Her Worship", ""), c.gender)
            envelope: tuple[str, ...] = (_j(worship, c.full_name), signature)
        else:
            envelope = (_j("The Honorable", c.full_name), signature)
    else:
        envelope = (_j("The", signature),)
    if c.country in _US_STYLE:
        # US business letters: colon after the salutation, "Sincerely,".
        return _forms(title, envelope, _j("Dear", title, c.surname) + ":", "Sincerely,",
                      signature)
    punctuation = ":" if c.country == "CA" else ","
    return _forms(title, envelope, _j("Dear", title, c.surname) + punctuation,
                  "Yours sincerely,", signature)


def _fr_de(city: str) -> str:
    """French 'de' with elision and contraction: d'Avignon, du Havre, des Sables."""
    if not city:
        return ""
    for article, contracted in (("Le ", "du "), ("Les ", "des ")):
        if city.startswith(article):
            return contracted + city[len(article):]
    if _fold(city[0]) in "aeiouæœ":
        return "d'" + city
    return "de " + city


def _fr(c: _Ctx) -> AddressForms:
    title = office_title(c.office, "fr", c.gender, c.country)
    title_m = office_title(c.office, "fr", "male", c.country)
    of_city = _fr_de(c.city)
    if c.gender == "female":
        honorific = f"Madame la {title}"
        envelope = (_j("Madame", c.name), _j(title, of_city)) if c.name \
            else (_j(honorific, of_city),)
    elif c.gender == "male":
        honorific = f"Monsieur le {title}"
        envelope = (_j("Monsieur", c.name), _j(title, of_city)) if c.name \
            else (_j(honorific, of_city),)
    else:
        honorific = f"Madame, Monsieur le {title_m}"
        envelope = (c.name, _j(title, of_city)) if c.name \
            else (_j(f"Madame ou Monsieur le {title_m}", of_city),)
    # French closings repeat the salutation's title.
    closing = f"Je vous prie d'agréer, {honorific}, l'expression de ma haute considération."
    return _forms(title, envelope, f"{honorific},", closing, _j(title, of_city))


def _de(c: _Ctx) -> AddressForms:
    hamburg = c.country == "DE" and _fold(c.city) == "hamburg" and c.office == "mayor"
    if hamburg:
        title = _pick(_TITLES["de"]["first_mayor"], c.gender)
    else:
        title = office_title(c.office, "de", c.gender, c.country)
    if c.office in ("governing_mayor", "governor"):
        in_title, place, signature = _of("von", c.city), "", _j(title, _of("von", c.city))
    elif hamburg:
        in_title, place = "", "Freie und Hansestadt Hamburg"
        signature = _j(title, "der Freien und Hansestadt Hamburg")
    else:
        in_title, place = "", _of("Stadt", c.city)
        signature = _j(title, _of("der Stadt", c.city))
    if c.gender == "male":
        head = _j("Herrn", _DE_ACCUSATIVE.get(title, title), in_title)
        salutation = f"Sehr geehrter Herr {title},"
    elif c.gender == "female":
        head = _j("Frau", title, in_title)
        salutation = f"Sehr geehrte Frau {title},"
    else:
        head = _j(title, in_title)
        salutation = "Sehr geehrte Damen und Herren,"
    return _forms(title, (head, c.name, place), salutation, "Mit freundlichen Grüßen", signature)


def _it(c: _Ctx) -> AddressForms:
    title = office_title(c.office, "it", c.gender, c.country)
    of_city = _of("di", c.city)
    if c.gender == "male":
        head, salutation = _j("Al Signor", title, of_city), f"Egregio Signor {title},"
    elif c.gender == "female":
        head, salutation = _j("Alla Signora", title, of_city), f"Gentile Signora {title},"
    else:
        title_m = office_title(c.office, "it", "male", c.country)
        title_f = office_title(c.office, "it", "female", c.country)
        head = _j(f"Al {title_m} / Alla {title_f}", of_city)
        salutation = f"Gentile {title},"
    return _forms(title, (head, c.name), salutation, "Distinti saluti", _j(title, of_city))


def _es(c: _Ctx) -> AddressForms:
    title = office_title(c.office, "es", c.gender, c.country)
    title_m = office_title(c.office, "es", "male", c.country)
    title_f = office_title(c.office, "es", "female", c.country)
    office_line = _j(title, _of("de", c.city))
    if c.country == "ES":
        # Spanish protocol: Excelentísimo for large cities, Ilustrísimo otherwise.
        if c.large_city:
            abbr, word_m, word_f = ("Excmo.", "Excma.", "Excmo./Excma."), "Excelentísimo", \
                "Excelentísima"
        else:
            abbr, word_m, word_f = ("Ilmo.", "Ilma.", "Ilmo./Ilma."), "Ilustrísimo", \
                "Ilustrísima"
        treatment = _pick(abbr, c.gender)
        courtesy = _pick(("Sr. D.", "Sra. D.ª", "Sr./Sra."), c.gender)
        if c.name:
            envelope: tuple[str, ...] = (_j(treatment, courtesy, c.name), office_line)
        else:
            envelope = (_j(treatment, _pick(("Sr.", "Sra.", "Sr./Sra."), c.gender),
                           office_line),)
        forms = (f"{word_m} señor {title_m}", f"{word_f} señora {title_f}")
    elif c.country == "MX":
        # Mexico: C. (Ciudadano/Ciudadana) before the name or the office.
        envelope = (_j("C.", c.name), office_line) if c.name else (_j("C.", office_line),)
        forms = (f"Estimado señor {title_m}", f"Estimada señora {title_f}")
    else:
        if c.name:
            envelope = (_j(_pick(("Sr.", "Sra.", ""), c.gender), c.name), office_line)
        else:
            envelope = (_j(_pick(("Sr.", "Sra.", ""), c.gender), office_line),)
        forms = (f"Señor {title_m}", f"Señora {title_f}")
    if c.gender == "male":
        salutation = forms[0] + ":"
    elif c.gender == "female":
        salutation = forms[1] + ":"
    else:
        salutation = f"{forms[1]}, {forms[0][0].lower()}{forms[0][1:]}:"
    return _forms(title, envelope, salutation, "Atentamente,", office_line)


def _pt_de(city: str) -> str:
    if not city:
        return ""
    return _j(_PT_ARTICLE_CITIES.get(_fold(city), "de"), city)


def _pt(c: _Ctx) -> AddressForms:
    title = office_title(c.office, "pt", c.gender, c.country)
    of_city = _pt_de(c.city)
    if c.country in _CAMARA_COUNTRIES:
        camara = title == _TITLES["pt"]["camara"][0]
        short = "Presidente" if camara else title  # "Senhor Presidente,"
        treatment = _pick(("Exmo. Senhor", "Exma. Senhora", "Exmo.(a) Senhor(a)"), c.gender)
        office_line = _j(title, of_city)
        envelope = (_j(treatment, office_line), c.name)
        salutation = _j(_pick(("Senhor", "Senhora", "Senhor(a)"), c.gender), short) + ","
        return _forms(title, envelope, salutation, "Com os melhores cumprimentos,", office_line)
    # Brazil (Manual de Redação da Presidência) and, by default, other countries.
    prefeito = c.office != "governor" and title in _TITLES["pt"]["mayor"]
    municipal = "Municipal" if prefeito and c.country == "BR" else ""
    office_line = _j(title, municipal, of_city)
    excellency = _pick(("A Sua Excelência o Senhor", "A Sua Excelência a Senhora",
                        "A Sua Excelência o(a) Senhor(a)"), c.gender)
    if c.name:
        envelope: tuple[str, ...] = (_j(excellency, c.name), office_line)
    else:
        envelope = (_j(excellency, office_line),)
    salutation = _j(_pick(("Senhor", "Senhora", "Senhor(a)"), c.gender), title) + ","
    return _forms(title, envelope, salutation, "Atenciosamente,", office_line)


def _ja_head(city: str, title: str) -> tuple[str, str]:
    """(title, place + title): 松本市 -> 松本市長, 白馬村 -> 白馬村長, Paris -> Paris 市長."""
    if not city:
        return title, title
    if title == "市長" and city[-1] in "市町村区":
        return city[-1] + "長", city + "長"  # never 松本市市長
    return title, _han_concat(city, title)


def _ja(c: _Ctx) -> AddressForms:
    title, head = _ja_head(c.city, office_title(c.office, "ja", c.gender, c.country))
    # 様 in letters; 殿 belongs to set forms such as certificates.
    if c.name:
        envelope: tuple[str, ...] = (head, f"{c.name} 様")
        salutation = f"{head} {c.name} 様"
    else:
        envelope, salutation = (head + "様",), head + "様"
    return _forms(title, envelope, salutation, "敬具", head)


def _zh_head(city: str, title: str) -> tuple[str, str]:
    """(title, place + title): 松本 / 松本市 -> 松本市市长, 某县 -> 某县县长."""
    if not city:
        return title, title
    if title == "市长":
        if city[-1] in "市县区镇町村":
            unit_title = city[-1] + "长"
            return unit_title, city + unit_title
        if _is_han_or_kana(city[-1]):
            return title, city + "市" + title
    return title, _han_concat(city, title)


def _zh(c: _Ctx) -> AddressForms:
    title, head = _zh_head(c.city, office_title(c.office, "zh-Hans", c.gender, c.country))
    honorific = _pick(("先生", "女士", "先生/女士"), c.gender)
    # 阁下 is for state leaders, ministers and ambassadors, never for a mayor.
    if c.name:
        envelope: tuple[str, ...] = (head, f"{c.name} {honorific}")
        salutation = _han_concat("尊敬的", c.name, title) + "："
    else:
        envelope = (_han_concat(head, honorific),)
        salutation = f"尊敬的{title}{honorific}："
    return _forms(title, envelope, salutation, "此致\n敬礼", head)


def _ko_head(city: str, title: str, country: str) -> tuple[str, str]:
    """(title, place + title): 수원시 -> 수원시장, 양평군 -> 양평군수, Paris -> Paris 시장."""
    if not city:
        return title, title
    if title == "시장":
        if city.endswith("시"):
            return title, city + "장"
        if country == "KR" and city.endswith("군"):
            return "군수", city + "수"
        if country == "KR" and city.endswith("구"):
            return "구청장", city + "청장"
        if country == "KR" and _is_hangul(city[-1]):
            return title, city + title  # 수원 -> 수원시장
        return title, f"{city} {title}"  # foreign cities: 파리 시장
    if title == "도지사" and city.endswith("도"):
        return title, city + "지사"
    return title, f"{city} {title}"


def _ko(c: _Ctx) -> AddressForms:
    title, head = _ko_head(c.city, office_title(c.office, "ko", c.gender, c.country), c.country)
    # 님 for the person; 각하 is reserved for heads of state.
    if c.name:
        envelope: tuple[str, ...] = (head, f"{c.name} 님")
        salutation = f"존경하는 {c.name} {title}님께"
    else:
        envelope, salutation = (head + "님",), f"존경하는 {title}님께"
    return _forms(title, envelope, salutation, "감사합니다.", head)


def _ru_first_and_patronymic(name: str) -> tuple[str, str]:
    """('Сергей Семёнович', gender) for a Russian-style full name, else ('', '')."""
    tokens = name.split()
    if len(tokens) != 3 or not _has_cyrillic(name):
        return "", ""
    for index in (1, 2):  # Имя Отчество Фамилия, or Фамилия Имя Отчество
        token = tokens[index].casefold()
        if _RU_PATRONYMIC.search(token):
            gender = "female" if token.endswith(("вна", "ична")) else "male"
            return f"{tokens[index - 1]} {tokens[index]}", gender
    return "", ""


def _has_cyrillic(text: str) -> bool:
    return any(0x0400 <= ord(ch) <= 0x04FF for ch in text)


def _ru(c: _Ctx) -> AddressForms:
    title = office_title(c.office, "ru", c.gender, c.country)
    place = c.city if c.office == "governor" else _of("города", c.city)
    lower = title.lower()  # Russian writes offices in lowercase inside sentences
    by_name, name_gender = _ru_first_and_patronymic(c.name)
    gender = c.gender if c.gender != "unspecified" else name_gender or "unspecified"
    if by_name:
        # Russian usage: first name and patronymic, never the surname.
        salutation = f"{_pick(('Уважаемый', 'Уважаемая', 'Уважаемый'), gender)} {by_name}!"
    elif gender == "male":
        salutation = f"Уважаемый господин {lower}!"
    elif gender == "female":
        salutation = f"Уважаемая госпожа {lower}!"
    elif c.name:
        salutation = f"Уважаемый(-ая) {c.name}!"
    else:
        salutation = f"Уважаемый(-ая) господин (госпожа) {lower}!"
    envelope = (_j(_RU_DATIVE.get(title, title), place), c.name)
    return _forms(title, envelope, salutation, "С уважением,", _j(title, place))


_BUILDERS = {"en": _en, "fr": _fr, "de": _de, "it": _it, "es": _es, "pt": _pt, "ja": _ja,
             "zh-Hans": _zh, "ko": _ko, "ru": _ru}


def address_forms(recipient: Official, language: str, large_city: bool = True) -> AddressForms:
    """How to address the recipient in a letter written in `language`.

    The recipient's country refines the language's conventions; large_city picks
    Oberbürgermeister for German cities and Excelentísimo for Spanish ones.
    signature_title is how the recipient would sign in this language.
    """
    full_name = _clean_input(recipient.full_name)
    context = _Ctx(
        name=full_name or _clean_input(recipient.surname),
        full_name=full_name,
        surname=surname_of(recipient),
        city=_clean_input(recipient.city),
        country=recipient.country,
        gender=recipient.gender,
        office=_effective_office(recipient, large_city),
        large_city=large_city,
    )
    return _BUILDERS[_language(language)](context)


def sender_forms(sender: Official, language: str) -> AddressForms:
    """The sender's own forms in `language`; signature_title is the line under the
    signature, e.g. "Mayor of Greenvale", "Maire de Greenvale", "グリーンベール市長".

    The sender states their own office, so a German large city is not promoted to
    Oberbürgermeister here (large_city=False); pass office="lord_mayor" for that.
    """
    return address_forms(sender, language, large_city=False)
