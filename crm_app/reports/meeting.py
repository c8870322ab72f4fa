"""The meeting report: particulars, participants by side, notes, follow-ups."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak

from crm_app.reports.base import Bookmark, ReportRenderer, ReportStart
from crm_app.reports.i18n import Texts
from crm_app.reports.model import Branding, FollowUpLine, MeetingData, Person, ReportOptions


class MeetingReport(ReportRenderer):
    title_key = "meeting_report"

    def __init__(self, meetings: Sequence[MeetingData], branding: Branding,
                 options: ReportOptions) -> None:
        super().__init__(branding, options)
        if not meetings:
            raise ValueError("no meeting to print")
        self.meetings = list(meetings)

    def document_title(self) -> str:
        first = self.meetings[0]
        event = first.event_name or self.branding.office
        if len(self.meetings) == 1:
            return self.t("meeting_report_title", subject=first.subject or first.reference,
                          event=event)
        return self.t("meeting_reports_title", event=event)

    def document_subject(self) -> str:
        return "; ".join(f"{m.reference} {m.subject}".strip() for m in self.meetings[:20])

    def keywords(self) -> list[str]:
        events = dict.fromkeys(m.event_name for m in self.meetings if m.event_name)
        orgs = dict.fromkeys(p.organisation for m in self.meetings for p in m.foreign
                             if p.organisation)
        return [*super().keywords(), *events, *list(orgs)[:10]]

    def shown_records(self) -> tuple[tuple[str, str], ...]:
        shown: list[tuple[str, str]] = []
        for meeting in self.meetings:
            shown.append(("meeting", meeting.id))
            shown += [("followup", f.id) for f in meeting.followups if f.id]
        return tuple(dict.fromkeys(shown))

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        for index, meeting in enumerate(self.meetings):
            if index:
                story.append(PageBreak())
            story.append(ReportStart())
            label = " — ".join(p for p in (meeting.reference, meeting.subject) if p)
            story.append(Bookmark(f"meeting-{index}", label or self.t("meeting_report")))
            story.extend(self.meeting_story(meeting))
        return story

    def meeting_story(self, m: MeetingData) -> list[Flowable]:
        t = self.t
        self.record = f"meeting {m.reference or m.id[:8]} “{m.subject}”"
        zone = getattr(m.starts_at.tzinfo, "key", str(m.starts_at.tzinfo))
        when = (t("date_time"), f"{t.long_datetime(m.starts_at)} ({zone})")
        length = f"{m.duration_minutes} {t('minutes_unit')}"
        if m.all_day:  # a date (or dates), the same wherever one reads it: no time, no zone
            first, last = m.days
            when = (t("date"), t.long_date(first)) if first == last else \
                (t("dates"), t.fmt_days(first, last))
            length = t("all_day") if first == last else \
                f"{(last - first).days + 1} {t('days_unit')}"
        particulars = [(t("reference"), m.reference),
                       (t("event"), " · ".join(p for p in (m.event_name, m.event_place) if p)),
                       when,
                       (t("duration"), length),
                       (t("place"), m.place),
                       (t("status"), t.value(m.status))]
        if m.interest:
            particulars.append((t("interest"), t.value(m.interest)))
        particulars += [(t("prepared_by"), ", ".join(
                            p for p in (self.branding.author, self.branding.office) if p)),
                        (t("distribution"), t("distribution_list"))]
        story: list[Flowable] = [self.p(m.subject or t("meeting_report"), "title", bold=True),
                                 self.fields([(k, v) for k, v in particulars if v])]
        story.extend(self.people_table("foreign_side", m.foreign, foreign=True))
        story.extend(self.people_table("italian_side", m.italian, foreign=False))
        story.extend(self.staff_table(m.staff))
        for key, text in (("agenda", m.agenda), ("minutes", m.minutes),
                          ("outcome", m.outcome), ("next_steps", m.next_steps)):
            story.extend(self.text_block(key, text))  # headings keep with their text
        story.extend(self.heading("followups"))
        self.record = f"meeting {m.reference or m.id[:8]} “{m.subject}”"
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
            rows = [[_name(p), p.title, _org_address(p), t.country(p.country), _emails(p, t),
                     _phones(p, t)] for p in people]
        else:
            headers = [t("company"), t("name"), t("title"), t("email"), t("phone")]
            rows = [[_org_address(p), _name(p), p.title, _emails(p, t), _phones(p, t)]
                    for p in people]
        records = [f"contact {p.name_latin or p.name or p.organisation}" for p in people]
        whole = [3, 5] if foreign else [4]  # country, phone
        return [*heading, self.table(headers, rows, records=records, whole=whole)]

    def staff_table(self, people: Sequence[Person]) -> list[Flowable]:
        t = self.t
        heading = self.heading("staff_side")
        if not people:
            return [*heading, self.p(t("none"))]
        rows = [[p.name, p.title, p.email] for p in people]
        return [*heading, self.table([t("name"), t("office"), t("email")], rows,
                                     records=[f"staff {p.name}" for p in people])]

    def followup_table(self, items: Sequence[FollowUpLine]) -> Flowable:
        t = self.t
        if not items:
            return self.p(t("none"))
        rows = [[f.title, f.owner, _due(self, f), t.value(f.status), t.value(f.priority)]
                for f in items]
        marked = [i for i, f in enumerate(items) if f.overdue]
        return self.table([t("followup"), t("owner"), t("due"), t("status"), t("priority")],
                          rows, marked_rows=marked, whole=[2])


def _name(person: Person) -> str:
    """Honorific and name as written; the Latin form beneath when the script differs, so a
    reader in Italy can read and pronounce it."""
    name = " ".join(p for p in (person.honorific, person.name) if p)
    if person.name_latin and person.name_latin != person.name:
        latin = " ".join(p for p in (person.honorific, person.name_latin) if p)
        return f"{name}\n({latin})"
    return name


def _org_address(person: Person) -> str:
    """The organisation, the counterpart's work address beneath (where to visit or write)."""
    return "\n".join(p for p in (person.organisation, person.address) if p)


def _typed(values: Sequence[str], types: Sequence[str], t: Texts) -> list[str]:
    """Each value with its type after it ("+39 02 …  (mobile)"), where it has one."""
    return [f"{v} ({t.value_type(types[n])})" if n < len(types) and types[n] else v
            for n, v in enumerate(values)]


def _emails(person: Person, t: Texts) -> str:
    return "\n".join(_typed(person.all_emails, person.email_types, t))


def _phones(person: Person, t: Texts) -> str:
    """Every number, one a line, never broken inside (no-break spaces and hyphens)."""
    return "\n".join(_typed([nobreak(p) for p in person.all_phones], person.phone_types, t))


def nobreak(phone: str) -> str:
    return phone.replace(" ", "\u00a0").replace("-", "\u2011")


def _due(report: ReportRenderer, item: FollowUpLine) -> str:
    due = report.t.fmt_date(item.due).replace(" ", "\u00a0")  # a date never wraps
    return f"{due}\n{report.t('overdue')}" if item.overdue else due


def render_meeting_reports(meetings: Sequence[MeetingData], branding: Branding,
                           options: ReportOptions) -> bytes:
    """One PDF holding each meeting's report, each numbered from page 1."""
    return MeetingReport(meetings, branding, options).render()
