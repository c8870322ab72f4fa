"""Shared helpers: every figure is printed beside a baseline measured in the same run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class BenchRow:
    area: str
    name: str
    value: float  # in `unit`
    unit: str  # "ms", "s", "rows/s", "KiB", ...
    baseline_name: str
    baseline_value: float
    target: str = ""  # e.g. "p95 < 30 ms; <= 2x baseline"

    @property
    def ratio(self) -> float:
        return self.value / self.baseline_value if self.baseline_value else float("nan")


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def percentiles(samples_s: list[float]) -> tuple[float, float]:
    """(p50, p95) in milliseconds."""
    ordered = sorted(samples_s)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def print_table(rows: list[BenchRow]) -> None:
    headers = ["area", "measure", "value", "baseline", "baseline value", "ratio", "target"]
    body = [[r.area, r.name, f"{r.value:,.2f} {r.unit}", r.baseline_name,
             f"{r.baseline_value:,.2f} {r.unit}", f"{r.ratio:.2f}x", r.target] for r in rows]
    widths = [max(len(x[i]) for x in [headers, *body]) for i in range(len(headers))]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for line in body:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))
