"""Printed reports (ReportLab): meeting reports, follow-up lists and event reports.

Each report is built in two steps: `collect` reads the database into plain values, then a
renderer turns them into PDF bytes without touching the database or any global state other
than ReportLab's font table, so building runs safely on a worker thread.
"""

from __future__ import annotations

from crm_app.reports.api import (
    RenderedReport,
    ReportRequest,
    build_report,
    record_printed,
    render_report,
    suggested_filename,
)
from crm_app.reports.collect import ReportCancelled
from crm_app.reports.model import ReportOptions

__all__ = [
    "RenderedReport",
    "ReportCancelled",
    "ReportOptions",
    "ReportRequest",
    "build_report",
    "record_printed",
    "render_report",
    "suggested_filename",
]
