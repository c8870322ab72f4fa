"""The main window's views, in navigation order."""

from __future__ import annotations

from crm_app.services.crm import Crm
from crm_app.ui.app_settings import AppSettings
from crm_app.ui.tasks import TaskRunner
from crm_app.ui.views.base import View
from crm_app.ui.views.contacts_view import ContactsView
from crm_app.ui.views.events_view import EventsView
from crm_app.ui.views.followups_view import FollowUpsView
from crm_app.ui.views.meetings_view import MeetingsView
from crm_app.ui.views.organisations_view import OrganisationsView
from crm_app.ui.views.today_view import TodayView
from crm_app.ui.views.trash_view import TrashView


def build_views(crm: Crm, app_settings: AppSettings, tasks: TaskRunner | None = None) -> list[View]:
    return [
        TodayView(crm, tasks),
        ContactsView(crm, app_settings, tasks=tasks),
        OrganisationsView(crm, app_settings, tasks=tasks),
        EventsView(crm, app_settings, tasks=tasks),
        MeetingsView(crm, app_settings, tasks=tasks),
        FollowUpsView(crm, app_settings, tasks=tasks),
        TrashView(crm),
    ]
