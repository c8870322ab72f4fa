"""The paged list query behind the tables: keyset pages, whatever the sort or the page size,
give exactly the rows of one big query, in the right order, with empty values last."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_app.services.crm import Crm
from crm_app.services.listing import Listing, ListQuery

NAMES = ["Rossi", "Иванов", "田中", "Müller", "Papadopoulos", "O'Neil", "Ng", "Álvarez"]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path: Path = tmp_path_factory.mktemp("listing") / "crm.sqlite3"
    crm = Crm.open(path)
    org = crm.organisations.create({"name": "Zeta Pharma", "sectors": ["pharma"]})
    for n in range(60):
        crm.contacts.create({
            "family_name": NAMES[n % len(NAMES)], "given_name": f"P{n % 7}",
            "country": [None, "JP", "IT", "DE"][n % 4], "job_title": ["", "CEO", "CTO"][n % 3],
            "organisation_id": org["id"] if n % 5 == 0 else None,
            "tags": ["VIP"] if n % 6 == 0 else []})
        crm.followups.create({"title": f"Task {n}", "status": ["open", "done"][n % 2],
                              "due_date": None if n % 4 == 0 else date(2026, 11, 1 + n % 28)})
    yield crm
    crm.close()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entity=st.sampled_from(["contact", "followup"]), data=st.data(),
       descending=st.booleans(), page=st.integers(min_value=1, max_value=25))
def test_keyset_pages_equal_one_query(seeded: Crm, entity: str, data: Any, descending: bool,
                                      page: int) -> None:
    listing = Listing(seeded.db)
    sort = data.draw(st.sampled_from(Listing.sortable(entity)))
    query = ListQuery(entity, sort=sort, descending=descending)
    whole = listing.page(query, 10_000)
    pages: list[dict[str, Any]] = []
    after = None
    while True:
        chunk = listing.page(query, page, after=after)
        pages.extend(chunk)
        if len(chunk) < page:
            break
        after = chunk[-1]
    assert [r["id"] for r in pages] == [r["id"] for r in whole]
    assert len(whole) == listing.count(query) == 60
    keys = [r["_sort"] for r in whole]
    present = [k for k in keys if k is not None]
    assert keys == present + [None] * (len(keys) - len(present))  # empty values last
    assert present == sorted(present, reverse=descending)


def test_filters(seeded: Crm) -> None:
    listing = Listing(seeded.db)

    def count(entity: str, **filters: Any) -> int:
        return listing.count(ListQuery(entity, filters=filters))

    assert count("contact", country="jp") == 15
    assert count("contact", tag="VIP") == 10
    assert count("contact", sector="pharma") == 12
    assert count("contact", text="ivanov") == count("contact", text="Иванов") > 0
    assert count("followup", open_only=True) == 30
    assert count("followup", date_from=date(2026, 11, 1), date_to=date(2026, 11, 3)) > 0
    with pytest.raises(ValueError, match="unknown filters"):
        count("contact", colour="red")
