<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything held about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a file name ending in .pdf or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {file}. It holds personal data: hand it over securely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting everything held about a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} audit entries written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not work: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one contact in the Contacts view first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) due for review</source>
        <translation>
            <numerusform>%n contact due for review</numerusform>
            <numerusform>%n contacts due for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why is the basis of %n contact(s) renewed? (kept in their consent note)</source>
        <translation>
            <numerusform>Why is the basis of %n contact renewed? (kept in their consent note)</numerusform>
            <numerusform>Why is the basis of %n contacts renewed? (kept in their consent note)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew the lawful basis of %n contact(s) as of today?</source>
        <translation>
            <numerusform>Renew the lawful basis of %n contact as of today?</numerusform>
            <numerusform>Renew the lawful basis of %n contacts as of today?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) renewed.</source>
        <translation>
            <numerusform>%n contact renewed.</numerusform>
            <numerusform>%n contacts renewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n contact(s)? Names, email addresses, phone numbers and the text of their notes and follow-ups are removed; meetings keep counting them. This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %n contact? Names, email addresses, phone numbers and the text of their notes and follow-ups are removed; meetings keep counting them. This cannot be undone.</numerusform>
            <numerusform>Anonymise %n contacts? Names, email addresses, phone numbers and the text of their notes and follow-ups are removed; meetings keep counting them. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) anonymised.</source>
        <translation>
            <numerusform>%n contact anonymised.</numerusform>
            <numerusform>%n contacts anonymised.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n contact(s) for good, with their notes and follow-ups? The shared file and the other laptops follow at the next sync. This cannot be undone.</source>
        <translation>
            <numerusform>Erase %n contact for good, with their notes and follow-ups? The shared file and the other laptops follow at the next sync. This cannot be undone.</numerusform>
            <numerusform>Erase %n contacts for good, with their notes and follow-ups? The shared file and the other laptops follow at the next sync. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) erased.</source>
        <translation>
            <numerusform>%n contact erased.</numerusform>
            <numerusform>%n contacts erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact is due for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is needed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention review failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting, note or follow-up for {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lawful basis recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent expired on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent of {date} is older than {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same email {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name ({n}%) in the same organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name ({n}%) in the same country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name ({n}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted record)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Trade Mission CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trade Mission CRM %1&lt;/h3&gt;&lt;p&gt;Contacts, meetings and follow-ups for trade-promotion offices abroad, offline first, synchronised through one shared file.&lt;/p&gt;&lt;p&gt;Python %2 · Qt %3 · PySide6 %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences of the bundled fonts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>Label (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressesEditor</name>
    <message>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover the window until the recovery passphrase is typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not encrypted: there is nothing to unlock with. Encrypt it to use the app lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade Mission CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong tries: wait %1 s and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase does not unlock the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait %1 s before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not give this database&apos;s key. Type the recovery passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more: the Day view or the list shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours on the left are the event&apos;s time zone; the laptop&apos;s are beside them when they differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · my time: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseStaffDialog</name>
    <message>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has staff members. Choose yourself, so your follow-ups and meetings are yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am not in this list: add me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseSync</name>
    <message>
        <source>Syncing before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing before closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending this laptop&apos;s changes to the shared file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Consent expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (event time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (my time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every race was settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreActions</name>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM database (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many contacts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country {value!r} (use an ISO code such as IT or JP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid email {value!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid phone number {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid phone number {value!r} (add +country code or set the country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone {value!r} (use e.g. Europe/Rome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date {value!r} (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no {day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date and time {value!r} (use YYYY-MM-DD HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid web address {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} has no field {name!r} (fields: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is longer than {max_len} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {value!r} is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting with a time lasts at most {minutes} minutes (24 hours); mark it all day to cover several days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address has no field {name!r} (fields: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address needs at least a street, city, postcode, region or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address has at most {count} parts separated by &apos;;&apos; ({help})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {kind} with id {record_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is busy in another window; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact needs a given or family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a participant needs a contact, organisation or staff id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} records have no tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} records have no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses are given as a list of mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address with id {record_id} on this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact cannot be merged with itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: choose keep, other or both (not {choice!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this merge was already undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact of this merge no longer exists; cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merged contact was changed after the merge; undo refused, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} no longer exists here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was changed after this action ({reason}); undoing it would overwrite that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a moved meeting needs a time with its zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not encrypted: open it without a key, or encrypt it first (crm db encrypt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address {number}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sync was stopped before it finished; nothing was half written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep must be &apos;mine&apos; or &apos;theirs&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict {record_id} is already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared file kept changing while this laptop was writing it; try again in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist or is not reachable (is the drive or share connected?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of the shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in {folder} (read-only location); choose a folder where you may save files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in {folder} (read-only location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no shared file at {path}; nothing was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no shared file at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared file {name} is damaged or is not a CRM sync file ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged (its contents cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was written by a newer version of the app; update the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was written by a newer version of the app (sync format {version}, this app reads up to {readable}); update the app, then sync again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been tampered with or damaged (a chunk failed its authentication check); {recovery}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been tampered with or damaged (its authentication check failed); {recovery}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed here; restore it from a backup, or move it aside and sync again to start a new file from this laptop&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use the shared file {target}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the shared file {target}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sync passphrase is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s cryptography library has no Argon2id (it needs OpenSSL 3.2 or later): update the app&apos;s Python packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another sync is using the shared file ({holder}); try again in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sync passphrase: give --passphrase-file FILE, set {variable}, or run the sync once from a terminal to type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team&apos;s sync passphrase was changed on another laptop since this laptop last synced ({day}): the passphrase used here no longer opens {name}. Ask a colleague for the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a new passphrase, different from the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sync would delete {count} of the {total} {kind} records on this laptop, all deleted on laptop {device}{seen}; nothing was changed. If that is intended, sync again allowing mass deletion (crm sync --allow-mass-delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, last synced {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no laptop {device} in the shared file (see: crm sync devices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{device} names more than one laptop: {matches}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop cannot retire itself; retire it from another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laptop {device} is already retired (since {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared file changed meanwhile (another laptop synced without the lock); nothing was changed, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk lies outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of chunks is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sync file signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: its header is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected bytes after the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk holds no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two chunks share one id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chunk cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: {got} of {total} bytes of data; it may still be uploading: try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{copy} is named like a conflicted copy of {target} but belongs to another team&apos;s shared file (it was created separately); it was not merged: move it elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database is a copy of device {source}&apos;s (copied from another computer or on this one); this laptop now syncs as device {device}, so both copies&apos; edits are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared file&apos;s contents differ from this laptop&apos;s although nothing changed; compared in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on {day:%d %b %Y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared file is older than the one this laptop synced{when}; it may have been restored from a backup. Everything it lacks was sent again from this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared file does not contain the version this laptop synced{when} (another laptop&apos;s copy replaced it, or it was restored from a backup); every record was compared and what it lacked was sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laptop {device} wrote changes dated {when:%Y-%m-%d %H:%M} UTC, {hours} hours ahead of this laptop&apos;s clock: check the date and time settings of both. This laptop&apos;s clock was moved at most {most} hours ahead; edits made here after those changes that still lose to them are listed as conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop&apos;s clock seems to be {hours} hours ahead (laptop {by} received changes from here dated in its future on {day}); check the date, time and time zone settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this sync&apos;s lock on the shared file was broken or taken over by another laptop while it worked; the file was checked before it was replaced, but sync again to be sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared file changed during the sync; merged again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was empty; it was written anew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicted copy not merged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop and the shared file held different data although their change records matched; every record was compared and repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop and the shared file still differ in: {tables}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop was retired from the shared file on {when} (by laptop {by}); it rejoins now: every record was compared, and records the others deleted and purged meanwhile were removed here, not sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keyring is available on this computer: the passphrase will not be remembered and will be asked again next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring on this computer ({backend} of keyrings.alt) keeps passwords in a file, not in a system keyring: the passphrase was not saved and will be asked again next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase could not be saved in the keyring ({reason}); it will be asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keyring is available on this computer: the database key is not remembered, and the recovery passphrase is asked at each start (or read from {variable} / --db-passphrase-file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is encrypted: give --db-passphrase-file FILE, set {variable} to the recovery passphrase, or type it at a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a recovery passphrase of at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a CRM database key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a plain database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the key file {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database key could not be saved in the keyring ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open {path}: the database passphrase is wrong, or the file is not an encrypted CRM database; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database passphrase is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database passphrase cannot contain a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the converted copy {path} failed its integrity check ({reason}); the original was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the converted copy {path} lost rows in {tables}; the original was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is in use (close the app and any sync first); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a plain SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is already encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has a journal beside it (is the app running?); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index of {path} is damaged ({reason}); the original was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is encrypted (or is not a CRM database): unlock it with the recovery passphrase (--db-passphrase-file FILE or CRM_DB_PASSPHRASE) or from the OS keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of {name}; give --format ({formats})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an LDIF address book, which this app does not read; export it as vCard (.vcf) or CSV and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import format {value!r} (use {formats})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {count} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column mapping applies to CSV and .xlsx files, not to {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to import: every row is skipped or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed since its preview; preview it again (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data); nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: no header row found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: a quote (&quot;) opened here is never closed properly, so the rows after it would be read as one; fix the quote, nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} NUL byte(s) removed from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: not a readable CSV file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding {value!r} (e.g. utf-8, windows-1252, shift_jis, gb18030)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row has no column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row holds values such as {value!r}, not column names: the file has no header row; add one (e.g. First Name,Last Name,E-mail Address), nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map names a column the file does not have: {value!r} (columns: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target {value!r} (use one of: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the first sheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to a contact field; choose a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable .xlsx workbook ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name: an organisation needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}; left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name: a contact needs a given or family name, or an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone {value!r} read as a number of {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cut to {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country {value!r} not recognised; kept in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email {value!r} is not valid; kept in the notes for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email {value!r} is at a reserved domain (test or local network); kept as the contact&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone {value!r} could not be checked; kept in the notes for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone {value!r} could not be checked (no country known); kept in the notes for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address not stored as parts ({reason}); kept in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate must be one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the database ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this card was last changed {rev} (REV), before the one imported earlier ({earlier}): only empty fields are filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like {name} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no import to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} imported record(s) were changed after the import (e.g. {kind} {name}); undo refused, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format {value!r} (use {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag named {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar holds no event (VEVENT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has {count} {name} lines; the first is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this event has no start (DTSTART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of this event (DTSTART) is not a date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has {count} organisers; the first is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file gives no time zone; the time is read in {zone} (this laptop&apos;s zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event gives no time zone; the time is read in {zone}, the calendar&apos;s zone (X-WR-TIMEZONE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeating events: occurrences from {start} to {end} imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurrence {number} of {count} of a repeating event ({start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: a repeating event outside the import&apos;s range; its occurrences from {start} to {end} imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: only the first {count} occurrences imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repeating event with no occurrence from {start} to {end}; nothing imported for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of this event (DTEND) is not a date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repeat rule (RRULE) is not readable ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{email} is a mailing list; not added as a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the all-day event lasts {count} days; kept for {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event lasts more than a day; the meeting keeps 24 hours and the end is in the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable iCalendar file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone {value!r} has no known name; the time is right but shown in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duration is not a valid duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event gives no end or duration; 30 minutes assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked {value} in its calendar: not imported, as meetings are shared with the team at the next sync (to import it, remove the mark and export it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a to-do (VTODO) is not a meeting; not imported: {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journal entry (VJOURNAL) is not a meeting; not imported: {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone {value!r} is read as {zone}, the zone name inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar reader noted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} reminder(s) (VALARM) not imported: the app keeps no reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendee email {value!r} is not valid; kept in the agenda, not as a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone {value!r} is defined in the file with another offset than {zone}&apos;s; the time is right but shown in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this event could not be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanned text is not a contact (expected a vCard or MECARD code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--renew needs a --reason (it is kept in the consent note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--basis must be one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new expiry must be after today; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: give a length like 90d, 24m or 2y, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contact(s) have no lawful basis (first: {record_id}); give --basis; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period of {period} reaches before the year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown consent field {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lawful basis must be one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent expires before it was given; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the passphrase file {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} cell(s) beyond the last column kept in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card gives no name; its nickname {value!r} is used as the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vCard found (a vCard starts with BEGIN:VCARD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card has no END:VCARD line; read up to the next card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} line(s) that are no vCard property kept in the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card inside another card (AGENT) is not imported; the outer card is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact group (KIND:group) is not a contact; its members come from their own cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card has no END:VCARD line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable card: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report {kind!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meeting on that day or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group by owner or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the badge could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanned text holds more than one contact: scan one badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the badge has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow_up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff_member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or folder may not be changed (read-only, immutable or in use by another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer could not start a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address must have an @-sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address cannot end with a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address cannot start with a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after the @-sign contains invalid characters: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbCrypt</name>
    <message>
        <source>Database encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase in CRM_DB_PASSPHRASE is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key kept in the keyring does not open this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this database; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>The file %1 cannot be opened as a CRM database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Retire a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the laptop {laptop} from the shared file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this for a laptop that was lost, replaced or handed back. It no longer holds back the clean-up of the file: records deleted on every other laptop are purged from the shared file now. If {laptop} syncs again it is told, compares every record and rejoins; edits it never sent are kept, records the others deleted meanwhile are removed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops in the shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire the selected laptop: for a laptop lost, replaced or no longer used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the shared file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s); last sync in this computer&apos;s time.</source>
        <translation>
            <numerusform>%n laptop; last sync in this computer&apos;s time.</numerusform>
            <numerusform>%n laptops; last sync in this computer&apos;s time.</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h ahead (seen by {laptop})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop cannot retire itself: retire it from another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is retired already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring {laptop}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring a laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{laptop} is retired; %n deleted record(s) purged from the shared file.</source>
        <translation>
            <numerusform>{laptop} is retired; %n deleted record purged from the shared file.</numerusform>
            <numerusform>{laptop} is retired; %n deleted records purged from the shared file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateReviewDialog</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These were the {n} most likely pairs of {total}. Find duplicates again for the next ones (pairs kept apart or merged are not proposed again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more likely duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({n} meetings, follow-ups and notes; tags: {tags})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair {i} of the {n} most likely of {total} (score {score}): {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair {i} of {n} (score {score}): {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}
First (older, kept on merge): {first}
Second: {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept both; this pair will not be proposed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact updated; both kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged; meetings, follow-ups, notes and tags of both are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptBanner</name>
    <message>
        <source>This database is not encrypted: anyone who finds this laptop can read it. Encrypt it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting: a verified encrypted copy replaces the plain file, which is then overwritten and removed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: %1. The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your saved data is safe. Details were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (.ics) of meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {n} selected {entity} record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code, e.g. JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Extensions</name>
    <message>
        <source>{name} could not be loaded; see the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First met at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First met on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place / table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>The shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the laptops of the team meet to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every laptop of the team syncs through one encrypted file. Put it where all of you reach it: a folder on the office&apos;s network share, a USB stick passed around, or a cloud folder (OneDrive, Dropbox, Nextcloud…) synchronised on each laptop. Not on this laptop&apos;s own disk only: the others would never see it. Choose the team&apos;s existing file to join it, or a new name to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example S:/Team/crm-team.crmsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder: give the name of the file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file exists: this laptop joins the team that syncs through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} cannot be reached: is the drive or share connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new shared file will be created there at the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us who uses this laptop. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the database with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpFilters</name>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due between</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpLabels</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the due date of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpUi</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Trade Mission CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill in and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record already in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts or meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{create} to create, {update} to update, {merge} to merge, {skip} skipped, {refuse} refused, {warnings} with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} attendees become new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list shows {shown} of the file&apos;s {total} rows (the first ones, then those refused, skipped or with warnings); the counts above are of every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the emails (work, home, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the phones (work, mobile, fax, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address type (work, home, other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, labelled with the column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IoUi</name>
    <message>
        <source>Contacts and calendars (*.vcf *.vcard *.bab *.csv *.txt *.tsv *.xlsx *.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact looks like:
{people}

Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {n} record(s) written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of {source} made at {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} record(s) written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a badge (QR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biotech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medtech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRO/CDMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutraceuticals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosmetics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcare services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkedLineEditor</name>
    <message>
        <source>Write an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Trade Mission CRM is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody used the app for a while, or the laptop slept. Type the database&apos;s recovery passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with system account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was locked with Lock now. Type the database&apos;s recovery passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the recovery passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 follow-up due today or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follow-ups due today or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsaved edit in %1 was found from last time. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade Mission CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A background task is still running. Stop it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Start (event time) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date-only meeting (a fair day, a visit over several days): the first and last day, no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs doing next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — your time: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings as a list, with the editor beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One day of the event as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of the event (or a week) as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsErrors</name>
    <message>
        <source>You do not have permission to use {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system refused access (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is on a read-only drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no space left on the drive for {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no space left on the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist (or its folder was moved or removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file or folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder was given where a file was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of {path} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file was given where a folder was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {path} is too long for this drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name is too long for this drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive holding {path} could not be read or written; it may have been unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive could not be read or written; it may have been unplugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be used (system error {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system refused the operation (error {code}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Add participant: type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>The team passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the passphrase that encrypts the new shared file; give it to the colleagues who sync with you. A few unrelated words, at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the team&apos;s passphrase, the one chosen by the colleague who created the file. The sync that follows checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the first sync that works, the passphrase is remembered in the system keyring of this computer: later syncs do not ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this computer has no system keyring, so the passphrase will not be remembered: you will be asked for it at each sync, and the app cannot sync by itself when it starts or closes. It is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters; a few unrelated words are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak (use four words or more, or 20 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: fair (longer is stronger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>people: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyUi</name>
    <message>
        <source>Export everything held about this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Your name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCaptureDialog</name>
    <message>
        <source>Scan the badge or paste the QR text (vCard or MECARD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact in this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known ({why}); saving adds what is new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan badge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the badge now, or paste its QR text (vCard or MECARD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Yuki Tanaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to the Trash? You can restore it from the Trash view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 email address(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email address to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the filter box or choose “All” to see every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records here yet. Press Ctrl+N to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Protect the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database on this laptop is encrypted, so that a lost laptop leaks nothing. Its key is kept in this computer&apos;s keyring. Choose a recovery passphrase: it opens the database on another computer or if the keyring is lost. Write it down and keep it apart from the laptop; without it nobody can recover the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again, to be sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak (use four words or more, or 20 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: fair (longer is stronger)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>1 follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Select a meeting, several meetings or one event to print, or open the follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more meetings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one event first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Some characters have no font and print as �:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building… {0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Build cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportUi</name>
    <message>
        <source>Save report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting reports of a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting reports of the selected event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting reports of a day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event report for headquarters…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters or another spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts, organisations, events, meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>Add tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 records to the Trash? You can restore them from the Trash view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 records to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to add to %1 records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner of %1 records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassigned %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also when the laptop sleeps. Unlocking needs the recovery passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lock needs an encrypted database: this one is plain, so there is no passphrase to unlock with, and the file itself can be read. Encrypt it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after … minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared sync file (set up by Sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM database (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Shared sync file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: {when}, {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSetupWizard</name>
    <message>
        <source>Set up sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date: nothing received, nothing sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished on {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff, tags, notes, addresses, consent records and the links between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review %Ln open conflict(s)…</source>
        <translation>
            <numerusform>Review %Ln open conflict…</numerusform>
            <numerusform>Review %Ln open conflicts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Many records would be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Apply these deletions on this laptop? Choose No to keep everything as it is and ask the colleague first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared sync file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Create a new, empty shared file at {path}? Choose No if the drive or share is only disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared sync file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM sync file (*.crmsync);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team sync passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{received} received, {sent} sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} conflict(s) to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared sync file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops in the shared file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync summary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>unknown staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}  {action} by {staff} on laptop {laptop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note and press Enter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>1 done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the follow-ups of everyone in the office, not only mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue in the office, %2 mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact has a valid lawful basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts with expired consent or no lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them in the contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office follow-ups: overdue and due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My follow-ups: overdue and due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Restored 1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Trash is empty. Records you move to the Trash wait here until you restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore 1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its recovery passphrase (or the recovery key printed when it was made).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type the recovery passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueTypes</name>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>Encrypting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report.common</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains personal data of the participants, shared with headquarters and the companies at the meeting: use it only for this follow-up (GDPR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}, continued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report.event</name>
    <message>
        <source>Event report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings per country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings per sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data: no meeting recorded for this event yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event report — {event}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report.followups</name>
    <message>
        <source>Follow-up list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouped by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouped by organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up list — {office}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report.meeting</name>
    <message>
        <source>Meeting report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place / table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headquarters; the companies at the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting report — {subject} — {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting reports — {event}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report.types</name>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report.values</name>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pharma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>biotech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medtech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digital health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRO/CDMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nutraceuticals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosmetics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthcare services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report.values.plural</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
