"""The core's error messages in the interface language.

A DomainError carries its English template (`msgid`) and arguments (`params`); the client
looks the template up under the context "CoreMessages" and fills the arguments in after, so a
translation may reorder them. The templates are listed below for pyside6-lupdate (the core is
Qt-free and is not scanned); tests/ui/test_error_messages.py fails when a template of the core
is missing here. Arguments are shown in the person's language too: a field label through the
form's labels, a record kind, a month's name, a number with the locale's separators.

`error_text(error)` is the one way the client turns an exception into a sentence.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from crm_app.domain.errors import DomainError, Month, ValidationError
from crm_app.ui.field_labels import field_name
from crm_app.ui.translate_marks import QT_TRANSLATE_NOOP

CONTEXT = "CoreMessages"

TEMPLATES: tuple[str, ...] = (
    # domain.normalise
    QT_TRANSLATE_NOOP("CoreMessages", "country is empty"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "unknown country {value!r} (use an ISO code such as IT or JP)"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown language {value!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "invalid email {value!r}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "invalid phone number {value!r}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "invalid phone number {value!r} (add +country code or set the country)"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown time zone {value!r} (use e.g. Europe/Rome)"),
    QT_TRANSLATE_NOOP("CoreMessages", "invalid date {value!r} (use YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is no {day} {month}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "invalid date and time {value!r} (use YYYY-MM-DD HH:MM)"),
    QT_TRANSLATE_NOOP("CoreMessages", "invalid web address {value!r}"),
    # domain.schema
    QT_TRANSLATE_NOOP("CoreMessages", "{kind} has no field {name!r} (fields: {known})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{label} is required"),
    QT_TRANSLATE_NOOP("CoreMessages", "{label} is longer than {max_len} characters"),
    QT_TRANSLATE_NOOP("CoreMessages", "{label}: {value!r} is not yes or no"),
    QT_TRANSLATE_NOOP("CoreMessages", "{value!r} is not one of: {allowed}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{label} must be a whole number"),
    QT_TRANSLATE_NOOP("CoreMessages", "{label} must be between {low} and {high}"),
    QT_TRANSLATE_NOOP("CoreMessages", "a meeting with a time lasts at most {minutes} minutes "
                      "(24 hours); mark it all day to cover several days"),
    # domain.address
    QT_TRANSLATE_NOOP("CoreMessages", "an address has no field {name!r} (fields: {known})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "an address needs at least a street, city, postcode, region or country"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "an address has at most {count} parts separated by ';' ({help})"),
    # domain.errors
    QT_TRANSLATE_NOOP("CoreMessages", "no {kind} with id {record_id}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the database is busy in another window; try again"),
    # services
    QT_TRANSLATE_NOOP("CoreMessages", "a contact needs a given or family name"),
    QT_TRANSLATE_NOOP("CoreMessages", "the event ends before it starts"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "a participant needs a contact, organisation or staff id"),
    QT_TRANSLATE_NOOP("CoreMessages", "{kind} records have no tags"),
    QT_TRANSLATE_NOOP("CoreMessages", "a tag needs a name"),
    QT_TRANSLATE_NOOP("CoreMessages", "{kind} records have no owner"),
    QT_TRANSLATE_NOOP("CoreMessages", "addresses are given as a list of mappings"),
    QT_TRANSLATE_NOOP("CoreMessages", "no address with id {record_id} on this contact"),
    QT_TRANSLATE_NOOP("CoreMessages", "a contact cannot be merged with itself"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field}: choose keep, other or both (not {choice!r})"),
    QT_TRANSLATE_NOOP("CoreMessages", "this merge was already undone"),
    QT_TRANSLATE_NOOP("CoreMessages", "a contact of this merge no longer exists; cannot undo"),
    QT_TRANSLATE_NOOP("CoreMessages", "a merged contact was changed after the merge; undo "
                      "refused, nothing changed"),
    QT_TRANSLATE_NOOP("CoreMessages", "the {kind} no longer exists here"),
    QT_TRANSLATE_NOOP("CoreMessages", "“{name}” was changed after this action ({reason}); "
                      "undoing it would overwrite that change"),
    QT_TRANSLATE_NOOP("CoreMessages", "a moved meeting needs a time with its zone"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} is not encrypted: open it without a key, or "
                      "encrypt it first (crm db encrypt)"),
    QT_TRANSLATE_NOOP("CoreMessages", "address {number}: {reason}"),
    # reports
    QT_TRANSLATE_NOOP("CoreMessages", "unknown report {kind!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "no meeting on that day or event"),
    QT_TRANSLATE_NOOP("CoreMessages", "group by owner or organisation"),
    QT_TRANSLATE_NOOP("CoreMessages", "the period ends before it starts"),
    # the badge scanner (ui.forms.quick_capture)
    QT_TRANSLATE_NOOP("CoreMessages", "the badge could not be read: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the scanned text holds more than one contact: scan one badge"),
    QT_TRANSLATE_NOOP("CoreMessages", "the badge has no name"),
)

# Arguments that are words of their own: record kinds, reasons given by the core or by the
# email checker (email_validator's sentences), the undo's "what changed".
WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CoreMessages", "contact"),
    QT_TRANSLATE_NOOP("CoreMessages", "organisation"),
    QT_TRANSLATE_NOOP("CoreMessages", "event"),
    QT_TRANSLATE_NOOP("CoreMessages", "meeting"),
    QT_TRANSLATE_NOOP("CoreMessages", "follow-up"),
    QT_TRANSLATE_NOOP("CoreMessages", "followup"),
    QT_TRANSLATE_NOOP("CoreMessages", "note"),
    QT_TRANSLATE_NOOP("CoreMessages", "tag"),
    QT_TRANSLATE_NOOP("CoreMessages", "address"),
    QT_TRANSLATE_NOOP("CoreMessages", "staff member"),
    QT_TRANSLATE_NOOP("CoreMessages", "staff"),
    QT_TRANSLATE_NOOP("CoreMessages", "moved to the Trash"),
    QT_TRANSLATE_NOOP("CoreMessages", "restored"),
    QT_TRANSLATE_NOOP("CoreMessages", "no contact found"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "An email address must have an @-sign."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "An email address cannot have a hyphen immediately after the @-sign."),
    QT_TRANSLATE_NOOP("CoreMessages", "There must be something before the @-sign."),
    QT_TRANSLATE_NOOP("CoreMessages", "There must be something after the @-sign."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The part after the @-sign is not valid. It should have a period."),
    QT_TRANSLATE_NOOP("CoreMessages", "An email address cannot have a period immediately "
                      "before the @-sign."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "An email address cannot have two periods in a row."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "An email address cannot end with a period."),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "An email address cannot start with a period."),
)

# email_validator's sentences that end in what it found ("...invalid characters: '@'.").
PREFIXES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("CoreMessages", "The part after the @-sign contains invalid characters: "),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "The email address contains invalid characters before the @-sign: "),
)

_WORD_PARAMS = frozenset({"kind", "reason"})


def translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _words(text: str) -> str:
    translated = translate(text)
    if translated != text:
        return translated
    for prefix in PREFIXES:
        if text.startswith(prefix):
            return translate(prefix) + text[len(prefix):]
    return text


def _argument(name: str, value: Any, field: str | None) -> Any:
    if isinstance(value, DomainError):  # an error given as the reason of another
        return message_text(value)
    if isinstance(value, Month):
        return QLocale().standaloneMonthName(int(value), QLocale.FormatType.LongFormat)
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return QLocale().toString(value)
    if name == "label" and isinstance(value, str):
        # The form's own caption of the field, else the label looked up as a caption.
        named = field_name(field) if field else ""
        return named if named and named != field else QCoreApplication.translate("Fields", value)
    if name in _WORD_PARAMS and isinstance(value, str):
        return _words(value)
    return value


def message_text(error: DomainError) -> str:
    """The error's sentence in the interface language, without the field it is about."""
    field = error.field if isinstance(error, ValidationError) else None
    template = translate(error.msgid)
    if not error.params:
        return template
    values = {name: _argument(name, value, field) for name, value in error.params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return error.msgid.format(**values)


def error_text(error: BaseException) -> str:
    """The sentence the person reads for `error`: a domain error in the interface language
    (prefixed by the field's label when it names one), anything else as Python wrote it."""
    if not isinstance(error, DomainError):
        return str(error) or type(error).__name__
    if not error.msgid:
        return str(error) or type(error).__name__
    text = message_text(error)
    if isinstance(error, ValidationError):
        label = field_name(error.field)
        if "label" not in error.params:  # "Name is required" names its field already
            return QCoreApplication.translate(CONTEXT, "{field}: {message}").format(
                field=label, message=text)
    return text


QT_TRANSLATE_NOOP("CoreMessages", "{field}: {message}")
