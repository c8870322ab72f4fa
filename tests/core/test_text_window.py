"""A text-filtered list's window from the search index (services.text_window): the same rows
in the same order as the plain `id IN (hits)` statement, for every sort (empties last both
ways), every offset and both of its paths (probing the index row by row, and the hit set
walked in Python from either end)."""

from __future__ import annotations

from typing import Any

import pytest

from crm_app.services import text_window
from crm_app.services.crm import Crm
from crm_app.services.listing import Listing, ListQuery

GIVEN = ["Marco", "Maria", "Mario", "Anna", "Luca", "Marta", "Sofia", "Mark", "Giulia", "Omar"]
FAMILY = ["Rossi", "Marini", "Bianchi", "Martelli", "Ferrari", "Romano", "Amari", "Colombo"]


@pytest.fixture
def listing(crm: Crm) -> Listing:
    orgs = [crm.organisations.create({"name": name})["id"]
            for name in ("Marubeni", "Takeda", "Bayer")]
    countries = ["IT", "JP", "DE", None]
    for n in range(70):
        values: dict[str, Any] = {"given_name": GIVEN[n % len(GIVEN)],
                                  "family_name": FAMILY[(n * 3) % len(FAMILY)]}
        if n % 4:
            values["organisation_id"] = orgs[n % 3]
        if countries[n % 4]:
            values["country"] = countries[n % 4]
        if n % 5 == 0:
            values["job_title"] = "Buyer"
        crm.contacts.create(values)
    return Listing(crm.db)


def _plain(listing: Listing, query: ListQuery, offset: int, limit: int) -> list[str]:
    plain = Listing(listing.db)
    plain.text_windows.ids = lambda *_a, **_k: None  # type: ignore[method-assign]
    return [str(r["id"]) for r in plain.window(query, offset, limit)]


@pytest.mark.parametrize("probed", [800, 3])  # 3: probing gives up, the hit set is read
@pytest.mark.parametrize("sort", ["name", "organisation", "country", "job_title",
                                  "updated_at"])
def test_every_window_matches_the_plain_statement(listing: Listing, sort: str, probed: int,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_window, "FEW_HITS", 0)  # the small database takes the 100k paths
    monkeypatch.setattr(text_window, "PROBED", probed)
    listing.count(ListQuery("contact"))  # the view's unfiltered count seeds the live total
    used: list[str] = []
    original = text_window.TextWindows.ids

    def spy(self: Any, *args: Any, **kwargs: Any) -> list[str] | None:
        found = original(self, *args, **kwargs)
        used.append("index" if found is not None else "plain")
        return found

    monkeypatch.setattr(text_window.TextWindows, "ids", spy)
    for text in ("mar", "m", "rossi", "a"):
        for descending in (False, True):
            query = ListQuery("contact", sort=sort, descending=descending,
                              filters={"text": text})
            total = listing.count(query)
            assert total > 0
            for offset in (0, 1, total // 2, total - 3):
                got = [str(r["id"]) for r in listing.window(query, max(offset, 0), 7,
                                                            total=total)]
                assert got == _plain(listing, query, max(offset, 0), 7), (text, offset)
    assert set(used) == {"index"}


def test_empties_last_in_both_directions(listing: Listing,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_window, "FEW_HITS", 0)
    for descending in (False, True):
        query = ListQuery("contact", sort="country", descending=descending,
                          filters={"text": "mar"})
        total = listing.count(query)
        countries = [r["country"] for r in listing.window(query, 0, total, total=total)]
        given = [c for c in countries if c]
        assert countries == given + [None] * (len(countries) - len(given))
        assert given == sorted(given, reverse=descending)


def test_other_filters_and_the_trash_keep_the_plain_statement(listing: Listing) -> None:
    for query in (ListQuery("contact", filters={"text": "mar", "country": "IT"}),
                  ListQuery("contact", filters={"text": "mar"}, deleted=True),
                  ListQuery("followup", filters={"text": "mar"})):
        assert listing.text_windows.ids(listing, query, 0, 10, 10_000) is None
