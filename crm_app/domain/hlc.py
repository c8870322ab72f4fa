"""Hybrid logical clock stamps: wall-clock milliseconds, a counter and the device id.

A stamp is a string that sorts in causal order: `0001764063600000.0003.3fa9c2d17e0b`. The clock
never goes backwards, even when the laptop's clock does, and after seeing a stamp from another
laptop every later local stamp is greater, so a laptop with a slow clock still wins with an
edit made after it received the other's (Kulkarni et al., "Logical Physical Clocks", 2014).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

MAX_COUNTER = 0xFFFF
# How far ahead of this laptop's clock a received stamp may pull the local clock. A trade-fair
# laptop may be hours off (time zone set wrong, no network time): a day covers that, while a
# laptop a year ahead no longer drags every other laptop's clock into its future.
MAX_DRIFT = timedelta(hours=24)
STAMP_LENGTH = 16 + 1 + 4 + 1 + 12


def new_device_id() -> str:
    return secrets.token_hex(6)


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.millis:016d}.{self.counter:04x}.{self.device}"

    @property
    def when(self) -> datetime:
        return datetime.fromtimestamp(self.millis / 1000, UTC)


def parse(stamp: str) -> Stamp:
    try:
        millis, counter, device = stamp.split(".")
        return Stamp(int(millis), int(counter, 16), device)
    except ValueError as exc:
        raise ValueError(f"not a clock stamp: {stamp!r}") from exc


def millis_of(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def tick(last: str | None, wall: datetime, device: str) -> str:
    """The next local stamp after `last` (this laptop's or the newest one it has seen)."""
    wall_ms = millis_of(wall)
    if not last:
        return Stamp(wall_ms, 0, device).encode()
    prev = parse(last)
    if wall_ms > prev.millis:
        return Stamp(wall_ms, 0, device).encode()
    if prev.counter >= MAX_COUNTER:
        return Stamp(prev.millis + 1, 0, device).encode()
    return Stamp(prev.millis, prev.counter + 1, device).encode()


def observe(last: str | None, seen: str | None, wall: datetime | None = None) -> str | None:
    """The clock after receiving `seen`: the later of the two, so the next tick exceeds both.
    With `wall`, a stamp further ahead than MAX_DRIFT is adopted only up to that bound (later
    local edits that knew it then lose to it, and the merge lists them as conflicts)."""
    if not seen:
        return last
    if wall is not None:
        limit = millis_of(wall + MAX_DRIFT)
        parsed = parse(seen)
        if parsed.millis > limit:
            seen = Stamp(limit, 0, parsed.device).encode()
    if not last:
        return seen
    return max(last, seen)


def device_of(stamp: str) -> str:
    return stamp.rsplit(".", 1)[-1]


# -- what a write knew: a small version vector per field -------------------------------------
# A field's 'replaced' entry lists, per device, the newest stamp of that device's writes to
# the field that the write knew of ("stamp|stamp|..."). A device writes a field in stamp
# order, so knowing its stamp s means knowing all its earlier writes: X knew Y exactly when
# X's entry for Y's device is at least Y's stamp. (A format-1 entry is one stamp: read as a
# one-device vector, it can only claim less knowledge, so it never hides a race.)


def knows(replaced: str, stamp: str) -> bool:
    if not replaced or not stamp:
        return False
    device = device_of(stamp)
    return any(device_of(s) == device and s >= stamp for s in replaced.split("|"))


def join_known(*vectors: str) -> str:
    newest: dict[str, str] = {}
    for vector in vectors:
        for stamp in _entries(vector):
            device = device_of(stamp)
            if stamp > newest.get(device, ""):
                newest[device] = stamp
    return "|".join(sorted(newest.values()))


def _entries(vector: str) -> Iterable[str]:
    return (s for s in vector.split("|") if s) if vector else ()
