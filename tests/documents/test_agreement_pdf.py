"""Partnership agreements read back from their PDFs: the alternat, every word, every font."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace

import pytest
from pypdf import PdfReader

from sistercity_desktop.documents.agreement import (
    AgreementColumn,
    AgreementInput,
    AgreementOriginal,
    Signatory,
    render_agreement,
)

from .conftest import fonts_of, page_count, pdf_text, squeeze

# --- English–Japanese: Greenvale (Oregon) and Kitakawa (Japan) -----------------------

HOLLOWAY = ("Patricia Holloway", "Mayor of Greenvale", "グリーンベール市長")
YAMADA = ("山田 太郎", "Mayor of Kitakawa", "北川市長")

EN_BODY = (
    "Recognising the friendship between the peoples of our two cities and wishing to "
    "deepen mutual understanding, the City of Greenvale and the City of Kitakawa agree:",
    "The two cities establish a sister city relationship and shall cooperate in the "
    "following areas:",
    "• Education and youth exchange",
    "• Culture and the arts",
    "• Economic development and tourism",
    "A joint working group shall meet once a year, alternately in each city. Each side "
    "bears its own costs.",
    "Both texts are equally authentic. This agreement takes effect on signature and may be "
    "ended by either side in writing.",
)
JA_BODY = (
    "両市民の友好を認識し、相互理解を一層深めることを願い、グリーンベール市と北川市は"
    "次のとおり合意する。",
    "両市は姉妹都市関係を結び、次の分野において協力する。",
    "• 教育及び青少年交流",
    "• 文化及び芸術",
    "• 経済発展及び観光",
    "合同作業部会は毎年一回、両市において交互に開催する。各自の費用は各自が負担する。",
    "両本文は等しく正文である。この協定は署名の日に効力を生じ、いずれの一方も書面により"
    "終了させることができる。",
)


def _signatory(person: tuple[str, str, str], left: str) -> Signatory:
    """A signatory whose title lines follow the column order (left language first)."""
    name, title_en, title_other = person
    return (Signatory(name, title_en, title_other) if left != "ja" and left != "de"
            else Signatory(name, title_other, title_en))


def _en(own: bool, body: tuple[str, ...] = EN_BODY) -> AgreementColumn:
    """The English text, in Greenvale's own original (own) or in Kitakawa's."""
    first, second = ("Greenvale", "Kitakawa") if own else ("Kitakawa", "Greenvale")
    return AgreementColumn(
        language="en", title="Sister City Agreement",
        between=f"between the City of {first} and the City of {second}",
        paragraphs=body, place_date="Done at Greenvale, on March 14, 2027",
        for_first=f"For the City of {first}", for_second=f"For the City of {second}",
        name_caption="Name", title_caption="Title", label=f"Original of the City of {first}")


def _ja(own: bool, body: tuple[str, ...] = JA_BODY) -> AgreementColumn:
    """The Japanese text, in Kitakawa's own original (own) or in Greenvale's."""
    first, second = ("北川市", "グリーンベール市") if own else ("グリーンベール市", "北川市")
    return AgreementColumn(
        language="ja", title="姉妹都市提携協定書", between=f"{first}と{second}との間の協定",
        paragraphs=body, place_date="2027年3月14日にグリーンベールにおいて作成",
        for_first=f"{first}を代表して", for_second=f"{second}を代表して",
        name_caption="氏名", title_caption="役職", label=f"{first}保管の原本")


def english_japanese(en_body: tuple[str, ...] = EN_BODY,
                     ja_body: tuple[str, ...] = JA_BODY) -> AgreementInput:
    """Two mirrored originals: Greenvale's (English left) and Kitakawa's (Japanese left)."""
    greenvale = AgreementOriginal(_en(True, en_body), _ja(False, ja_body),
                                  _signatory(HOLLOWAY, "en"), _signatory(YAMADA, "en"))
    kitakawa = AgreementOriginal(_ja(True, ja_body), _en(False, en_body),
                                 _signatory(YAMADA, "ja"), _signatory(HOLLOWAY, "ja"))
    return AgreementInput((greenvale, kitakawa), title="Sister City Agreement",
                          author="Greenvale Sister City Committee")


# --- French–German: Belleval (France) and Lindenau (Germany) --------------------------

MARCHAND = ("Élodie Marchand", "Maire de Belleval", "Bürgermeisterin von Belleval")
WEISS = ("Jürgen Weiß", "Maire de Lindenau", "Oberbürgermeister von Lindenau")


def _fr(own: bool) -> AgreementColumn:
    first, second = ("Belleval", "Lindenau") if own else ("Lindenau", "Belleval")
    return AgreementColumn(
        language="fr", title="Charte de jumelage",
        between=f"entre la Ville de {first} et la Ville de {second}",
        paragraphs=("Animées par l’amitié entre leurs citoyens, les deux villes s’engagent à "
                    "« favoriser les échanges » :", "• Jeunesse et écoles",
                    "Les deux textes font également foi."),
        place_date="Fait à Belleval, le 14 mars 2027",
        for_first=f"Pour la Ville de {first}", for_second=f"Pour la Ville de {second}",
        name_caption="Nom", title_caption="Qualité", label=f"Original de la Ville de {first}")


def _de(own: bool) -> AgreementColumn:
    first, second = ("Lindenau", "Belleval") if own else ("Belleval", "Lindenau")
    return AgreementColumn(
        language="de", title="Partnerschaftsurkunde",
        between=f"zwischen der Stadt {first} und der Stadt {second}",
        paragraphs=("Getragen von der Freundschaft ihrer Bürgerinnen und Bürger verpflichten "
                    "sich beide Städte, „den Austausch zu fördern“:", "• Jugend und Schulen",
                    "Beide Fassungen sind gleichermaßen verbindlich."),
        place_date="Geschehen zu Belleval am 14. März 2027",
        for_first=f"Für die Stadt {first}", for_second=f"Für die Stadt {second}",
        name_caption="Name", title_caption="Amtsbezeichnung",
        label=f"Ausfertigung der Stadt {first}")


def french_german() -> AgreementInput:
    belleval = AgreementOriginal(_fr(True), _de(False), Signatory(*MARCHAND),
                                 Signatory(WEISS[0], WEISS[1], WEISS[2]))
    lindenau = AgreementOriginal(_de(True), _fr(False),
                                 Signatory(WEISS[0], WEISS[2], WEISS[1]),
                                 Signatory(MARCHAND[0], MARCHAND[2], MARCHAND[1]))
    return AgreementInput((belleval, lindenau), title="Charte de jumelage")


PAIRS = {"en-ja": english_japanese, "fr-de": french_german}


# --- reading helpers -----------------------------------------------------------------


def pages_of(pdf: bytes) -> list[str]:
    """The text of each page (pdftotext separates pages with form feeds)."""
    pages = pdf_text(pdf).split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def originals_in(pdf: bytes, data: AgreementInput) -> list[str]:
    """The text of each original: its pages, from the page opening with its label."""
    pages = pages_of(pdf)
    starts = [next(i for i, page in enumerate(pages) if opens_with(page, orig.left.label))
              for orig in data.originals]
    ends = [*starts[1:], len(pages)]
    return ["\f".join(pages[s:e]) for s, e in zip(starts, ends, strict=True)]


def halves(pdf: bytes) -> list[tuple[str, str]]:
    """Each page's left and right half read on its own (pdftotext cropped to the half).

    Parallel columns share their lines in a layout read-out, so a paragraph is only
    whole when its column is read alone.
    """
    if not shutil.which("pdftotext"):
        pytest.skip("reading a column alone needs pdftotext")
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    width, height = float(box.width), float(box.height)
    sides = []
    for x in (0, width / 2):
        # The bottom 45 pt hold the page number, which would cut into a running paragraph.
        result = subprocess.run(["pdftotext", "-enc", "UTF-8", "-x", str(int(x)), "-y", "0",
                                 "-W", str(int(width / 2)), "-H", str(int(height - 45)),
                                 "-", "-"],
                                input=pdf, capture_output=True, check=True)
        sides.append(result.stdout.decode("utf-8").split("\f")[:page_count(pdf)])
    return list(zip(*sides, strict=True))


def original_halves(pdf: bytes, data: AgreementInput) -> list[tuple[list[str], list[str]]]:
    """Per original: the left halves and the right halves of its pages."""
    cols = halves(pdf)
    pages = pages_of(pdf)
    starts = [next(i for i, page in enumerate(pages) if opens_with(page, orig.left.label))
              for orig in data.originals]
    ends = [*starts[1:], len(pages)]
    return [([c[0] for c in cols[s:e]], [c[1] for c in cols[s:e]])
            for s, e in zip(starts, ends, strict=True)]


def opens_with(page: str, label: str) -> bool:
    """Whether the page's text begins with the label (set in small caps, so any case)."""
    return squeeze(page).casefold().startswith(squeeze(label).casefold())


def in_order(text: str, *parts: str) -> bool:
    """Whether every part occurs in the text, in this order (whitespace ignored)."""
    flat, pos = squeeze(text), 0
    for part in parts:
        pos = flat.find(squeeze(part), pos)
        if pos < 0:
            return False
        pos += len(squeeze(part))
    return True


def signature_line(text: str, first: str, second: str) -> str:
    """The laid-out line that holds both signatories' names."""
    return next(line for line in text.splitlines() if first in line and second in line)


# --- tests ---------------------------------------------------------------------------


@pytest.mark.parametrize("pair", PAIRS)
def test_each_original_opens_with_its_own_language(pair: str) -> None:
    data = PAIRS[pair]()
    pages = pages_of(render_agreement(data))
    assert len(pages) == 2  # a short agreement: one page per original
    for page, orig in zip(pages, data.originals, strict=True):
        assert opens_with(page, orig.left.label), page[:200]
        top = page.splitlines()[0]  # both labels share the top line, own city's first
        assert squeeze(orig.right.label).casefold() in squeeze(top).casefold()
        assert in_order(page, orig.left.title, orig.right.title)
    # The second original is the mirror of the first.
    one, two = data.originals
    assert (one.left.language, one.right.language) == (two.right.language, two.left.language)


@pytest.mark.parametrize("pair", PAIRS)
def test_first_signatory_signs_on_the_left(pair: str) -> None:
    data = PAIRS[pair]()
    pdf = render_agreement(data)
    texts = originals_in(pdf, data)
    for text, (lefts, rights), orig in zip(texts, original_halves(pdf, data), data.originals,
                                           strict=True):
        line = signature_line(text, orig.first.name, orig.second.name)
        assert line.index(orig.first.name) < line.index(orig.second.name), line
        left, right = "".join(lefts), "".join(rights)
        assert in_order(left, orig.left.for_first, orig.right.for_first, orig.first.name,
                        orig.first.title_left, orig.first.title_right)
        assert in_order(right, orig.left.for_second, orig.right.for_second, orig.second.name,
                        orig.second.title_left, orig.second.title_right)
    # The alternat: whoever signs first in one original signs second in the other.
    one, two = data.originals
    assert (one.first.name, one.second.name) == (two.second.name, two.first.name)


@pytest.mark.parametrize("pair", PAIRS)
def test_both_languages_on_every_original(pair: str) -> None:
    data = PAIRS[pair]()
    pdf = render_agreement(data)
    for text, (lefts, rights), orig in zip(originals_in(pdf, data), original_halves(pdf, data),
                                           data.originals, strict=True):
        assert in_order(text, orig.left.title, orig.right.title)
        for half, column in (("".join(lefts), orig.left), ("".join(rights), orig.right)):
            assert in_order(half, column.between, *column.paragraphs, column.place_date)
        # Each signature block carries the headings and captions of both languages.
        for half in ("".join(lefts), "".join(rights)):
            assert in_order(half, orig.left.name_caption, orig.right.name_caption,
                            orig.left.title_caption, orig.right.title_caption)


def test_user_text_prints_as_typed() -> None:
    data = english_japanese()
    one, two = data.originals
    odd = "between the City of Greenvale <b>North</b> & Co"
    pars = ("Tom & Jerry <script> 5 < 6 & 7 > 3", *one.left.paragraphs[1:])
    one = replace(one, left=replace(one.left, between=odd, paragraphs=pars),
                  first=replace(one.first, name="Pat <O'Hara> & Sons"))
    data = replace(data, originals=(one, two))
    pdf = render_agreement(data)
    left = "".join(original_halves(pdf, data)[0][0])
    for typed in (odd, pars[0], "Pat <O'Hara> & Sons"):
        assert squeeze(typed) in squeeze(left)
    assert "&amp;" not in pdf_text(pdf) and "&lt;" not in pdf_text(pdf)


def test_long_agreement_spans_pages_and_loses_nothing() -> None:
    en = tuple(f"Article {i:02d}. The two cities shall pursue exchange number {i} with "
               f"care, good faith and mutual respect, as friends do." for i in range(1, 61))
    ja = tuple(f"第{i:02d}条　両市は第{i}番目の交流を、誠意と相互の尊重をもって推進する。"
               for i in range(1, 61))
    data = english_japanese(en, ja)
    pdf = render_agreement(data)
    texts = originals_in(pdf, data)
    for text, (lefts, rights), orig in zip(texts, original_halves(pdf, data), data.originals,
                                           strict=True):
        assert len(lefts) >= 3  # this original alone takes several pages
        for half, column in (("".join(lefts), orig.left), ("".join(rights), orig.right)):
            assert squeeze(column.paragraphs[0]) in squeeze(half)
            assert squeeze(column.paragraphs[-1]) in squeeze(half)
            assert in_order(half, *column.paragraphs)  # all 60, in order, none cut
        # The columns run side by side throughout: both languages on every page.
        for page in zip(lefts, rights, strict=True):
            latin, japanese = (page if orig.left.language == "en" else page[::-1])
            assert re.search(r"[A-Za-z]{4}", latin), page
            assert re.search(r"[\u3040-\u9fff]", japanese), page
        # Each original numbers its own pages from 1.
        pages = text.split("\f")
        assert "—1—" in squeeze(pages[0]) and "—2—" in squeeze(pages[1])
    assert page_count(pdf) == sum(text.count("\f") + 1 for text in texts)


def test_paragraph_longer_than_a_page_breaks_inside() -> None:
    """One pasted clause taller than a page: laid out over pages, nothing lost or doubled."""
    en = " ".join(f"The cities shall cooperate in good faith ({i})." for i in range(350))
    ja = "".join(f"両市は誠意をもって協力する（{i}）。" for i in range(250))
    data = english_japanese(("Preamble.", en, "Final clause."), ("前文。", ja, "最終条項。"))
    pdf = render_agreement(data)
    for (lefts, rights), orig in zip(original_halves(pdf, data), data.originals, strict=True):
        assert len(lefts) >= 3
        for half, column in (("".join(lefts), orig.left), ("".join(rights), orig.right)):
            assert squeeze(half).count(squeeze(column.paragraphs[1])) == 1
            assert in_order(half, *column.paragraphs, column.place_date)


@pytest.mark.parametrize("count", range(8, 36, 3))
def test_signature_blocks_are_never_split(count: int) -> None:
    """Body lengths that push the closing across a page break somewhere in the range."""
    en = tuple(f"Clause {i}: the cities shall cooperate in good faith." for i in range(count))
    ja = tuple(f"第{i}項　両市は誠意をもって協力する。" for i in range(count))
    data = english_japanese(en, ja)
    pdf = render_agreement(data)
    for (lefts, rights), orig in zip(original_halves(pdf, data), data.originals, strict=True):
        page = next(i for i, half in enumerate(lefts)
                    if squeeze(orig.left.for_first) in squeeze(half))
        left, right = squeeze(lefts[page]), squeeze(rights[page])
        for part in (orig.right.for_first, orig.first.name, orig.first.title_left,
                     orig.first.title_right, orig.left.title_caption, orig.left.place_date,
                     orig.left.paragraphs[-1]):
            assert squeeze(part) in left, (count, part)
        for part in (orig.left.for_second, orig.right.for_second, orig.second.name,
                     orig.second.title_left, orig.second.title_right, orig.right.place_date,
                     orig.right.paragraphs[-1]):
            assert squeeze(part) in right, (count, part)


@pytest.mark.parametrize("pair", PAIRS)
def test_every_font_is_embedded(pair: str) -> None:
    fonts = fonts_of(render_agreement(PAIRS[pair]()))
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name or "Times" in name for name in fonts), fonts
    if pair == "fr-de":  # a Latin agreement is set in the serif
        assert all("DejaVuSerif" in name for name in fonts), fonts


def test_plain_bilingual_copy() -> None:
    data = english_japanese()
    one = data.originals[0]
    copy = replace(one, left=replace(one.left, label="Bilingual copy"),
                   right=replace(one.right, label="二か国語版写し"))
    pdf = render_agreement(replace(data, originals=(copy,)))
    assert page_count(pdf) == 1
    text = pdf_text(pdf)
    assert opens_with(text, "Bilingual copy") and "二か国語版写し" in squeeze(text)
    assert in_order(text, one.left.title, one.right.title, one.first.name)


def test_same_input_same_bytes() -> None:
    assert render_agreement(english_japanese()) == render_agreement(english_japanese())


def test_letter_size() -> None:
    pdf = render_agreement(replace(english_japanese(), page_size="LETTER"))
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert in_order(pdf_text(pdf), "Sister City Agreement", "Patricia Holloway")


def test_rejects_what_it_cannot_lay_out() -> None:
    with pytest.raises(ValueError):
        render_agreement(AgreementInput(()))
    with pytest.raises(ValueError):
        render_agreement(replace(english_japanese(), page_size="A3"))
