"""The meeting report: particulars, participants by side, notes, follow-ups."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak

from crm_app.reports.base import ReportRenderer, ReportStart
from crm_app.reports.model import Branding, FollowUpLine, MeetingData, Person, ReportOptions


class MeetingReport(ReportRenderer):
    title_key = "meeting_report"

    def __init__(self, meetings: Sequence[MeetingData], branding: Branding,
                 options: ReportOptions) -> None:
        super().__init__(branding, options)
        if not meetings:
            raise ValueError("no meeting to print")
        self.meetings = list(meetings)

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        for index, meeting in enumerate(self.meetings):
            if index:
                story.append(PageBreak())
            story.append(ReportStart())
            story.extend(self.meeting_story(meeting))
        return story

    def meeting_story(self, m: MeetingData) -> list[Flowable]:
        t = self.t
        zone = getattr(m.starts_at.tzinfo, "key", str(m.starts_at.tzinfo))
        when = f"{t.long_datetime(m.starts_at)} ({zone})"
        particulars = [(t("event"), " · ".join(p for p in (m.event_name, m.event_place) if p)),
                       (t("date_time"), when),
                       (t("duration"), f"{m.duration_minutes} {t('minutes_unit')}"),
                       (t("place"), m.place),
                       (t("status"), t.value(m.status))]
        if m.interest:
            particulars.append((t("interest"), t.value(m.interest)))
        story: list[Flowable] = [self.p(m.subject or t("meeting_report"), "title", bold=True),
                                 self.fields([(k, v) for k, v in particulars if v])]
        story.extend(self.people_table("foreign_side", m.foreign, foreign=True))
        story.extend(self.people_table("italian_side", m.italian, foreign=False))
        story.extend(self.staff_table(m.staff))
        for key, text in (("agenda", m.agenda), ("minutes", m.minutes),
                          ("outcome", m.outcome), ("next_steps", m.next_steps)):
            story.extend(self.text_block(key, text))  # headings keep with their text
        story.extend(self.heading("followups"))
        story.append(self.followup_table(m.followups))
        return story

    def people_table(self, key: str, people: Sequence[Person], *, foreign: bool
                     ) -> list[Flowable]:
        t = self.t
        heading = self.heading(key)
        if not people:
            return [*heading, self.p(t("none"))]
        if foreign:
            headers = [t("name"), t("title"), t("organisation"), t("country"), t("email"),
                       t("phone")]
            rows = [[_name(p), p.title, p.organisation, t.country(p.country), p.email, p.phone]
                    for p in people]
            widths = [19, 14, 17, 9, 25, 16]
        else:
            headers = [t("company"), t("name"), t("title"), t("email"), t("phone")]
            rows = [[p.organisation, _name(p), p.title, p.email, p.phone] for p in people]
            widths = [22, 20, 16, 24, 16]
        return [*heading, self.table(headers, rows, widths)]

    def staff_table(self, people: Sequence[Person]) -> list[Flowable]:
        t = self.t
        heading = self.heading("staff_side")
        if not people:
            return [*heading, self.p(t("none"))]
        rows = [[p.name, p.title, p.email] for p in people]
        return [*heading, self.table([t("name"), t("office"), t("email")], rows,
                                     [30, 30, 40])]

    def followup_table(self, items: Sequence[FollowUpLine]) -> Flowable:
        t = self.t
        if not items:
            return self.p(t("none"))
        rows = [[f.title, f.owner, _due(self, f), t.value(f.status), t.value(f.priority)]
                for f in items]
        marked = [i for i, f in enumerate(items) if f.overdue]
        return self.table([t("followup"), t("owner"), t("due"), t("status"), t("priority")],
                          rows, [40, 20, 16, 12, 12], marked_rows=marked)


def _name(person: Person) -> str:
    """The name as written, with its Latin transliteration when the script differs."""
    if person.name_latin and person.name_latin != person.name:
        return f"{person.name}\n{person.name_latin}"
    return person.name


def _due(report: ReportRenderer, item: FollowUpLine) -> str:
    due = report.t.fmt_date(item.due)
    return f"{due}\n{report.t('overdue')}" if item.overdue else due


def render_meeting_reports(meetings: Sequence[MeetingData], branding: Branding,
                           options: ReportOptions) -> bytes:
    """One PDF holding each meeting's report, each numbered from page 1."""
    return MeetingReport(meetings, branding, options).render()
