"""What the duplicate review shows: the scan's reasons in the interface language, and each
field's value as a person reads it (an organisation's name, not its id; "Consent", not
"consent")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from crm_app.domain.schema import ENTITIES
from crm_app.services.crm import Crm
from crm_app.ui.formatting import country_name, format_date
from crm_app.ui.io.common import shown_value, translate
from crm_app.ui.labels import label
from crm_app.ui.widgets.picker import event_text, staff_text

# pyside6-lupdate files bare tr("…") calls under the empty context: look them up there.
CONTEXT = ""


def tr(text: str) -> str:
    return translate(CONTEXT, text)


# Each reason `crm_app.services.duplicates.pair_score` writes, as a pattern and its wording.
_REASONS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^same email (.+)$"), lambda m: tr("same email {email}").format(email=m[1])),
    (re.compile(r"^same phone (.+)$"), lambda m: tr("same phone {phone}").format(phone=m[1])),
    (re.compile(r"^similar name \((\d+)%\) in the same organisation$"),
     lambda m: tr("similar name ({n}%) in the same organisation").format(n=m[1])),
    (re.compile(r"^similar name \((\d+)%\) in the same country$"),
     lambda m: tr("similar name ({n}%) in the same country").format(n=m[1])),
    (re.compile(r"^similar name \((\d+)%\)$"),
     lambda m: tr("similar name ({n}%)").format(n=m[1])),
]


def reason_text(reason: str) -> str:
    for pattern, wording in _REASONS:
        match = pattern.match(reason)
        if match:
            return wording(match)
    return reason  # a reason added to the service later: shown as the service wrote it


class ValueText:
    """Shows contact field values: references by name (staff by office, events by place and
    date), vocabulary values by their label, countries and dates in the interface language."""

    def __init__(self, crm: Crm) -> None:
        self.crm = crm
        self.kinds = {f.name: f for f in ENTITIES["contact"].fields}

    def __call__(self, field: str, value: Any) -> str:
        if value in (None, "", []):
            return ""
        spec = self.kinds.get(field)
        kind = spec.kind if spec is not None else ""
        if kind == "ref" and spec is not None:
            return self._ref(str(spec.ref), str(value))
        if kind == "enum":
            return label(str(value))
        if kind == "country":
            return f"{country_name(str(value))} ({value})"
        if kind == "date":
            return format_date(value) or str(value)
        return shown_value(value)

    def _ref(self, entity: str, record_id: str) -> str:
        if entity == "event" and self.crm.events.exists(record_id):
            return event_text(self.crm.events.get(record_id))
        if entity == "staff" and self.crm.staff.exists(record_id):
            return staff_text(self.crm.staff.get(record_id))
        return self.crm.queries.names([record_id]).get(record_id) or tr("(deleted record)")
