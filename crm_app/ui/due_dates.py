"""Due-date presets for follow-ups and the laptop's 'today'."""

from __future__ import annotations

from datetime import date, timedelta

from crm_app.services.crm import Crm

PRESETS = ("tomorrow", "next_week", "next_month")


def preset_date(preset: str, today: date) -> date:
    """Tomorrow, the same weekday next week, or the same day next month (clamped)."""
    if preset == "tomorrow":
        return today + timedelta(days=1)
    if preset == "next_week":
        return today + timedelta(days=7)
    if preset == "next_month":
        month = today.month % 12 + 1
        year = today.year + (1 if today.month == 12 else 0)
        for day in (today.day, 30, 29, 28):
            try:
                return date(year, month, day)
            except ValueError:
                continue
    raise ValueError(preset)


def local_today(crm: Crm) -> date:
    """Today on the laptop's clock (the app's clock seam, in the laptop's zone)."""
    return crm.clock().astimezone().date()
