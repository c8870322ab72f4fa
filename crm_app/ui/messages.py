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

from crm_app.domain.errors import DomainError, Message, Month, ValidationError
from crm_app.ui.field_labels import field_name
from crm_app.ui.os_errors import os_error_text
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
    # sync (crm_app/sync): errors
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the sync was stopped before it finished; nothing was half written"),
    QT_TRANSLATE_NOOP("CoreMessages", "--keep must be 'mine' or 'theirs'"),
    QT_TRANSLATE_NOOP("CoreMessages", "conflict {record_id} is already resolved"),
    QT_TRANSLATE_NOOP("CoreMessages", "the shared file kept changing while this laptop was "
                      "writing it; try again in a minute"),
    QT_TRANSLATE_NOOP("CoreMessages", "the folder {folder} does not exist or is not reachable "
                      "(is the drive or share connected?)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is a folder; give the path of the shared file"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot write in {folder} (read-only location); choose "
                      "a folder where you may save files"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot write in {folder} (read-only location)"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is no shared file at {path}; nothing was created"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is no shared file at {path}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the shared file {name} is damaged or is not a CRM sync file ({detail})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} is damaged (its contents cannot be read)"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name} was written by a newer version of the app; update the app"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} was written by a newer version of the app (sync "
                      "format {version}, this app reads up to {readable}); update the app, "
                      "then sync again"),
    QT_TRANSLATE_NOOP("CoreMessages", "wrong passphrase for {name}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} has been tampered with or damaged (a chunk "
                      "failed its authentication check); {recovery}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} has been tampered with or damaged (its "
                      "authentication check failed); {recovery}"),
    QT_TRANSLATE_NOOP("CoreMessages", "nothing was changed here; restore it from a backup, or "
                      "move it aside and sync again to start a new file from this laptop's "
                      "data"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot use the shared file {target}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot write the shared file {target}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the sync passphrase is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "this computer's cryptography library has no Argon2id "
                      "(it needs OpenSSL 3.2 or later): update the app's Python packages"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "another sync is using the shared file ({holder}); try again in a minute"),
    QT_TRANSLATE_NOOP("CoreMessages", "no sync passphrase: give --passphrase-file FILE, set "
                      "{variable}, or run the sync once from a terminal to type it"),
    QT_TRANSLATE_NOOP("CoreMessages", "the team's sync passphrase was changed on another "
                      "laptop since this laptop last synced ({day}): the passphrase used here "
                      "no longer opens {name}. Ask a colleague for the new passphrase"),
    QT_TRANSLATE_NOOP("CoreMessages", "give a new passphrase, different from the current one"),
    QT_TRANSLATE_NOOP("CoreMessages", "this sync would delete {count} of the {total} {kind} "
                      "records on this laptop, all deleted on laptop {device}{seen}; nothing "
                      "was changed. If that is intended, sync again allowing mass deletion "
                      "(crm sync --allow-mass-delete)"),
    QT_TRANSLATE_NOOP("CoreMessages", ", last synced {day}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "no laptop {device} in the shared file (see: crm sync devices)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{device} names more than one laptop: {matches}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "this laptop cannot retire itself; retire it from another laptop"),
    QT_TRANSLATE_NOOP("CoreMessages", "laptop {device} is already retired (since {day})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the shared file changed meanwhile (another laptop "
                      "synced without the lock); nothing was changed, try again"),
    # sync: what is wrong with a damaged file (the {detail} above)
    QT_TRANSLATE_NOOP("CoreMessages", "a chunk lies outside the file"),
    QT_TRANSLATE_NOOP("CoreMessages", "its list of chunks is unreadable"),
    QT_TRANSLATE_NOOP("CoreMessages", "truncated"),
    QT_TRANSLATE_NOOP("CoreMessages", "no sync file signature"),
    QT_TRANSLATE_NOOP("CoreMessages", "unreadable header"),
    QT_TRANSLATE_NOOP("CoreMessages", "truncated: its header is incomplete"),
    QT_TRANSLATE_NOOP("CoreMessages", "unexpected bytes after the data"),
    QT_TRANSLATE_NOOP("CoreMessages", "a chunk holds no rows"),
    QT_TRANSLATE_NOOP("CoreMessages", "two chunks share one id"),
    QT_TRANSLATE_NOOP("CoreMessages", "a chunk cannot be read"),
    QT_TRANSLATE_NOOP("CoreMessages", "truncated: {got} of {total} bytes of data; it may still "
                      "be uploading: try again later"),
    # sync: warnings and notes (the sync dialog and summary)
    QT_TRANSLATE_NOOP("CoreMessages", "{copy} is named like a conflicted copy of {target} but "
                      "belongs to another team's shared file (it was created separately); it "
                      "was not merged: move it elsewhere"),
    QT_TRANSLATE_NOOP("CoreMessages", "this database is a copy of device {source}'s (copied "
                      "from another computer or on this one); this laptop now syncs as device "
                      "{device}, so both copies' edits are kept"),
    QT_TRANSLATE_NOOP("CoreMessages", "the shared file's contents differ from this laptop's "
                      "although nothing changed; compared in full"),
    QT_TRANSLATE_NOOP("CoreMessages", " on {day:%d %b %Y}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the shared file is older than the one this laptop "
                      "synced{when}; it may have been restored from a backup. Everything it "
                      "lacks was sent again from this laptop"),
    QT_TRANSLATE_NOOP("CoreMessages", "the shared file does not contain the version this "
                      "laptop synced{when} (another laptop's copy replaced it, or it was "
                      "restored from a backup); every record was compared and what it lacked "
                      "was sent again"),
    QT_TRANSLATE_NOOP("CoreMessages", "laptop {device} wrote changes dated {when:%Y-%m-%d "
                      "%H:%M} UTC, {hours} hours ahead of this laptop's clock: check the date "
                      "and time settings of both. This laptop's clock was moved at most {most} "
                      "hours ahead; edits made here after those changes that still lose to "
                      "them are listed as conflicts"),
    QT_TRANSLATE_NOOP("CoreMessages", "this laptop's clock seems to be {hours} hours ahead "
                      "(laptop {by} received changes from here dated in its future on {day}); "
                      "check the date, time and time zone settings"),
    QT_TRANSLATE_NOOP("CoreMessages", "this sync's lock on the shared file was broken or taken "
                      "over by another laptop while it worked; the file was checked before it "
                      "was replaced, but sync again to be sure"),
    QT_TRANSLATE_NOOP("CoreMessages", "the shared file changed during the sync; merged again"),
    QT_TRANSLATE_NOOP("CoreMessages", "{name} was empty; it was written anew"),
    QT_TRANSLATE_NOOP("CoreMessages", "conflicted copy not merged: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "this laptop and the shared file held different data "
                      "although their change records matched; every record was compared and "
                      "repaired"),
    QT_TRANSLATE_NOOP("CoreMessages", "this laptop and the shared file still differ in: "
                      "{tables}"),
    QT_TRANSLATE_NOOP("CoreMessages", "this laptop was retired from the shared file on {when} "
                      "(by laptop {by}); it rejoins now: every record was compared, and "
                      "records the others deleted and purged meanwhile were removed here, not "
                      "sent back"),
    QT_TRANSLATE_NOOP("CoreMessages", "no system keyring is available on this computer: the "
                      "passphrase will not be remembered and will be asked again next time"),
    QT_TRANSLATE_NOOP("CoreMessages", "the keyring on this computer ({backend} of "
                      "keyrings.alt) keeps passwords in a file, not in a system keyring: the "
                      "passphrase was not saved and will be asked again next time"),
    QT_TRANSLATE_NOOP("CoreMessages", "the passphrase could not be saved in the keyring "
                      "({reason}); it will be asked again"),
    # database encryption (services.dbkeys, db.cipher)
    QT_TRANSLATE_NOOP("CoreMessages", "no system keyring is available on this computer: the "
                      "database key is not remembered, and the recovery passphrase is asked at "
                      "each start (or read from {variable} / --db-passphrase-file)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is encrypted: give --db-passphrase-file FILE, "
                      "set {variable} to the recovery passphrase, or type it at a terminal"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "choose a recovery passphrase of at least {count} characters"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} is not a CRM database key file"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} already exists"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} is not a plain database"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot read the key file {file}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the database key could not be saved in the keyring ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot open {path}: the database passphrase is wrong, "
                      "or the file is not an encrypted CRM database; nothing was changed"),
    QT_TRANSLATE_NOOP("CoreMessages", "the database passphrase is empty"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the database passphrase cannot contain a NUL character"),
    QT_TRANSLATE_NOOP("CoreMessages", "the converted copy {path} failed its integrity check "
                      "({reason}); the original was not changed"),
    QT_TRANSLATE_NOOP("CoreMessages", "the converted copy {path} lost rows in {tables}; the "
                      "original was not changed"),
    QT_TRANSLATE_NOOP("CoreMessages", "the database is in use (close the app and any sync "
                      "first); nothing was changed"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a plain SQLite database"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is already encrypted"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a SQLite database"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} has a journal beside it (is the app running?); "
                      "nothing was changed"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not an encrypted database"),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} already exists; choose a new file"),
    QT_TRANSLATE_NOOP("CoreMessages", "folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("CoreMessages", "the search index of {path} is damaged ({reason}); the "
                      "original was not changed"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} is encrypted (or is not a CRM database): unlock "
                      "it with the recovery passphrase (--db-passphrase-file FILE or "
                      "CRM_DB_PASSPHRASE) or from the OS keyring"),
    # import (crm_app/io): a file refused, a row refused, a row's warnings
    QT_TRANSLATE_NOOP("CoreMessages",
                      "cannot tell the format of {name}; give --format ({formats})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name} is an LDIF address book, which this app does not read; export "
                      "it as vCard (.vcf) or CSV and import that"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "unknown import format {value!r} (use {formats})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "no such file: {path}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name} is larger than {count} MiB"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name} is empty"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "a column mapping applies to CSV and .xlsx files, not to {format}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "nothing to import"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "nothing to import: every row is skipped or refused"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name} changed since its preview; preview it again (nothing was imported)"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "this is not a text file (it holds binary data); nothing imported"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the file is empty: no header row found"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      'line {line}: a quote (") opened here is never closed properly, so '
                      "the rows after it would be read as one; fix the quote, nothing was "
                      "imported"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{count} NUL byte(s) removed from the file"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "line {line}: not a readable CSV file ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "unknown encoding {value!r} (e.g. utf-8, windows-1252, shift_jis, gb18030)"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the first row has no column names"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the first row holds values such as {value!r}, not column names: the "
                      "file has no header row; add one (e.g. First Name,Last Name,E-mail "
                      "Address), nothing was imported"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "--map names a column the file does not have: {value!r} (columns: {known})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "unknown target {value!r} (use one of: {known})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name}: the first sheet is empty"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "no column is mapped to a contact field; choose a mapping"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name} is not a readable .xlsx workbook ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "no name: an organisation needs a name"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{reason}; left empty"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "no name: a contact needs a given or family name, or an email"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "phone {value!r} read as a number of {country}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{label} cut to {count} characters"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "country {value!r} not recognised; kept in the notes"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "email {value!r} is not valid; kept in the notes for review"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "email {value!r} is at a reserved domain (test or local network); "
                      "kept as the contact's email"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "phone {value!r} could not be checked; kept in the notes for review"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "phone {value!r} could not be checked (no country known); kept in the "
                      "notes for review"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "address not stored as parts ({reason}); kept in the notes"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "--on-duplicate must be one of {known}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "already in the database ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "this card was last changed {rev} (REV), before the one imported "
                      "earlier ({earlier}): only empty fields are filled"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "looks like {name} ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "there is no import to undo"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{count} imported record(s) were changed after the import (e.g. "
                      "{kind} {name}); undo refused, nothing changed"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "unknown export format {value!r} (use {known})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "no tag named {value!r}"),
    # calendars (io.ics), badges (io.qr), privacy, passphrase and output files
    QT_TRANSLATE_NOOP("CoreMessages",
                      "cannot write {path}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the calendar holds no event (VEVENT)"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the event has {count} {name} lines; the first is used"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "this event has no start (DTSTART)"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the start of this event (DTSTART) is not a date or time"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the event has {count} organisers; the first is used"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the file gives no time zone; the time is read in {zone} (this "
                      "laptop's zone)"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the event gives no time zone; the time is read in {zone}, the "
                      "calendar's zone (X-WR-TIMEZONE)"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "repeating events: occurrences from {start} to {end} imported"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "occurrence {number} of {count} of a repeating event ({start} to {end})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "line {line}: a repeating event outside the import's range; its "
                      "occurrences from {start} to {end} imported"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "line {line}: only the first {count} occurrences imported"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the end of this event (DTEND) is not a date or time"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the repeat rule (RRULE) is not readable ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{email} is a mailing list; not added as a contact"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the all-day event lasts {count} days; kept for {most}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the event lasts more than a day; the meeting keeps 24 hours and the "
                      "end is in the agenda"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "a repeating event with no occurrence from {start} to {end}; nothing "
                      "imported for it"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "not a readable iCalendar file ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "time zone {value!r} has no known name; the time is right but shown "
                      "in UTC"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the duration is not a valid duration"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the event gives no end or duration; 30 minutes assumed"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "marked {value} in its calendar: not imported, as meetings are shared "
                      "with the team at the next sync (to import it, remove the mark and "
                      "export it again)"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "a to-do (VTODO) is not a meeting; not imported: {value!r}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "a journal entry (VJOURNAL) is not a meeting; not imported: {value!r}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "time zone {value!r} is read as {zone}, the zone name inside it"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the calendar reader noted: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{count} reminder(s) (VALARM) not imported: the app keeps no reminders"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "attendee email {value!r} is not valid; kept in the agenda, not as a "
                      "contact"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "time zone {value!r} is defined in the file with another offset than "
                      "{zone}'s; the time is right but shown in UTC"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "this event could not be read ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the scanned text is not a contact (expected a vCard or MECARD code)"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "--renew needs a --reason (it is kept in the consent note)"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "--basis must be one of {known}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the new expiry must be after today; nothing was changed"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{name}: give a length like 90d, 24m or 2y, not {value!r}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{count} contact(s) have no lawful basis (first: {record_id}); give "
                      "--basis; nothing was changed"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "a period of {period} reaches before the year 1"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "unknown consent field {value!r}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "lawful basis must be one of {known}"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the consent expires before it was given; nothing was changed"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the passphrase file {path} is empty"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "cannot read the passphrase file {path}: {reason}"),
    # address books (io.vcard, io.tables)
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{count} cell(s) beyond the last column kept in the notes"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the card gives no name; its nickname {value!r} is used as the name"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "no vCard found (a vCard starts with BEGIN:VCARD)"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "the card has no END:VCARD line; read up to the next card"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "{count} line(s) that are no vCard property kept in the notes"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "a card inside another card (AGENT) is not imported; the outer card "
                      "is"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "a contact group (KIND:group) is not a contact; its members come from "
                      "their own cards"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "card has no END:VCARD line"),
    QT_TRANSLATE_NOOP("CoreMessages",
                      "unreadable card: {reason}"),
    # reports
    QT_TRANSLATE_NOOP("CoreMessages", "report cancelled"),
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
    QT_TRANSLATE_NOOP("CoreMessages", "follow_up"),
    QT_TRANSLATE_NOOP("CoreMessages", "staff_member"),
    # why the shared file could not be written (sync.fileformat.write_error)
    QT_TRANSLATE_NOOP("CoreMessages", "no space left on device"),
    QT_TRANSLATE_NOOP("CoreMessages", "disk quota exceeded"),
    QT_TRANSLATE_NOOP("CoreMessages", "the drive is read-only"),
    QT_TRANSLATE_NOOP("CoreMessages", "permission denied"),
    QT_TRANSLATE_NOOP("CoreMessages", "the file or folder may not be changed (read-only, "
                      "immutable or in use by another program)"),
    # why a file could not be written (crm_app/fileio.py)
    QT_TRANSLATE_NOOP("CoreMessages", "no space left on the disk"),
    QT_TRANSLATE_NOOP("CoreMessages", "the folder does not exist"),
    QT_TRANSLATE_NOOP("CoreMessages", "the printer could not start a job"),
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
    if isinstance(value, DomainError | Message):  # an error or sentence given within another
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


def message_text(error: DomainError | Message) -> str:
    """The error's (or note's) sentence in the interface language, without the field it is
    about."""
    field = error.field if isinstance(error, ValidationError) else None
    if not error.msgid:
        return str(error)
    template = translate(error.msgid)
    if not error.params:
        return template
    values = {name: _argument(name, value, field) for name, value in error.params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return error.msgid.format(**values)


def note_text(note: str) -> str:
    """A sentence the core returned (a sync warning, a keyring note) in the interface
    language when it is a Message; any other string as written."""
    return message_text(note) if isinstance(note, Message) else note


def error_text(error: BaseException) -> str:
    """The sentence the person reads for `error`: a domain error in the interface language
    (prefixed by the field's label when it names one), a system error (full disk, permission)
    as a sentence by its kind naming the file, anything else as Python wrote it."""
    if isinstance(error, OSError):  # the system's text stays in the log
        return os_error_text(error)
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
