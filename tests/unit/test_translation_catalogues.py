"""The .ts catalogues hold every message the code marks, fully translated, placeholders intact."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("es", "fr", "de", "ja", "zh_CN")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n")


def marked_messages() -> set[tuple[str, str]]:
    """(context, source) of every translate()/QT_TRANSLATE_NOOP call with literal arguments."""
    found = set()
    for path in (ROOT / "sistercity_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            context, source = node.args[0], node.args[1]
            if (name in ("translate", "QT_TRANSLATE_NOOP")
                    and isinstance(context, ast.Constant) and isinstance(context.value, str)
                    and isinstance(source, ast.Constant) and isinstance(source.value, str)):
                found.add((context.value, source.value))
    return found


def catalogue(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> its translations (one per plural form; [] when unfinished)."""
    out: dict[tuple[str, str], list[str]] = {}
    tree = ET.parse(ROOT / "translations" / f"sistercity_{language}.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                  "vanished"):
                forms: list[str] = []
            elif message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            out[(name, message.findtext("source") or "")] = forms
    return out


def test_the_code_marks_service_messages() -> None:
    messages = marked_messages()
    contexts = {context for context, _ in messages}
    # Messages computed below ui/ (errors, health reasons, research facts, gift cautions).
    assert {"Errors", "Health", "research", "gifts"} <= contexts
    assert ("Health", "No contact for %n month(s)") in messages


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_marked_message_is_translated(language: str) -> None:
    known = catalogue(language)
    missing = sorted(f"{c}: {s}" for c, s in marked_messages()
                     if not any(form.strip() for form in known.get((c, s), [])))
    assert missing == [], f"run `make translations` and translate: {missing[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_their_placeholders(language: str) -> None:
    broken = []
    for (context, source), forms in catalogue(language).items():
        wanted = set(PLACEHOLDER.findall(source)) - {"%n"}
        for form in forms:
            if form and set(PLACEHOLDER.findall(form)) - {"%n"} != wanted:
                broken.append(f"{context}: {source!r} -> {form!r}")
    assert broken == []
