"""Bundled TrueType fonts: registration, per-language choice and glyph fallback.

Every PDF embeds its fonts (TrueType subsets). ReportLab's built-in CID fonts
are never used: they are not embedded and show blank in many viewers.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, wraps
from importlib import resources
from typing import Concatenate, ParamSpec, TypeVar
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

# name -> (file, subfont index for .ttc collections)
FONT_FILES: dict[str, tuple[str, int]] = {
    "DejaVuSerif": ("DejaVuSerif.ttf", 0),
    "DejaVuSerif-Bold": ("DejaVuSerif-Bold.ttf", 0),
    "DejaVuSerif-Italic": ("DejaVuSerif-Italic.ttf", 0),
    "DejaVuSans": ("DejaVuSans.ttf", 0),
    "DejaVuSans-Bold": ("DejaVuSans-Bold.ttf", 0),
    "IPAexMincho": ("ipaexm.ttf", 0),
    "IPAexGothic": ("ipaexg.ttf", 0),
    "NanumMyeongjo": ("NanumMyeongjo.ttf", 0),
    "NanumMyeongjo-Bold": ("NanumMyeongjoBold.ttf", 0),
    "WenQuanYiMicroHei": ("wqy-microhei.ttc", 0),
}


@dataclass(frozen=True)
class FontSet:
    """The fonts a document language is set in."""

    regular: str
    bold: str
    heading: str
    cjk_wrap: bool  # break lines between any two ideographs


LATIN = FontSet("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSans-Bold", False)
FONT_SETS: dict[str, FontSet] = {
    "ja": FontSet("IPAexMincho", "IPAexGothic", "IPAexGothic", True),
    "zh": FontSet("WenQuanYiMicroHei", "WenQuanYiMicroHei", "WenQuanYiMicroHei", True),
    "ko": FontSet("NanumMyeongjo", "NanumMyeongjo-Bold", "NanumMyeongjo-Bold", True),
}
# regular -> (bold, italic); fonts without a real bold or italic map to themselves.
FAMILIES: dict[str, tuple[str, str]] = {
    "DejaVuSerif": ("DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "DejaVuSans": ("DejaVuSans-Bold", "DejaVuSans"),
    "IPAexMincho": ("IPAexGothic", "IPAexMincho"),
    "NanumMyeongjo": ("NanumMyeongjo-Bold", "NanumMyeongjo"),
    **{name: (name, name) for name in ("DejaVuSerif-Bold", "DejaVuSerif-Italic",
                                       "DejaVuSans-Bold", "IPAexGothic", "NanumMyeongjo-Bold",
                                       "WenQuanYiMicroHei")},
}
# Tried in this order for characters the main font lacks (a Japanese name in
# an English letter, Latin in a Korean one...).
FALLBACK_ORDER = ("DejaVuSerif", "DejaVuSans", "IPAexMincho", "NanumMyeongjo",
                  "WenQuanYiMicroHei")

_lock = threading.Lock()
_registered = False
_charmaps: dict[str, set[int]] = {}


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab once per process."""
    global _registered
    # Called for every string a document sets: skip the lock once registration is done
    # (the flag is set last, so seeing it True means every font is in place).
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = resources.files("sistercity_desktop.resources") / "fonts"
        for name, (filename, index) in FONT_FILES.items():
            with resources.as_file(folder / filename) as path:
                font = TTFont(name, str(path), subfontIndex=index)
            pdfmetrics.registerFont(font)
            _charmaps[name] = set(font.face.charToGlyph)
        for regular, (bold, italic) in FAMILIES.items():
            # (0, 0) last: addMapping also records the reverse lookup of each name.
            addMapping(regular, 1, 1, bold)
            addMapping(regular, 0, 1, italic)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 0, regular)
        _registered = True


def font_set(language: str) -> FontSet:
    register_fonts()
    return FONT_SETS.get(language.split("-")[0], LATIN)


def has_glyph(font: str, char: str) -> bool:
    if not _registered:
        register_fonts()
    return ord(char) in _charmaps[font]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\ufeff]")


# Texts longer than this are not kept by the caches below (bounded memory: a pasted essay
# is rare and costs one walk; labels and names repeat on every page and every render).
_CACHED_LENGTH = 4000
_P = ParamSpec("_P")
_R = TypeVar("_R")


def _text_cache(maxsize: int) -> Callable[[Callable[Concatenate[str, _P], _R]],
                                          Callable[Concatenate[str, _P], _R]]:
    """lru_cache for a pure function of (text, ...), keeping only texts of modest length.

    The same labels, names and headings are set many times per document and again on every
    render, and the font fallback and measuring below walk them character by character.
    """
    def decorate(function: Callable[Concatenate[str, _P], _R],
                 ) -> Callable[Concatenate[str, _P], _R]:
        cached = lru_cache(maxsize=maxsize)(function)

        @wraps(function)
        def call(text: str, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
            if len(text) <= _CACHED_LENGTH:
                return cached(text, *args, **kwargs)  # type: ignore[arg-type]
            return function(text, *args, **kwargs)

        return call
    return decorate


@_text_cache(maxsize=4096)
def clean(text: str) -> str:
    """Drop control characters (keeping newlines and tabs as spaces/newlines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", unicodedata.normalize("NFC", text))


@_text_cache(maxsize=4096)
def markup(text: str, font: str) -> str:
    """User text as Paragraph markup: escaped, newlines kept, missing glyphs from fallbacks."""
    register_fonts()
    text = clean(text)
    charmap = _charmaps[font]
    if all(ord(char) in charmap for char in text if char not in "\n "):
        # The usual case, the font has every glyph: one run, no per-character walk.
        return escape(text).replace("\n", "<br/>")
    out: list[str] = []
    run: list[str] = []
    run_font = font

    def flush() -> None:
        if run:
            chunk = escape("".join(run)).replace("\n", "<br/>")
            out.append(chunk if run_font == font else f'<font name="{run_font}">{chunk}</font>')
            run.clear()

    for char in text:
        if char in "\n " or ord(char) in charmap:
            wanted = font if char != " " or run_font == font else run_font
        else:
            wanted = next((f for f in FALLBACK_ORDER if ord(char) in _charmaps[f]), font)
        if wanted != run_font:
            flush()
            run_font = wanted
        run.append(char)
    flush()
    return "".join(out)


def missing_glyphs(text: str, font: str) -> set[str]:
    """Characters no bundled font can show (for warnings and tests)."""
    register_fonts()
    return {
        ch for ch in clean(text)
        if ch not in "\n " and not unicodedata.category(ch).startswith("Z")
        and all(ord(ch) not in _charmaps[f] for f in (font, *FALLBACK_ORDER))
    }


@_text_cache(maxsize=4096)
def drawing_runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """Text as (chunk, font) runs for canvas and drawing strings, which have no glyph
    fallback of their own: characters the font lacks come from the first fallback that
    has them; a space stays in the run before it."""
    register_fonts()
    charmap = _charmaps[font]
    runs: list[tuple[str, str]] = []
    for char in text:
        if char == " ":
            wanted = runs[-1][1] if runs else font
        elif ord(char) in charmap:
            wanted = font
        else:
            wanted = next((f for f in FALLBACK_ORDER if ord(char) in _charmaps[f]), font)
        if runs and runs[-1][1] == wanted:
            runs[-1] = (runs[-1][0] + char, wanted)
        else:
            runs.append((char, wanted))
    return tuple(runs)


@_text_cache(maxsize=8192)
def runs_width(text: str, font: str, size: float) -> float:
    """The width of `text` set as drawing_runs (each run in its own font), in points."""
    return sum(stringWidth(chunk, f, size) for chunk, f in drawing_runs(text, font))
