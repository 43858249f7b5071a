"""Reading generated PDFs back, as a reader (or a printer) would."""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader


def pdf_text(pdf: bytes) -> str:
    """The text a reader would copy out of the PDF (pdftotext when present)."""
    if shutil.which("pdftotext"):
        result = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"],
                                input=pdf, capture_output=True, check=True)
        return result.stdout.decode("utf-8")
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def squeeze(text: str) -> str:
    """Text without any whitespace: CJK lines wrap anywhere, so compare like this."""
    return re.sub(r"\s+", "", text)


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Every font the PDF uses -> whether its program is embedded in the file."""
    reader = PdfReader(io.BytesIO(pdf))
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        fonts = resources.get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") == "/Type0":
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = bool(descriptor) and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2",
                                                           "/FontFile3"))
            found[str(font.get("/BaseFont"))] = embedded
    return found


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def read_pdf():
    return pdf_text
