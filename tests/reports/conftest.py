"""A multilingual fair in a real database file, and helpers that read PDFs back."""

from __future__ import annotations

import io
import unicodedata
from typing import Any

import pypdf
import pytest

from crm_app.reports.sample import seed_sample_fair
from crm_app.services.crm import Crm


@pytest.fixture
def fair(crm: Crm) -> dict[str, Any]:
    """BIO Japan in Yokohama, 24-26 Nov 2026; the clock says 20 Nov 2026."""
    return seed_sample_fair(crm, meetings=4)


def pdf_pages(pdf: bytes) -> list[str]:
    """Text of each page, NFKC-normalised so Arabic presentation forms read as letters."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [unicodedata.normalize("NFKC", page.extract_text() or "") for page in reader.pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(pdf_pages(pdf))


def flat(text: str) -> str:
    """Whitespace removed: table cells break lines wherever the column ends."""
    return "".join(text.split())


def font_descriptors(pdf: bytes) -> dict[str, bool]:
    """Every font used on any page -> whether its program is embedded in the file."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        resources = page["/Resources"]
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            name = str(font["/BaseFont"])
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2",
                                                            "/FontFile3"))
            fonts[name] = embedded
    return fonts
