"""Run one real sync in its own process and SIGKILL it at the N-th checkpoint (0: never).

    python -m tests.sync.kill_runner DB SHARED PASSPHRASE N TRACE_FILE [rekey:NEW|retire:ID]

Each checkpoint name is appended to TRACE_FILE first, so a run with N=0 lists every point.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from crm_app.db.database import Database
from crm_app.domain.clock import utc_now
from crm_app.sync import devices, fileformat, rekey
from crm_app.sync.engine import sync
from tests.sync.conftest import TEST_KDF


def main() -> None:
    db_path, shared, passphrase, kill_at, trace = sys.argv[1:6]
    fileformat.WRITE_CHUNK = 1024  # more points to die at while the file is being written
    count = 0
    with Path(trace).open("a", encoding="utf-8") as log:

        def checkpoint(name: str) -> None:
            nonlocal count
            count += 1
            log.write(name + "\n")
            log.flush()
            if count == int(kill_at):
                os.kill(os.getpid(), signal.SIGKILL)

        db = Database.open(Path(db_path))
        # This computer's install id: the one the database was bound to (see test_kill).
        install_id = Path(db_path).with_name("install-id")
        action = sys.argv[6] if len(sys.argv) > 6 else "sync"
        if action.startswith("rekey:"):
            rekey.rekey(db, Path(shared), passphrase, action[6:], when=utc_now(),
                        kdf=TEST_KDF, checkpoint=checkpoint)
        elif action.startswith("retire:"):
            devices.retire_device(db, Path(shared), passphrase, action[7:], when=utc_now(),
                                  checkpoint=checkpoint)
        else:
            sync(db, Path(shared), passphrase, checkpoint=checkpoint, kdf=TEST_KDF,
                 install_id_file=install_id)
        db.close()


if __name__ == "__main__":
    main()
