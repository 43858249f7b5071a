"""Fill a Qt Linguist .ts file from a JSON file of translations (used by translators).

Usage: python translations/ts_fill.py translations/sistercity_ja.ts ja.json
Then run `make translations`: it compiles the .qm files and gives the .ts back lupdate's
own layout (this script writes ElementTree's), so diffs stay small.
The JSON maps each source text to its translation; for plural (%n) messages the
value is a list with one entry per plural form of the language (ja/zh: 1; es/fr/de/en: 2).
Only unfinished messages are filled (finished ones keep their wording, even when another
context has the same source). Messages without an entry stay unfinished. Prints how many
were filled and how many unfinished ones are still missing.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, mapping: dict[str, object],
         overwrite: bool = False) -> tuple[int, int]:
    tree = ET.parse(ts_path)
    filled = missing = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        value = mapping.get(source)
        # Only unfinished messages: the same source in another context keeps its own wording.
        if translation.get("type") != "unfinished" and not overwrite:
            continue
        if value is None:
            missing += 1
            continue
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value]
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = str(form)
        else:
            translation.text = str(value)
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, missing


def sources(ts_path: Path) -> list[dict[str, object]]:
    """Every message: context, source and whether it is a plural."""
    out = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out.append({"context": name, "source": message.findtext("source"),
                        "plural": message.get("numerus") == "yes"})
    return out


if __name__ == "__main__":
    ts, data = Path(sys.argv[1]), Path(sys.argv[2])
    done, left = fill(ts, json.loads(data.read_text(encoding="utf-8")))
    print(f"{ts.name}: {done} filled, {left} missing")
