"""Fixtures of the import/export tests: a fresh database file per test, the sample files."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from crm_app.io.service import ImportExport
from crm_app.services.crm import Crm

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def crm(tmp_path: Path) -> Iterator[Crm]:
    opened = Crm.open(tmp_path / "crm.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def io(crm: Crm) -> ImportExport:
    return ImportExport(crm)


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def contacts_by_family(crm: Crm) -> dict[str, dict[str, Any]]:
    """Live contacts keyed by family name, with their tags and organisation name."""
    result = {}
    for contact in crm.contacts.list():
        full = crm.contacts.get(contact["id"])
        org = full["organisation_id"]
        full["organisation"] = crm.organisations.get(org)["name"] if org else ""
        result[contact["family_name"]] = full
    return result


@pytest.fixture
def by_family() -> Callable[[Crm], dict[str, dict[str, Any]]]:
    return contacts_by_family


def places(contact: dict[str, Any]) -> list[str]:
    """A contact's postal addresses as 'kind: one line' (what the contact form shows)."""
    from crm_app.domain.address import one_line

    return [f"{a['kind']}: {one_line(a)}" for a in contact["addresses"]]
