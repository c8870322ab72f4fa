"""Undo/redo through the services: every undo is an ordinary edit, and it never overwrites
what happened after the action."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_app.db.database import Database
from crm_app.services.crm import Crm
from crm_app.services.dump import dump_json
from crm_app.services.undo import UndoConflict


def test_update_undo_redo_round_trip(crm: Crm) -> None:
    contact = crm.contacts.create({"given_name": "Hanako", "family_name": "Suzuki",
                                   "job_title": "Buyer", "tags": ["VIP"]})
    crm.history.update("contact", contact["id"],
                       {"job_title": "Head of BD", "tags": ["VIP", "hot lead"]},
                       "Save Hanako Suzuki")
    assert crm.history.undo_label() == "Save Hanako Suzuki"
    crm.history.undo()
    back = crm.contacts.get(contact["id"])
    assert back["job_title"] == "Buyer" and back["tags"] == ["VIP"]
    assert crm.history.undo_label() is None
    assert crm.history.redo_label() == "Save Hanako Suzuki"
    crm.history.redo()
    again = crm.contacts.get(contact["id"])
    assert again["job_title"] == "Head of BD" and again["tags"] == ["VIP", "hot lead"]


def test_undo_of_create_moves_to_trash_and_redo_restores(crm: Crm) -> None:
    created = crm.history.create("organisation", {"name": "Takeda", "country": "JP"},
                                 "New organisation")
    crm.history.undo()
    assert crm.organisations.get(created["id"], include_deleted=True)["deleted_at"] is not None
    crm.history.redo()
    assert crm.organisations.get(created["id"])["name"] == "Takeda"


def test_undo_of_delete_and_restore(crm: Crm) -> None:
    ids = [crm.contacts.create({"family_name": f"Rossi {n}"})["id"] for n in range(3)]
    crm.history.delete("contact", ids, "Move 3 contacts to the Trash")
    assert crm.contacts.count() == 0
    crm.history.undo()
    assert crm.contacts.count() == 3
    crm.history.restore("contact", [], "nothing")  # an empty action is not recorded
    assert crm.history.redo_label() == "Move 3 contacts to the Trash"


def test_followup_done_undo_clears_completed_at(crm: Crm) -> None:
    followup = crm.followups.create({"title": "Send samples", "due_date": "2026-12-10"})
    done = crm.history.update("followup", followup["id"], {"status": "done"}, "Mark done")
    assert done["completed_at"]
    crm.history.undo()
    reopened = crm.followups.get(followup["id"])
    assert reopened["status"] == "open" and reopened["completed_at"] is None


def test_undo_refuses_to_overwrite_a_later_change_and_changes_nothing(crm: Crm) -> None:
    contact = crm.contacts.create({"given_name": "Anna", "family_name": "Berg",
                                   "job_title": "CEO"})
    crm.history.update("contact", contact["id"], {"job_title": "CFO"}, "Save Anna Berg")
    crm.contacts.update(contact["id"], {"job_title": "COO"})  # e.g. arrived by sync
    before = dump_json(crm.db)
    with pytest.raises(UndoConflict, match=r"Anna Berg.*job title"):
        crm.history.undo()
    assert dump_json(crm.db) == before
    assert crm.history.undo_label() == "Save Anna Berg"


def test_undo_is_an_ordinary_edit_seen_by_search(crm: Crm) -> None:
    contact = crm.contacts.create({"given_name": "Lars", "family_name": "Bäckström"})
    crm.history.update("contact", contact["id"], {"family_name": "Lindqvist"}, "Save")
    crm.history.undo()
    hits = crm.search.search("backst")
    assert any(hit.record_id == contact["id"] for hit in hits)


def test_a_new_action_ends_the_redo_chain(crm: Crm) -> None:
    contact = crm.contacts.create({"family_name": "Greco"})
    crm.history.update("contact", contact["id"], {"given_name": "Alessandro"}, "one")
    crm.history.undo()
    crm.history.update("contact", contact["id"], {"given_name": "Sandro"}, "two")
    assert crm.history.redo_label() is None


def content(crm: Crm) -> object:
    """The dump without `updated_at`: an undo is a new edit, so its time is new."""
    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "updated_at"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value
    return strip(json.loads(dump_json(crm.db)))


JOBS = st.sampled_from(["Buyer", "CEO", "CFO", "Head of BD", ""])


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(st.tuples(st.sampled_from(["edit", "delete", "restore"]),
                                  st.integers(0, 2), JOBS), min_size=1, max_size=8))
def test_undoing_everything_gives_back_the_first_state(tmp_path: Path,
                                                       actions: list[tuple[str, int, str]]) -> None:
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / "undo.sqlite3"
    crm = Crm(Database.open(path))
    try:
        ids = [crm.contacts.create({"family_name": f"P{n}", "job_title": "Buyer"})["id"]
               for n in range(3)]
        start = content(crm)
        states = [start]
        for kind, which, job in actions:
            record = crm.contacts.get(ids[which], include_deleted=True)
            live = record["deleted_at"] is None
            if kind == "edit" and live:
                crm.history.update("contact", ids[which], {"job_title": job}, kind)
            elif kind == "delete" and live:
                crm.history.delete("contact", [ids[which]], kind)
            elif kind == "restore" and not live:
                crm.history.restore("contact", [ids[which]], kind)
            states.append(content(crm))
        while crm.history.undo() is not None:
            pass
        assert content(crm) == start
        while crm.history.redo() is not None:
            pass
        assert content(crm) == states[-1]
    finally:
        crm.close()
