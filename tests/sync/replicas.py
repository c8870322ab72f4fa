"""A cloud folder as sync clients really make one: each laptop has its own replica of the
shared folder, and the cloud copies whole files between replicas whenever it likes (the last
upload wins, no lock crosses machines). Lets a test play out storages that ignore the lock and
files put back from a backup, through the real sync entry point and real files."""

from __future__ import annotations

from pathlib import Path

from crm_app.sync.report import SyncReport
from tests.sync.conftest import Laptop, Office

NAME = "team.crmsync"


class Cloud:
    def __init__(self, office: Office) -> None:
        self.office = office
        self.saved: list[bytes] = []  # every version ever uploaded, oldest first

    def replica(self, laptop: Laptop) -> Path:
        folder = self.office.root / f"replica-{laptop.name}"
        folder.mkdir(exist_ok=True)
        return folder / NAME

    def sync(self, laptop: Laptop, *, expect_repair: bool = False) -> SyncReport:
        """The laptop syncs with its own replica; its upload is remembered as a version."""
        path = self.replica(laptop)
        before = path.read_bytes() if path.exists() else None
        report = laptop.sync(path, expect_repair=expect_repair)
        after = path.read_bytes()
        if after != before:
            self.saved.append(after)
        return report

    def upload(self, source: Laptop, *targets: Laptop) -> None:
        """The cloud copies `source`'s replica over the replicas of `targets`."""
        data = self.replica(source).read_bytes()
        for target in targets:
            self.put(target, data)

    def put(self, target: Laptop, data: bytes) -> None:
        path = self.replica(target)
        temp = path.with_name(".cloud-download")
        temp.write_bytes(data)
        temp.replace(path)

    def restore(self, target: Laptop, version: int) -> None:
        """A backup restore / 'previous versions': an older upload is put back."""
        self.put(target, self.saved[version])
