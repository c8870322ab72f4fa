"""The follow-up list: open follow-ups grouped by owner or organisation, overdue ones marked."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from crm_app.reports.base import HEADING_ROOM, ReportRenderer
from crm_app.reports.model import Branding, FollowUpReportData, ReportOptions


class FollowUpReport(ReportRenderer):
    title_key = "followup_report"

    def __init__(self, data: FollowUpReportData, branding: Branding,
                 options: ReportOptions) -> None:
        super().__init__(branding, options)
        self.data = data

    def document_title(self) -> str:
        return self.t("followup_report_title", office=self.branding.office)

    def keywords(self) -> list[str]:
        return [*super().keywords(), *(g.label for g in self.data.groups[:20] if g.label)]

    def shown_records(self) -> tuple[tuple[str, str], ...]:
        return tuple(dict.fromkeys(("followup", f.id) for g in self.data.groups
                                   for f in g.items if f.id))

    def story(self) -> list[Flowable]:
        t, data = self.t, self.data
        grouping = t("grouped_by_owner" if data.group_by == "owner"
                     else "grouped_by_organisation")
        total = sum(len(g.items) for g in data.groups)
        overdue = sum(1 for g in data.groups for f in g.items if f.overdue)
        filters = "; ".join(f"{t(k)}: {v}" for k, v in data.filters) or t("all")
        story: list[Flowable] = [
            self.p(f"{t('followup_report')} – {grouping}", "title", bold=True),
            self.fields([(t("filters"), filters), (t("as_of"), t.fmt_date(data.today, "long")),
                         (t("total"), f"{t.number(total)} {t('open_count')}, "
                                      f"{t.number(overdue)} {t('overdue_count')}")]),
        ]
        if not data.groups:
            story.append(self.p(t("none")))
        by_owner = data.group_by == "owner"
        for group in data.groups:
            label = group.label or t("no_owner" if by_owner else "no_organisation")
            self.record = f"follow-ups of {label}"
            late = sum(1 for f in group.items if f.overdue)
            extra = t.number(len(group.items)) + (
                f", {t.number(late)} {t('overdue_count')}" if late else "")
            other = t("organisation") if by_owner else t("owner")
            rows = [[f.title, f.organisation if by_owner else f.owner, f.contact,
                     "\n".join(p for p in (f.meeting, ", ".join(
                         q for q in (f.event, t.fmt_date(f.meeting_day)) if q)) if p),
                     t.fmt_date(f.due).replace(" ", "\u00a0")
                     + (f"\n{t('overdue')}" if f.overdue else ""),
                     t.value(f.status), t.value(f.priority)] for f in group.items]
            story.append(CondPageBreak(HEADING_ROOM))
            story.append(self.table(
                [t("followup"), other, t("name"), t("meeting_col"), t("due"), t("status"),
                 t("priority")], rows,
                marked_rows=[i for i, f in enumerate(group.items) if f.overdue],
                # the name isolated: an Arabic name keeps the heading left to right, at the
                # left like the others, with its count after it
                heading=f"\u2068{label}\u2069 ({extra})", whole=[4],
                records=[f"follow-up “{f.title}”" for f in group.items]))
            story.append(self.gap())
        return story


def render_followup_report(data: FollowUpReportData, branding: Branding,
                           options: ReportOptions) -> bytes:
    return FollowUpReport(data, branding, options).render()
