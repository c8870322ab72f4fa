"""One entry point for the CLI and the app: what to print (`ReportRequest`) to PDF bytes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from crm_app.domain.errors import ValidationError
from crm_app.reports import collect
from crm_app.reports.model import ReportOptions
from crm_app.reports.source import Source

if TYPE_CHECKING:
    from crm_app.reports.base import ReportRenderer
    from crm_app.services.crm import Crm

KINDS = ("meeting", "meetings", "followups", "event")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReportRequest:
    """kind: meeting (record_id), meetings (record_ids, or event_id and/or day), followups
    (owner_id, event_id, date_from, date_to, group_by), event (record_id)."""

    kind: str
    record_id: str = ""
    record_ids: tuple[str, ...] = ()
    event_id: str | None = None
    owner_id: str | None = None
    day: date | None = None
    date_from: date | None = None
    date_to: date | None = None
    group_by: str = "owner"
    options: ReportOptions = field(default_factory=ReportOptions)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValidationError("kind", "unknown report {kind!r}", kind=self.kind)


@dataclass(frozen=True)
class RenderedReport:
    """The PDF and one warning line per record holding characters no bundled font has
    (printed as U+FFFD), for the CLI to print and the app to show beside the preview."""

    pdf: bytes
    warnings: tuple[str, ...] = ()
    # (table, record id) of what the document shows, for the audit log's "printed" entries.
    records: tuple[tuple[str, str], ...] = ()


def build_report(crm: Crm | Source, request: ReportRequest) -> bytes:
    """Read what the report needs and render it; DomainError for unknown ids or bad filters."""
    return render_report(crm, request).pdf


def render_report(crm: Crm | Source, request: ReportRequest, *, progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> RenderedReport:
    """As `build_report`, with the warnings about characters printed as U+FFFD.

    `progress(done, total)` hears the layout's progress (flowables placed of the estimate);
    setting `cancel` stops reading or laying out at the next step with `ReportCancelled`.
    `crm` is an opened `Crm`, or a `Source` (the CLI's reader without the ORM) for every kind
    but "meetings" chosen by event or day."""
    stop = cancel or threading.Event()
    renderer = _renderer(crm, request, stop)
    collect.stop_if(stop)
    pdf = renderer.render(progress_callback=_layout_progress(progress, stop))
    return RenderedReport(pdf, tuple(renderer.warnings), renderer.shown_records())


def record_printed(crm: Crm | Source, rendered: RenderedReport) -> None:
    """The audit log's entry for a report saved or sent to a printer (ids only)."""
    source = collect.source_of(crm)
    source.record_printed(rendered.records, source.clock())


def _layout_progress(progress: Progress | None, cancel: threading.Event
                     ) -> Callable[[str, int], None]:
    """ReportLab's progress callback (kind, value) to `progress(done, total)` and `cancel`."""
    total = [0]

    def hear(kind: str, value: int) -> None:
        collect.stop_if(cancel)
        if kind == "SIZE_EST":
            total[0] = int(value)
        elif kind == "PROGRESS" and progress is not None:
            progress(min(int(value), total[0]), total[0])

    return hear


def _renderer(crm: Crm | Source, request: ReportRequest, cancel: threading.Event) -> ReportRenderer:
    # ReportLab and the fonts load with the first report, not with the app or the CLI parser;
    # and only the renderer asked for (a meeting report never loads the event report's charts).
    brand = collect.branding(crm)
    options = request.options
    if request.kind in ("meeting", "meetings"):
        from crm_app.reports.meeting import MeetingReport

        ids = [request.record_id] if request.kind == "meeting" else list(request.record_ids)
        if not ids and request.kind == "meetings":
            if isinstance(crm, Source):
                raise TypeError("meetings of an event or a day are listed through a Crm")
            ids = collect.meeting_ids_of(crm, event_id=request.event_id, day=request.day)
        if not ids:
            raise ValidationError("meetings", "no meeting on that day or event")
        return MeetingReport(collect.meeting_data(crm, ids), brand, options)
    if request.kind == "followups":
        from crm_app.reports.followups import FollowUpReport

        data = collect.followup_report_data(
            crm, owner_id=request.owner_id, event_id=request.event_id,
            date_from=request.date_from, date_to=request.date_to, group_by=request.group_by,
            cancel=cancel)
        return FollowUpReport(data, brand, options)
    from crm_app.reports.event import EventReport

    return EventReport(collect.event_data(crm, request.record_id), brand, options)


def suggested_filename(request: ReportRequest) -> str:
    stem = {"meeting": "meeting-report", "meetings": "meeting-reports",
            "followups": "follow-ups", "event": "event-report"}[request.kind]
    suffix = request.record_id[:8] if request.record_id else (
        request.day.isoformat() if request.day else "")
    return f"{stem}-{suffix}.pdf" if suffix else f"{stem}.pdf"
