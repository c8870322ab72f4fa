"""The file's part of the duplicate index lives in temporary tables of the import's SQLite
connection; its matches are those of the in-memory ContactIndex, in the same order."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from crm_app.io.file_index import FileIndex
from crm_app.services.crm import Crm
from crm_app.services.duplicates import ContactIndex, ContactKey

NAMES = ["anna rossi", "anna rosi", "marco rossi", "anna rossi1", "hanako yamada", "", "a b"]
EMAILS = ["a@x.it", "b@x.it", "c@y.de"]
PHONES = ["+39021", "+39022", "+49211"]


def keys(prefix: str) -> st.SearchStrategy[list[ContactKey]]:
    key = st.builds(
        lambda name, emails, phones, country, org: (name, tuple(emails), tuple(phones),
                                                   country, org),
        st.sampled_from(NAMES), st.lists(st.sampled_from(EMAILS), max_size=2),
        st.lists(st.sampled_from(PHONES), max_size=2), st.sampled_from([None, "IT", "DE"]),
        st.sampled_from([None, "org1", "org2"]))
    return st.lists(key, max_size=12).map(lambda items: [
        ContactKey(f"{prefix}{n}", name, emails, phones, country, org)
        for n, (name, emails, phones, country, org) in enumerate(items, start=1)])


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(stored=keys("db-"), rows=keys("line:"))
def test_matches_equal_the_in_memory_index(tmp_path: Path, stored: list[ContactKey],
                                           rows: list[ContactKey]) -> None:
    crm = Crm.open(tmp_path / "crm.sqlite3")
    try:
        with crm.db.session() as session:
            memory = ContactIndex(stored)
            index = FileIndex(session, ContactIndex(stored))
            for key in rows:
                assert index.matches(key) == memory.matches(key)
                memory.add(key)
                index.add(key)
            for email in EMAILS:
                assert index.first_with_email(email) == (memory.by_email.get(email) or [None])[0]
            index.close()
            left = session.execute(text(
                "SELECT name FROM sqlite_temp_master WHERE type = 'table'")).all()
            assert left == []
    finally:
        crm.close()


def test_uids_and_written_rows(tmp_path: Path) -> None:
    crm = Crm.open(tmp_path / "crm.sqlite3")
    with crm.db.session() as session:
        index = FileIndex(session)
        known = {"uid-db": "contact-1"}
        index.set_uid("uid-db", "line:2", known)  # the database's card wins, as setdefault
        index.set_uid("uid-f", "line:3", known)
        index.set_uid("uid-f", "line:9", known)
        assert index.uid("uid-db", known) == "contact-1"
        assert index.uid("uid-f", known) == "line:3"
        assert index.uid("other", known) is None
        index.set_written([(3, "contact-3")])
        assert index.written("line:3") == "contact-3"
        assert index.written("line:4") is None and index.written("contact-3") is None
        index.close()
    crm.close()
