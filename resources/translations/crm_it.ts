<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Columns</name>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="64"/>
        <location filename="../../crm_app/ui/columns.py" line="78"/>
        <location filename="../../crm_app/ui/columns.py" line="90"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="65"/>
        <location filename="../../crm_app/ui/columns.py" line="128"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="67"/>
        <source>Job title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="69"/>
        <location filename="../../crm_app/ui/columns.py" line="81"/>
        <location filename="../../crm_app/ui/columns.py" line="93"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="71"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="72"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="73"/>
        <location filename="../../crm_app/ui/columns.py" line="125"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="74"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="79"/>
        <location filename="../../crm_app/ui/columns.py" line="91"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="80"/>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="83"/>
        <location filename="../../crm_app/ui/columns.py" line="92"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="84"/>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="86"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="95"/>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="97"/>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="99"/>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="100"/>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="104"/>
        <source>Start (event time)</source>
        <translation>Inizio (ora dell&apos;evento)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="106"/>
        <source>Start (my time)</source>
        <translation>Inizio (mia ora)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="108"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="110"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="111"/>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="112"/>
        <location filename="../../crm_app/ui/columns.py" line="121"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="114"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="118"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="120"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="123"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/columns.py" line="126"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="229"/>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="230"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="231"/>
        <source>Mine</source>
        <translation>Il mio valore</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="232"/>
        <source>Theirs</source>
        <translation>Il loro valore</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="233"/>
        <source>Kept</source>
        <translation>Mantenuto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="239"/>
        <source>Sync conflicts</source>
        <translation>Conflitti di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="246"/>
        <source>Keep mine</source>
        <translation>Mantieni il mio</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="247"/>
        <source>Keep theirs</source>
        <translation>Mantieni il loro</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="250"/>
        <source>No conflicts: every race was settled.</source>
        <translation>Nessun conflitto: tutte le modifiche concorrenti sono state risolte.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="269"/>
        <source>mine</source>
        <translation>mio</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="269"/>
        <source>theirs</source>
        <translation>loro</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../crm_app/ui/views/contacts_view.py" line="30"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
</context>
<context>
    <name>CoreActions</name>
    <message>
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="60"/>
        <source>Contact saved.</source>
        <translation>Contatto salvato.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="81"/>
        <source>Open a database</source>
        <translation>Apri un database</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="83"/>
        <source>CRM database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Database CRM (*.sqlite3 *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="89"/>
        <source>Demo data</source>
        <translation>Dati dimostrativi</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="90"/>
        <source>How many contacts?</source>
        <translation>Quanti contatti?</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="108"/>
        <source>Demo data added.</source>
        <translation>Dati dimostrativi aggiunti.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="113"/>
        <source>Demo data cancelled; nothing was added.</source>
        <translation>Dati dimostrativi annullati; nulla è stato aggiunto.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/core_actions.py" line="118"/>
        <source>Adding demo data…</source>
        <translation>Aggiunta dati dimostrativi…</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../crm_app/ui/desktop.py" line="42"/>
        <source>The file %1 cannot be opened as a CRM database (%2).</source>
        <translation>Il file %1 non può essere aperto come database CRM (%2).</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/desktop.py" line="100"/>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../crm_app/ui/dialogs.py" line="29"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
</context>
<context>
    <name>DuplicateReviewDialog</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="501"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="501"/>
        <source>First</source>
        <translation>Primo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="502"/>
        <source>Second</source>
        <translation>Secondo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="502"/>
        <source>Keep</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="508"/>
        <source>Keep both</source>
        <translation>Mantieni entrambi</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="509"/>
        <source>Update first</source>
        <translation>Aggiorna il primo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="510"/>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="511"/>
        <source>Decide later</source>
        <translation>Decidi dopo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="512"/>
        <source>Undo last merge</source>
        <translation>Annulla ultima unione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="533"/>
        <source>Review duplicates</source>
        <translation>Verifica duplicati</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="548"/>
        <source>No more likely duplicates.</source>
        <translation>Non ci sono altri probabili duplicati.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="558"/>
        <source>{name} ({n} meetings, follow-ups and notes; tags: {tags})</source>
        <translation>{name} ({n} incontri, attività e note; etichette: {tags})</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="562"/>
        <source>Pair {i} of {n}: {why}
First (older, kept on merge): {first}
Second: {second}</source>
        <translation>Coppia {i} di {n}: {why}
Primo (più vecchio, mantenuto nell&apos;unione): {first}
Secondo: {second}</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="575"/>
        <source>first</source>
        <translation>primo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="576"/>
        <source>second</source>
        <translation>secondo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="578"/>
        <source>both</source>
        <translation>entrambi</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="608"/>
        <source>Kept both; this pair will not be proposed again.</source>
        <translation>Mantenuti entrambi; questa coppia non verrà più proposta.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="621"/>
        <source>First contact updated; both kept.</source>
        <translation>Primo contatto aggiornato; mantenuti entrambi.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="631"/>
        <source>Merged; meetings, follow-ups, notes and tags of both are kept.</source>
        <translation>Uniti; incontri, attività, note ed etichette di entrambi sono stati mantenuti.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="641"/>
        <source>Merge undone.</source>
        <translation>Unione annullata.</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <location filename="../../crm_app/ui/views/events_view.py" line="13"/>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../crm_app/ui/exception_hook.py" line="37"/>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/exception_hook.py" line="66"/>
        <source>Something went wrong: %1

Your saved data is safe. Details were written to %2.</source>
        <translation>Si è verificato un errore: %1

I dati salvati sono al sicuro. I dettagli sono stati scritti in %2.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="383"/>
        <source>CSV (Excel)</source>
        <translation>CSV (Excel)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="384"/>
        <source>Excel workbook</source>
        <translation>Cartella di lavoro Excel</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="386"/>
        <source>Calendar (.ics) of meetings</source>
        <translation>Calendario (.ics) degli incontri</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="406"/>
        <source>The {n} selected {entity} record(s)</source>
        <translation>Le {n} schede selezionate ({entity})</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="409"/>
        <source>Filtered</source>
        <translation>Filtrati</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="410"/>
        <source>Everything</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="415"/>
        <source>ISO code, e.g. JP</source>
        <translation>Codice ISO, ad es. JP</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="431"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="437"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="440"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="441"/>
        <source>Tag</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="442"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="446"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
</context>
<context>
    <name>Extensions</name>
    <message>
        <location filename="../../crm_app/ui/extensions.py" line="37"/>
        <source>{name} could not be loaded; see the log for details.</source>
        <translation>Impossibile caricare {name}; vedere il registro per i dettagli.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="31"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="32"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="33"/>
        <source>Given name (Latin)</source>
        <translation>Nome (latino)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="34"/>
        <source>Family name (Latin)</source>
        <translation>Cognome (latino)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="35"/>
        <source>Honorific</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="36"/>
        <source>Job title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="37"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="38"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="39"/>
        <source>Emails</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="40"/>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="41"/>
        <source>Preferred language</source>
        <translation>Lingua preferita</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="42"/>
        <source>First met at</source>
        <translation>Conosciuto a</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="43"/>
        <source>First met on</source>
        <translation>Conosciuto il</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="44"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="45"/>
        <source>Lawful basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="46"/>
        <source>Consent date</source>
        <translation>Data del consenso</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="47"/>
        <source>Consent source</source>
        <translation>Fonte del consenso</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="48"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="49"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="50"/>
        <source>Latin name</source>
        <translation>Nome latino</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="51"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="52"/>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="53"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="54"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="55"/>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="56"/>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="57"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="58"/>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="59"/>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="60"/>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="61"/>
        <source>Organiser</source>
        <translation>Organizzatore</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="62"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="63"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="64"/>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="65"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="66"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="67"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="68"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="69"/>
        <source>Duration (minutes)</source>
        <translation>Durata (minuti)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="70"/>
        <source>Place / table</source>
        <translation>Luogo / tavolo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="71"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="72"/>
        <source>Agenda</source>
        <translation>Ordine del giorno</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="73"/>
        <source>Minutes</source>
        <translation>Verbale</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="74"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="75"/>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="76"/>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="77"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="78"/>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="79"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="100"/>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="152"/>
        <source>Filter by name…</source>
        <translation>Filtra per nome…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="153"/>
        <source>Open only</source>
        <translation>Solo aperte</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="154"/>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="158"/>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="158"/>
        <source>All sectors</source>
        <translation>Tutti i settori</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="159"/>
        <source>All tags</source>
        <translation>Tutte le etichette</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="159"/>
        <source>All owners</source>
        <translation>Tutti i responsabili</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="160"/>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/filter_bar.py" line="160"/>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="96"/>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="98"/>
        <source>Tell us who uses this laptop. You can change it later in Settings.</source>
        <translation>Chi usa questo portatile? Si può cambiare più tardi nelle Impostazioni.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="104"/>
        <source>Fill the database with demo data</source>
        <translation>Riempi il database con dati dimostrativi</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="110"/>
        <source> contacts</source>
        <translation> contatti</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="122"/>
        <source>Please enter your name.</source>
        <translation>Inserisci il tuo nome.</translation>
    </message>
</context>
<context>
    <name>FollowUpFilters</name>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="322"/>
        <source>All owners</source>
        <translation>Tutti i responsabili</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="327"/>
        <source>By owner</source>
        <translation>Per responsabile</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="328"/>
        <source>By organisation</source>
        <translation>Per organizzazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="330"/>
        <source>Due between</source>
        <translation>Scadenza tra</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Completata il %1</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Segnata come completata</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Riaperta</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/followups_view.py" line="28"/>
        <source>Follow-ups</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/followups_view.py" line="111"/>
        <source>Mark done</source>
        <translation>Segna come fatta</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/followups_view.py" line="112"/>
        <source>Due tomorrow</source>
        <translation>Scade domani</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/followups_view.py" line="112"/>
        <source>Due next week</source>
        <translation>Scade la prossima settimana</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/followups_view.py" line="113"/>
        <source>Due in a month</source>
        <translation>Scade tra un mese</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/followups_view.py" line="116"/>
        <source>Reassign</source>
        <translation>Riassegna</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="66"/>
        <source>create</source>
        <translation>crea</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="67"/>
        <source>update</source>
        <translation>aggiorna</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="68"/>
        <source>merge</source>
        <translation>unisci</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="69"/>
        <source>skip</source>
        <translation>salta</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="70"/>
        <source>refuse</source>
        <translation>rifiuta</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="163"/>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="167"/>
        <source>Recognise</source>
        <translation>Riconosci automaticamente</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="173"/>
        <source>skip it</source>
        <translation>saltala</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="173"/>
        <source>fill in and merge</source>
        <translation>completa e unisci</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="174"/>
        <source>update with the file&apos;s values</source>
        <translation>aggiorna con i valori del file</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="180"/>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="180"/>
        <source>First value</source>
        <translation>Primo valore</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="181"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="186"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="186"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="187"/>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="187"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="200"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="210"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="211"/>
        <source>A record already in the database</source>
        <translation>Una scheda già presente nel database</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="223"/>
        <source>Import contacts or meetings</source>
        <translation>Importa contatti o incontri</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="247"/>
        <source>Reading the file</source>
        <translation>Lettura del file</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="261"/>
        <source>Checking for duplicates</source>
        <translation>Ricerca di duplicati</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="290"/>
        <source>Importing</source>
        <translation>Importazione in corso</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="345"/>
        <source>changes: </source>
        <translation>modifiche: </translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="357"/>
        <source>{create} to create, {update} to update, {merge} to merge, {skip} skipped, {refuse} refused, {warnings} with warnings</source>
        <translation>{create} da creare, {update} da aggiornare, {merge} da unire, {skip} saltati, {refuse} rifiutati, {warnings} con avvisi</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="360"/>
        <source>; {n} attendees become new contacts</source>
        <translation>; {n} partecipanti diventano nuovi contatti</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="369"/>
        <source>Working…</source>
        <translation>Elaborazione…</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="71"/>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="72"/>
        <source>Middle name</source>
        <translation>Secondo nome</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="73"/>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="74"/>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="75"/>
        <source>Given name (Latin)</source>
        <translation>Nome (latino)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="76"/>
        <source>Family name (Latin)</source>
        <translation>Cognome (latino)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="77"/>
        <source>Honorific</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="78"/>
        <source>Job title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="79"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="80"/>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="81"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="82"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="83"/>
        <source>Street</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="84"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="85"/>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="86"/>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="87"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="88"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="89"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="90"/>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="91"/>
        <source>(ignore)</source>
        <translation>(ignora)</translation>
    </message>
</context>
<context>
    <name>IoUi</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="59"/>
        <source>Contacts and calendars (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics);;All files (*)</source>
        <translation>Contatti e calendari (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="96"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="102"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="758"/>
        <source>Possible duplicate</source>
        <translation>Possibile duplicato</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="759"/>
        <source>This contact looks like:
{people}

Save it anyway?</source>
        <translation>Questo contatto somiglia a:
{people}

Salvarlo comunque?</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="776"/>
        <source>Imported: {n} record(s) written.</source>
        <translation>Importazione completata: {n} schede scritte.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="784"/>
        <location filename="../../crm_app/ui/io_ui.py" line="789"/>
        <source>Undo import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="785"/>
        <source>There is no import to undo.</source>
        <translation>Non c&apos;è nessuna importazione da annullare.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="787"/>
        <source>Undo the import of {source} made at {when}?</source>
        <translation>Annullare l&apos;importazione di {source} eseguita il {when}?</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="802"/>
        <source>{n} record(s) written to {file}</source>
        <translation>{n} schede scritte in {file}</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="816"/>
        <source>Looking for duplicates</source>
        <translation>Ricerca di duplicati</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="831"/>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="833"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="835"/>
        <source>Undo last import</source>
        <translation>Annulla ultima importazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="837"/>
        <source>Scan a badge (QR)…</source>
        <translation>Scansiona un badge (QR)…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="839"/>
        <source>Find duplicates…</source>
        <translation>Trova duplicati…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="17"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="18"/>
        <source>Investor</source>
        <translation>Investitore</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="19"/>
        <source>Distributor</source>
        <translation>Distributore</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="20"/>
        <source>Public agency</source>
        <translation>Ente pubblico</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="21"/>
        <source>University</source>
        <translation>Università</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="22"/>
        <source>Hospital</source>
        <translation>Ospedale</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="23"/>
        <source>Association</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="24"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="26"/>
        <source>Foreign</source>
        <translation>Estero</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="27"/>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="28"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="29"/>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="31"/>
        <source>Pharma</source>
        <translation>Farmaceutico</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="32"/>
        <source>Biotech</source>
        <translation>Biotecnologie</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="33"/>
        <source>Medtech</source>
        <translation>Dispositivi medici</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="34"/>
        <source>Diagnostics</source>
        <translation>Diagnostica</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="35"/>
        <source>Digital health</source>
        <translation>Sanità digitale</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="36"/>
        <source>CRO/CDMO</source>
        <translation>CRO/CDMO</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="37"/>
        <source>Nutraceuticals</source>
        <translation>Nutraceutica</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="38"/>
        <source>Cosmetics</source>
        <translation>Cosmetica</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="39"/>
        <source>Healthcare services</source>
        <translation>Servizi sanitari</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="40"/>
        <source>Investment</source>
        <translation>Investimenti</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="42"/>
        <source>Trade fair</source>
        <translation>Fiera</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="43"/>
        <source>Mission</source>
        <translation>Missione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="44"/>
        <source>Road show</source>
        <translation>Road show</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="45"/>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="46"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="48"/>
        <source>Requested</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="49"/>
        <source>Confirmed</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="50"/>
        <source>Held</source>
        <translation>Svolto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="51"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="52"/>
        <source>No show</source>
        <translation>Assente</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="54"/>
        <source>Cold</source>
        <translation>Freddo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="55"/>
        <source>Warm</source>
        <translation>Tiepido</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="56"/>
        <source>Hot</source>
        <translation>Caldo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="58"/>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="59"/>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="60"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="61"/>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="62"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="63"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="65"/>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="66"/>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="67"/>
        <source>Legitimate interest</source>
        <translation>Legittimo interesse</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="68"/>
        <source>Legal obligation</source>
        <translation>Obbligo legale</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="69"/>
        <source>Public task</source>
        <translation>Compito pubblico</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="71"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="72"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="73"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="74"/>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="75"/>
        <source>Follow-up</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="76"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/labels.py" line="77"/>
        <source>Tag</source>
        <translation>Etichetta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="128"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="236"/>
        <source>1 follow-up due today or overdue</source>
        <translation>1 attività in scadenza oggi o scaduta</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="237"/>
        <source>%1 follow-ups due today or overdue</source>
        <translation>%1 attività in scadenza oggi o scadute</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="247"/>
        <source>An unsaved edit in %1 was found from last time. Restore it?</source>
        <translation>È stata trovata una modifica non salvata in %1 dalla volta scorsa. Ripristinarla?</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="248"/>
        <source>Unsaved edit</source>
        <translation>Modifica non salvata</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="271"/>
        <source>Trade Mission CRM</source>
        <translation>CRM Missioni Commerciali</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="273"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="273"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="273"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="274"/>
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="274"/>
        <source>&amp;Reports</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="274"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="279"/>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="279"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="279"/>
        <source>Move to &amp;Trash</source>
        <translation>Sposta nel &amp;cestino</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="280"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="280"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="281"/>
        <source>&amp;Search…</source>
        <translation>&amp;Cerca…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="281"/>
        <source>&amp;Quick capture…</source>
        <translation>&amp;Inserimento rapido…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="282"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="282"/>
        <source>Add &amp;demo data…</source>
        <translation>Aggiungi &amp;dati dimostrativi…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="283"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="331"/>
        <source>Work in progress</source>
        <translation>Lavoro in corso</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/main_window.py" line="332"/>
        <source>A background task is still running. Stop it and quit?</source>
        <translation>Un&apos;operazione è ancora in corso. Interromperla e uscire?</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="171"/>
        <source>Start (event time) *</source>
        <translation>Inizio (ora dell&apos;evento) *</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="172"/>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="174"/>
        <source>Add a follow-up</source>
        <translation>Aggiungi un&apos;attività</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="175"/>
        <source>What needs doing next…</source>
        <translation>Cosa va fatto dopo…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="176"/>
        <source>Add follow-up</source>
        <translation>Aggiungi attività</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="179"/>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="179"/>
        <source>Next week</source>
        <translation>Prossima settimana</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="180"/>
        <source>In a month</source>
        <translation>Tra un mese</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="216"/>
        <source>unknown time zone</source>
        <translation>fuso orario sconosciuto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/meeting_editor.py" line="224"/>
        <source>%1 — your time: %2 %3</source>
        <translation>%1 — ora locale: %2 %3</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Follow-up added</source>
        <translation>Attività aggiunta</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/meetings_view.py" line="17"/>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../crm_app/ui/views/organisations_view.py" line="19"/>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/organisations_view.py" line="63"/>
        <source>People (%1)</source>
        <translation>Persone (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/organisations_view.py" line="65"/>
        <source>Meetings (%1)</source>
        <translation>Incontri (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/organisations_view.py" line="67"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <location filename="../../crm_app/ui/widgets/participants.py" line="104"/>
        <source>Add participant: type a name…</source>
        <translation>Aggiungi partecipante: scrivi un nome…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/participants.py" line="105"/>
        <source>Remove the selected participant</source>
        <translation>Rimuovi il partecipante selezionato</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="75"/>
        <source>Your name *</source>
        <translation>Il tuo nome *</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="76"/>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="77"/>
        <source>Default country</source>
        <translation>Paese predefinito</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/first_run.py" line="78"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
</context>
<context>
    <name>QrCaptureDialog</name>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="678"/>
        <source>Scan the badge or paste the QR text (vCard or MECARD)</source>
        <translation>Scansiona il badge o incolla il testo del QR (vCard o MECARD)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="695"/>
        <source>Scan a badge</source>
        <translation>Scansiona un badge</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="712"/>
        <source>No contact in this code.</source>
        <translation>Nessun contatto in questo codice.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/io_ui.py" line="723"/>
        <source>Already known ({why}); saving adds what is new.</source>
        <translation>Già presente ({why}); salvando si aggiungono solo i dati nuovi.</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="176"/>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="252"/>
        <source>Quick capture</source>
        <translation>Inserimento rapido</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="177"/>
        <source>Scan badge…</source>
        <translation>Scansiona badge…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="178"/>
        <source>Fill from badge</source>
        <translation>Compila dal badge</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="179"/>
        <source>Scan the badge now, or paste its QR text (vCard or MECARD)</source>
        <translation>Scansiona ora il badge o incolla il testo del QR (vCard o MECARD)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="182"/>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="182"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="182"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="182"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="183"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="183"/>
        <source>Job title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="185"/>
        <source>e.g. Yuki Tanaka</source>
        <translation>es. Yuki Tanaka</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="213"/>
        <source>Badge not read: %1</source>
        <translation>Badge non letto: %1</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="228"/>
        <source>A name is needed.</source>
        <translation>Serve un nome.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/quick_capture.py" line="252"/>
        <source>Throw away what you typed?</source>
        <translation>Eliminare quanto scritto?</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="184"/>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="260"/>
        <source>Move to Trash</source>
        <translation>Sposta nel cestino</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="185"/>
        <source>Move “%1” to the Trash? You can restore it from the Trash view.</source>
        <translation>Spostare “%1” nel cestino? Si può ripristinare dalla vista Cestino.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="246"/>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>“%1” ha modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="257"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="258"/>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="259"/>
        <source>Revert</source>
        <translation>Annulla modifiche</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="266"/>
        <source>New %1</source>
        <translation>Nuovo: %1</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/record_editor.py" line="289"/>
        <source>New record</source>
        <translation>Nuovo record</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../crm_app/ui/forms/record_form.py" line="209"/>
        <source>choose one from the list</source>
        <translation>sceglierne uno dall&apos;elenco</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>New meeting with…</source>
        <translation>Nuovo incontro con…</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Nuova attività…</translation>
    </message>
    <message>
        <source>Copy email</source>
        <translation>Copia email</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Sposta nel cestino</translation>
    </message>
    <message>
        <source>Copied %1 email address(es)</source>
        <translation>Indirizzi email copiati: %1</translation>
    </message>
    <message>
        <source>No email address to copy</source>
        <translation>Nessun indirizzo email da copiare</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>Moved %1 to the Trash</source>
        <translation>%1 spostato nel Cestino</translation>
    </message>
    <message>
        <source>Nothing matches these filters. Clear the filter box or choose “All” to see every record.</source>
        <translation>Nessun risultato con questi filtri. Svuota la casella del filtro o scegli “Tutti” per vedere tutti i record.</translation>
    </message>
    <message>
        <source>No records here yet. Press Ctrl+N to add one.</source>
        <translation>Ancora nessun record. Premi Ctrl+N per aggiungerne uno.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/record_list_view.py" line="253"/>
        <source>%1 records</source>
        <translation>%1 record</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../crm_app/ui/reminders.py" line="53"/>
        <source>1 follow-up due</source>
        <translation>1 attività in scadenza</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/reminders.py" line="54"/>
        <source>%1 follow-ups due</source>
        <translation>%1 attività in scadenza</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="402"/>
        <source>Select one or more meetings first.</source>
        <translation>Seleziona prima uno o più incontri.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="413"/>
        <location filename="../../crm_app/ui/report_ui.py" line="420"/>
        <source>Select one event first.</source>
        <translation>Seleziona prima un evento.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="0"/>
        <source>Some characters have no font and print as �:</source>
        <translation>Alcuni caratteri non hanno un font e vengono stampati come �:</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="169"/>
        <source>Report preview</source>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="184"/>
        <source>US Letter</source>
        <translation>Letter (USA)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="187"/>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="188"/>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="189"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="195"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="197"/>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="236"/>
        <source>Building report</source>
        <translation>Creazione del report</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_app/ui/report_ui.py" line="256"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="265"/>
        <source>Could not build the report</source>
        <translation>Impossibile creare il report</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="274"/>
        <source>Building…</source>
        <translation>Creazione in corso…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="309"/>
        <source>Could not save {0}: {1}</source>
        <translation>Impossibile salvare {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ReportUi</name>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="70"/>
        <source>Save report as PDF</source>
        <translation>Salva il report come PDF</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="77"/>
        <source>Meeting reports of a day</source>
        <translation>Report degli incontri di un giorno</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="444"/>
        <source>Meeting report…</source>
        <translation>Report dell&apos;incontro…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="447"/>
        <source>Meeting reports of the selected event…</source>
        <translation>Report degli incontri dell&apos;evento selezionato…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="449"/>
        <source>Meeting reports of a day…</source>
        <translation>Report degli incontri di un giorno…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="451"/>
        <source>Follow-up list…</source>
        <translation>Elenco delle attività…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/report_ui.py" line="453"/>
        <source>Event report for headquarters…</source>
        <translation>Report dell&apos;evento per la sede centrale…</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Nothing found for “%1”. Try fewer letters or another spelling.</source>
        <translation>Nessun risultato per “%1”. Prova con meno lettere o un'altra grafia.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/search_palette.py" line="86"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/search_palette.py" line="88"/>
        <source>Search contacts, organisations, events, meetings…</source>
        <translation>Cerca contatti, organizzazioni, eventi, incontri…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/search_palette.py" line="89"/>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ per scegliere, Invio per aprire, Esc per chiudere</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="56"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="61"/>
        <source>Database file</source>
        <translation>File del database</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="62"/>
        <source>Open another database</source>
        <translation>Apri un altro database</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="68"/>
        <source>Shared sync file (set up by Sync)</source>
        <translation>File di sincronizzazione condiviso (impostato da Sincronizza)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="69"/>
        <source>Sync file</source>
        <translation>File di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="83"/>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="84"/>
        <source>Report language</source>
        <translation>Lingua dei report</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="86"/>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="87"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="88"/>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="89"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="101"/>
        <source>Open or create a database</source>
        <translation>Apri o crea un database</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/forms/settings_dialog.py" line="102"/>
        <source>CRM database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Database CRM (*.sqlite3 *.db);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="0"/>
        <source>Shared sync file not found</source>
        <translation>File di sincronizzazione condiviso non trovato</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="120"/>
        <source>Syncing before closing…</source>
        <translation>Sincronizzazione prima della chiusura…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="147"/>
        <source>Last sync: {when}, {what}</source>
        <translation>Ultima sincronizzazione: {when}, {what}</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="150"/>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="155"/>
        <location filename="../../crm_app/ui/sync/controller.py" line="182"/>
        <source>Syncing…</source>
        <translation>Sincronizzazione in corso…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="157"/>
        <location filename="../../crm_app/ui/sync/controller.py" line="216"/>
        <source>Last sync failed</source>
        <translation>Ultima sincronizzazione non riuscita</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="194"/>
        <source>Syncing</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="211"/>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="0"/>
        <source>Many records would be deleted</source>
        <translation>Verrebbero eliminati molti record</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="0"/>
        <source>{problem}

Apply these deletions on this laptop? Choose No to keep everything as it is and ask the colleague first.</source>
        <translation>{problem}

Applicare queste eliminazioni su questo portatile? Scegli No per lasciare tutto com'è e chiedere prima al collega.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="0"/>
        <source>Shared sync file not found</source>
        <translation>File di sincronizzazione condiviso non trovato</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="0"/>
        <source>{problem}

Create a new, empty shared file at {path}? Choose No if the drive or share is only disconnected.</source>
        <translation>{problem}

Creare un nuovo file condiviso vuoto in {path}? Scegliere No se l&apos;unità o la condivisione è solo scollegata.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="57"/>
        <source>Shared sync file</source>
        <translation>File di sincronizzazione condiviso</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="58"/>
        <source>CRM sync file (*.crmsync);;All files (*)</source>
        <translation>File di sincronizzazione CRM (*.crmsync);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="64"/>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="65"/>
        <source>Team sync passphrase:</source>
        <translation>Passphrase di sincronizzazione del team:</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="83"/>
        <source>up to date</source>
        <translation>tutto aggiornato</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="84"/>
        <source>{received} received, {sent} sent</source>
        <translation>{received} ricevute, {sent} inviate</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="87"/>
        <source>, {n} conflict(s) to review</source>
        <translation>, {n} conflitti da verificare</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="313"/>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="315"/>
        <source>Shared sync file…</source>
        <translation>File di sincronizzazione condiviso…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/sync/controller.py" line="317"/>
        <source>Sync conflicts…</source>
        <translation>Conflitti di sincronizzazione…</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <location filename="../../crm_app/ui/widgets/task_progress.py" line="18"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/task_progress.py" line="41"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../crm_app/ui/widgets/timeline.py" line="85"/>
        <source>Add a note and press Enter…</source>
        <translation>Scrivi una nota e premi Invio…</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/widgets/timeline.py" line="86"/>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>1 done today</source>
        <translation>1 completata oggi</translation>
    </message>
    <message>
        <source>%1 done today</source>
        <translation>%1 completate oggi</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="80"/>
        <location filename="../../crm_app/ui/views/today_view.py" line="91"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="113"/>
        <source>Today, %1</source>
        <translation>Oggi, %1</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="120"/>
        <source>Meetings today</source>
        <translation>Incontri di oggi</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="121"/>
        <source>Follow-ups overdue and due this week</source>
        <translation>Attività scadute e in scadenza questa settimana</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="122"/>
        <source>Recent contacts</source>
        <translation>Contatti recenti</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="123"/>
        <source>Event time</source>
        <translation>Ora dell&apos;evento</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="123"/>
        <source>My time</source>
        <translation>Mia ora</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="124"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="124"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="124"/>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="125"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="125"/>
        <source>Follow-up</source>
        <translation>Attività</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="126"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="126"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="127"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="127"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="128"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="151"/>
        <source>No meetings today.</source>
        <translation>Nessun incontro oggi.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="162"/>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/today_view.py" line="165"/>
        <source>Nothing due. Well done.</source>
        <translation>Nessuna scadenza. Ottimo lavoro.</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <source>Restored 1 record</source>
        <translation>1 record ripristinato</translation>
    </message>
    <message>
        <source>Restored %1 records</source>
        <translation>%1 record ripristinati</translation>
    </message>
    <message>
        <source>The Trash is empty. Records you move to the Trash wait here until you restore them.</source>
        <translation>Il Cestino è vuoto. I record spostati nel Cestino restano qui finché non li ripristini.</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/trash_view.py" line="50"/>
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/trash_view.py" line="81"/>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/trash_view.py" line="82"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/trash_view.py" line="82"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../crm_app/ui/views/trash_view.py" line="82"/>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
</context>
<context>
    <name>ChooseStaffDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Chi sei?</translation>
    </message>
    <message>
        <source>This database already has staff members. Choose yourself, so your follow-ups and meetings are yours.</source>
        <translation>Questo database ha già dei membri dello staff. Scegli te stesso, così le attività e gli incontri saranno tuoi.</translation>
    </message>
    <message>
        <source>I am not in this list: add me</source>
        <translation>Non sono nell'elenco: aggiungimi</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>there is no %1 %2</source>
        <translation>non esiste il %1 %2</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Scegli una data</translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <source>Received</source>
        <translation>Ricevute</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviate</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificate</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminate</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Sync summary</source>
        <translation>Riepilogo della sincronizzazione</translation>
    </message>
    <message>
        <source>Up to date: nothing received, nothing sent.</source>
        <translation>Tutto aggiornato: niente ricevuto, niente inviato.</translation>
    </message>
    <message>
        <source>Sync finished at {time}.</source>
        <translation>Sincronizzazione terminata alle {time}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Review {n} open conflicts…</source>
        <translation>Esamina {n} conflitti aperti…</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Last sync summary…</source>
        <translation>Riepilogo dell&apos;ultima sincronizzazione…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>The shared file</source>
        <translation>Il file condiviso</translation>
    </message>
    <message>
        <source>Every laptop of the team syncs through one encrypted file. Put it in a folder all of you reach: a shared network drive, or a cloud folder (OneDrive, Dropbox, Nextcloud…) synchronised on each laptop. Not on this laptop&apos;s own disk only.</source>
        <translation>Ogni portatile del team si sincronizza tramite un unico file cifrato. Mettilo in una cartella raggiungibile da tutti: un disco di rete condiviso, o una cartella cloud (OneDrive, Dropbox, Nextcloud…) sincronizzata su ogni portatile. Non solo sul disco di questo portatile.</translation>
    </message>
    <message>
        <source>for example S:/Team/crm-team.crmsync</source>
        <translation>per esempio S:/Team/crm-team.crmsync</translation>
    </message>
    <message>
        <source>Choose or create…</source>
        <translation>Scegli o crea…</translation>
    </message>
    <message>
        <source>Shared sync file</source>
        <translation>File di sincronizzazione condiviso</translation>
    </message>
    <message>
        <source>CRM sync files (*.crmsync)</source>
        <translation>File di sincronizzazione CRM (*.crmsync)</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>The team passphrase</source>
        <translation>La frase segreta del team</translation>
    </message>
    <message>
        <source>The same passphrase on every laptop of the team. Use a few words, at least {n} characters.</source>
        <translation>La stessa frase segreta su ogni portatile del team. Usa alcune parole, almeno {n} caratteri.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase segreta</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La stessa frase segreta di nuovo</translation>
    </message>
    <message>
        <source>It will be remembered in the system keyring of this computer.</source>
        <translation>Sarà ricordata nel portachiavi di sistema di questo computer.</translation>
    </message>
    <message>
        <source>Warning: there is no system keyring here, so the passphrase will not be remembered; you will be asked for it at each sync.</source>
        <translation>Attenzione: qui non c&apos;è un portachiavi di sistema, quindi la frase segreta non sarà ricordata; ti sarà chiesta a ogni sincronizzazione.</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Troppo corta</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Discreta</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buona</translation>
    </message>
    <message>
        <source>Strength: {level}</source>
        <translation>Robustezza: {level}</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>le due frasi segrete sono diverse</translation>
    </message>
</context>
<context>
    <name>SyncSetupWizard</name>
    <message>
        <source>Set up sync</source>
        <translation>Configura la sincronizzazione</translation>
    </message>
</context>
</TS>
