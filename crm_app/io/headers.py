"""Column names that contact exports write, per program and language, and the target each
fills (see crm_app.io.tables.TARGETS).

Written as the programs spell them; keys are folded (accents and case removed, "ß" -> "ss")
when the maps are built, so "Straße geschäftlich" and "STRASSE GESCHAFTLICH" both match.
"""

from __future__ import annotations

from crm_app.domain.normalise import fold


def _folded(pairs: dict[str, str]) -> dict[str, str]:
    return {fold(k): v for k, v in pairs.items()}


_OUTLOOK_EN = {
    "Title": "honorific", "First Name": "given_name", "Middle Name": "middle_name",
    "Last Name": "family_name", "Suffix": "name_suffix", "Nickname": "nickname",
    "Company": "organisation", "Department": "department", "Job Title": "job_title",
    "Business Street": "street", "Business Street 2": "street", "Business Street 3": "street",
    "Business City": "city", "Business State": "region", "Business Postal Code": "postcode",
    "Business Country/Region": "country", "Business Country": "country",
    "Home Street": "home_street", "Home Street 2": "home_street",
    "Home Street 3": "home_street", "Home City": "home_city", "Home State": "home_region",
    "Home Postal Code": "home_postcode", "Home Country/Region": "home_country",
    "Home Country": "home_country", "Other Street": "other_street",
    "Other Street 2": "other_street", "Other City": "other_city",
    "Other State": "other_region", "Other Postal Code": "other_postcode",
    "Other Country/Region": "other_country", "Business Fax": "fax", "Home Fax": "fax",
    "Other Fax": "fax", "Business Phone": "phone", "Business Phone 2": "phone",
    "Mobile Phone": "phone", "Home Phone": "phone", "Home Phone 2": "phone",
    "Primary Phone": "phone", "Company Main Phone": "phone", "Other Phone": "phone",
    "Car Phone": "phone", "E-mail Address": "email", "E-mail 2 Address": "email",
    "E-mail 3 Address": "email", "Notes": "notes", "Categories": "tags",
    "Birthday": "birthday", "Web Page": "website", "E-mail Type": "ignore",
    "E-mail Display Name": "ignore", "E-mail 2 Type": "ignore",
    "E-mail 2 Display Name": "ignore", "E-mail 3 Type": "ignore",
    "E-mail 3 Display Name": "ignore", "Priority": "ignore", "Sensitivity": "ignore",
    "Private": "ignore", "Gender": "extra", "Initials": "ignore",
}
_OUTLOOK_DE = {
    "Anrede": "honorific", "Vorname": "given_name", "Weitere Vornamen": "middle_name",
    "Nachname": "family_name", "Suffix": "name_suffix", "Spitzname": "nickname",
    "Firma": "organisation", "Abteilung": "department", "Position": "job_title",
    "Straße geschäftlich": "street", "Straße geschäftlich 2": "street",
    "Straße geschäftlich 3": "street", "Ort geschäftlich": "city",
    "Region geschäftlich": "region", "Postleitzahl geschäftlich": "postcode",
    "Land/Region geschäftlich": "country", "Land geschäftlich": "country",
    "Straße privat": "home_street", "Straße privat 2": "home_street", "Ort privat": "home_city",
    "Region privat": "home_region", "Postleitzahl privat": "home_postcode",
    "Land/Region privat": "home_country", "Weitere Straße": "other_street",
    "Weiterer Ort": "other_city", "Weitere Region": "other_region",
    "Weitere Postleitzahl": "other_postcode", "Weiteres Land/Region": "other_country",
    "Fax geschäftlich": "fax", "Fax privat": "fax", "Weiteres Fax": "fax",
    "Telefon geschäftlich": "phone", "Telefon geschäftlich 2": "phone",
    "Telefon privat": "phone", "Telefon privat 2": "phone", "Mobiltelefon": "phone",
    "Telefon Firma": "phone", "Weiteres Telefon": "phone", "Autotelefon": "phone",
    "Haupttelefon": "phone", "E-Mail-Adresse": "email", "E-Mail 2: Adresse": "email",
    "E-Mail 3: Adresse": "email", "E-Mail 2-Adresse": "email", "E-Mail 3-Adresse": "email",
    "E-Mail-Typ": "ignore", "E-Mail: Angezeigter Name": "ignore", "E-Mail 2: Typ": "ignore",
    "E-Mail 2: Angezeigter Name": "ignore", "E-Mail 3: Typ": "ignore",
    "E-Mail 3: Angezeigter Name": "ignore", "Geburtstag": "birthday", "Notizen": "notes",
    "Kategorien": "tags", "Webseite": "website", "Webseite geschäftlich": "website",
    "Priorität": "ignore", "Vertraulichkeit": "ignore", "Privat": "ignore",
    "Geschlecht": "extra", "Initialen": "ignore",
    # as a German Outlook 365 writes them (a real export's header row)
    "Telefon (privat)": "phone", "Telefon (privat 2)": "phone", "Mobiltelefon 2": "phone",
    "Telefon Assistent": "phone", "Pager": "phone", "ISDN": "phone", "Rückmeldung": "phone",
    "Telefon für Hörbehinderte": "phone", "Bundesland/Kanton privat": "home_region",
    "Weitere Straße 2": "other_street", "Weitere Straße 3": "other_street",
    "Straße privat 3": "home_street", "Weiteres/r Bundesland/Kanton": "other_region",
    "Weiteres/e Land/Region": "other_country",
}
_OUTLOOK_IT = {
    "Titolo": "honorific", "Nome": "given_name", "Secondo nome": "middle_name",
    "Cognome": "family_name", "Suffisso": "name_suffix", "Soprannome": "nickname",
    "Società": "organisation", "Reparto": "department", "Posizione": "job_title",
    "Via (uff.)": "street", "Via (uff.) 2": "street", "Città (uff.)": "city",
    "Provincia (uff.)": "region", "CAP (uff.)": "postcode", "Paese (uff.)": "country",
    "Paese/area geografica (uff.)": "country", "Via (ab.)": "home_street",
    "Città (ab.)": "home_city", "Provincia (ab.)": "home_region", "CAP (ab.)": "home_postcode",
    "Paese/area geografica (ab.)": "home_country", "Via (altro)": "other_street",
    "Città (altro)": "other_city", "CAP (altro)": "other_postcode",
    "Paese/area geografica (altro)": "other_country", "Fax (uff.)": "fax",
    "Fax (ab.)": "fax", "Ufficio": "phone", "Ufficio 2": "phone", "Telefono (uff.)": "phone",
    "Abitazione": "phone", "Abitazione 2": "phone", "Cellulare": "phone",
    "Altro telefono": "phone", "Telefono principale società": "phone",
    "Indirizzo posta elettronica": "email", "Indirizzo posta elettronica 2": "email",
    "Indirizzo posta elettronica 3": "email", "Tipo posta elettronica": "ignore",
    "Nome visualizzato posta elettronica": "ignore", "Compleanno": "birthday", "Note": "notes",
    "Categorie": "tags", "Pagina Web": "website", "Priorità": "ignore",
    "Riservatezza": "ignore", "Privato": "ignore", "Sesso": "extra", "Iniziali": "ignore",
}
_OUTLOOK_FR = {
    "Titre": "honorific", "Prénom": "given_name", "Deuxième prénom": "middle_name",
    "Nom": "family_name", "Suffixe": "name_suffix", "Surnom": "nickname",
    "Société": "organisation", "Service": "department", "Fonction": "job_title",
    "Rue (bureau)": "street", "Rue (bureau) 2": "street", "Ville (bureau)": "city",
    "Dép/Région (bureau)": "region", "Code postal (bureau)": "postcode",
    "Pays/Région (bureau)": "country", "Rue (domicile)": "home_street",
    "Ville (domicile)": "home_city", "Dép/Région (domicile)": "home_region",
    "Code postal (domicile)": "home_postcode", "Pays/Région (domicile)": "home_country",
    "Rue (autre)": "other_street", "Ville (autre)": "other_city",
    "Code postal (autre)": "other_postcode", "Pays/Région (autre)": "other_country",
    "Télécopie (bureau)": "fax", "Télécopie (domicile)": "fax",
    "Téléphone (bureau)": "phone", "Téléphone 2 (bureau)": "phone",
    "Téléphone (domicile)": "phone", "Tél. mobile": "phone", "Téléphone mobile": "phone",
    "Autre téléphone": "phone", "Adresse de messagerie": "email",
    "Adresse de messagerie 2": "email", "Adresse de messagerie 3": "email",
    "Type de messagerie": "ignore", "Nom complet de l'adresse de messagerie": "ignore",
    "Anniversaire": "birthday", "Notes": "notes", "Catégories": "tags", "Page Web": "website",
    "Priorité": "ignore", "Critère de diffusion": "ignore", "Privé": "ignore",
    "Sexe": "extra", "Initiales": "ignore",
}
_OUTLOOK_ES = {
    "Tratamiento": "honorific", "Nombre": "given_name", "Segundo nombre": "middle_name",
    "Apellidos": "family_name", "Sufijo": "name_suffix", "Alias": "nickname",
    "Organización": "organisation", "Compañía": "organisation", "Empresa": "organisation",
    "Departamento": "department", "Puesto": "job_title", "Cargo": "job_title",
    "Calle del trabajo": "street", "Calle del trabajo 2": "street",
    "Ciudad de trabajo": "city", "Provincia o estado de trabajo": "region",
    "Código postal del trabajo": "postcode", "País o región del trabajo": "country",
    "Calle del domicilio": "home_street", "Ciudad de residencia": "home_city",
    "Provincia o estado de residencia": "home_region",
    "Código postal de residencia": "home_postcode",
    "País o región de residencia": "home_country", "Fax del trabajo": "fax",
    "Fax particular": "fax", "Teléfono del trabajo": "phone", "Teléfono del trabajo 2": "phone",
    "Particular": "phone", "Teléfono particular": "phone", "Móvil": "phone",
    "Teléfono móvil": "phone", "Otro teléfono": "phone",
    "Dirección de correo electrónico": "email", "Dirección de correo electrónico 2": "email",
    "Dirección de correo electrónico 3": "email", "Tipo de correo electrónico": "ignore",
    "Nombre para mostrar del correo electrónico": "ignore", "Cumpleaños": "birthday",
    "Notas": "notes", "Categorías": "tags", "Página web": "website", "Prioridad": "ignore",
    "Confidencialidad": "ignore", "Privado": "ignore", "Sexo": "extra",
    "Iniciales": "ignore",
}
# Thunderbird's address book export (English and German)
_THUNDERBIRD = {
    "First Name": "given_name", "Last Name": "family_name", "Display Name": "full_name",
    "Nickname": "nickname", "Primary Email": "email", "Secondary Email": "email",
    "Work Phone": "phone", "Home Phone": "phone", "Mobile Number": "phone",
    "Fax Number": "fax", "Pager Number": "extra", "Home Address": "home_street",
    "Home Address 2": "home_street", "Home City": "home_city", "Home State": "home_region",
    "Home ZipCode": "home_postcode", "Home Country": "home_country",
    "Work Address": "street", "Work Address 2": "street", "Work City": "city",
    "Work State": "region", "Work ZipCode": "postcode", "Work Country": "country",
    "Job Title": "job_title", "Department": "department", "Organization": "organisation",
    "Web Page 1": "website", "Web Page 2": "website", "Birth Year": "birth_year",
    "Birth Month": "birth_month", "Birth Day": "birth_day", "Notes": "notes",
    "Anzeigename": "full_name", "Primäre E-Mail-Adresse": "email",
    "Sekundäre E-Mail-Adresse": "email", "Tel. dienstlich": "phone",
    "Tel. privat": "phone", "Mobil-Tel.-Nr.": "phone", "Faxnummer": "fax",
    "Privat: Adresse": "home_street", "Privat: Ort": "home_city",
    "Privat: PLZ": "home_postcode", "Privat: Land": "home_country",
    "Dienstlich: Adresse": "street", "Dienstlich: Ort": "city",
    "Dienstlich: PLZ": "postcode", "Dienstlich: Land": "country",
    "Arbeitstitel": "job_title", "Organisation": "organisation",
    "Webseite 1": "website", "Webseite 2": "website", "Geburtsjahr": "birth_year",
    "Geburtsmonat": "birth_month", "Geburtstag": "birth_day", "Notizen": "notes",
}

OUTLOOK = _folded({**_OUTLOOK_ES, **_OUTLOOK_FR, **_OUTLOOK_DE, **_OUTLOOK_IT, **_OUTLOOK_EN})
THUNDERBIRD = _folded(_THUNDERBIRD)

# Headers that tell a dialect apart (folded): any one set included in the header's keys.
OUTLOOK_SIGNS = [
    {fold(h) for h in sign} for sign in (
        ("First Name", "Last Name", "E-mail Address"),
        ("First Name", "Last Name", "Business Phone"),
        ("Nome", "Cognome", "Indirizzo posta elettronica"),
        ("Vorname", "Nachname", "E-Mail-Adresse"), ("Vorname", "Nachname", "Firma"),
        ("Prénom", "Nom", "Adresse de messagerie"),
        ("Nombre", "Apellidos", "Dirección de correo electrónico"))
]
THUNDERBIRD_SIGNS = [{fold(h) for h in sign} for sign in (
    ("Primary Email",), ("Display Name", "Secondary Email"), ("Primäre E-Mail-Adresse",))]

# Any other table: what people write, in the offices' languages.
GENERIC = _folded({
    "first name": "given_name", "firstname": "given_name", "first": "given_name",
    "given name": "given_name", "given": "given_name", "vorname": "given_name",
    "prénom": "given_name", "nombre": "given_name", "nome": "given_name",
    "last name": "family_name", "lastname": "family_name", "last": "family_name",
    "surname": "family_name", "family name": "family_name", "nachname": "family_name",
    "nom": "family_name", "nom de famille": "family_name", "apellido": "family_name",
    "apellidos": "family_name", "cognome": "family_name", "name": "full_name",
    "full name": "full_name", "display name": "full_name", "nome e cognome": "full_name",
    "nome completo": "full_name", "nom complet": "full_name", "vollständiger name": "full_name",
    "contact": "full_name", "contact name": "full_name", "title": "job_title",
    "job title": "job_title", "position": "job_title", "role": "job_title",
    "qualifica": "job_title", "ruolo": "job_title", "fonction": "job_title",
    "poste": "job_title", "cargo": "job_title", "company": "organisation",
    "organisation": "organisation", "organization": "organisation", "azienda": "organisation",
    "società": "organisation", "ente": "organisation", "firma": "organisation",
    "unternehmen": "organisation", "société": "organisation", "entreprise": "organisation",
    "empresa": "organisation", "email": "email", "e-mail": "email", "mail": "email",
    "emails": "email", "email address": "email", "courriel": "email", "phone": "phone",
    "telephone": "phone", "tel": "phone", "mobile": "phone", "phones": "phone",
    "telefono": "phone", "téléphone": "phone", "telefon": "phone", "cellulare": "phone",
    "handy": "phone", "portable": "phone", "country": "country", "paese": "country",
    "nazione": "country", "land": "country", "pays": "country", "país": "country",
    "city": "city", "città": "city", "stadt": "city", "ort": "city", "ville": "city",
    "ciudad": "city", "street": "street", "address": "street", "indirizzo": "street",
    "adresse": "street", "straße": "street", "dirección": "street", "zip": "postcode",
    "postcode": "postcode", "postal code": "postcode", "cap": "postcode", "plz": "postcode",
    "code postal": "postcode", "notes": "notes", "note": "notes", "notizen": "notes",
    "notas": "notes", "tags": "tags", "language": "language", "lingua": "language",
    "sprache": "language", "langue": "language", "id": "ignore", "birthday": "birthday",
    "website": "website", "web": "website", "url": "website", "sito web": "website",
    "nickname": "nickname", "department": "department", "reparto": "department",
    "abteilung": "department", "service": "department", "departamento": "department",
    # Roundcube's and other webmail exports: kinds written after the field
    "email home": "email", "email work": "email", "email other": "email",
    "home email": "email", "work email": "email", "other email": "email",
    "work city": "city", "work state": "region", "work zip": "postcode",
    "work country": "country", "work street": "street", "home street": "home_street",
    "home city": "home_city", "home state": "home_region", "home zip": "home_postcode",
    "home country": "home_country", "state": "region", "region": "region",
    "gender": "extra",
})
