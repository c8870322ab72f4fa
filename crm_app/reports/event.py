"""The event report for headquarters: charts, meetings with outcomes, hot leads, follow-ups."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from crm_app.reports.base import ReportRenderer
from crm_app.reports.charts import horizontal_bars, vertical_bars
from crm_app.reports.model import Branding, EventData, ReportOptions

TOP_CATEGORIES = 10
FOLLOWUP_STATUSES = ("open", "in_progress", "done", "cancelled")


class EventReport(ReportRenderer):
    title_key = "event_report"

    def __init__(self, data: EventData, branding: Branding, options: ReportOptions) -> None:
        super().__init__(branding, options)
        self.data = data

    def document_title(self) -> str:
        return self.t("event_report_title", event=self.data.name)

    def shown_records(self) -> tuple[tuple[str, str], ...]:
        shown = [("event", self.data.id)]
        shown += [("meeting", m.meeting.id) for m in self.data.meetings]
        return tuple(dict.fromkeys(shown))

    def keywords(self) -> list[str]:
        e = self.data
        return [*super().keywords(), e.name, e.city, self.t.country(e.country)]

    def story(self) -> list[Flowable]:
        t, e = self.t, self.data
        self.record = f"event “{e.name}”"
        days = dict.fromkeys(d for d in (e.start_date, e.end_date) if d)  # one-day: once
        dates = " – ".join(t.fmt_date(d, "long") for d in days)
        place = ", ".join(p for p in (e.venue, e.city, t.country(e.country)) if p)
        fields = [(t("dates" if len(days) > 1 else "date"),
                   f"{dates} ({e.timezone})" if dates else ""),
                  (t("venue"), place), (t("meetings"), t.number(len(e.meetings))),
                  (t("delegation"), ", ".join(e.delegation))]
        story: list[Flowable] = [
            self.p(e.name, "title", bold=True),
            self.fields([(k, v) for k, v in fields if v]),  # no empty labels
            *self.heading("summary"),
            self.charts() if e.meetings else self.p(t("no_data")),
            *self.heading("meeting_list"),
            self.meeting_table(),
        ]
        story.extend(self.hot_leads())
        story.extend(self.followup_status())
        return story

    def charts(self) -> Flowable:
        t, e = self.t, self.data
        per_day = Counter(m.meeting.starts_at.date() for m in e.meetings)
        days = sorted(per_day)
        per_country = Counter(c for m in e.meetings for c in m.countries)
        per_sector = Counter(s for m in e.meetings for s in m.sectors)
        width = self.content_width / 2 - 3 * mm
        day_chart = vertical_bars(self.fonts, t("meetings_per_day"),
                                  [t.fmt_date(d, "d MMM") for d in days],
                                  [per_day[d] for d in days], width, 52 * mm)
        countries = _top(per_country)
        country_chart = horizontal_bars(self.fonts, t("meetings_per_country"),
                                        [t.country(c) if c != "other" else t("other")
                                         for c, _ in countries],
                                        [n for _, n in countries], width, 52 * mm)
        sectors = _top(per_sector)
        sector_chart = horizontal_bars(self.fonts, t("meetings_per_sector"),
                                       [t.value(s) if s != "other" else t("other")
                                        for s, _ in sectors],
                                       [n for _, n in sectors], width, 52 * mm)
        grid = Table([[day_chart, country_chart], [sector_chart, self.interest_box()]],
                     colWidths=[width + 3 * mm] * 2)
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("FONTNAME", (0, 0), (-1, -1), self.fonts.base),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return grid

    def interest_box(self) -> Flowable:
        t, e = self.t, self.data
        interest = Counter(m.meeting.interest or "" for m in e.meetings)
        status = Counter(m.meeting.status for m in e.meetings)
        rows = [[t("interest"), ""]] + [[t.value(k), t.number(interest[k])]
                                        for k in ("hot", "warm", "cold") if interest[k]]
        rows += [[t("status"), ""]] + [[t.value(k), t.number(n)]
                                       for k, n in sorted(status.items())]
        return self.table([t("summary"), t("total")], rows, numeric=[1],
                          width=self.content_width / 2 - 6 * mm)

    def meeting_table(self) -> Flowable:
        t = self.t
        rows = [[t.fmt_days(*m.meeting.days) if m.meeting.all_day
                 else t.fmt_datetime(m.meeting.starts_at), m.meeting.subject,
                 "\n".join(dict.fromkeys(p.organisation or p.name for p in m.meeting.foreign)),
                 "\n".join(t.country(c) for c in m.countries),
                 t.value(m.meeting.interest) if m.meeting.interest else "",
                 m.meeting.outcome] for m in self.data.meetings]
        if not rows:
            return self.p(t("none"))
        return self.table([t("when"), t("subject"), t("counterpart"), t("country"),
                           t("interest"), t("outcome")], rows,
                          records=[f"meeting “{m.meeting.subject}”" for m in self.data.meetings],
                          whole=[3])

    def hot_leads(self) -> list[Flowable]:
        t = self.t
        hot = [m.meeting for m in self.data.meetings if m.meeting.interest == "hot"]
        if not hot:
            return [*self.heading("hot_leads"), self.p(t("none"))]
        rows = [["\n".join(dict.fromkeys(p.organisation or p.name for p in m.foreign)),
                 "\n".join(p.name for p in m.foreign), m.subject, m.next_steps]
                for m in hot]
        return [*self.heading("hot_leads", str(len(hot))),
                self.table([t("counterpart"), t("name"), t("subject"), t("next_steps")], rows,
                           records=[f"meeting “{m.subject}”" for m in hot])]

    def followup_status(self) -> list[Flowable]:
        t = self.t
        items = self.data.followups
        if not items:
            return [*self.heading("followup_status"), self.p(t("none"))]
        owners = sorted({f.owner for f in items})
        headers = [t("owner"), *[t.value_plural(s) for s in FOLLOWUP_STATUSES],
                   t("overdue_count")]
        rows = []
        for owner in owners:
            mine = [f for f in items if f.owner == owner]
            counts = Counter(f.status for f in mine)
            rows.append([owner or t("no_owner"),
                         *[t.number(counts[s]) for s in FOLLOWUP_STATUSES],
                         t.number(sum(1 for f in mine if f.overdue))])
        totals = Counter(f.status for f in items)
        rows.append([t("total"), *[t.number(totals[s]) for s in FOLLOWUP_STATUSES],
                     t.number(sum(1 for f in items if f.overdue))])
        return [*self.heading("followup_status"),
                self.table(headers, rows, bold_rows=[len(rows) - 1], numeric=range(1, 6))]


def _top(counts: Counter[str]) -> list[tuple[str, int]]:
    """The largest categories; the rest summed as the last bar (charts stay readable)."""
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ordered) <= TOP_CATEGORIES:
        return ordered
    head = ordered[:TOP_CATEGORIES - 1]
    return [*head, ("other", sum(n for _, n in ordered[TOP_CATEGORIES - 1:]))]


def render_event_report(data: EventData, branding: Branding, options: ReportOptions) -> bytes:
    return EventReport(data, branding, options).render()
