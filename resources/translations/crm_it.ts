<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <source>Cannot write {file}: {error}</source>
        <translation>Impossibile scrivere {file}: {error}</translation>
    </message>
    <message>
        <source>Export everything held about this person</source>
        <translation>Esporta tutti i dati conservati su questa persona</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Subject access</source>
        <translation>Accesso dell&apos;interessato</translation>
    </message>
    <message>
        <source>Give a file name ending in .pdf or .json.</source>
        <translation>Indica un nome di file che termini con .pdf o .json.</translation>
    </message>
    <message>
        <source>Written to {file}. It holds personal data: hand it over securely.</source>
        <translation>Scritto in {file}. Contiene dati personali: consegnalo in modo sicuro.</translation>
    </message>
    <message>
        <source>Exporting everything held about a person</source>
        <translation>Esportazione di tutti i dati su una persona</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Esporta il registro delle attività</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Dal:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Al:</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La data di fine è precedente alla data di inizio.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>{n} audit entries written to {file}.</source>
        <translation>{n} voci del registro scritte in {file}.</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>Esportazione del registro delle attività</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>It did not work: {error}</source>
        <translation>Non è riuscito: {error}</translation>
    </message>
    <message>
        <source>Select one contact in the Contacts view first.</source>
        <translation>Seleziona prima un contatto nella vista Contatti.</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Revisione della conservazione</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Rivedi di nuovo</translation>
    </message>
    <message>
        <source>No activity for:</source>
        <translation>Nessuna attività da:</translation>
    </message>
    <message>
        <source>Consent valid for:</source>
        <translation>Consenso valido per:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima attività</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Rinnova…</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimizza…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Cancella…</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>Revisione in corso…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) due for review</source>
        <translation>
            <numerusform>%n contatto da rivedere</numerusform>
            <numerusform>%n contatti da rivedere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Why is the basis of %n contact(s) renewed? (kept in their consent note)</source>
        <translation>
            <numerusform>Perché si rinnova la base giuridica di %n contatto? (resta nella nota sul consenso)</numerusform>
            <numerusform>Perché si rinnova la base giuridica di %n contatti? (resta nella nota sul consenso)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew the lawful basis of %n contact(s) as of today?</source>
        <translation>
            <numerusform>Rinnovare da oggi la base giuridica di %n contatto?</numerusform>
            <numerusform>Rinnovare da oggi la base giuridica di %n contatti?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) renewed.</source>
        <translation>
            <numerusform>%n contatto rinnovato.</numerusform>
            <numerusform>%n contatti rinnovati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n contact(s)? Names, email addresses, phone numbers and the text of their notes and follow-ups are removed; meetings keep counting them. This cannot be undone.</source>
        <translation>
            <numerusform>Anonimizzare %n contatto? Nome, indirizzi email, numeri di telefono e il testo delle sue note e dei follow-up vengono rimossi; gli incontri continuano a contarlo. L&apos;operazione non si può annullare.</numerusform>
            <numerusform>Anonimizzare %n contatti? Nomi, indirizzi email, numeri di telefono e il testo delle loro note e dei follow-up vengono rimossi; gli incontri continuano a contarli. L&apos;operazione non si può annullare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) anonymised.</source>
        <translation>
            <numerusform>%n contatto anonimizzato.</numerusform>
            <numerusform>%n contatti anonimizzati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n contact(s) for good, with their notes and follow-ups? The shared file and the other laptops follow at the next sync. This cannot be undone.</source>
        <translation>
            <numerusform>Cancellare definitivamente %n contatto, con le sue note e i follow-up? Il file condiviso e gli altri portatili si allineano alla prossima sincronizzazione. L&apos;operazione non si può annullare.</numerusform>
            <numerusform>Cancellare definitivamente %n contatti, con le loro note e i follow-up? Il file condiviso e gli altri portatili si allineano alla prossima sincronizzazione. L&apos;operazione non si può annullare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) erased.</source>
        <translation>
            <numerusform>%n contatto cancellato.</numerusform>
            <numerusform>%n contatti cancellati.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact is due for review.</source>
        <translation>Nessun contatto da rivedere.</translation>
    </message>
    <message>
        <source>Renew the lawful basis</source>
        <translation>Rinnova la base giuridica</translation>
    </message>
    <message>
        <source>A reason is needed; nothing was changed.</source>
        <translation>Serve un motivo; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Renewing</source>
        <translation>Rinnovo in corso</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimizza</translation>
    </message>
    <message>
        <source>Anonymising</source>
        <translation>Anonimizzazione in corso</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Erasing</source>
        <translation>Cancellazione in corso</translation>
    </message>
    <message>
        <source>The retention review failed: {error}</source>
        <translation>La revisione della conservazione non è riuscita: {error}</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} giorni</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} mesi</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} anni</translation>
    </message>
    <message>
        <source>no meeting, note or follow-up for {period}</source>
        <translation>nessun incontro, nota o attività da {period}</translation>
    </message>
    <message>
        <source>no lawful basis recorded</source>
        <translation>nessuna base giuridica registrata</translation>
    </message>
    <message>
        <source>consent expired on {date}</source>
        <translation>consenso scaduto il {date}</translation>
    </message>
    <message>
        <source>consent without a date</source>
        <translation>consenso senza data</translation>
    </message>
    <message>
        <source>consent of {date} is older than {period}</source>
        <translation>il consenso del {date} risale a più di {period}</translation>
    </message>
    <message>
        <source>same email {email}</source>
        <translation>stessa email {email}</translation>
    </message>
    <message>
        <source>same phone {phone}</source>
        <translation>stesso telefono {phone}</translation>
    </message>
    <message>
        <source>similar name ({n}%) in the same organisation</source>
        <translation>nome simile ({n}%) nella stessa organizzazione</translation>
    </message>
    <message>
        <source>similar name ({n}%) in the same country</source>
        <translation>nome simile ({n}%) nello stesso paese</translation>
    </message>
    <message>
        <source>similar name ({n}%)</source>
        <translation>nome simile ({n}%)</translation>
    </message>
    <message>
        <source>(deleted record)</source>
        <translation>(scheda eliminata)</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Trade Mission CRM</source>
        <translation>Informazioni su Trade Mission CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Trade Mission CRM %1&lt;/h3&gt;&lt;p&gt;Contacts, meetings and follow-ups for trade-promotion offices abroad, offline first, synchronised through one shared file.&lt;/p&gt;&lt;p&gt;Python %2 · Qt %3 · PySide6 %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Trade Mission CRM %1&lt;/h3&gt;&lt;p&gt;Contatti, incontri e attività per gli uffici all&apos;estero di promozione commerciale: funziona senza rete e si sincronizza attraverso un unico file condiviso.&lt;/p&gt;&lt;p&gt;Python %2 · Qt %3 · PySide6 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bundled fonts</source>
        <translation>Caratteri inclusi</translation>
    </message>
    <message>
        <source>Licences of the bundled fonts:</source>
        <translation>Licenze dei caratteri inclusi:</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <source>Label (optional)</source>
        <translation>Etichetta (facoltativa)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Region / province</source>
        <translation>Regione / provincia</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Via e numero civico</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>AddressesEditor</name>
    <message>
        <source>Add address</source>
        <translation>Aggiungi indirizzo</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Blocca ora</translation>
    </message>
    <message>
        <source>Cover the window until the recovery passphrase is typed</source>
        <translation>Copre la finestra finché non si digita la passphrase di recupero</translation>
    </message>
    <message>
        <source>The database is not encrypted: there is nothing to unlock with. Encrypt it to use the app lock.</source>
        <translation>Il database non è cifrato: non c&apos;è nulla con cui sbloccare. Cifralo per usare il blocco dell&apos;app.</translation>
    </message>
    <message>
        <source>Trade Mission CRM</source>
        <translation>CRM Missioni Commerciali</translation>
    </message>
    <message>
        <source>Too many wrong tries: wait %1 s and try again.</source>
        <translation>Troppi tentativi errati: attendi %1 s e riprova.</translation>
    </message>
    <message>
        <source>This passphrase does not unlock the database.</source>
        <translation>Questa passphrase non sblocca il database.</translation>
    </message>
    <message>
        <source>Wait %1 s before the next try.</source>
        <translation>Attendi %1 s prima del prossimo tentativo.</translation>
    </message>
    <message>
        <source>The system keyring did not give this database&apos;s key. Type the recovery passphrase.</source>
        <translation>Il portachiavi di sistema non ha fornito la chiave di questo database. Digita la passphrase di recupero.</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tavolo: %1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Sposta %1</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%1 spostato a %2</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Saved %1</source>
        <translation>Salvato: %1</translation>
    </message>
    <message>
        <source>Moved %1 to the Trash</source>
        <translation>%1 spostato nel Cestino</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostra %1</translation>
    </message>
    <message>
        <source>… and %1 more: the Day view or the list shows them</source>
        <translation>… e altri %1: li mostrano la vista Giorno o l&apos;elenco</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>Giorno o settimana precedente</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Giorno o settimana successiva</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <source>My time</source>
        <translation>Mia ora</translation>
    </message>
    <message>
        <source>The hours on the left are the event&apos;s time zone; the laptop&apos;s are beside them when they differ</source>
        <translation>Le ore a sinistra sono nel fuso orario dell&apos;evento; quelle del portatile sono accanto quando differiscono</translation>
    </message>
    <message>
        <source>%1 · my time: %2</source>
        <translation>%1 · mia ora: %2</translation>
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
        <translation>Non sono nell&apos;elenco: aggiungimi</translation>
    </message>
</context>
<context>
    <name>CloseSync</name>
    <message>
        <source>Syncing before closing…</source>
        <translation>Sincronizzazione prima della chiusura…</translation>
    </message>
    <message>
        <source>Syncing before closing</source>
        <translation>Sincronizzazione prima della chiusura</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Chiusura</translation>
    </message>
    <message>
        <source>Sending this laptop&apos;s changes to the shared file…</source>
        <translation>Invio delle modifiche di questo portatile al file condiviso…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Interruzione della sincronizzazione…</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Consent expired</source>
        <translation>Consenso scaduto</translation>
    </message>
    <message>
        <source>No lawful basis</source>
        <translation>Nessuna base giuridica</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Start (event time)</source>
        <translation>Inizio (ora dell&apos;evento)</translation>
    </message>
    <message>
        <source>Start (my time)</source>
        <translation>Inizio (mia ora)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Il mio valore</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Il loro valore</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantenuto</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mantieni il mio</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Mantieni il loro</translation>
    </message>
    <message>
        <source>No conflicts: every race was settled.</source>
        <translation>Nessun conflitto: tutte le modifiche concorrenti sono state risolte.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mio</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>loro</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
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
        <source>Open a database</source>
        <translation>Apri un database</translation>
    </message>
    <message>
        <source>CRM database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Database CRM (*.sqlite3 *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dati dimostrativi</translation>
    </message>
    <message>
        <source>How many contacts?</source>
        <translation>Quanti contatti?</translation>
    </message>
    <message>
        <source>Demo data added.</source>
        <translation>Dati dimostrativi aggiunti.</translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was added.</source>
        <translation>Dati dimostrativi annullati; nulla è stato aggiunto.</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Aggiunta dati dimostrativi…</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>choose one from the list</source>
        <translation>sceglierne uno dall&apos;elenco</translation>
    </message>
    <message>
        <source>country is empty</source>
        <translation>il paese è vuoto</translation>
    </message>
    <message>
        <source>unknown country {value!r} (use an ISO code such as IT or JP)</source>
        <translation>paese sconosciuto {value!r} (usa un codice ISO come IT o JP)</translation>
    </message>
    <message>
        <source>unknown language {value!r}</source>
        <translation>lingua sconosciuta {value!r}</translation>
    </message>
    <message>
        <source>invalid email {value!r}: {reason}</source>
        <translation>email non valida {value!r}: {reason}</translation>
    </message>
    <message>
        <source>invalid phone number {value!r}</source>
        <translation>numero di telefono non valido {value!r}</translation>
    </message>
    <message>
        <source>invalid phone number {value!r} (add +country code or set the country)</source>
        <translation>numero di telefono non valido {value!r} (aggiungi il prefisso internazionale + o imposta il paese)</translation>
    </message>
    <message>
        <source>unknown time zone {value!r} (use e.g. Europe/Rome)</source>
        <translation>fuso orario sconosciuto {value!r} (usa ad es. Europe/Rome)</translation>
    </message>
    <message>
        <source>invalid date {value!r} (use YYYY-MM-DD)</source>
        <translation>data non valida {value!r} (usa GG/MM/AAAA o AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>there is no {day} {month}</source>
        <translation>non esiste il {day} {month}</translation>
    </message>
    <message>
        <source>invalid date and time {value!r} (use YYYY-MM-DD HH:MM)</source>
        <translation>data e ora non valide {value!r} (usa AAAA-MM-GG HH:MM)</translation>
    </message>
    <message>
        <source>invalid web address {value!r}</source>
        <translation>indirizzo web non valido {value!r}</translation>
    </message>
    <message>
        <source>{kind} has no field {name!r} (fields: {known})</source>
        <translation>{kind}: nessun campo {name!r} (campi: {known})</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <translation>{label} è obbligatorio</translation>
    </message>
    <message>
        <source>{label} is longer than {max_len} characters</source>
        <translation>{label} supera {max_len} caratteri</translation>
    </message>
    <message>
        <source>{label}: {value!r} is not yes or no</source>
        <translation>{label}: {value!r} non è sì o no</translation>
    </message>
    <message>
        <source>{value!r} is not one of: {allowed}</source>
        <translation>{value!r} non è tra: {allowed}</translation>
    </message>
    <message>
        <source>{label} must be a whole number</source>
        <translation>{label} deve essere un numero intero</translation>
    </message>
    <message>
        <source>{label} must be between {low} and {high}</source>
        <translation>{label} deve essere tra {low} e {high}</translation>
    </message>
    <message>
        <source>a meeting with a time lasts at most {minutes} minutes (24 hours); mark it all day to cover several days</source>
        <translation>un incontro con orario dura al massimo {minutes} minuti (24 ore); segnalalo come giornata intera per coprire più giorni</translation>
    </message>
    <message>
        <source>an address has no field {name!r} (fields: {known})</source>
        <translation>un indirizzo non ha il campo {name!r} (campi: {known})</translation>
    </message>
    <message>
        <source>an address needs at least a street, city, postcode, region or country</source>
        <translation>un indirizzo richiede almeno via, città, CAP, provincia o paese</translation>
    </message>
    <message>
        <source>an address has at most {count} parts separated by &apos;;&apos; ({help})</source>
        <translation>un indirizzo ha al massimo {count} parti separate da &apos;;&apos; ({help})</translation>
    </message>
    <message>
        <source>no {kind} with id {record_id}</source>
        <translation>{kind} inesistente (id {record_id})</translation>
    </message>
    <message>
        <source>the database is busy in another window; try again</source>
        <translation>il database è occupato in un&apos;altra finestra; riprova</translation>
    </message>
    <message>
        <source>a contact needs a given or family name</source>
        <translation>un contatto richiede un nome o un cognome</translation>
    </message>
    <message>
        <source>the event ends before it starts</source>
        <translation>l&apos;evento finisce prima di iniziare</translation>
    </message>
    <message>
        <source>a participant needs a contact, organisation or staff id</source>
        <translation>un partecipante richiede l&apos;id di un contatto, di un&apos;organizzazione o di un membro dello staff</translation>
    </message>
    <message>
        <source>{kind} records have no tags</source>
        <translation>i record di tipo {kind} non hanno etichette</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>un&apos;etichetta richiede un nome</translation>
    </message>
    <message>
        <source>{kind} records have no owner</source>
        <translation>i record di tipo {kind} non hanno un responsabile</translation>
    </message>
    <message>
        <source>addresses are given as a list of mappings</source>
        <translation>gli indirizzi vanno dati come elenco di mappe</translation>
    </message>
    <message>
        <source>no address with id {record_id} on this contact</source>
        <translation>nessun indirizzo con id {record_id} per questo contatto</translation>
    </message>
    <message>
        <source>a contact cannot be merged with itself</source>
        <translation>un contatto non può essere unito a se stesso</translation>
    </message>
    <message>
        <source>{field}: choose keep, other or both (not {choice!r})</source>
        <translation>{field}: scegli keep, other o both (non {choice!r})</translation>
    </message>
    <message>
        <source>this merge was already undone</source>
        <translation>questa unione è già stata annullata</translation>
    </message>
    <message>
        <source>a contact of this merge no longer exists; cannot undo</source>
        <translation>un contatto di questa unione non esiste più; impossibile annullare</translation>
    </message>
    <message>
        <source>a merged contact was changed after the merge; undo refused, nothing changed</source>
        <translation>un contatto unito è stato modificato dopo l&apos;unione; annullamento rifiutato, nulla è cambiato</translation>
    </message>
    <message>
        <source>the {kind} no longer exists here</source>
        <translation>{kind}: non esiste più qui</translation>
    </message>
    <message>
        <source>“{name}” was changed after this action ({reason}); undoing it would overwrite that change</source>
        <translation>“{name}” è stato modificato dopo questa azione ({reason}); annullarla sovrascriverebbe quella modifica</translation>
    </message>
    <message>
        <source>a moved meeting needs a time with its zone</source>
        <translation>un incontro spostato richiede un orario con il suo fuso</translation>
    </message>
    <message>
        <source>{file} is not encrypted: open it without a key, or encrypt it first (crm db encrypt)</source>
        <translation>{file} non è cifrato: aprilo senza chiave, o prima cifralo (crm db encrypt)</translation>
    </message>
    <message>
        <source>address {number}: {reason}</source>
        <translation>indirizzo {number}: {reason}</translation>
    </message>
    <message>
        <source>the sync was stopped before it finished; nothing was half written</source>
        <translation>la sincronizzazione è stata interrotta prima della fine; nulla è stato scritto a metà</translation>
    </message>
    <message>
        <source>--keep must be &apos;mine&apos; or &apos;theirs&apos;</source>
        <translation>--keep deve essere &apos;mine&apos; o &apos;theirs&apos;</translation>
    </message>
    <message>
        <source>conflict {record_id} is already resolved</source>
        <translation>il conflitto {record_id} è già risolto</translation>
    </message>
    <message>
        <source>the shared file kept changing while this laptop was writing it; try again in a minute</source>
        <translation>il file condiviso continuava a cambiare mentre questo portatile lo scriveva; riprova tra un minuto</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist or is not reachable (is the drive or share connected?)</source>
        <translation>la cartella {folder} non esiste o non è raggiungibile (l&apos;unità o la condivisione è collegata?)</translation>
    </message>
    <message>
        <source>{path} is a folder; give the path of the shared file</source>
        <translation>{path} è una cartella; indica il percorso del file condiviso</translation>
    </message>
    <message>
        <source>cannot write in {folder} (read-only location); choose a folder where you may save files</source>
        <translation>impossibile scrivere in {folder} (posizione di sola lettura); scegli una cartella in cui puoi salvare file</translation>
    </message>
    <message>
        <source>cannot write in {folder} (read-only location)</source>
        <translation>impossibile scrivere in {folder} (posizione di sola lettura)</translation>
    </message>
    <message>
        <source>there is no shared file at {path}; nothing was created</source>
        <translation>non c&apos;è nessun file condiviso in {path}; non è stato creato nulla</translation>
    </message>
    <message>
        <source>there is no shared file at {path}</source>
        <translation>non c&apos;è nessun file condiviso in {path}</translation>
    </message>
    <message>
        <source>the shared file {name} is damaged or is not a CRM sync file ({detail})</source>
        <translation>il file condiviso {name} è danneggiato o non è un file di sincronizzazione del CRM ({detail})</translation>
    </message>
    <message>
        <source>{name} is damaged (its contents cannot be read)</source>
        <translation>{name} è danneggiato (il suo contenuto non si può leggere)</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of the app; update the app</source>
        <translation>{name} è stato scritto da una versione più recente dell&apos;app; aggiorna l&apos;app</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of the app (sync format {version}, this app reads up to {readable}); update the app, then sync again</source>
        <translation>{name} è stato scritto da una versione più recente dell&apos;app (formato di sincronizzazione {version}, questa app legge fino al {readable}); aggiorna l&apos;app, poi sincronizza di nuovo</translation>
    </message>
    <message>
        <source>wrong passphrase for {name}</source>
        <translation>passphrase errata per {name}</translation>
    </message>
    <message>
        <source>{name} has been tampered with or damaged (a chunk failed its authentication check); {recovery}</source>
        <translation>{name} è stato manomesso o danneggiato (un blocco non ha superato il controllo di autenticità); {recovery}</translation>
    </message>
    <message>
        <source>{name} has been tampered with or damaged (its authentication check failed); {recovery}</source>
        <translation>{name} è stato manomesso o danneggiato (non ha superato il controllo di autenticità); {recovery}</translation>
    </message>
    <message>
        <source>nothing was changed here; restore it from a backup, or move it aside and sync again to start a new file from this laptop&apos;s data</source>
        <translation>qui non è cambiato nulla; ripristinalo da un backup, oppure spostalo altrove e sincronizza di nuovo per creare un nuovo file dai dati di questo portatile</translation>
    </message>
    <message>
        <source>cannot use the shared file {target}: {reason}</source>
        <translation>impossibile usare il file condiviso {target}: {reason}</translation>
    </message>
    <message>
        <source>cannot write the shared file {target}: {reason}</source>
        <translation>impossibile scrivere il file condiviso {target}: {reason}</translation>
    </message>
    <message>
        <source>the sync passphrase is empty</source>
        <translation>la passphrase di sincronizzazione è vuota</translation>
    </message>
    <message>
        <source>this computer&apos;s cryptography library has no Argon2id (it needs OpenSSL 3.2 or later): update the app&apos;s Python packages</source>
        <translation>la libreria crittografica di questo computer non ha Argon2id (serve OpenSSL 3.2 o successivo): aggiorna i pacchetti Python dell&apos;app</translation>
    </message>
    <message>
        <source>another sync is using the shared file ({holder}); try again in a minute</source>
        <translation>un&apos;altra sincronizzazione sta usando il file condiviso ({holder}); riprova tra un minuto</translation>
    </message>
    <message>
        <source>no sync passphrase: give --passphrase-file FILE, set {variable}, or run the sync once from a terminal to type it</source>
        <translation>nessuna passphrase di sincronizzazione: usa --passphrase-file FILE, imposta {variable}, oppure esegui la sincronizzazione una volta da un terminale per digitarla</translation>
    </message>
    <message>
        <source>the team&apos;s sync passphrase was changed on another laptop since this laptop last synced ({day}): the passphrase used here no longer opens {name}. Ask a colleague for the new passphrase</source>
        <translation>la passphrase di sincronizzazione del gruppo è stata cambiata su un altro portatile dopo l&apos;ultima sincronizzazione di questo ({day}): la passphrase usata qui non apre più {name}. Chiedi la nuova passphrase a un collega</translation>
    </message>
    <message>
        <source>give a new passphrase, different from the current one</source>
        <translation>indica una nuova passphrase, diversa da quella attuale</translation>
    </message>
    <message>
        <source>this sync would delete {count} of the {total} {kind} records on this laptop, all deleted on laptop {device}{seen}; nothing was changed. If that is intended, sync again allowing mass deletion (crm sync --allow-mass-delete)</source>
        <translation>questa sincronizzazione eliminerebbe {count} dei {total} record di tipo {kind} su questo portatile, tutti eliminati sul portatile {device}{seen}; non è cambiato nulla. Se è voluto, sincronizza di nuovo consentendo l&apos;eliminazione in massa (crm sync --allow-mass-delete)</translation>
    </message>
    <message>
        <source>, last synced {day}</source>
        <translation>, ultima sincronizzazione il {day}</translation>
    </message>
    <message>
        <source>no laptop {device} in the shared file (see: crm sync devices)</source>
        <translation>nessun portatile {device} nel file condiviso (vedi: crm sync devices)</translation>
    </message>
    <message>
        <source>{device} names more than one laptop: {matches}</source>
        <translation>{device} indica più di un portatile: {matches}</translation>
    </message>
    <message>
        <source>this laptop cannot retire itself; retire it from another laptop</source>
        <translation>questo portatile non può ritirare se stesso; ritiralo da un altro portatile</translation>
    </message>
    <message>
        <source>laptop {device} is already retired (since {day})</source>
        <translation>il portatile {device} è già ritirato (dal {day})</translation>
    </message>
    <message>
        <source>the shared file changed meanwhile (another laptop synced without the lock); nothing was changed, try again</source>
        <translation>nel frattempo il file condiviso è cambiato (un altro portatile ha sincronizzato senza il blocco); non è cambiato nulla, riprova</translation>
    </message>
    <message>
        <source>a chunk lies outside the file</source>
        <translation>un blocco è fuori dal file</translation>
    </message>
    <message>
        <source>its list of chunks is unreadable</source>
        <translation>l&apos;elenco dei blocchi è illeggibile</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>troncato</translation>
    </message>
    <message>
        <source>no sync file signature</source>
        <translation>manca la firma del file di sincronizzazione</translation>
    </message>
    <message>
        <source>unreadable header</source>
        <translation>intestazione illeggibile</translation>
    </message>
    <message>
        <source>truncated: its header is incomplete</source>
        <translation>troncato: l&apos;intestazione è incompleta</translation>
    </message>
    <message>
        <source>unexpected bytes after the data</source>
        <translation>byte inattesi dopo i dati</translation>
    </message>
    <message>
        <source>a chunk holds no rows</source>
        <translation>un blocco non contiene righe</translation>
    </message>
    <message>
        <source>two chunks share one id</source>
        <translation>due blocchi hanno lo stesso id</translation>
    </message>
    <message>
        <source>a chunk cannot be read</source>
        <translation>un blocco non si può leggere</translation>
    </message>
    <message>
        <source>truncated: {got} of {total} bytes of data; it may still be uploading: try again later</source>
        <translation>troncato: {got} di {total} byte di dati; forse è ancora in caricamento: riprova più tardi</translation>
    </message>
    <message>
        <source>{copy} is named like a conflicted copy of {target} but belongs to another team&apos;s shared file (it was created separately); it was not merged: move it elsewhere</source>
        <translation>{copy} ha il nome di una copia in conflitto di {target} ma appartiene al file condiviso di un altro gruppo (è stato creato a parte); non è stato unito: spostalo altrove</translation>
    </message>
    <message>
        <source>this database is a copy of device {source}&apos;s (copied from another computer or on this one); this laptop now syncs as device {device}, so both copies&apos; edits are kept</source>
        <translation>questo database è una copia di quello del dispositivo {source} (copiato da un altro computer o su questo); ora questo portatile sincronizza come dispositivo {device}, così le modifiche di entrambe le copie sono conservate</translation>
    </message>
    <message>
        <source>the shared file&apos;s contents differ from this laptop&apos;s although nothing changed; compared in full</source>
        <translation>il contenuto del file condiviso è diverso da quello di questo portatile anche se nulla è cambiato; confrontato per intero</translation>
    </message>
    <message>
        <source> on {day:%d %b %Y}</source>
        <translation> il {day:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>the shared file is older than the one this laptop synced{when}; it may have been restored from a backup. Everything it lacks was sent again from this laptop</source>
        <translation>il file condiviso è più vecchio di quello che questo portatile ha sincronizzato{when}; forse è stato ripristinato da un backup. Tutto ciò che gli manca è stato inviato di nuovo da questo portatile</translation>
    </message>
    <message>
        <source>the shared file does not contain the version this laptop synced{when} (another laptop&apos;s copy replaced it, or it was restored from a backup); every record was compared and what it lacked was sent again</source>
        <translation>il file condiviso non contiene la versione che questo portatile ha sincronizzato{when} (la copia di un altro portatile l&apos;ha sostituita, o è stato ripristinato da un backup); ogni record è stato confrontato e ciò che mancava è stato inviato di nuovo</translation>
    </message>
    <message>
        <source>laptop {device} wrote changes dated {when:%Y-%m-%d %H:%M} UTC, {hours} hours ahead of this laptop&apos;s clock: check the date and time settings of both. This laptop&apos;s clock was moved at most {most} hours ahead; edits made here after those changes that still lose to them are listed as conflicts</source>
        <translation>il portatile {device} ha scritto modifiche datate {when:%d/%m/%Y %H:%M} UTC, {hours} ore avanti rispetto all&apos;orologio di questo portatile: controlla le impostazioni di data e ora di entrambi. L&apos;orologio di questo portatile è stato spostato avanti al massimo di {most} ore; le modifiche fatte qui dopo quelle che ancora perdono contro di esse sono elencate come conflitti</translation>
    </message>
    <message>
        <source>this laptop&apos;s clock seems to be {hours} hours ahead (laptop {by} received changes from here dated in its future on {day}); check the date, time and time zone settings</source>
        <translation>l&apos;orologio di questo portatile sembra avanti di {hours} ore (il portatile {by} ha ricevuto da qui modifiche datate nel suo futuro il {day}); controlla le impostazioni di data, ora e fuso orario</translation>
    </message>
    <message>
        <source>this sync&apos;s lock on the shared file was broken or taken over by another laptop while it worked; the file was checked before it was replaced, but sync again to be sure</source>
        <translation>il blocco di questa sincronizzazione sul file condiviso è stato rotto o preso da un altro portatile durante il lavoro; il file è stato controllato prima di essere sostituito, ma sincronizza di nuovo per sicurezza</translation>
    </message>
    <message>
        <source>the shared file changed during the sync; merged again</source>
        <translation>il file condiviso è cambiato durante la sincronizzazione; unito di nuovo</translation>
    </message>
    <message>
        <source>{name} was empty; it was written anew</source>
        <translation>{name} era vuoto; è stato scritto da capo</translation>
    </message>
    <message>
        <source>conflicted copy not merged: {reason}</source>
        <translation>copia in conflitto non unita: {reason}</translation>
    </message>
    <message>
        <source>this laptop and the shared file held different data although their change records matched; every record was compared and repaired</source>
        <translation>questo portatile e il file condiviso avevano dati diversi anche se i loro registri delle modifiche coincidevano; ogni record è stato confrontato e riparato</translation>
    </message>
    <message>
        <source>this laptop and the shared file still differ in: {tables}</source>
        <translation>questo portatile e il file condiviso differiscono ancora in: {tables}</translation>
    </message>
    <message>
        <source>this laptop was retired from the shared file on {when} (by laptop {by}); it rejoins now: every record was compared, and records the others deleted and purged meanwhile were removed here, not sent back</source>
        <translation>questo portatile è stato ritirato dal file condiviso il {when} (dal portatile {by}); ora rientra: ogni record è stato confrontato, e i record che gli altri hanno eliminato ed epurato nel frattempo sono stati rimossi qui, non rimandati</translation>
    </message>
    <message>
        <source>no system keyring is available on this computer: the passphrase will not be remembered and will be asked again next time</source>
        <translation>su questo computer non c&apos;è un portachiavi di sistema: la passphrase non verrà ricordata e sarà chiesta di nuovo la prossima volta</translation>
    </message>
    <message>
        <source>the keyring on this computer ({backend} of keyrings.alt) keeps passwords in a file, not in a system keyring: the passphrase was not saved and will be asked again next time</source>
        <translation>il portachiavi di questo computer ({backend} di keyrings.alt) tiene le password in un file, non in un portachiavi di sistema: la passphrase non è stata salvata e sarà chiesta di nuovo la prossima volta</translation>
    </message>
    <message>
        <source>the passphrase could not be saved in the keyring ({reason}); it will be asked again</source>
        <translation>non è stato possibile salvare la passphrase nel portachiavi ({reason}); sarà chiesta di nuovo</translation>
    </message>
    <message>
        <source>no system keyring is available on this computer: the database key is not remembered, and the recovery passphrase is asked at each start (or read from {variable} / --db-passphrase-file)</source>
        <translation>su questo computer non c&apos;è un portachiavi di sistema: la chiave del database non viene ricordata e la passphrase di recupero è chiesta a ogni avvio (o letta da {variable} / --db-passphrase-file)</translation>
    </message>
    <message>
        <source>{path} is encrypted: give --db-passphrase-file FILE, set {variable} to the recovery passphrase, or type it at a terminal</source>
        <translation>{path} è cifrato: usa --db-passphrase-file FILE, imposta {variable} con la passphrase di recupero, o digitala in un terminale</translation>
    </message>
    <message>
        <source>choose a recovery passphrase of at least {count} characters</source>
        <translation>scegli una passphrase di recupero di almeno {count} caratteri</translation>
    </message>
    <message>
        <source>{file} is not a CRM database key file</source>
        <translation>{file} non è un file di chiave di un database del CRM</translation>
    </message>
    <message>
        <source>{file} already exists</source>
        <translation>{file} esiste già</translation>
    </message>
    <message>
        <source>{file} is not a plain database</source>
        <translation>{file} non è un database in chiaro</translation>
    </message>
    <message>
        <source>cannot read the key file {file}: {reason}</source>
        <translation>impossibile leggere il file di chiave {file}: {reason}</translation>
    </message>
    <message>
        <source>the database key could not be saved in the keyring ({reason})</source>
        <translation>non è stato possibile salvare la chiave del database nel portachiavi ({reason})</translation>
    </message>
    <message>
        <source>cannot open {path}: the database passphrase is wrong, or the file is not an encrypted CRM database; nothing was changed</source>
        <translation>impossibile aprire {path}: la passphrase del database è errata, o il file non è un database cifrato del CRM; non è cambiato nulla</translation>
    </message>
    <message>
        <source>the database passphrase is empty</source>
        <translation>la passphrase del database è vuota</translation>
    </message>
    <message>
        <source>the database passphrase cannot contain a NUL character</source>
        <translation>la passphrase del database non può contenere un carattere NUL</translation>
    </message>
    <message>
        <source>the converted copy {path} failed its integrity check ({reason}); the original was not changed</source>
        <translation>la copia convertita {path} non ha superato il controllo di integrità ({reason}); l&apos;originale non è stato modificato</translation>
    </message>
    <message>
        <source>the converted copy {path} lost rows in {tables}; the original was not changed</source>
        <translation>la copia convertita {path} ha perso righe in {tables}; l&apos;originale non è stato modificato</translation>
    </message>
    <message>
        <source>the database is in use (close the app and any sync first); nothing was changed</source>
        <translation>il database è in uso (chiudi prima l&apos;app e ogni sincronizzazione); non è cambiato nulla</translation>
    </message>
    <message>
        <source>{path} is not a plain SQLite database</source>
        <translation>{path} non è un database SQLite in chiaro</translation>
    </message>
    <message>
        <source>{path} is already encrypted</source>
        <translation>{path} è già cifrato</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database</source>
        <translation>{path} non è un database SQLite</translation>
    </message>
    <message>
        <source>{path} has a journal beside it (is the app running?); nothing was changed</source>
        <translation>accanto a {path} c&apos;è un journal (l&apos;app è in esecuzione?); non è cambiato nulla</translation>
    </message>
    <message>
        <source>{path} is not an encrypted database</source>
        <translation>{path} non è un database cifrato</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file</source>
        <translation>{path} esiste già; scegli un nuovo file</translation>
    </message>
    <message>
        <source>folder {folder} does not exist</source>
        <translation>la cartella {folder} non esiste</translation>
    </message>
    <message>
        <source>the search index of {path} is damaged ({reason}); the original was not changed</source>
        <translation>l&apos;indice di ricerca di {path} è danneggiato ({reason}); l&apos;originale non è stato modificato</translation>
    </message>
    <message>
        <source>{file} is encrypted (or is not a CRM database): unlock it with the recovery passphrase (--db-passphrase-file FILE or CRM_DB_PASSPHRASE) or from the OS keyring</source>
        <translation>{file} è cifrato (o non è un database del CRM): sbloccalo con la passphrase di recupero (--db-passphrase-file FILE o CRM_DB_PASSPHRASE) o dal portachiavi del sistema</translation>
    </message>
    <message>
        <source>cannot tell the format of {name}; give --format ({formats})</source>
        <translation>impossibile riconoscere il formato di {name}; indica --format ({formats})</translation>
    </message>
    <message>
        <source>{name} is an LDIF address book, which this app does not read; export it as vCard (.vcf) or CSV and import that</source>
        <translation>{name} è una rubrica LDIF, che l&apos;applicazione non legge; esportala come vCard (.vcf) o CSV e importa quel file</translation>
    </message>
    <message>
        <source>unknown import format {value!r} (use {formats})</source>
        <translation>formato di importazione sconosciuto {value!r} (usa {formats})</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>file inesistente: {path}</translation>
    </message>
    <message>
        <source>{name} is larger than {count} MiB</source>
        <translation>{name} supera {count} MiB</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} è vuoto</translation>
    </message>
    <message>
        <source>a column mapping applies to CSV and .xlsx files, not to {format}</source>
        <translation>una corrispondenza delle colonne vale per i file CSV e .xlsx, non per {format}</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>niente da importare</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>nothing to import: every row is skipped or refused</source>
        <translation>niente da importare: ogni riga è saltata o rifiutata</translation>
    </message>
    <message>
        <source>{name} changed since its preview; preview it again (nothing was imported)</source>
        <translation>{name} è cambiato dopo l&apos;anteprima; ripeti l&apos;anteprima (non è stato importato nulla)</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data); nothing imported</source>
        <translation>questo non è un file di testo (contiene dati binari); non è stato importato nulla</translation>
    </message>
    <message>
        <source>the file is empty: no header row found</source>
        <translation>il file è vuoto: nessuna riga di intestazione trovata</translation>
    </message>
    <message>
        <source>line {line}: a quote (&quot;) opened here is never closed properly, so the rows after it would be read as one; fix the quote, nothing was imported</source>
        <translation>riga {line}: una virgoletta (&quot;) aperta qui non viene chiusa correttamente, quindi le righe successive verrebbero lette come una sola; correggi la virgoletta, non è stato importato nulla</translation>
    </message>
    <message>
        <source>{count} NUL byte(s) removed from the file</source>
        <translation>{count} byte NUL rimossi dal file</translation>
    </message>
    <message>
        <source>line {line}: not a readable CSV file ({reason})</source>
        <translation>riga {line}: non è un file CSV leggibile ({reason})</translation>
    </message>
    <message>
        <source>unknown encoding {value!r} (e.g. utf-8, windows-1252, shift_jis, gb18030)</source>
        <translation>codifica sconosciuta {value!r} (ad es. utf-8, windows-1252, shift_jis, gb18030)</translation>
    </message>
    <message>
        <source>the first row has no column names</source>
        <translation>la prima riga non ha nomi di colonna</translation>
    </message>
    <message>
        <source>the first row holds values such as {value!r}, not column names: the file has no header row; add one (e.g. First Name,Last Name,E-mail Address), nothing was imported</source>
        <translation>la prima riga contiene valori come {value!r}, non nomi di colonna: il file non ha una riga di intestazione; aggiungine una (ad es. First Name,Last Name,E-mail Address), non è stato importato nulla</translation>
    </message>
    <message>
        <source>--map names a column the file does not have: {value!r} (columns: {known})</source>
        <translation>--map indica una colonna che il file non ha: {value!r} (colonne: {known})</translation>
    </message>
    <message>
        <source>unknown target {value!r} (use one of: {known})</source>
        <translation>destinazione sconosciuta {value!r} (usa una tra: {known})</translation>
    </message>
    <message>
        <source>{name}: the first sheet is empty</source>
        <translation>{name}: il primo foglio è vuoto</translation>
    </message>
    <message>
        <source>no column is mapped to a contact field; choose a mapping</source>
        <translation>nessuna colonna corrisponde a un campo del contatto; scegli una corrispondenza</translation>
    </message>
    <message>
        <source>{name} is not a readable .xlsx workbook ({reason})</source>
        <translation>{name} non è una cartella di lavoro .xlsx leggibile ({reason})</translation>
    </message>
    <message>
        <source>no name: an organisation needs a name</source>
        <translation>nessun nome: un&apos;organizzazione richiede un nome</translation>
    </message>
    <message>
        <source>{reason}; left empty</source>
        <translation>{reason}; lasciato vuoto</translation>
    </message>
    <message>
        <source>no name: a contact needs a given or family name, or an email</source>
        <translation>nessun nome: un contatto richiede un nome o un cognome, o un&apos;email</translation>
    </message>
    <message>
        <source>phone {value!r} read as a number of {country}</source>
        <translation>telefono {value!r} letto come numero di {country}</translation>
    </message>
    <message>
        <source>{label} cut to {count} characters</source>
        <translation>{label} accorciato a {count} caratteri</translation>
    </message>
    <message>
        <source>country {value!r} not recognised; kept in the notes</source>
        <translation>paese {value!r} non riconosciuto; conservato nelle note</translation>
    </message>
    <message>
        <source>email {value!r} is not valid; kept in the notes for review</source>
        <translation>email {value!r} non valida; conservata nelle note da rivedere</translation>
    </message>
    <message>
        <source>email {value!r} is at a reserved domain (test or local network); kept as the contact&apos;s email</source>
        <translation>email {value!r} su un dominio riservato (di prova o di rete locale); conservata come email del contatto</translation>
    </message>
    <message>
        <source>phone {value!r} could not be checked; kept in the notes for review</source>
        <translation>impossibile verificare il telefono {value!r}; conservato nelle note da rivedere</translation>
    </message>
    <message>
        <source>phone {value!r} could not be checked (no country known); kept in the notes for review</source>
        <translation>impossibile verificare il telefono {value!r} (paese sconosciuto); conservato nelle note da rivedere</translation>
    </message>
    <message>
        <source>address not stored as parts ({reason}); kept in the notes</source>
        <translation>indirizzo non salvato per parti ({reason}); conservato nelle note</translation>
    </message>
    <message>
        <source>--on-duplicate must be one of {known}</source>
        <translation>--on-duplicate deve essere uno tra {known}</translation>
    </message>
    <message>
        <source>already in the database ({reason})</source>
        <translation>già nel database ({reason})</translation>
    </message>
    <message>
        <source>this card was last changed {rev} (REV), before the one imported earlier ({earlier}): only empty fields are filled</source>
        <translation>questa scheda è stata modificata l&apos;ultima volta il {rev} (REV), prima di quella importata in precedenza ({earlier}): sono compilati solo i campi vuoti</translation>
    </message>
    <message>
        <source>looks like {name} ({reason})</source>
        <translation>sembra {name} ({reason})</translation>
    </message>
    <message>
        <source>there is no import to undo</source>
        <translation>non c&apos;è nessuna importazione da annullare</translation>
    </message>
    <message>
        <source>{count} imported record(s) were changed after the import (e.g. {kind} {name}); undo refused, nothing changed</source>
        <translation>{count} record importati sono stati modificati dopo l&apos;importazione (ad es. {kind} {name}); annullamento rifiutato, non è cambiato nulla</translation>
    </message>
    <message>
        <source>unknown export format {value!r} (use {known})</source>
        <translation>formato di esportazione sconosciuto {value!r} (usa {known})</translation>
    </message>
    <message>
        <source>no tag named {value!r}</source>
        <translation>nessuna etichetta di nome {value!r}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossibile scrivere {path}: {reason}</translation>
    </message>
    <message>
        <source>the calendar holds no event (VEVENT)</source>
        <translation>il calendario non contiene eventi (VEVENT)</translation>
    </message>
    <message>
        <source>the event has {count} {name} lines; the first is used</source>
        <translation>l&apos;evento ha {count} righe {name}; si usa la prima</translation>
    </message>
    <message>
        <source>this event has no start (DTSTART)</source>
        <translation>questo evento non ha un inizio (DTSTART)</translation>
    </message>
    <message>
        <source>the start of this event (DTSTART) is not a date or time</source>
        <translation>l&apos;inizio di questo evento (DTSTART) non è una data o un&apos;ora</translation>
    </message>
    <message>
        <source>the event has {count} organisers; the first is used</source>
        <translation>l&apos;evento ha {count} organizzatori; si usa il primo</translation>
    </message>
    <message>
        <source>the file gives no time zone; the time is read in {zone} (this laptop&apos;s zone)</source>
        <translation>il file non indica il fuso orario; l&apos;ora è letta in {zone} (il fuso di questo portatile)</translation>
    </message>
    <message>
        <source>the event gives no time zone; the time is read in {zone}, the calendar&apos;s zone (X-WR-TIMEZONE)</source>
        <translation>l&apos;evento non indica un fuso orario; l&apos;ora è letta in {zone}, il fuso del calendario (X-WR-TIMEZONE)</translation>
    </message>
    <message>
        <source>repeating events: occurrences from {start} to {end} imported</source>
        <translation>eventi ripetuti: importate le occorrenze dal {start} al {end}</translation>
    </message>
    <message>
        <source>occurrence {number} of {count} of a repeating event ({start} to {end})</source>
        <translation>occorrenza {number} di {count} di un evento ripetuto (dal {start} al {end})</translation>
    </message>
    <message>
        <source>line {line}: a repeating event outside the import&apos;s range; its occurrences from {start} to {end} imported</source>
        <translation>riga {line}: un evento ripetuto fuori dall&apos;intervallo dell&apos;importazione; importate le sue occorrenze dal {start} al {end}</translation>
    </message>
    <message>
        <source>line {line}: only the first {count} occurrences imported</source>
        <translation>riga {line}: importate solo le prime {count} occorrenze</translation>
    </message>
    <message>
        <source>a repeating event with no occurrence from {start} to {end}; nothing imported for it</source>
        <translation>un evento ripetuto senza occorrenze dal {start} al {end}; non è stato importato nulla</translation>
    </message>
    <message>
        <source>the end of this event (DTEND) is not a date or time</source>
        <translation>la fine di questo evento (DTEND) non è una data o un&apos;ora</translation>
    </message>
    <message>
        <source>the repeat rule (RRULE) is not readable ({reason})</source>
        <translation>la regola di ripetizione (RRULE) non è leggibile ({reason})</translation>
    </message>
    <message>
        <source>{email} is a mailing list; not added as a contact</source>
        <translation>{email} è una lista di distribuzione; non aggiunta come contatto</translation>
    </message>
    <message>
        <source>the all-day event lasts {count} days; kept for {most}</source>
        <translation>l&apos;evento di giornata intera dura {count} giorni; mantenuto per {most}</translation>
    </message>
    <message>
        <source>the event lasts more than a day; the meeting keeps 24 hours and the end is in the agenda</source>
        <translation>l&apos;evento dura più di un giorno; l&apos;incontro tiene 24 ore e la fine è nell&apos;agenda</translation>
    </message>
    <message>
        <source>not a readable iCalendar file ({reason})</source>
        <translation>non è un file iCalendar leggibile ({reason})</translation>
    </message>
    <message>
        <source>time zone {value!r} has no known name; the time is right but shown in UTC</source>
        <translation>il fuso orario {value!r} non ha un nome noto; l&apos;ora è giusta ma mostrata in UTC</translation>
    </message>
    <message>
        <source>the duration is not a valid duration</source>
        <translation>la durata non è valida</translation>
    </message>
    <message>
        <source>the event gives no end or duration; 30 minutes assumed</source>
        <translation>l&apos;evento non indica fine né durata; si assumono 30 minuti</translation>
    </message>
    <message>
        <source>marked {value} in its calendar: not imported, as meetings are shared with the team at the next sync (to import it, remove the mark and export it again)</source>
        <translation>segnato come «{value}» nel suo calendario: non importato, perché gli incontri sono condivisi con il team alla prossima sincronizzazione (per importarlo, togli il segno ed esportalo di nuovo)</translation>
    </message>
    <message>
        <source>a to-do (VTODO) is not a meeting; not imported: {value!r}</source>
        <translation>un&apos;attività (VTODO) non è un incontro; non importata: {value!r}</translation>
    </message>
    <message>
        <source>a journal entry (VJOURNAL) is not a meeting; not imported: {value!r}</source>
        <translation>una voce di diario (VJOURNAL) non è un incontro; non importata: {value!r}</translation>
    </message>
    <message>
        <source>time zone {value!r} is read as {zone}, the zone name inside it</source>
        <translation>il fuso orario {value!r} è letto come {zone}, il nome di fuso che contiene</translation>
    </message>
    <message>
        <source>the calendar reader noted: {reason}</source>
        <translation>il lettore del calendario segnala: {reason}</translation>
    </message>
    <message>
        <source>{count} reminder(s) (VALARM) not imported: the app keeps no reminders</source>
        <translation>{count} promemoria (VALARM) non importati: l&apos;applicazione non tiene promemoria</translation>
    </message>
    <message>
        <source>attendee email {value!r} is not valid; kept in the agenda, not as a contact</source>
        <translation>email del partecipante {value!r} non valida; conservata nell&apos;agenda, non come contatto</translation>
    </message>
    <message>
        <source>time zone {value!r} is defined in the file with another offset than {zone}&apos;s; the time is right but shown in UTC</source>
        <translation>il fuso orario {value!r} è definito nel file con uno scarto diverso da quello di {zone}; l&apos;ora è giusta ma mostrata in UTC</translation>
    </message>
    <message>
        <source>this event could not be read ({reason})</source>
        <translation>questo evento non si può leggere ({reason})</translation>
    </message>
    <message>
        <source>the scanned text is not a contact (expected a vCard or MECARD code)</source>
        <translation>il testo scansionato non è un contatto (atteso un codice vCard o MECARD)</translation>
    </message>
    <message>
        <source>--renew needs a --reason (it is kept in the consent note)</source>
        <translation>--renew richiede un --reason (resta nella nota sul consenso)</translation>
    </message>
    <message>
        <source>--basis must be one of {known}</source>
        <translation>--basis deve essere uno tra {known}</translation>
    </message>
    <message>
        <source>the new expiry must be after today; nothing was changed</source>
        <translation>la nuova scadenza deve essere dopo oggi; non è cambiato nulla</translation>
    </message>
    <message>
        <source>{name}: give a length like 90d, 24m or 2y, not {value!r}</source>
        <translation>{name}: indica una durata come 90d, 24m o 2y, non {value!r}</translation>
    </message>
    <message>
        <source>{count} contact(s) have no lawful basis (first: {record_id}); give --basis; nothing was changed</source>
        <translation>{count} contatti senza base giuridica (il primo: {record_id}); indica --basis; non è cambiato nulla</translation>
    </message>
    <message>
        <source>a period of {period} reaches before the year 1</source>
        <translation>un periodo di {period} arriva prima dell&apos;anno 1</translation>
    </message>
    <message>
        <source>unknown consent field {value!r}</source>
        <translation>campo del consenso sconosciuto {value!r}</translation>
    </message>
    <message>
        <source>lawful basis must be one of {known}</source>
        <translation>la base giuridica deve essere una tra {known}</translation>
    </message>
    <message>
        <source>the consent expires before it was given; nothing was changed</source>
        <translation>il consenso scade prima di essere stato dato; non è cambiato nulla</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation>il file della passphrase {path} è vuoto</translation>
    </message>
    <message>
        <source>cannot read the passphrase file {path}: {reason}</source>
        <translation>impossibile leggere il file della passphrase {path}: {reason}</translation>
    </message>
    <message>
        <source>{count} cell(s) beyond the last column kept in the notes</source>
        <translation>{count} celle oltre l&apos;ultima colonna conservate nelle note</translation>
    </message>
    <message>
        <source>the card gives no name; its nickname {value!r} is used as the name</source>
        <translation>la scheda non dà un nome; si usa come nome il soprannome {value!r}</translation>
    </message>
    <message>
        <source>no vCard found (a vCard starts with BEGIN:VCARD)</source>
        <translation>nessuna vCard trovata (una vCard inizia con BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>the card has no END:VCARD line; read up to the next card</source>
        <translation>la scheda non ha la riga END:VCARD; letta fino alla scheda successiva</translation>
    </message>
    <message>
        <source>{count} line(s) that are no vCard property kept in the notes</source>
        <translation>{count} righe che non sono proprietà vCard conservate nelle note</translation>
    </message>
    <message>
        <source>a card inside another card (AGENT) is not imported; the outer card is</source>
        <translation>una scheda dentro un&apos;altra scheda (AGENT) non viene importata; quella esterna sì</translation>
    </message>
    <message>
        <source>a contact group (KIND:group) is not a contact; its members come from their own cards</source>
        <translation>un gruppo di contatti (KIND:group) non è un contatto; i suoi membri vengono dalle loro schede</translation>
    </message>
    <message>
        <source>card has no END:VCARD line</source>
        <translation>la scheda non ha la riga END:VCARD</translation>
    </message>
    <message>
        <source>unreadable card: {reason}</source>
        <translation>scheda illeggibile: {reason}</translation>
    </message>
    <message>
        <source>report cancelled</source>
        <translation>report annullato</translation>
    </message>
    <message>
        <source>unknown report {kind!r}</source>
        <translation>report sconosciuto {kind!r}</translation>
    </message>
    <message>
        <source>no meeting on that day or event</source>
        <translation>nessun incontro in quel giorno o evento</translation>
    </message>
    <message>
        <source>group by owner or organisation</source>
        <translation>raggruppa per responsabile o per organizzazione</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>il periodo finisce prima di iniziare</translation>
    </message>
    <message>
        <source>the badge could not be read: {reason}</source>
        <translation>impossibile leggere il badge: {reason}</translation>
    </message>
    <message>
        <source>the scanned text holds more than one contact: scan one badge</source>
        <translation>il testo scansionato contiene più di un contatto: scansiona un solo badge</translation>
    </message>
    <message>
        <source>the badge has no name</source>
        <translation>il badge non ha un nome</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contatto</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizzazione</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>incontro</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>attività</translation>
    </message>
    <message>
        <source>followup</source>
        <translation>attività</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etichetta</translation>
    </message>
    <message>
        <source>address</source>
        <translation>indirizzo</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>membro dello staff</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>follow_up</source>
        <translation>attività</translation>
    </message>
    <message>
        <source>staff_member</source>
        <translation>membro dello staff</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>spazio esaurito sul dispositivo</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>quota del disco superata</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>l&apos;unità è di sola lettura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>the file or folder may not be changed (read-only, immutable or in use by another program)</source>
        <translation>il file o la cartella non si possono modificare (sola lettura, immutabile o in uso da un altro programma)</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>spazio esaurito sul disco</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la cartella non esiste</translation>
    </message>
    <message>
        <source>the printer could not start a job</source>
        <translation>la stampante non ha potuto avviare la stampa</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>spostato nel Cestino</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>ripristinato</translation>
    </message>
    <message>
        <source>no contact found</source>
        <translation>nessun contatto trovato</translation>
    </message>
    <message>
        <source>An email address must have an @-sign.</source>
        <translation>Un indirizzo email deve contenere una @.</translation>
    </message>
    <message>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>Un indirizzo email non può avere un trattino subito dopo la @.</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>Manca la parte prima della @.</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>Manca la parte dopo la @.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>La parte dopo la @ non è valida: dovrebbe contenere un punto.</translation>
    </message>
    <message>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>Un indirizzo email non può avere un punto subito prima della @.</translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Un indirizzo email non può avere due punti di seguito.</translation>
    </message>
    <message>
        <source>An email address cannot end with a period.</source>
        <translation>Un indirizzo email non può finire con un punto.</translation>
    </message>
    <message>
        <source>An email address cannot start with a period.</source>
        <translation>Un indirizzo email non può iniziare con un punto.</translation>
    </message>
    <message>
        <source>The part after the @-sign contains invalid characters: </source>
        <translation>La parte dopo la @ contiene caratteri non validi: </translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign: </source>
        <translation>L&apos;indirizzo email contiene caratteri non validi prima della @: </translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Choose a date</source>
        <translation>Scegli una data</translation>
    </message>
</context>
<context>
    <name>DbCrypt</name>
    <message>
        <source>Database encrypted</source>
        <translation>Database cifrato</translation>
    </message>
    <message>
        <source>The passphrase in CRM_DB_PASSPHRASE is wrong.</source>
        <translation>La passphrase in CRM_DB_PASSPHRASE è errata.</translation>
    </message>
    <message>
        <source>The key kept in the keyring does not open this file.</source>
        <translation>La chiave conservata nel portachiavi non apre questo file.</translation>
    </message>
    <message>
        <source>That passphrase does not open this database; nothing was changed. Try again.</source>
        <translation>Questa passphrase non apre il database; non è stato modificato nulla. Riprova.</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>The file %1 cannot be opened as a CRM database (%2).</source>
        <translation>Il file %1 non può essere aperto come database CRM (%2).</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossibile aprire il database</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>Database cifrato</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <source>Retire a laptop</source>
        <translation>Ritira un portatile</translation>
    </message>
    <message>
        <source>Retire the laptop {laptop} from the shared file?</source>
        <translation>Ritirare il portatile {laptop} dal file condiviso?</translation>
    </message>
    <message>
        <source>Do this for a laptop that was lost, replaced or handed back. It no longer holds back the clean-up of the file: records deleted on every other laptop are purged from the shared file now. If {laptop} syncs again it is told, compares every record and rejoins; edits it never sent are kept, records the others deleted meanwhile are removed there.</source>
        <translation>Fallo per un portatile smarrito, sostituito o restituito. Non frenerà più la pulizia del file: i record eliminati su tutti gli altri portatili vengono tolti ora dal file condiviso. Se {laptop} si sincronizza di nuovo, viene avvisato, confronta ogni record e rientra; le modifiche che non aveva mai inviato restano, i record che gli altri hanno eliminato nel frattempo vengono tolti anche lì.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Portatile</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Orologio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Laptops in the shared file</source>
        <translation>Portatili nel file condiviso</translation>
    </message>
    <message>
        <source>Shared file: {path}</source>
        <translation>File condiviso: {path}</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Ritira…</translation>
    </message>
    <message>
        <source>Retire the selected laptop: for a laptop lost, replaced or no longer used</source>
        <translation>Ritira il portatile selezionato: per un portatile smarrito, sostituito o non più usato</translation>
    </message>
    <message>
        <source>Reading the shared file…</source>
        <translation>Lettura del file condiviso…</translation>
    </message>
    <message>
        <source>Reading the shared file</source>
        <translation>Lettura del file condiviso</translation>
    </message>
    <message>
        <source>{name} (this laptop)</source>
        <translation>{name} (questo portatile)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s); last sync in this computer&apos;s time.</source>
        <translation>
            <numerusform>%n portatile; ultima sincronizzazione nell&apos;ora di questo computer.</numerusform>
            <numerusform>%n portatili; ultima sincronizzazione nell&apos;ora di questo computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>{hours} h ahead (seen by {laptop})</source>
        <translation>avanti di {hours} h (rilevato da {laptop})</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>retired on {date}</source>
        <translation>ritirato il {date}</translation>
    </message>
    <message>
        <source>This laptop cannot retire itself: retire it from another laptop</source>
        <translation>Questo portatile non può ritirare se stesso: ritiralo da un altro portatile</translation>
    </message>
    <message>
        <source>This laptop is retired already</source>
        <translation>Questo portatile è già ritirato</translation>
    </message>
    <message>
        <source>Retiring {laptop}…</source>
        <translation>Ritiro di {laptop}…</translation>
    </message>
    <message>
        <source>Retiring a laptop</source>
        <translation>Ritiro di un portatile</translation>
    </message>
    <message numerus="yes">
        <source>{laptop} is retired; %n deleted record(s) purged from the shared file.</source>
        <translation>
            <numerusform>{laptop} è ritirato; %n record eliminato tolto dal file condiviso.</numerusform>
            <numerusform>{laptop} è ritirato; %n record eliminati tolti dal file condiviso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
</context>
<context>
    <name>DuplicateReviewDialog</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primo</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Secondo</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Mantieni entrambi</translation>
    </message>
    <message>
        <source>Update first</source>
        <translation>Aggiorna il primo</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidi dopo</translation>
    </message>
    <message>
        <source>Undo last merge</source>
        <translation>Annulla ultima unione</translation>
    </message>
    <message>
        <source>Review duplicates</source>
        <translation>Verifica duplicati</translation>
    </message>
    <message>
        <source>These were the {n} most likely pairs of {total}. Find duplicates again for the next ones (pairs kept apart or merged are not proposed again).</source>
        <translation>Queste erano le {n} coppie più probabili su {total}. Cerca di nuovo i duplicati per le successive (le coppie tenute separate o unite non vengono riproposte).</translation>
    </message>
    <message>
        <source>No more likely duplicates.</source>
        <translation>Non ci sono altri probabili duplicati.</translation>
    </message>
    <message>
        <source>{name} ({n} meetings, follow-ups and notes; tags: {tags})</source>
        <translation>{name} ({n} incontri, attività e note; etichette: {tags})</translation>
    </message>
    <message>
        <source>Pair {i} of the {n} most likely of {total} (score {score}): {why}</source>
        <translation>Coppia {i} delle {n} più probabili su {total} (punteggio {score}): {why}</translation>
    </message>
    <message>
        <source>Pair {i} of {n} (score {score}): {why}</source>
        <translation>Coppia {i} di {n} (punteggio {score}): {why}</translation>
    </message>
    <message>
        <source>{where}
First (older, kept on merge): {first}
Second: {second}</source>
        <translation>{where}
Primo (più vecchio, mantenuto nell&apos;unione): {first}
Secondo: {second}</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primo</translation>
    </message>
    <message>
        <source>second</source>
        <translation>secondo</translation>
    </message>
    <message>
        <source>both</source>
        <translation>entrambi</translation>
    </message>
    <message>
        <source>Kept both; this pair will not be proposed again.</source>
        <translation>Mantenuti entrambi; questa coppia non verrà più proposta.</translation>
    </message>
    <message>
        <source>First contact updated; both kept.</source>
        <translation>Primo contatto aggiornato; mantenuti entrambi.</translation>
    </message>
    <message>
        <source>Merged; meetings, follow-ups, notes and tags of both are kept.</source>
        <translation>Uniti; incontri, attività, note ed etichette di entrambi sono stati mantenuti.</translation>
    </message>
    <message>
        <source>Merge undone.</source>
        <translation>Unione annullata.</translation>
    </message>
</context>
<context>
    <name>EncryptBanner</name>
    <message>
        <source>This database is not encrypted: anyone who finds this laptop can read it. Encrypt it now.</source>
        <translation>Questo database non è cifrato: chiunque trovi questo portatile può leggerlo. Cifralo ora.</translation>
    </message>
    <message>
        <source>Encrypt the database…</source>
        <translation>Cifra il database…</translation>
    </message>
    <message>
        <source>Encrypting: a verified encrypted copy replaces the plain file, which is then overwritten and removed…</source>
        <translation>Cifratura in corso: una copia cifrata e verificata sostituisce il file in chiaro, che viene poi sovrascritto e rimosso…</translation>
    </message>
    <message>
        <source>Not encrypted: %1. The database was not changed.</source>
        <translation>Non cifrato: %1. Il database non è stato modificato.</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your saved data is safe. Details were written to %2.</source>
        <translation>Si è verificato un errore: %1

I dati salvati sono al sicuro. I dettagli sono stati scritti in %2.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV (Excel)</source>
        <translation>CSV (Excel)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Cartella di lavoro Excel</translation>
    </message>
    <message>
        <source>Calendar (.ics) of meetings</source>
        <translation>Calendario (.ics) degli incontri</translation>
    </message>
    <message>
        <source>The {n} selected {entity} record(s)</source>
        <translation>Le {n} schede selezionate ({entity})</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtrati</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>ISO code, e.g. JP</source>
        <translation>Codice ISO, ad es. JP</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
</context>
<context>
    <name>Extensions</name>
    <message>
        <source>{name} could not be loaded; see the log for details.</source>
        <translation>Impossibile caricare {name}; vedere il registro per i dettagli.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>Nome (latino)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>Cognome (latino)</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Lingua preferita</translation>
    </message>
    <message>
        <source>First met at</source>
        <translation>Conosciuto a</translation>
    </message>
    <message>
        <source>First met on</source>
        <translation>Conosciuto il</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data del consenso</translation>
    </message>
    <message>
        <source>Consent source</source>
        <translation>Fonte del consenso</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>Nome latino</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizzatore</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durata (minuti)</translation>
    </message>
    <message>
        <source>Place / table</source>
        <translation>Luogo / tavolo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordine del giorno</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verbale</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Indirizzi</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>The shared file</source>
        <translation>Il file condiviso</translation>
    </message>
    <message>
        <source>Where the laptops of the team meet to sync.</source>
        <translation>Il punto d&apos;incontro dei portatili del team per la sincronizzazione.</translation>
    </message>
    <message>
        <source>Every laptop of the team syncs through one encrypted file. Put it where all of you reach it: a folder on the office&apos;s network share, a USB stick passed around, or a cloud folder (OneDrive, Dropbox, Nextcloud…) synchronised on each laptop. Not on this laptop&apos;s own disk only: the others would never see it. Choose the team&apos;s existing file to join it, or a new name to start one.</source>
        <translation>Ogni portatile del team si sincronizza attraverso un unico file cifrato. Mettilo dove tutti possono raggiungerlo: una cartella sulla condivisione di rete dell&apos;ufficio, una chiavetta USB che passa di mano in mano, o una cartella cloud (OneDrive, Dropbox, Nextcloud…) sincronizzata su ogni portatile. Non solo sul disco di questo portatile: gli altri non lo vedrebbero mai. Scegli il file già esistente del team per unirti, oppure un nome nuovo per crearne uno.</translation>
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
        <source>This is a folder: give the name of the file in it.</source>
        <translation>Questa è una cartella: indica il nome del file al suo interno.</translation>
    </message>
    <message>
        <source>This file exists: this laptop joins the team that syncs through it.</source>
        <translation>Questo file esiste: questo portatile si unisce al team che si sincronizza attraverso di esso.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be reached: is the drive or share connected?</source>
        <translation>La cartella {folder} non è raggiungibile: l&apos;unità o la condivisione è collegata?</translation>
    </message>
    <message>
        <source>A new shared file will be created there at the first sync.</source>
        <translation>Alla prima sincronizzazione verrà creato lì un nuovo file condiviso.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by name…</source>
        <translation>Filtra per nome…</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Solo aperte</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tutti i settori</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tutte le etichette</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tutti i responsabili</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <source>Tell us who uses this laptop. You can change it later in Settings.</source>
        <translation>Chi usa questo portatile? Si può cambiare più tardi nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Fill the database with demo data</source>
        <translation>Riempi il database con dati dimostrativi</translation>
    </message>
    <message>
        <source> contacts</source>
        <translation> contatti</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Inserisci il tuo nome.</translation>
    </message>
</context>
<context>
    <name>FollowUpFilters</name>
    <message>
        <source>All owners</source>
        <translation>Tutti i responsabili</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Per responsabile</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Per organizzazione</translation>
    </message>
    <message>
        <source>Due between</source>
        <translation>Scadenza tra</translation>
    </message>
</context>
<context>
    <name>FollowUpLabels</name>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullata</translation>
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
        <source>Follow-ups</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Mark %1 done</source>
        <translation>Segna %1 come completato</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Riapri %1</translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation>Riassegna %1</translation>
    </message>
    <message>
        <source>Change the due date of %1</source>
        <translation>Cambia la scadenza di %1</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1 attività</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 attività</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Segna come fatta</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Scade domani</translation>
    </message>
    <message>
        <source>Due next week</source>
        <translation>Scade la prossima settimana</translation>
    </message>
    <message>
        <source>Due in a month</source>
        <translation>Scade tra un mese</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Riassegna</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guida per l&apos;utente</translation>
    </message>
</context>
<context>
    <name>HelpUi</name>
    <message>
        <source>User guide</source>
        <translation>Guida per l&apos;utente</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>About Trade Mission CRM</source>
        <translation>Informazioni su Trade Mission CRM</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>create</source>
        <translation>crea</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aggiorna</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>unisci</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>salta</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>rifiuta</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Riconosci automaticamente</translation>
    </message>
    <message>
        <source>skip it</source>
        <translation>saltala</translation>
    </message>
    <message>
        <source>fill in and merge</source>
        <translation>completa e unisci</translation>
    </message>
    <message>
        <source>update with the file&apos;s values</source>
        <translation>aggiorna con i valori del file</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Rileva</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primo valore</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <source>A record already in the database</source>
        <translation>Una scheda già presente nel database</translation>
    </message>
    <message>
        <source>Import contacts or meetings</source>
        <translation>Importa contatti o incontri</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lettura del file</translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>letto come {encoding}</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>Controllo delle righe</translation>
    </message>
    <message>
        <source>Checking for duplicates</source>
        <translation>Ricerca di duplicati</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importazione in corso</translation>
    </message>
    <message>
        <source>changes: </source>
        <translation>modifiche: </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>{create} to create, {update} to update, {merge} to merge, {skip} skipped, {refuse} refused, {warnings} with warnings</source>
        <translation>{create} da creare, {update} da aggiornare, {merge} da unire, {skip} saltati, {refuse} rifiutati, {warnings} con avvisi</translation>
    </message>
    <message>
        <source>; {n} attendees become new contacts</source>
        <translation>; {n} partecipanti diventano nuovi contatti</translation>
    </message>
    <message>
        <source>The list shows {shown} of the file&apos;s {total} rows (the first ones, then those refused, skipped or with warnings); the counts above are of every row.</source>
        <translation>L&apos;elenco mostra {shown} delle {total} righe del file (le prime, poi quelle rifiutate, saltate o con avvisi); i conteggi sopra riguardano tutte le righe.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Elaborazione…</translation>
    </message>
</context>
<context>
    <name>ImportTargets</name>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Secondo nome</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Given name (Latin)</source>
        <translation>Nome (latino)</translation>
    </message>
    <message>
        <source>Family name (Latin)</source>
        <translation>Cognome (latino)</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Suffisso del nome</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Soprannome</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Type of the emails (work, home, …)</source>
        <translation>Tipo delle email (lavoro, casa, …)</translation>
    </message>
    <message>
        <source>Type of the phones (work, mobile, fax, …)</source>
        <translation>Tipo dei telefoni (lavoro, cellulare, fax, …)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Home street</source>
        <translation>Indirizzo (casa)</translation>
    </message>
    <message>
        <source>Home city</source>
        <translation>Città (casa)</translation>
    </message>
    <message>
        <source>Home region</source>
        <translation>Regione (casa)</translation>
    </message>
    <message>
        <source>Home postcode</source>
        <translation>CAP (casa)</translation>
    </message>
    <message>
        <source>Home country</source>
        <translation>Paese (casa)</translation>
    </message>
    <message>
        <source>Other street</source>
        <translation>Indirizzo (altro)</translation>
    </message>
    <message>
        <source>Other city</source>
        <translation>Città (altro)</translation>
    </message>
    <message>
        <source>Other region</source>
        <translation>Regione (altro)</translation>
    </message>
    <message>
        <source>Other postcode</source>
        <translation>CAP (altro)</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>Paese (altro)</translation>
    </message>
    <message>
        <source>Address type (work, home, other)</source>
        <translation>Tipo di indirizzo (lavoro, casa, altro)</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Anno di nascita</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>Mese di nascita</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation>Giorno di nascita</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Notes, labelled with the column name</source>
        <translation>Note, con il nome della colonna</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignora)</translation>
    </message>
</context>
<context>
    <name>IoUi</name>
    <message>
        <source>Contacts and calendars (*.vcf *.vcard *.bab *.csv *.txt *.tsv *.xlsx *.ics);;All files (*)</source>
        <translation>Contatti e calendari (*.vcf *.vcard *.bab *.csv *.txt *.tsv *.xlsx *.ics);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possibile duplicato</translation>
    </message>
    <message>
        <source>This contact looks like:
{people}

Save it anyway?</source>
        <translation>Questo contatto somiglia a:
{people}

Salvarlo comunque?</translation>
    </message>
    <message>
        <source>Imported: {n} record(s) written.</source>
        <translation>Importazione completata: {n} schede scritte.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Non c&apos;è nessuna importazione da annullare.</translation>
    </message>
    <message>
        <source>Undo the import of {source} made at {when}?</source>
        <translation>Annullare l&apos;importazione di {source} eseguita il {when}?</translation>
    </message>
    <message>
        <source>{n} record(s) written to {file}</source>
        <translation>{n} schede scritte in {file}</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Ricerca di duplicati</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>Annulla ultima importazione</translation>
    </message>
    <message>
        <source>Scan a badge (QR)…</source>
        <translation>Scansiona un badge (QR)…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Trova duplicati…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investitore</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributore</translation>
    </message>
    <message>
        <source>Public agency</source>
        <translation>Ente pubblico</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Università</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Ospedale</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Associazione</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Foreign</source>
        <translation>Estero</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Pharma</source>
        <translation>Farmaceutico</translation>
    </message>
    <message>
        <source>Biotech</source>
        <translation>Biotecnologie</translation>
    </message>
    <message>
        <source>Medtech</source>
        <translation>Dispositivi medici</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostica</translation>
    </message>
    <message>
        <source>Digital health</source>
        <translation>Sanità digitale</translation>
    </message>
    <message>
        <source>CRO/CDMO</source>
        <translation>CRO/CDMO</translation>
    </message>
    <message>
        <source>Nutraceuticals</source>
        <translation>Nutraceutica</translation>
    </message>
    <message>
        <source>Cosmetics</source>
        <translation>Cosmetica</translation>
    </message>
    <message>
        <source>Healthcare services</source>
        <translation>Servizi sanitari</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investimenti</translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation>Fiera</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Missione</translation>
    </message>
    <message>
        <source>Road show</source>
        <translation>Road show</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Richiesto</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confermato</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Svolto</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>Assente</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Freddo</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Tiepido</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Caldo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legittimo interesse</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obbligo legale</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Compito pubblico</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etichetta</translation>
    </message>
</context>
<context>
    <name>LinkedLineEditor</name>
    <message>
        <source>Write an email</source>
        <translation>Scrivi un&apos;email</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiama</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>Apri il sito web</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>Trade Mission CRM is locked</source>
        <translation>Trade Mission CRM è bloccato</translation>
    </message>
    <message>
        <source>Nobody used the app for a while, or the laptop slept. Type the database&apos;s recovery passphrase to continue.</source>
        <translation>L&apos;app non è stata usata per un po&apos;, oppure il portatile è andato in sospensione. Digita la passphrase di recupero del database per continuare.</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Passphrase di recupero</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>Unlock with system account</source>
        <translation>Sblocca con l&apos;account di sistema</translation>
    </message>
    <message>
        <source>The window was locked with Lock now. Type the database&apos;s recovery passphrase to continue.</source>
        <translation>La finestra è stata bloccata con Blocca ora. Digita la passphrase di recupero del database per continuare.</translation>
    </message>
    <message>
        <source>Please type the recovery passphrase.</source>
        <translation>Digita la passphrase di recupero.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>1 follow-up due today or overdue</source>
        <translation>1 attività in scadenza oggi o scaduta</translation>
    </message>
    <message>
        <source>%1 follow-ups due today or overdue</source>
        <translation>%1 attività in scadenza oggi o scadute</translation>
    </message>
    <message>
        <source>An unsaved edit in %1 was found from last time. Restore it?</source>
        <translation>È stata trovata una modifica non salvata in %1 dalla volta scorsa. Ripristinarla?</translation>
    </message>
    <message>
        <source>Unsaved edit</source>
        <translation>Modifica non salvata</translation>
    </message>
    <message>
        <source>Trade Mission CRM</source>
        <translation>CRM Missioni Commerciali</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Sposta nel &amp;cestino</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Cerca…</translation>
    </message>
    <message>
        <source>&amp;Quick capture…</source>
        <translation>&amp;Inserimento rapido…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Add &amp;demo data…</source>
        <translation>Aggiungi &amp;dati dimostrativi…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Lavoro in corso</translation>
    </message>
    <message>
        <source>A background task is still running. Stop it and quit?</source>
        <translation>Un&apos;operazione è ancora in corso. Interromperla e uscire?</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Start (event time) *</source>
        <translation>Inizio (ora dell&apos;evento) *</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <source>A date-only meeting (a fair day, a visit over several days): the first and last day, no time</source>
        <translation>Un incontro senza orario (un giorno di fiera, una visita di più giorni): il primo e l&apos;ultimo giorno, nessuna ora</translation>
    </message>
    <message>
        <source>Add a follow-up</source>
        <translation>Aggiungi un&apos;attività</translation>
    </message>
    <message>
        <source>What needs doing next…</source>
        <translation>Cosa va fatto dopo…</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Aggiungi attività</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Prossima settimana</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>Tra un mese</translation>
    </message>
    <message>
        <source>Days *</source>
        <translation>Giorni *</translation>
    </message>
    <message>
        <source>unknown time zone</source>
        <translation>fuso orario sconosciuto</translation>
    </message>
    <message>
        <source>%1 — your time: %2 %3</source>
        <translation>%1 — ora locale: %2 %3</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>List</source>
        <translation>Elenco</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>The meetings as a list, with the editor beside it</source>
        <translation>Gli incontri come elenco, con l&apos;editor accanto</translation>
    </message>
    <message>
        <source>One day of the event as a calendar</source>
        <translation>Un giorno dell&apos;evento come calendario</translation>
    </message>
    <message>
        <source>The days of the event (or a week) as a calendar</source>
        <translation>I giorni dell&apos;evento (o una settimana) come calendario</translation>
    </message>
    <message>
        <source>Follow-up added</source>
        <translation>Attività aggiunta</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Persone (%1)</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Incontri (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
</context>
<context>
    <name>OsErrors</name>
    <message>
        <source>You do not have permission to use {path}.</source>
        <translation>Non hai il permesso di usare {path}.</translation>
    </message>
    <message>
        <source>The system refused access (permission denied).</source>
        <translation>Il sistema ha negato l&apos;accesso (permesso negato).</translation>
    </message>
    <message>
        <source>{path} is on a read-only drive.</source>
        <translation>{path} si trova su un&apos;unità di sola lettura.</translation>
    </message>
    <message>
        <source>The drive is read-only.</source>
        <translation>L&apos;unità è di sola lettura.</translation>
    </message>
    <message>
        <source>There is no space left on the drive for {path}.</source>
        <translation>Non c&apos;è più spazio sull&apos;unità per {path}.</translation>
    </message>
    <message>
        <source>There is no space left on the drive.</source>
        <translation>Non c&apos;è più spazio sull&apos;unità.</translation>
    </message>
    <message>
        <source>{path} does not exist (or its folder was moved or removed).</source>
        <translation>{path} non esiste (o la sua cartella è stata spostata o eliminata).</translation>
    </message>
    <message>
        <source>A file or folder does not exist.</source>
        <translation>Un file o una cartella non esiste.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} è una cartella, non un file.</translation>
    </message>
    <message>
        <source>A folder was given where a file was expected.</source>
        <translation>È stata indicata una cartella dove serviva un file.</translation>
    </message>
    <message>
        <source>Part of {path} is a file, not a folder.</source>
        <translation>Una parte di {path} è un file, non una cartella.</translation>
    </message>
    <message>
        <source>A file was given where a folder was expected.</source>
        <translation>È stato indicato un file dove serviva una cartella.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} esiste già.</translation>
    </message>
    <message>
        <source>The file already exists.</source>
        <translation>Il file esiste già.</translation>
    </message>
    <message>
        <source>{path} is in use by another program.</source>
        <translation>{path} è in uso da un altro programma.</translation>
    </message>
    <message>
        <source>The file is in use by another program.</source>
        <translation>Il file è in uso da un altro programma.</translation>
    </message>
    <message>
        <source>The name {path} is too long for this drive.</source>
        <translation>Il nome {path} è troppo lungo per questa unità.</translation>
    </message>
    <message>
        <source>A file name is too long for this drive.</source>
        <translation>Un nome di file è troppo lungo per questa unità.</translation>
    </message>
    <message>
        <source>The drive holding {path} could not be read or written; it may have been unplugged.</source>
        <translation>Non è stato possibile leggere o scrivere l&apos;unità che contiene {path}; forse è stata scollegata.</translation>
    </message>
    <message>
        <source>The drive could not be read or written; it may have been unplugged.</source>
        <translation>Non è stato possibile leggere o scrivere l&apos;unità; forse è stata scollegata.</translation>
    </message>
    <message>
        <source>{path} could not be used (system error {code}).</source>
        <translation>Non è stato possibile usare {path} (errore di sistema {code}).</translation>
    </message>
    <message>
        <source>The system refused the operation (error {code}).</source>
        <translation>Il sistema ha rifiutato l&apos;operazione (errore {code}).</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Add participant: type a name…</source>
        <translation>Aggiungi partecipante: scrivi un nome…</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Rimuovi il partecipante selezionato</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>The team passphrase</source>
        <translation>La frase segreta del team</translation>
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
        <source>Choose the passphrase that encrypts the new shared file; give it to the colleagues who sync with you. A few unrelated words, at least {n} characters.</source>
        <translation>Scegli la frase segreta che cifra il nuovo file condiviso e comunicala ai colleghi che si sincronizzano con te. Alcune parole scollegate tra loro, almeno {n} caratteri.</translation>
    </message>
    <message>
        <source>Type the team&apos;s passphrase, the one chosen by the colleague who created the file. The sync that follows checks it.</source>
        <translation>Digita la frase segreta del team, quella scelta dal collega che ha creato il file. La sincronizzazione che segue la verifica.</translation>
    </message>
    <message>
        <source>After the first sync that works, the passphrase is remembered in the system keyring of this computer: later syncs do not ask for it.</source>
        <translation>Dopo la prima sincronizzazione riuscita, la frase segreta viene conservata nel portachiavi di sistema di questo computer: le sincronizzazioni successive non la chiedono.</translation>
    </message>
    <message>
        <source>Warning: this computer has no system keyring, so the passphrase will not be remembered: you will be asked for it at each sync, and the app cannot sync by itself when it starts or closes. It is never written to a file.</source>
        <translation>Attenzione: questo computer non ha un portachiavi di sistema, quindi la frase segreta non verrà ricordata: ti sarà chiesta a ogni sincronizzazione e l&apos;app non può sincronizzarsi da sola all&apos;avvio o alla chiusura. Non viene mai scritta in un file.</translation>
    </message>
    <message>
        <source>At least {n} characters; a few unrelated words are best.</source>
        <translation>Almeno {n} caratteri; l&apos;ideale sono alcune parole scollegate tra loro.</translation>
    </message>
    <message>
        <source>Too short: at least {n} characters.</source>
        <translation>Troppo corta: almeno {n} caratteri.</translation>
    </message>
    <message>
        <source>Strength: weak (use four words or more, or 20 characters)</source>
        <translation>Robustezza: debole (usa quattro parole o più, oppure 20 caratteri)</translation>
    </message>
    <message>
        <source>Strength: fair (longer is stronger)</source>
        <translation>Robustezza: discreta (più è lunga, più è robusta)</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Robustezza: forte</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>le due frasi segrete sono diverse</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>people: {n}</source>
        <translation>persone: {n}</translation>
    </message>
</context>
<context>
    <name>PrivacyUi</name>
    <message>
        <source>Export everything held about this person…</source>
        <translation>Esporta tutti i dati conservati su questa persona…</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Retention review…</source>
        <translation>Revisione della conservazione…</translation>
    </message>
    <message>
        <source>Export audit log…</source>
        <translation>Esporta il registro delle attività…</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>Your name *</source>
        <translation>Il tuo nome *</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Paese predefinito</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
</context>
<context>
    <name>QrCaptureDialog</name>
    <message>
        <source>Scan the badge or paste the QR text (vCard or MECARD)</source>
        <translation>Scansiona il badge o incolla il testo del QR (vCard o MECARD)</translation>
    </message>
    <message>
        <source>Scan a badge</source>
        <translation>Scansiona un badge</translation>
    </message>
    <message>
        <source>No contact in this code.</source>
        <translation>Nessun contatto in questo codice.</translation>
    </message>
    <message>
        <source>Already known ({why}); saving adds what is new.</source>
        <translation>Già presente ({why}); salvando si aggiungono solo i dati nuovi.</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>Quick capture</source>
        <translation>Inserimento rapido</translation>
    </message>
    <message>
        <source>Scan badge…</source>
        <translation>Scansiona badge…</translation>
    </message>
    <message>
        <source>Fill from badge</source>
        <translation>Compila dal badge</translation>
    </message>
    <message>
        <source>Scan the badge now, or paste its QR text (vCard or MECARD)</source>
        <translation>Scansiona ora il badge o incolla il testo del QR (vCard o MECARD)</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>e.g. Yuki Tanaka</source>
        <translation>es. Yuki Tanaka</translation>
    </message>
    <message>
        <source>Badge not read: %1</source>
        <translation>Badge non letto: %1</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Serve un nome.</translation>
    </message>
    <message>
        <source>Throw away what you typed?</source>
        <translation>Eliminare quanto scritto?</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nuova organizzazione</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nuovo incontro</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Nuova attività</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nuova nota</translation>
    </message>
    <message>
        <source>Create %1</source>
        <translation>Crea %1</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Salva %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Sposta nel cestino</translation>
    </message>
    <message>
        <source>Move “%1” to the Trash? You can restore it from the Trash view.</source>
        <translation>Spostare “%1” nel cestino? Si può ripristinare dalla vista Cestino.</translation>
    </message>
    <message>
        <source>Move %1 to the Trash</source>
        <translation>Sposta %1 nel Cestino</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>“%1” ha modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annulla modifiche</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nuovo record</translation>
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
        <source>%1 records</source>
        <translation>%1 record</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Protect the database</source>
        <translation>Proteggi il database</translation>
    </message>
    <message>
        <source>The database on this laptop is encrypted, so that a lost laptop leaks nothing. Its key is kept in this computer&apos;s keyring. Choose a recovery passphrase: it opens the database on another computer or if the keyring is lost. Write it down and keep it apart from the laptop; without it nobody can recover the data.</source>
        <translation>Il database di questo portatile è cifrato, così un portatile smarrito non rivela nulla. La sua chiave è conservata nel portachiavi di questo computer. Scegli una passphrase di recupero: apre il database su un altro computer o se il portachiavi va perso. Scrivila e conservala lontano dal portatile; senza di essa nessuno può recuperare i dati.</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Passphrase di recupero</translation>
    </message>
    <message>
        <source>Again, to be sure</source>
        <translation>Ripetila, per sicurezza</translation>
    </message>
    <message>
        <source>Keep it unencrypted</source>
        <translation>Lascialo non cifrato</translation>
    </message>
    <message>
        <source>Strength: weak (use four words or more, or 20 characters)</source>
        <translation>Robustezza: debole (usa quattro parole o più, oppure 20 caratteri)</translation>
    </message>
    <message>
        <source>Strength: fair (longer is stronger)</source>
        <translation>Robustezza: discreta (più è lunga, più è robusta)</translation>
    </message>
    <message>
        <source>Strength: strong</source>
        <translation>Robustezza: forte</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are best.</source>
        <translation>Almeno %1 caratteri; l&apos;ideale sono alcune parole senza legame tra loro.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>Scegli una passphrase di almeno %1 caratteri.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Le due passphrase sono diverse.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>1 follow-up due</source>
        <translation>1 attività in scadenza</translation>
    </message>
    <message>
        <source>%1 follow-ups due</source>
        <translation>%1 attività in scadenza</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Select a meeting, several meetings or one event to print, or open the follow-ups.</source>
        <translation>Seleziona un incontro, più incontri o un evento da stampare, oppure apri le attività.</translation>
    </message>
    <message>
        <source>Select one or more meetings first.</source>
        <translation>Seleziona prima uno o più incontri.</translation>
    </message>
    <message>
        <source>Select one event first.</source>
        <translation>Seleziona prima un evento.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Some characters have no font and print as �:</source>
        <translation>Alcuni caratteri non hanno un font e vengono stampati come �:</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (USA)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Building report</source>
        <translation>Creazione del report</translation>
    </message>
    <message>
        <source>Building… {0}%</source>
        <translation>Creazione… {0}%</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
    <message>
        <source>Build cancelled</source>
        <translation>Creazione annullata</translation>
    </message>
    <message>
        <source>Could not build the report</source>
        <translation>Impossibile creare il report</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Creazione in corso…</translation>
    </message>
    <message>
        <source>Could not save {0}: {1}</source>
        <translation>Impossibile salvare {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ReportUi</name>
    <message>
        <source>Save report as PDF</source>
        <translation>Salva il report come PDF</translation>
    </message>
    <message>
        <source>Meeting reports of a day</source>
        <translation>Report degli incontri di un giorno</translation>
    </message>
    <message>
        <source>Meeting report…</source>
        <translation>Report dell&apos;incontro…</translation>
    </message>
    <message>
        <source>Meeting reports of the selected event…</source>
        <translation>Report degli incontri dell&apos;evento selezionato…</translation>
    </message>
    <message>
        <source>Meeting reports of a day…</source>
        <translation>Report degli incontri di un giorno…</translation>
    </message>
    <message>
        <source>Follow-up list…</source>
        <translation>Elenco delle attività…</translation>
    </message>
    <message>
        <source>Event report for headquarters…</source>
        <translation>Report dell&apos;evento per la sede centrale…</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer letters or another spelling.</source>
        <translation>Nessun risultato per “%1”. Prova con meno lettere o un&apos;altra grafia.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search contacts, organisations, events, meetings…</source>
        <translation>Cerca contatti, organizzazioni, eventi, incontri…</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ per scegliere, Invio per aprire, Esc per chiudere</translation>
    </message>
</context>
<context>
    <name>SelectionActions</name>
    <message>
        <source>Add tag…</source>
        <translation>Aggiungi etichetta…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Riassegna…</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Stampa rapporto</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Esporta la selezione…</translation>
    </message>
    <message>
        <source>Exported %1 records</source>
        <translation>Esportati %1 record</translation>
    </message>
    <message>
        <source>Move %1 records to the Trash? You can restore them from the Trash view.</source>
        <translation>Spostare %1 record nel cestino? Puoi ripristinarli dalla vista Cestino.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Sposta nel cestino</translation>
    </message>
    <message>
        <source>Moved %1 records to the Trash</source>
        <translation>%1 record spostati nel cestino</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Aggiungi etichetta</translation>
    </message>
    <message>
        <source>Tag to add to %1 records:</source>
        <translation>Etichetta da aggiungere a %1 record:</translation>
    </message>
    <message>
        <source>Tagged %1 records</source>
        <translation>Etichetta aggiunta a %1 record</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Riassegna</translation>
    </message>
    <message>
        <source>New owner of %1 records:</source>
        <translation>Nuovo responsabile di %1 record:</translation>
    </message>
    <message>
        <source>Reassigned %1 records</source>
        <translation>%1 record riassegnati</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non eseguito</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>File del database</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Apri un altro database</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Also when the laptop sleeps. Unlocking needs the recovery passphrase.</source>
        <translation>Anche quando il portatile va in sospensione. Per sbloccare serve la passphrase di recupero.</translation>
    </message>
    <message>
        <source>The app lock needs an encrypted database: this one is plain, so there is no passphrase to unlock with, and the file itself can be read. Encrypt it first.</source>
        <translation>Il blocco dell&apos;app richiede un database cifrato: questo è in chiaro, quindi non c&apos;è una passphrase con cui sbloccare e il file stesso è leggibile. Cifralo prima.</translation>
    </message>
    <message>
        <source>Lock after … minutes idle</source>
        <translation>Blocca dopo … minuti di inattività</translation>
    </message>
    <message>
        <source>Shared sync file (set up by Sync)</source>
        <translation>File di sincronizzazione condiviso (impostato da Sincronizza)</translation>
    </message>
    <message>
        <source>Sync file</source>
        <translation>File di sincronizzazione</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (USA)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Lingua dei report</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Apri o crea un database</translation>
    </message>
    <message>
        <source>CRM database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Database CRM (*.sqlite3 *.db);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Shared sync file not found</source>
        <translation>File di sincronizzazione condiviso non trovato</translation>
    </message>
    <message>
        <source>Last sync: {when}, {what}</source>
        <translation>Ultima sincronizzazione: {when}, {what}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Non ancora sincronizzato</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione in corso…</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Ultima sincronizzazione non riuscita</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
</context>
<context>
    <name>SyncSetupWizard</name>
    <message>
        <source>Set up sync</source>
        <translation>Configura la sincronizzazione</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
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
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Other records</source>
        <translation>Altri record</translation>
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
        <source>Sync finished on {time}.</source>
        <translation>Sincronizzazione terminata il {time}.</translation>
    </message>
    <message>
        <source>Staff, tags, notes, addresses, consent records and the links between records</source>
        <translation>Personale, etichette, note, indirizzi, registrazioni del consenso e i collegamenti tra i record</translation>
    </message>
    <message numerus="yes">
        <source>Review %Ln open conflict(s)…</source>
        <translation>
            <numerusform>Rivedi %Ln conflitto aperto…</numerusform>
            <numerusform>Rivedi %Ln conflitti aperti…</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>Many records would be deleted</source>
        <translation>Verrebbero eliminati molti record</translation>
    </message>
    <message>
        <source>{problem}

Apply these deletions on this laptop? Choose No to keep everything as it is and ask the colleague first.</source>
        <translation>{problem}

Applicare queste eliminazioni su questo portatile? Scegli No per lasciare tutto com&apos;è e chiedere prima al collega.</translation>
    </message>
    <message>
        <source>Shared sync file not found</source>
        <translation>File di sincronizzazione condiviso non trovato</translation>
    </message>
    <message>
        <source>{problem}

Create a new, empty shared file at {path}? Choose No if the drive or share is only disconnected.</source>
        <translation>{problem}

Creare un nuovo file condiviso vuoto in {path}? Scegliere No se l&apos;unità o la condivisione è solo scollegata.</translation>
    </message>
    <message>
        <source>Shared sync file</source>
        <translation>File di sincronizzazione condiviso</translation>
    </message>
    <message>
        <source>CRM sync file (*.crmsync);;All files (*)</source>
        <translation>File di sincronizzazione CRM (*.crmsync);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Team sync passphrase:</source>
        <translation>Passphrase di sincronizzazione del team:</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>tutto aggiornato</translation>
    </message>
    <message>
        <source>{received} received, {sent} sent</source>
        <translation>{received} ricevute, {sent} inviate</translation>
    </message>
    <message>
        <source>, {n} conflict(s) to review</source>
        <translation>, {n} conflitti da verificare</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Shared sync file…</source>
        <translation>File di sincronizzazione condiviso…</translation>
    </message>
    <message>
        <source>Laptops in the shared file…</source>
        <translation>Portatili nel file condiviso…</translation>
    </message>
    <message>
        <source>Sync conflicts…</source>
        <translation>Conflitti di sincronizzazione…</translation>
    </message>
    <message>
        <source>Last sync summary…</source>
        <translation>Riepilogo dell&apos;ultima sincronizzazione…</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>unknown staff member</source>
        <translation>membro del personale sconosciuto</translation>
    </message>
    <message>
        <source>unknown laptop</source>
        <translation>portatile sconosciuto</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificate</translation>
    </message>
    <message>
        <source>Moved to the Trash</source>
        <translation>Spostato nel Cestino</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Ripristinato</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Esportato</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Stampato</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Unito</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Cancellato</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonimizzato</translation>
    </message>
    <message>
        <source>Basis renewed</source>
        <translation>Base giuridica rinnovata</translation>
    </message>
    <message>
        <source>{when}  {action} by {staff} on laptop {laptop}</source>
        <translation>{when}  {action} da {staff} sul portatile {laptop}</translation>
    </message>
    <message>
        <source>Add a note and press Enter…</source>
        <translation>Scrivi una nota e premi Invio…</translation>
    </message>
    <message>
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
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Oggi, %1</translation>
    </message>
    <message>
        <source>Meetings today</source>
        <translation>Incontri di oggi</translation>
    </message>
    <message>
        <source>Recent contacts</source>
        <translation>Contatti recenti</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Ora dell&apos;evento</translation>
    </message>
    <message>
        <source>My time</source>
        <translation>Mia ora</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Tutto l&apos;ufficio</translation>
    </message>
    <message>
        <source>Show the follow-ups of everyone in the office, not only mine</source>
        <translation>Mostra le attività di tutto l&apos;ufficio, non solo le mie</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tavolo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>%1 overdue in the office, %2 mine</source>
        <translation>%1 scaduti nell&apos;ufficio, %2 miei</translation>
    </message>
    <message>
        <source>Every contact has a valid lawful basis.</source>
        <translation>Ogni contatto ha una base giuridica valida.</translation>
    </message>
    <message>
        <source>%1 contacts with expired consent or no lawful basis</source>
        <translation>%1 contatti con consenso scaduto o senza base giuridica</translation>
    </message>
    <message>
        <source>Show them in the contact list</source>
        <translation>Mostrali nell&apos;elenco dei contatti</translation>
    </message>
    <message>
        <source>Office follow-ups: overdue and due this week</source>
        <translation>Attività dell&apos;ufficio: scadute e in scadenza questa settimana</translation>
    </message>
    <message>
        <source>My follow-ups: overdue and due this week</source>
        <translation>Le mie attività: scadute e in scadenza questa settimana</translation>
    </message>
    <message>
        <source>No meetings today.</source>
        <translation>Nessun incontro oggi.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scaduta</translation>
    </message>
    <message>
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
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <source>Restore 1 record</source>
        <translation>Ripristina 1 scheda</translation>
    </message>
    <message>
        <source>Restore %1 records</source>
        <translation>Ripristina %1 schede</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ripeti %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annullato: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Ripetuto: %1</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation>Sblocca il database</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its recovery passphrase (or the recovery key printed when it was made).</source>
        <translation>%1 è cifrato. Digita la sua passphrase di recupero (o la chiave di recupero stampata quando è stato creato).</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Passphrase di recupero</translation>
    </message>
    <message>
        <source>Please type the recovery passphrase.</source>
        <translation>Digita la passphrase di recupero.</translation>
    </message>
</context>
<context>
    <name>ValueTypes</name>
    <message>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Work fax</source>
        <translation>Fax di lavoro</translation>
    </message>
    <message>
        <source>Home fax</source>
        <translation>Fax di casa</translation>
    </message>
    <message>
        <source>Pager</source>
        <translation>Cercapersone</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>banner</name>
    <message>
        <source>Encrypting</source>
        <translation>Cifratura in corso</translation>
    </message>
</context>
<context>
    <name>report.common</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>scaduti</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nessun dato registrato.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
    <message>
        <source>Generated {when}</source>
        <translation>Generato il {when}</translation>
    </message>
    <message>
        <source>Contains personal data of the participants, shared with headquarters and the companies at the meeting: use it only for this follow-up (GDPR).</source>
        <translation>Contiene dati personali dei partecipanti, condivisi con la sede e le aziende presenti all&apos;incontro: da usare solo per questo follow-up (GDPR).</translation>
    </message>
    <message>
        <source>{label}, continued</source>
        <translation>{label} (segue)</translation>
    </message>
</context>
<context>
    <name>report.event</name>
    <message>
        <source>Event report</source>
        <translation>Rapporto sull&apos;evento</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Italian delegation</source>
        <translation>Delegazione italiana</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Incontri</translation>
    </message>
    <message>
        <source>Meetings per day</source>
        <translation>Incontri per giorno</translation>
    </message>
    <message>
        <source>Meetings per country</source>
        <translation>Incontri per paese</translation>
    </message>
    <message>
        <source>Meetings per sector</source>
        <translation>Incontri per settore</translation>
    </message>
    <message>
        <source>Meetings and outcomes</source>
        <translation>Incontri ed esiti</translation>
    </message>
    <message>
        <source>Hot leads</source>
        <translation>Contatti caldi</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>Stato dei follow-up</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Controparte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuso orario</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altri</translation>
    </message>
    <message>
        <source>No data: no meeting recorded for this event yet.</source>
        <translation>Nessun dato: ancora nessun incontro registrato per questo evento.</translation>
    </message>
    <message>
        <source>Event report — {event}</source>
        <translation>Rapporto sull&apos;evento — {event}</translation>
    </message>
</context>
<context>
    <name>report.followups</name>
    <message>
        <source>Follow-up list</source>
        <translation>Elenco dei follow-up</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>SCADUTO</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Senza responsabile</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Senza organizzazione</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Alla data del</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>grouped by owner</source>
        <translation>per responsabile</translation>
    </message>
    <message>
        <source>grouped by organisation</source>
        <translation>per organizzazione</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperti</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Follow-up list — {office}</source>
        <translation>Elenco dei follow-up — {office}</translation>
    </message>
</context>
<context>
    <name>report.meeting</name>
    <message>
        <source>Meeting report</source>
        <translation>Resoconto dell&apos;incontro</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e ora</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Tutto il giorno</translation>
    </message>
    <message>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <source>Place / table</source>
        <translation>Luogo / tavolo</translation>
    </message>
    <message>
        <source>Foreign stakeholders</source>
        <translation>Controparti estere</translation>
    </message>
    <message>
        <source>Italian companies</source>
        <translation>Aziende italiane</translation>
    </message>
    <message>
        <source>Agency staff</source>
        <translation>Personale dell&apos;Agenzia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordine del giorno</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verbale</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prossimi passi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Redatto da</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribuzione</translation>
    </message>
    <message>
        <source>headquarters; the companies at the meeting</source>
        <translation>sede centrale; aziende presenti all&apos;incontro</translation>
    </message>
    <message>
        <source>Meeting report — {subject} — {event}</source>
        <translation>Resoconto dell&apos;incontro — {subject} — {event}</translation>
    </message>
    <message>
        <source>Meeting reports — {event}</source>
        <translation>Resoconti degli incontri — {event}</translation>
    </message>
</context>
<context>
    <name>report.types</name>
    <message>
        <source>work</source>
        <translation>lavoro</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>cellulare</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>work fax</source>
        <translation>fax di lavoro</translation>
    </message>
    <message>
        <source>home fax</source>
        <translation>fax di casa</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>cercapersone</translation>
    </message>
    <message>
        <source>main</source>
        <translation>principale</translation>
    </message>
    <message>
        <source>car</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
</context>
<context>
    <name>report.values</name>
    <message>
        <source>requested</source>
        <translation>richiesto</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confermato</translation>
    </message>
    <message>
        <source>held</source>
        <translation>svolto</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>no show</source>
        <translation>assente</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>freddo</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>tiepido</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>caldo</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bassa</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>pharma</source>
        <translation>farmaceutica</translation>
    </message>
    <message>
        <source>biotech</source>
        <translation>biotecnologie</translation>
    </message>
    <message>
        <source>medtech</source>
        <translation>dispositivi medici</translation>
    </message>
    <message>
        <source>diagnostics</source>
        <translation>diagnostica</translation>
    </message>
    <message>
        <source>digital health</source>
        <translation>sanità digitale</translation>
    </message>
    <message>
        <source>CRO/CDMO</source>
        <translation>CRO/CDMO</translation>
    </message>
    <message>
        <source>nutraceuticals</source>
        <translation>nutraceutica</translation>
    </message>
    <message>
        <source>cosmetics</source>
        <translation>cosmetica</translation>
    </message>
    <message>
        <source>healthcare services</source>
        <translation>servizi sanitari</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>investimenti</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altri</translation>
    </message>
</context>
<context>
    <name>report.values.plural</name>
    <message>
        <source>open</source>
        <translation>aperti</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completati</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullati</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
</context>
</TS>
