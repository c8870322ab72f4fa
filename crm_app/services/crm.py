"""The services of one open database, built once at the application's entry point."""

from __future__ import annotations

from pathlib import Path

from crm_app.db.database import Database
from crm_app.domain.clock import Clock, utc_now
from crm_app.services.privacy import audit, consent
from crm_app.services.queries import Queries
from crm_app.services.records import RecordService
from crm_app.services.search import SearchService
from crm_app.services.settings import LocalSettings
from crm_app.services.undo import UndoHistory


class Crm:
    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self.db = db
        self.clock = clock
        # The privacy hooks, installed here (the one factory the app and the CLI build):
        # every edit leaves an audit entry, every change of a lawful basis a consent event.
        audit.install(db.session_factory)
        consent.install(db.session_factory)
        self.staff = RecordService(db, "staff", clock)
        self.tags = RecordService(db, "tag", clock)
        self.organisations = RecordService(db, "organisation", clock)
        self.contacts = RecordService(db, "contact", clock)
        self.events = RecordService(db, "event", clock)
        self.meetings = RecordService(db, "meeting", clock)
        self.followups = RecordService(db, "followup", clock)
        self.notes = RecordService(db, "note", clock)
        self.addresses = RecordService(db, "address", clock)
        self.queries = Queries(db, clock)
        self.search = SearchService(db)
        self.settings = LocalSettings(db)
        self.history = UndoHistory(self)  # the app's Edit ▸ Undo; the CLI never uses it

    @classmethod
    def open(cls, path: Path | str, clock: Clock = utc_now, *, key: str | None = None) -> Crm:
        """`key`: the key of an encrypted file (crm_app/services/dbkeys.py finds it)."""
        return cls(Database.open(path, key=key), clock)

    def records(self, entity: str) -> RecordService:
        return {
            "staff": self.staff, "tag": self.tags, "organisation": self.organisations,
            "contact": self.contacts, "event": self.events, "meeting": self.meetings,
            "followup": self.followups, "note": self.notes, "address": self.addresses,
        }[entity]

    def close(self) -> None:
        self.db.close()
