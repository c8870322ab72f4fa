"""The one seam for 'now', so tests and sync can control time."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Clock = Callable[[], datetime]
# /etc/localtime names UTC "Etc/UTC" on Debian: one name for it in what is stored
_UTC_NAMES = {"Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Universal", "Zulu"}


def utc_now() -> datetime:
    return datetime.now(UTC)


def local_zone() -> str:
    """This laptop's IANA zone (TZ, else /etc/localtime, else UTC) for the core: the times an
    imported file leaves floating, a meeting created with no event and no zone. (The app asks
    Qt, which knows the zone on every platform.)"""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        candidates.append(target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "")
    except OSError:
        pass
    for name in candidates:
        if name:
            try:
                ZoneInfo(name)
                return canonical_zone(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return "UTC"


def canonical_zone(name: str) -> str:
    """"UTC" for every alias of it; other IANA names as they are."""
    return "UTC" if name in _UTC_NAMES else name
