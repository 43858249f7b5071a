"""Export packets: the chosen PDFs, one merged PDF with bookmarks, the data and a README.

Built in a hidden temporary folder next to the destination and renamed into
place only when complete, so a cancel, a crash or a full disk never leaves a
half-written packet behind.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from sistercity_desktop.errors import UserError
from sistercity_desktop.text import translate


class Cancelled(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True)
class PacketDocument:
    kind: str
    title: str          # the bookmark and the readable file name
    pdf: bytes


@dataclass(frozen=True)
class PacketContents:
    name: str                          # folder / zip base name, e.g. "Greenvale-Matsumoto packet"
    documents: tuple[PacketDocument, ...]
    data: dict                         # the partnership's data, export-data form
    readme: str                        # in the committee's language
    merged_name: str                   # e.g. "All documents.pdf"


Progress = Callable[[int, int, str], None]   # (done, total, what) — may raise Cancelled


def safe_file_name(title: str) -> str:
    """A file name every system accepts, keeping the title readable (accents, CJK)."""
    cleaned = "".join("-" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in title)
    return " ".join(cleaned.split()).strip(" .")[:120] or "document"


def merge(documents: Sequence[PacketDocument]) -> bytes:
    """One PDF with every document and a bookmark at the start of each."""
    writer = PdfWriter()
    for document in documents:
        start = len(writer.pages)
        for page in PdfReader(io.BytesIO(document.pdf)).pages:
            writer.add_page(page)
        writer.add_outline_item(document.title, start)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _files(contents: PacketContents) -> list[tuple[str, bytes]]:
    files = []
    for number, document in enumerate(contents.documents, start=1):
        files.append((f"{number:02d} {safe_file_name(document.title)}.pdf", document.pdf))
    if contents.documents:
        files.append((contents.merged_name, merge(contents.documents)))
    files.append(("partnership-data.json",
                  (json.dumps(contents.data, ensure_ascii=False, indent=2, sort_keys=True)
                   + "\n").encode("utf-8")))
    files.append(("README.txt", contents.readme.replace("\n", "\r\n").encode("utf-8")))
    return files


def write_packet(contents: PacketContents, destination: Path, as_zip: bool,
                 progress: Progress | None = None) -> tuple[Path, list[Path]]:
    """Write the packet under `destination`; returns (packet path, files written)."""
    report = progress or (lambda done, total, what: None)
    try:
        destination.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(translate("Errors", "Cannot create {path}: {error}.")
                        .format(path=str(destination),
                                error=(exc.strerror or str(exc)).lower())) from None
    base = safe_file_name(contents.name)
    final = destination / (f"{base}.zip" if as_zip else base)
    if final.exists():
        raise UserError(translate("Errors", "{path} already exists; choose another folder or "
                                  "remove it first.").format(path=str(final)))
    work = Path(tempfile.mkdtemp(prefix=f".{base}.", suffix=".tmp", dir=destination))
    try:
        files = _files(contents)
        total = len(files) + 1
        written: list[Path] = []
        for index, (name, data) in enumerate(files, start=1):
            report(index, total, name)
            path = work / name
            path.write_bytes(data)
            written.append(path)
        report(total, total, final.name)
        if as_zip:
            archive = work / "packet.zip"
            with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
                for path in written:
                    bundle.write(path, f"{base}/{path.name}")
            with open(archive, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(archive, final)
            names = [final]
        else:
            inner = work / base
            inner.mkdir()
            for path in written:
                path.replace(inner / path.name)
            os.replace(inner, final)
            names = sorted(final.iterdir())
        return final, names
    except OSError as exc:
        raise UserError(translate("Errors", "Cannot write the packet in {path}: {error}. "
                                  "Nothing was left behind.")
                        .format(path=str(destination),
                                error=(exc.strerror or str(exc)).lower())) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
