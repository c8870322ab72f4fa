"""Hybrid logical clock stamps: wall-clock milliseconds, a counter and the device id.

A stamp is a string that sorts in causal order: `0001764063600000.0003.3fa9c2d17e0b`. The clock
never goes backwards, even when the laptop's clock does, and after seeing a stamp from another
laptop every later local stamp is greater, so a laptop with a slow clock still wins with an
edit made after it received the other's (Kulkarni et al., "Logical Physical Clocks", 2014).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

MAX_COUNTER = 0xFFFF
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


def observe(last: str | None, seen: str | None) -> str | None:
    """The clock after receiving `seen`: the later of the two, so the next tick exceeds both."""
    if not seen:
        return last
    if not last:
        return seen
    return max(last, seen)
