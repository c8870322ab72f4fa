"""The windowed table model, without a window: 100,000 contacts open with their full row
count and one page read, any row (the last included) is read on demand and equals the one
big query, sorting and filters reset it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from crm_app.db.database import Database
from crm_app.services.crm import Crm
from crm_app.services.listing import Listing, ListQuery
from crm_app.ui.lists.table_model import ID_ROLE, RecordTableModel


@pytest.fixture(scope="module")
def big(big_database: Path) -> Iterator[Database]:
    db = Database.open(big_database)
    yield db
    db.close()


def test_100k_contacts_open_with_their_row_count(big: Database) -> None:
    model = RecordTableModel(Listing(big), "contact", page_size=200)
    model.reload()
    assert model.rowCount() == 100_000 and model.total() == 100_000
    assert model.loaded() == 0  # the count only; rows are read as they are painted
    ids = [model.data(model.index(r, 0), ID_ROLE) for r in range(1000)]
    assert model.loaded() == 1000 and len(set(ids)) == 1000
    expected = Listing(big).page(ListQuery("contact"), 1000)
    assert ids == [row["id"] for row in expected]  # windows == one big page
    keys = [model.row_data(r)["_sort"] for r in range(1000)]
    assert keys == sorted(keys)
    last = model.data(model.index(99_999, 0), ID_ROLE)  # Ctrl+End: read from the other end
    tail = Listing(big).page(ListQuery("contact"), 1, offset=99_999)
    assert last == tail[0]["id"]
    assert model.row_of(str(last)) == 99_999
    assert model.row_of(str(ids[500])) == 500


@pytest.mark.parametrize("column", ["country", "updated_at", "name"])
def test_sorting_by_a_column(big: Database, column: str) -> None:
    model = RecordTableModel(Listing(big), "contact", page_size=300)
    model.reload()  # what a view does when first shown
    number = next(i for i, c in enumerate(model.columns) if c.key == column)
    model.sort(number, Qt.SortOrder.DescendingOrder)
    values = [model.row_data(r)["_sort"] for r in range(600)]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=True) and model.rowCount() == 100_000
    assert model.sort_column() == number


def test_filters_and_the_displayed_text(big: Database) -> None:
    listing = Listing(big)
    model = RecordTableModel(listing, "contact")
    model.set_filters({"country": "JP"})
    assert 0 < model.total() < 100_000
    assert {model.row_data(r)["country"] for r in range(model.rowCount())} == {"JP"}
    country_column = next(i for i, c in enumerate(model.columns) if c.key == "country")
    assert model.data(model.index(0, country_column)) == "Japan"
    model.set_filters({"country": "JP", "sector": "pharma"})
    narrowed = model.total()
    assert 0 < narrowed < listing.count(ListQuery("contact", filters={"country": "JP"}))

    followups = RecordTableModel(listing, "followup")
    followups.set_filters({"open_only": True})
    assert {followups.row_data(r)["status"] for r in range(followups.rowCount())} <= \
        {"open", "in_progress"}


def test_model_passes_qt_model_checks(qtmodeltester: Any, crm: Crm) -> None:
    for n in range(30):
        crm.contacts.create({"given_name": f"Name{n}", "family_name": "Rossi", "country": "IT"})
    model = RecordTableModel(Listing(crm.db), "contact", page_size=10)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 30
    assert [model.row_id(r) for r in range(30)] == Listing(crm.db).ids(model.query)


def test_nothing_is_read_before_the_first_reload(crm: Crm) -> None:
    crm.contacts.create({"family_name": "Rossi"})
    model = RecordTableModel(Listing(crm.db), "contact")
    assert model.rowCount() == 0 and model.total() == 0
    model.sort(0, Qt.SortOrder.DescendingOrder)  # remembered, not read
    assert model.rowCount() == 0 and model.query.descending
    model.reload()
    assert model.rowCount() == 1


def test_trash_listing(crm: Crm) -> None:
    contact = crm.contacts.create({"family_name": "Deleted"})
    crm.contacts.delete(contact["id"])
    model = RecordTableModel(Listing(crm.db), "contact")
    model.set_deleted(True)
    assert model.total() == 1 and model.row_id(0) == contact["id"]
