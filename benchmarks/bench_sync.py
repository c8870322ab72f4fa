"""Sync figures: a sync bringing 10,000 remote changes and a sync with nothing new, with
`contacts` contacts (plus their organisations, meetings, notes, ...) in the shared file.

A laptop with nothing of its own to send does not rewrite the file; further figures have it
send one edit (format 2 appends one chunk). Baselines measured in the same run on the same
file:
- "read+decrypt+write": read the file, pass all its bytes through AES-GCM, write them to a
  temporary file, fsync and rename: the I/O and crypto of rewriting the whole file.
- "whole file": read, decrypt, parse every row, serialise, compress, encrypt and write: what
  every sync cost in format 1 besides merging with the local database.
"""

from __future__ import annotations

import secrets
import sys
import time
from collections.abc import Callable
from pathlib import Path

from common import BenchRow
from sqlalchemy import select

from crm_app.db.models import Contact
from crm_app.services.crm import Crm
from crm_app.services.demo import generate_demo
from crm_app.sync.engine import sync
from crm_app.sync.fileformat import KeyRing, encode_file, open_file, replace_atomically, write_temp

PASSPHRASE = "benchmark passphrase"
CHANGES = 10_000


def timed_cpu(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process): the machine may be shared."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def _say(text: str) -> None:
    print(f"  sync: {text}", file=sys.stderr, flush=True)


def _baseline_io(path: Path, keyring: KeyRing, *, parse: bool) -> None:
    blob = path.read_bytes()
    opened = open_file(blob, keyring, path.name)
    if parse:  # every row decrypted, parsed, serialised, compressed and encrypted again
        data = encode_file(opened.body(), opened.keys, secrets.token_hex(8))
    else:  # the whole file's bytes through AES-GCM once: crypto and I/O only
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        data = AESGCM(opened.keys.encryption).encrypt(secrets.token_bytes(12), blob, None)
    temp = write_temp(path.with_name(path.name + ".bench"), data, lambda _n: None)
    replace_atomically(temp, path.with_name(path.name + ".bench"), lambda _n: None)


def run(workdir: Path, contacts: int = 100_000) -> list[BenchRow]:
    share = workdir / "share"
    share.mkdir()
    shared = share / "team.crmsync"
    anna, marco = Crm.open(workdir / "anna.sqlite3"), Crm.open(workdir / "marco.sqlite3")
    try:
        _say(f"generating {contacts} contacts")
        generate_demo(anna.db, contacts, seed=11)
        # Each laptop keeps its derived team key for the session, as the app does (the
        # derivation is tuned to about half a second; `crm sync` pays it once per command).
        rings = {"anna": KeyRing(PASSPHRASE), "marco": KeyRing(PASSPHRASE)}
        first_push, push_cpu = timed_cpu(lambda: sync(anna.db, shared, PASSPHRASE,
                                                      keyring=rings["anna"]))
        _say(f"first push {first_push:.2f} s ({push_cpu:.2f} s CPU)")
        first_pull, pull_cpu = timed_cpu(lambda: sync(marco.db, shared, PASSPHRASE,
                                                      keyring=rings["marco"]))
        _say(f"first pull {first_pull:.2f} s ({pull_cpu:.2f} s CPU)")
        changes = min(CHANGES, contacts)
        with anna.db.session() as session:
            for i, contact in enumerate(session.scalars(select(Contact).limit(changes))):
                contact.job_title = f"Head of purchasing {i}"
        sync(anna.db, shared, PASSPHRASE, keyring=rings["anna"])
        receive, receive_cpu = timed_cpu(lambda: sync(marco.db, shared, PASSPHRASE,
                                                       keyring=rings["marco"]))
        report_check = marco.contacts.list(filters={"job_title": "Head of purchasing 7"})
        assert len(report_check) == 1
        _say(f"receive {changes} changes {receive:.2f} s")
        noop, noop_cpu = timed_cpu(lambda: sync(marco.db, shared, PASSPHRASE,
                                                       keyring=rings["marco"]))
        _say(f"no-op {noop:.2f} s")
        # The same again, but this laptop has one edit of its own: the file is rewritten.
        with anna.db.session() as session:
            for i, contact in enumerate(session.scalars(
                    select(Contact).offset(contacts - changes).limit(changes))):
                contact.job_title = f"Head of sales {i}"
        sync(anna.db, shared, PASSPHRASE, keyring=rings["anna"])
        some = marco.contacts.list(limit=1)[0]
        marco.contacts.update(some["id"], {"notes": "one local edit"})
        both, both_cpu = timed_cpu(lambda: sync(marco.db, shared, PASSPHRASE,
                                                       keyring=rings["marco"]))
        _say(f"receive {changes} and send 1: {both:.2f} s")
        marco.contacts.update(some["id"], {"notes": "a second local edit"})
        send_one, send_one_cpu = timed_cpu(lambda: sync(marco.db, shared, PASSPHRASE,
                                                       keyring=rings["marco"]))
        _say(f"send 1: {send_one:.2f} s")
        keyring = KeyRing(PASSPHRASE)
        open_file(shared.read_bytes(), keyring, shared.name)  # derive the key once, untimed
        raw, raw_cpu = min(timed_cpu(lambda: _baseline_io(shared, keyring, parse=False))
                           for _ in range(2))
        full, full_cpu = min(timed_cpu(lambda: _baseline_io(shared, keyring, parse=True))
                             for _ in range(2))
        derive, _ = timed_cpu(lambda: open_file(shared.read_bytes(), KeyRing(PASSPHRASE),
                                                shared.name))
        size_kib = shared.stat().st_size / 1024
        db_kib = (workdir / "marco.sqlite3").stat().st_size / 1024
    finally:
        anna.close()
        marco.close()
    per_thousand = 1000 / contacts
    return [
        BenchRow("sync", f"sync receiving {changes:,} changes ({contacts:,} contacts)", receive,
                 "s", "read+decrypt+write", raw, "< 1.5 s"),
        BenchRow("sync", f"sync receiving {changes:,} changes ({contacts:,} contacts)", receive,
                 "s", "whole file: read+decrypt+parse+serialize+write", full, "< 1.5 s"),
        BenchRow("sync", "  same, CPU time of the process", receive_cpu, "s",
                 "whole file (CPU)", full_cpu, "< 1.5 s"),
        BenchRow("sync", f"sync receiving {changes:,} changes, sending 1", both, "s",
                 "whole file: read+decrypt+parse+serialize+write", full, ""),
        BenchRow("sync", "  same, CPU time of the process", both_cpu, "s",
                 "whole file (CPU)", full_cpu, ""),
        BenchRow("sync", "sync sending 1 change", send_one, "s", "read+decrypt+write", raw,
                 "< 0.5 s"),
        BenchRow("sync", "  same, CPU time of the process", send_one_cpu, "s",
                 "read+decrypt+write (CPU)", raw_cpu, "< 0.5 s"),
        BenchRow("sync", "sync with nothing new", noop, "s", "read+decrypt+write", raw,
                 "< 0.2 s"),
        BenchRow("sync", "  same, CPU time of the process", noop_cpu, "s",
                 "read+decrypt+write (CPU)", raw_cpu, "< 0.2 s"),
        BenchRow("sync", "first sync of an empty laptop (pull all)", first_pull, "s",
                 "whole file: read+decrypt+parse+serialize+write", full, "< 8 s"),
        BenchRow("sync", "  same, CPU time of the process", pull_cpu, "s",
                 "whole file (CPU)", full_cpu, "< 8 s"),
        BenchRow("sync", "first sync creating the file (push all)", first_push, "s",
                 "whole file: read+decrypt+parse+serialize+write", full, ""),
        BenchRow("sync", "  same, CPU time of the process", push_cpu, "s",
                 "whole file (CPU)", full_cpu, ""),
        BenchRow("sync", "  deriving the team key once per session (Argon2id, tuned)", derive,
                 "s", "read+decrypt+write", raw, "informative"),
        BenchRow("sync", "shared file size per 1,000 contacts", size_kib * per_thousand, "KiB",
                 "local database per 1,000 contacts", db_kib * per_thousand, ""),
    ]
