"""The follow-up list: grouping, filters, overdue marking."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from crm_app.domain.errors import NotFound, ValidationError
from crm_app.reports import ReportOptions, ReportRequest, build_report
from crm_app.reports.collect import followup_report_data
from crm_app.services.crm import Crm
from tests.reports.conftest import flat, pdf_text


def followups_pdf(crm: Crm, **filters: Any) -> str:
    lang = filters.pop("lang", "en")
    return pdf_text(build_report(crm, ReportRequest("followups", options=ReportOptions(
        lang=lang), **filters)))


def test_grouped_by_owner_with_overdue_marked(crm: Crm, fair: dict[str, Any],
                                              clock: Any) -> None:
    clock.advance(days=5)  # 25 Nov 2026
    data = followup_report_data(crm)
    assert [g.label for g in data.groups] == ["Giulia Rossi", "Marco Bianchi"]
    rossi, bianchi = data.groups
    assert len(rossi.items) == 4 and all(f.overdue for f in rossi.items)  # due 21 Nov
    assert not any(f.overdue for f in bianchi.items)
    text = followups_pdf(crm)
    assert "Giulia Rossi (4, 4 overdue)" in text
    assert "Marco Bianchi (2)" in text
    assert text.count("OVERDUE") == 4
    assert "6 open, 4 overdue" in text


def test_grouped_by_organisation_in_any_script(crm: Crm, fair: dict[str, Any]) -> None:
    data = followup_report_data(crm, group_by="organisation")
    labels = [g.label for g in data.groups]
    assert "武田ファーマ株式会社" in labels and "شركة الدواء السعودية" in labels
    text = flat(followups_pdf(crm, group_by="organisation"))
    assert flat("武田ファーマ株式会社") in text and flat("ООО «Фармсинтез»") in text
    assert flat("شركة الدواء السعودية") in text


def test_filters_owner_event_and_period(crm: Crm, fair: dict[str, Any]) -> None:
    marco = fair["staff"][1]
    assert sum(len(g.items) for g in followup_report_data(crm, owner_id=marco).groups) == 2
    assert sum(len(g.items) for g in followup_report_data(
        crm, date_from=date(2026, 11, 25)).groups) == 2
    assert sum(len(g.items) for g in followup_report_data(
        crm, date_from=date(2026, 12, 2), date_to=date(2026, 12, 31)).groups) == 1
    other = crm.events.create({"name": "MEDICA 2026", "timezone": "Europe/Berlin"})["id"]
    assert followup_report_data(crm, event_id=other).groups == ()
    assert "None recorded." in followups_pdf(crm, event_id=other)
    text = followups_pdf(crm, owner_id=marco, event_id=fair["event"], lang="it")
    assert "Responsabile: Marco Bianchi" in text and "Evento: BIO Japan 2026" in text


def test_done_and_deleted_followups_are_left_out(crm: Crm, fair: dict[str, Any]) -> None:
    items = crm.followups.list()
    crm.followups.update(items[0]["id"], {"status": "done"})
    crm.followups.delete(items[1]["id"])
    assert sum(len(g.items) for g in followup_report_data(crm).groups) == len(items) - 2


def test_bad_filters_are_clear_errors(crm: Crm, fair: dict[str, Any]) -> None:
    with pytest.raises(NotFound):
        followup_report_data(crm, owner_id="nobody")
    with pytest.raises(NotFound):
        followup_report_data(crm, event_id="nothing")
    with pytest.raises(ValidationError):
        followup_report_data(crm, date_from=date(2026, 12, 2), date_to=date(2026, 12, 1))
    with pytest.raises(ValidationError):
        followup_report_data(crm, group_by="country")
