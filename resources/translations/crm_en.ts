<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>Columns</name>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="64"/>
        <location filename="../../crm_app/ui/columns.py" line="78"/>
        <location filename="../../crm_app/ui/columns.py" line="90"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="65"/>
        <location filename="../../crm_app/ui/columns.py" line="128"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="67"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="69"/>
        <location filename="../../crm_app/ui/columns.py" line="81"/>
        <location filename="../../crm_app/ui/columns.py" line="93"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="71"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="72"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="73"/>
        <location filename="../../crm_app/ui/columns.py" line="125"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="74"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="79"/>
        <location filename="../../crm_app/ui/columns.py" line="91"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="80"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="83"/>
        <location filename="../../crm_app/ui/columns.py" line="92"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="84"/>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="86"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="95"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="97"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="99"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="100"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="104"/>
        <source>Start (event time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="106"/>
        <source>Start (my time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="108"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="110"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="111"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="112"/>
        <location filename="../../crm_app/ui/columns.py" line="121"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="114"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="118"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="120"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="123"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="126"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="229"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="230"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="231"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="232"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="233"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="239"/>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="246"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="247"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="250"/>
        <source>No conflicts: every race was settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="269"/>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="269"/>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../crm_app/ui/views/contacts_view.py" line="30"/>
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
        <location filename="../../crm_app/ui/core_actions.py" line="60"/>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="81"/>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="83"/>
        <source>CRM database (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="89"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="90"/>
        <source>How many contacts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="108"/>
        <source>Demo data added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="113"/>
        <source>Demo data cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="118"/>
        <source>Adding demo data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../crm_app/ui/desktop.py" line="42"/>
        <source>The file %1 cannot be opened as a CRM database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/desktop.py" line="100"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../crm_app/ui/dialogs.py" line="29"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateReviewDialog</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="501"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="501"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="502"/>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="502"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="508"/>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="509"/>
        <source>Update first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="510"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="511"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="512"/>
        <source>Undo last merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="533"/>
        <source>Review duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="548"/>
        <source>No more likely duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="558"/>
        <source>{name} ({n} meetings, follow-ups and notes; tags: {tags})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="562"/>
        <source>Pair {i} of {n}: {why}
First (older, kept on merge): {first}
Second: {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="575"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="576"/>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="578"/>
        <source>both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="608"/>
        <source>Kept both; this pair will not be proposed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="621"/>
        <source>First contact updated; both kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="631"/>
        <source>Merged; meetings, follow-ups, notes and tags of both are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="641"/>
        <source>Merge undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location filename="../../crm_app/ui/views/events_view.py" line="13"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../crm_app/ui/exception_hook.py" line="37"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/exception_hook.py" line="66"/>
        <source>Something went wrong: %1

Your saved data is safe. Details were written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="383"/>
        <source>CSV (Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="384"/>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="386"/>
        <source>Calendar (.ics) of meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="406"/>
        <source>The {n} selected {entity} record(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="409"/>
        <source>Filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="410"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="415"/>
        <source>ISO code, e.g. JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="431"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="437"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="440"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="441"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="442"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="446"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Extensions</name>
    <message>
        <location filename="../../crm_app/ui/extensions.py" line="37"/>
        <source>{name} could not be loaded; see the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="31"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="32"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="33"/>
        <source>Given name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="34"/>
        <source>Family name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="35"/>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="36"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="37"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="38"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="39"/>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="40"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="41"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="42"/>
        <source>First met at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="43"/>
        <source>First met on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="44"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="45"/>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="46"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="47"/>
        <source>Consent source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="48"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="49"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="50"/>
        <source>Latin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="51"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="52"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="53"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="54"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="55"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="56"/>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="57"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="58"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="59"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="60"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="61"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="62"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="63"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="64"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="65"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="66"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="67"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="68"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="69"/>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="70"/>
        <source>Place / table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="71"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="72"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="73"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="74"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="75"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="76"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="77"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="78"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="79"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="100"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="152"/>
        <source>Filter by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="153"/>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="154"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="158"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="158"/>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="159"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="159"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="160"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="160"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="96"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="98"/>
        <source>Tell us who uses this laptop. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="104"/>
        <source>Fill the database with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="110"/>
        <source> contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="122"/>
        <source>Please enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpFilters</name>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="322"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="327"/>
        <source>By owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="328"/>
        <source>By organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="330"/>
        <source>Due between</source>
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
        <location filename="../../crm_app/ui/views/followups_view.py" line="28"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/followups_view.py" line="111"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/followups_view.py" line="112"/>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/followups_view.py" line="112"/>
        <source>Due next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/followups_view.py" line="113"/>
        <source>Due in a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/followups_view.py" line="116"/>
        <source>Reassign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="66"/>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="67"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="68"/>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="69"/>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="70"/>
        <source>refuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="163"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="167"/>
        <source>Recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="173"/>
        <source>skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="173"/>
        <source>fill in and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="174"/>
        <source>update with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="180"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="180"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="181"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="186"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="186"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="187"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="187"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="200"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="210"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="211"/>
        <source>A record already in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="223"/>
        <source>Import contacts or meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="247"/>
        <source>Reading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="261"/>
        <source>Checking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="290"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="345"/>
        <source>changes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="357"/>
        <source>{create} to create, {update} to update, {merge} to merge, {skip} skipped, {refuse} refused, {warnings} with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="360"/>
        <source>; {n} attendees become new contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="369"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="71"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="72"/>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="73"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="74"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="75"/>
        <source>Given name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="76"/>
        <source>Family name (Latin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="77"/>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="78"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="79"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="80"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="81"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="82"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="83"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="84"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="85"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="86"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="87"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="88"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="89"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="90"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="91"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IoUi</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="59"/>
        <source>Contacts and calendars (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="96"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="102"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="758"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="759"/>
        <source>This contact looks like:
{people}

Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="776"/>
        <source>Imported: {n} record(s) written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="784"/>
        <location filename="../../crm_app/ui/io_ui.py" line="789"/>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="785"/>
        <source>There is no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="787"/>
        <source>Undo the import of {source} made at {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="802"/>
        <source>{n} record(s) written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="816"/>
        <source>Looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="831"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="833"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="835"/>
        <source>Undo last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="837"/>
        <source>Scan a badge (QR)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="839"/>
        <source>Find duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="17"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="18"/>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="19"/>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="20"/>
        <source>Public agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="21"/>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="22"/>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="23"/>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="24"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="26"/>
        <source>Foreign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="27"/>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="28"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="29"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="31"/>
        <source>Pharma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="32"/>
        <source>Biotech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="33"/>
        <source>Medtech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="34"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="35"/>
        <source>Digital health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="36"/>
        <source>CRO/CDMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="37"/>
        <source>Nutraceuticals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="38"/>
        <source>Cosmetics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="39"/>
        <source>Healthcare services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="40"/>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="42"/>
        <source>Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="43"/>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="44"/>
        <source>Road show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="45"/>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="46"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="48"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="49"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="50"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="51"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="52"/>
        <source>No show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="54"/>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="55"/>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="56"/>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="58"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="59"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="60"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="61"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="62"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="63"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="65"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="66"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="67"/>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="68"/>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="69"/>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="71"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="72"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="73"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="74"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="75"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="76"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="77"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="128"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="236"/>
        <source>1 follow-up due today or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="237"/>
        <source>%1 follow-ups due today or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="247"/>
        <source>An unsaved edit in %1 was found from last time. Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="248"/>
        <source>Unsaved edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="271"/>
        <source>Trade Mission CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="273"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="273"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="273"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="274"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="274"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="274"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="279"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="279"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="279"/>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="280"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="280"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="281"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="281"/>
        <source>&amp;Quick capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="282"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="282"/>
        <source>Add &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="283"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="331"/>
        <source>Work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="332"/>
        <source>A background task is still running. Stop it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="171"/>
        <source>Start (event time) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="172"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="174"/>
        <source>Add a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="175"/>
        <source>What needs doing next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="176"/>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="179"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="179"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="180"/>
        <source>In a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="216"/>
        <source>unknown time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="224"/>
        <source>%1 — your time: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Follow-up added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/meetings_view.py" line="17"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../crm_app/ui/views/organisations_view.py" line="19"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/organisations_view.py" line="63"/>
        <source>People (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/organisations_view.py" line="65"/>
        <source>Meetings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/organisations_view.py" line="67"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../crm_app/ui/widgets/participants.py" line="104"/>
        <source>Add participant: type a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/participants.py" line="105"/>
        <source>Remove the selected participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="75"/>
        <source>Your name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="76"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="77"/>
        <source>Default country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="78"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCaptureDialog</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="678"/>
        <source>Scan the badge or paste the QR text (vCard or MECARD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="695"/>
        <source>Scan a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="712"/>
        <source>No contact in this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="723"/>
        <source>Already known ({why}); saving adds what is new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="176"/>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="252"/>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="177"/>
        <source>Scan badge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="178"/>
        <source>Fill from badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="179"/>
        <source>Scan the badge now, or paste its QR text (vCard or MECARD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="182"/>
        <source>Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="182"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="182"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="182"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="183"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="183"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="185"/>
        <source>e.g. Yuki Tanaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="213"/>
        <source>Badge not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="228"/>
        <source>A name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="252"/>
        <source>Throw away what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="184"/>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="260"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="185"/>
        <source>Move “%1” to the Trash? You can restore it from the Trash view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="246"/>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="257"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="258"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="259"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="266"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="289"/>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="209"/>
        <source>choose one from the list</source>
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
        <location filename="../../crm_app/ui/views/record_list_view.py" line="253"/>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../crm_app/ui/reminders.py" line="53"/>
        <source>1 follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/reminders.py" line="54"/>
        <source>%1 follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="402"/>
        <source>Select one or more meetings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="413"/>
        <location filename="../../crm_app/ui/report_ui.py" line="420"/>
        <source>Select one event first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="0"/>
        <source>Some characters have no font and print as �:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="169"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="184"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="187"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="188"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="189"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="195"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="197"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="236"/>
        <source>Building report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_app/ui/report_ui.py" line="256"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="265"/>
        <source>Could not build the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="274"/>
        <source>Building…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="309"/>
        <source>Could not save {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportUi</name>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="70"/>
        <source>Save report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="77"/>
        <source>Meeting reports of a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="444"/>
        <source>Meeting report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="447"/>
        <source>Meeting reports of the selected event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="449"/>
        <source>Meeting reports of a day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="451"/>
        <source>Follow-up list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="453"/>
        <source>Event report for headquarters…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Nothing found for “%1”. Try fewer letters or another spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/search_palette.py" line="86"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/search_palette.py" line="88"/>
        <source>Search contacts, organisations, events, meetings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/search_palette.py" line="89"/>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="56"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="61"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="62"/>
        <source>Open another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="68"/>
        <source>Shared sync file (set up by Sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="69"/>
        <source>Sync file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="83"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="84"/>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="86"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="87"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="88"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="89"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="101"/>
        <source>Open or create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="102"/>
        <source>CRM database (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="0"/>
        <source>Shared sync file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="120"/>
        <source>Syncing before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="147"/>
        <source>Last sync: {when}, {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="150"/>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="155"/>
        <location filename="../../crm_app/ui/sync/controller.py" line="182"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="157"/>
        <location filename="../../crm_app/ui/sync/controller.py" line="216"/>
        <source>Last sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="194"/>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="211"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="0"/>
        <source>Many records would be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="0"/>
        <source>{problem}

Apply these deletions on this laptop? Choose No to keep everything as it is and ask the colleague first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="0"/>
        <source>Shared sync file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="0"/>
        <source>{problem}

Create a new, empty shared file at {path}? Choose No if the drive or share is only disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="57"/>
        <source>Shared sync file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="58"/>
        <source>CRM sync file (*.crmsync);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="64"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="65"/>
        <source>Team sync passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="83"/>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="84"/>
        <source>{received} received, {sent} sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="87"/>
        <source>, {n} conflict(s) to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="313"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="315"/>
        <source>Shared sync file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="317"/>
        <source>Sync conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../crm_app/ui/widgets/task_progress.py" line="18"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/task_progress.py" line="41"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../crm_app/ui/widgets/timeline.py" line="85"/>
        <source>Add a note and press Enter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/timeline.py" line="86"/>
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
        <location filename="../../crm_app/ui/views/today_view.py" line="80"/>
        <location filename="../../crm_app/ui/views/today_view.py" line="91"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="113"/>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="120"/>
        <source>Meetings today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="121"/>
        <source>Follow-ups overdue and due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="122"/>
        <source>Recent contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="123"/>
        <source>Event time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="123"/>
        <source>My time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="124"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="124"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="124"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="125"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="125"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="126"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="126"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="127"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="127"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="128"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="151"/>
        <source>No meetings today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="162"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="165"/>
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
        <location filename="../../crm_app/ui/views/trash_view.py" line="50"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/trash_view.py" line="81"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/trash_view.py" line="82"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/trash_view.py" line="82"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/trash_view.py" line="82"/>
        <source>Deleted</source>
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
    <name>DateEditor</name>
    <message>
        <source>there is no %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date</source>
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
        <source>Sync summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date: nothing received, nothing sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review {n} open conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Last sync summary…</source>
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
        <source>Every laptop of the team syncs through one encrypted file. Put it in a folder all of you reach: a shared network drive, or a cloud folder (OneDrive, Dropbox, Nextcloud…) synchronised on each laptop. Not on this laptop&apos;s own disk only.</source>
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
        <source>Shared sync file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM sync files (*.crmsync)</source>
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
        <source>The same passphrase on every laptop of the team. Use a few words, at least {n} characters.</source>
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
        <source>It will be remembered in the system keyring of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: there is no system keyring here, so the passphrase will not be remembered; you will be asked for it at each sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSetupWizard</name>
    <message>
        <source>Set up sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
