<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="575"/>
        <source>Afwezigheid toevoegen</source>
        <translation>Add absence</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="580"/>
        <source>vakantie, ziek…</source>
        <translation>holiday, ill…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="587"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="588"/>
        <source>Tot en met</source>
        <translation>Until and including</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="589"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="98"/>
        <source>Inzage maken</source>
        <translation>Make an access report</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="102"/>
        <source>Voorbeeld van de inzage</source>
        <translation>Preview of the access report</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="104"/>
        <source>Namen van anderen</source>
        <translation>Other people&apos;s names</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="105"/>
        <source>Opslaan als PDF en JSON…</source>
        <translation>Save as PDF and JSON…</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="111"/>
        <source>Namen van anderen (aangevinkt: zwart gemaakt)</source>
        <translation>Other people&apos;s names (ticked: blacked out)</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="120"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="173"/>
        <source>Telefoon: %1 · E-mail: %2</source>
        <translation>Phone: %1 · E-mail: %2</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="176"/>
        <source>Zaak %1 (partij %2)</source>
        <translation>Case %1 (party %2)</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="198"/>
        <source>Inzage opslaan</source>
        <translation>Save access report</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="199"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../views/admin/admin_page.py" line="54"/>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="65"/>
        <source>Soorten conflict</source>
        <translation>Conflict types</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="66"/>
        <source>Soorten verwijzer</source>
        <translation>Referrer kinds</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="67"/>
        <source>Resultaten</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="68"/>
        <source>Redenen geen bemiddeling</source>
        <translation>Reasons for no mediation</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="69"/>
        <source>Soorten incident</source>
        <translation>Incident kinds</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="71"/>
        <source>Ruimtes</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="72"/>
        <source>Categorieën</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="82"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="89"/>
        <source>Programma</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="91"/>
        <location filename="../../views/admin/admin_page.py" line="261"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="92"/>
        <source>Gegevensmap</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="94"/>
        <source>Gebruikers en aanmelden…</source>
        <translation>Users and sign-in…</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="99"/>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="103"/>
        <source>PostgreSQL-server: %1</source>
        <translation>PostgreSQL server: %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="104"/>
        <source>Het bestand in de gegevensmap (SQLite)</source>
        <translation>The file in the data folder (SQLite)</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="105"/>
        <source>Databaseserver…</source>
        <translation>Database server…</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="110"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="111"/>
        <source>Zakenlijst importeren (Excel of CSV)…</source>
        <translation>Import a case list (Excel or CSV)…</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="113"/>
        <source>Overzetten</source>
        <translation>Bring over</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="115"/>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="116"/>
        <source>Organisatie en briefpapier…</source>
        <translation>Organisation and letterhead…</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="117"/>
        <source>Briefteksten…</source>
        <translation>Letter texts…</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="125"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="126"/>
        <source>Bewaartermijn en verzoeken…</source>
        <translation>Retention and requests…</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="128"/>
        <source>Dubbele personen…</source>
        <translation>Duplicate persons…</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="130"/>
        <source>Gegevens aanvullen…</source>
        <translation>Complete the data…</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="132"/>
        <source>Wat onvolledig is: adressen zonder postcode, zaken zonder resultaat, stille zaken, bemiddelaars zonder beschikbaarheid</source>
        <translation>What is incomplete: addresses without postcode, cases without result, quiet cases, mediators without availability</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="140"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="141"/>
        <source>E-mail instellen…</source>
        <translation>Set up e-mail…</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="142"/>
        <source>Postvak uit…</source>
        <translation>Outbox…</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="149"/>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="150"/>
        <source>Vrijwilligerszorg…</source>
        <translation>Volunteer care…</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="152"/>
        <source>VOG-termijn, trainingen, intervisie, kilometervergoeding en belastingvrije grenzen</source>
        <translation>VOG term, trainings, peer supervision, mileage allowance and tax-free limits</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="169"/>
        <source>De gegevens staan op een PostgreSQL-server; back-ups daarvan maakt de beheerder van de server.</source>
        <translation>The data is on a PostgreSQL server; the server&apos;s administrator makes its backups.</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="182"/>
        <source>aanmelden aan</source>
        <translation>sign-in on</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="183"/>
        <source>zonder aanmelden</source>
        <translation>without sign-in</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="250"/>
        <source>Zakenlijst importeren</source>
        <translation>Import case list</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="251"/>
        <source>Excel of CSV (*.xlsx *.csv *.txt)</source>
        <translation>Excel or CSV (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../views/admin/admin_page.py" line="262"/>
        <source>De nieuwe taal wordt gebruikt zodra u Burenrust opnieuw start.</source>
        <translation>The new language is used when you restart Burenrust.</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="69"/>
        <source>wacht op een koppel</source>
        <translation>waiting for a pair</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="70"/>
        <source>partijen nog niet benaderd</source>
        <translation>parties not yet contacted</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="71"/>
        <source>nazorg plannen</source>
        <translation>plan the follow-up</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="86"/>
        <source>Hoe ging het: %1 van %2?</source>
        <translation>How did it go: %1 on %2?</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="98"/>
        <source>%1 heeft geen e-mailadres: geef de afspraak van %2 door per telefoon of post</source>
        <translation>%1 has no e-mail address: pass on the appointment of %2 by phone or post</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="100"/>
        <source>e-mail aan %1 niet verstuurd: %2</source>
        <translation>e-mail to %1 not sent: %2</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="158"/>
        <source>Afgezegd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="163"/>
        <source>%1 genodigden</source>
        <translation>%1 invited</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="178"/>
        <source>Vul in wie er was: %1</source>
        <translation>Fill in who was there: %1</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="186"/>
        <source>Bewaartermijn verstreken: %1 gestopte bemiddelaars anonimiseren</source>
        <translation>Retention term passed: anonymise %1 mediators who stopped</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="258"/>
        <source>◀ Vorige week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="259"/>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="260"/>
        <source>Volgende week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="265"/>
        <source>Bemiddelaar</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="266"/>
        <source>Intervisie plannen…</source>
        <translation>Plan peer supervision…</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="269"/>
        <source>Agendabestand…</source>
        <translation>Calendar file…</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="271"/>
        <source>Alle komende afspraken van de gekozen bemiddelaar als .ics, om te mailen</source>
        <translation>All upcoming appointments of the chosen mediator as .ics, to e-mail</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="308"/>
        <location filename="../../views/agenda/agenda_page.py" line="313"/>
        <source>Te doen</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="328"/>
        <location filename="../../views/agenda/agenda_page.py" line="337"/>
        <source>Alle bemiddelaars</source>
        <translation>All mediators</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="355"/>
        <source>Week %1 · %2 t/m %3</source>
        <translation>Week %1 · %2 to %3</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="226"/>
        <source>Bewaartermijn verstreken: %1 zaken anonimiseren</source>
        <translation>Retention term passed: anonymise %1 cases</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="222"/>
        <source>Verzoek van %1 beantwoorden</source>
        <translation>Answer the request of %1</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="454"/>
        <source>Agendabestand opslaan</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <location filename="../../views/agenda/agenda_page.py" line="455"/>
        <source>Agendabestand (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="57"/>
        <source>Afspraak wijzigen</source>
        <translation>Change appointment</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="57"/>
        <source>Afspraak plannen</source>
        <translation>Plan appointment</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="75"/>
        <source>adres, telefoonnummer of link</source>
        <translation>address, phone number or link</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="84"/>
        <source>Deze zaak heeft nog geen koppel.</source>
        <translation>This case has no pair yet.</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="85"/>
        <source>Partij %1</source>
        <translation>Party %1</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="108"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="109"/>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="110"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="111"/>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="112"/>
        <source>Adres of link</source>
        <translation>Address or link</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="113"/>
        <source>Bemiddelaars</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="114"/>
        <source>Partijen</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="115"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="209"/>
        <source>Let op</source>
        <translation>Please note</translation>
    </message>
    <message>
        <location filename="../../views/agenda/appointment_dialog.py" line="210"/>
        <source>Deze afspraak botst:
%1

Toch zo plannen?</source>
        <translation>This appointment clashes:
%1

Plan it anyway?</translation>
    </message>
</context>
<context>
    <name>AppointmentsTab</name>
    <message>
        <location filename="../../views/cases/appointments_tab.py" line="65"/>
        <source>Afspraken</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../views/cases/appointments_tab.py" line="68"/>
        <source>Afspraak plannen…</source>
        <translation>Plan appointment…</translation>
    </message>
    <message>
        <location filename="../../views/cases/appointments_tab.py" line="69"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../views/cases/appointments_tab.py" line="70"/>
        <source>Hoe ging het…</source>
        <translation>How did it go…</translation>
    </message>
    <message>
        <location filename="../../views/cases/appointments_tab.py" line="72"/>
        <source>Zeggen of het gesprek is gehouden, afgezegd of dat iemand niet kwam</source>
        <translation>Say whether the talk was held, cancelled, or someone did not come</translation>
    </message>
    <message>
        <location filename="../../views/cases/appointments_tab.py" line="73"/>
        <source>Afzeggen…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location filename="../../views/cases/appointments_tab.py" line="74"/>
        <source>Agendabestand…</source>
        <translation>Calendar file…</translation>
    </message>
    <message>
        <location filename="../../views/cases/appointments_tab.py" line="75"/>
        <source>De afspraak opslaan als .ics voor Outlook of Google</source>
        <translation>Save the appointment as .ics for Outlook or Google</translation>
    </message>
    <message>
        <location filename="../../views/cases/appointments_tab.py" line="76"/>
        <source>Uitnodiging…</source>
        <translation>Invitation…</translation>
    </message>
    <message>
        <location filename="../../views/cases/appointments_tab.py" line="77"/>
        <source>Een uitnodigingsbrief voor deze afspraak maken</source>
        <translation>Make an invitation letter for this appointment</translation>
    </message>
    <message>
        <location filename="../../views/cases/appointments_tab.py" line="113"/>
        <source>Hoe ging het? Nog niet ingevuld</source>
        <translation>How did it go? Not filled in yet</translation>
    </message>
    <message>
        <location filename="../../views/cases/appointments_tab.py" line="273"/>
        <source>Agendabestand opslaan</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <location filename="../../views/cases/appointments_tab.py" line="275"/>
        <source>Agendabestand (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../views/admin/backup_box.py" line="133"/>
        <location filename="../../views/admin/backup_box.py" line="206"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="141"/>
        <source>Map kiezen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="142"/>
        <source>Nu een back-up maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="143"/>
        <source>Herstelcode tonen…</source>
        <translation>Show recovery code…</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="144"/>
        <source>Herstelcode afdrukken…</source>
        <translation>Print recovery code…</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="145"/>
        <source>Back-up terugzetten…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="155"/>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="156"/>
        <source>Laatste</source>
        <translation>Latest</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="157"/>
        <source>Sleutel</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="174"/>
        <source>nog geen back-up</source>
        <translation>no backup yet</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="180"/>
        <source>Map voor back-ups (bijvoorbeeld een USB-stick)</source>
        <translation>Folder for backups (for example a USB stick)</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="217"/>
        <location filename="../../views/admin/backup_box.py" line="243"/>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="219"/>
        <source>Schrijf deze code op of druk hem af en bewaar hem in de kluis. Met deze code zet u een back-up terug op een nieuwe pc. Wie de code heeft, kan de back-ups lezen.</source>
        <translation>Write this code down or print it and keep it in the safe. With this code a backup can be restored on a new PC. Whoever has the code can read the backups.</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="224"/>
        <source>Kopiëren</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="254"/>
        <location filename="../../views/admin/backup_box.py" line="269"/>
        <location filename="../../views/admin/backup_box.py" line="281"/>
        <location filename="../../views/admin/backup_box.py" line="305"/>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="255"/>
        <source>Back-up van Burenrust (*.burenrust-backup)</source>
        <translation>Burenrust backup (*.burenrust-backup)</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="270"/>
        <source>Deze back-up is op een andere pc gemaakt. Typ de herstelcode (van het blad uit de kluis):</source>
        <translation>This backup was made on another PC. Type the recovery code (from the sheet in the safe):</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="282"/>
        <source>Back-up van %1 terugzetten?

Zaken: %2 · documenten: %3 · laatste wijziging: %4

Wat er nu staat, wordt eerst apart bewaard. Daarna sluit Burenrust; start het programma opnieuw.</source>
        <translation>Restore the backup of %1?

Cases: %2 · documents: %3 · last change: %4

What is there now is kept aside first. Then Burenrust closes; start the program again.</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="306"/>
        <source>De back-up is teruggezet. Burenrust sluit nu; start het opnieuw.</source>
        <translation>The backup has been restored. Burenrust closes now; start it again.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../views/admin/backup_box.py" line="55"/>
        <source>Deze herstelcode klopt niet.</source>
        <translation>This recovery code is not right.</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="56"/>
        <source>Deze back-up past niet bij de sleutel van deze pc (of het bestand is beschadigd).</source>
        <translation>This backup does not match this PC&apos;s key (or the file is damaged).</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="59"/>
        <source>Dit is geen back-up van Burenrust.</source>
        <translation>This is not a Burenrust backup.</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="60"/>
        <source>Deze back-up is beschadigd of onvolledig; er is niets veranderd.</source>
        <translation>This backup is damaged or incomplete; nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="62"/>
        <source>Het back-upbestand kan niet worden gelezen.</source>
        <translation>The backup file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="63"/>
        <source>De schijf is vol; er is geen back-up gemaakt. Maak ruimte of kies een andere back-upmap.</source>
        <translation>The disk is full; no backup was made. Free some space or choose another backup folder.</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="66"/>
        <source>In de back-upmap kan niet worden geschreven (is de USB-stick aangesloten?); er is geen back-up gemaakt.</source>
        <translation>The backup folder cannot be written to (is the USB stick plugged in?); no backup was made.</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="69"/>
        <source>De database is beschadigd. Daarvan wordt geen back-up gemaakt, zodat de goede back-ups blijven. Zet de laatste goede back-up terug.</source>
        <translation>The database is damaged. No backup is made of it, so the good backups are kept. Restore the latest good backup.</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="72"/>
        <source>Er is nog geen database om te bewaren.</source>
        <translation>There is no database to back up yet.</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="73"/>
        <source>De back-upsleutel kon nergens worden bewaard (niet in de sleutelbos en niet in de gegevensmap).</source>
        <translation>The backup key could not be kept anywhere (neither in the keyring nor in the data folder).</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="83"/>
        <source>in het bestand %1 in de gegevensmap, omdat de sleutelbos van het systeem op deze pc niet bereikbaar is</source>
        <translation>in the file %1 in the data folder, because the system keyring cannot be reached on this PC</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="87"/>
        <source>in de sleutelbos van het systeem</source>
        <translation>in the system keyring</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="88"/>
        <source>nog niet gemaakt (dat gebeurt bij de eerste back-up)</source>
        <translation>not made yet (that happens with the first backup)</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="92"/>
        <source>De gegevens en de back-ups worden versleuteld. De sleutel daarvan hoort in de sleutelbos van het systeem, maar die is op deze pc niet bereikbaar. Daarom staat de sleutel nu in het bestand %1 in de gegevensmap van Burenrust, op deze pc en nooit bij de back-ups: wie een USB-stick met back-ups vindt, kan ze dus niet lezen. Wie de hele gegevensmap kopieert, neemt de sleutel wel mee: geef de pc een eigen wachtwoord en versleutel de schijf (BitLocker).

De herstelcode blijft dezelfde. Druk hem af (Beheer → Back-ups → Herstelcode afdrukken) en bewaar hem in de kluis.</source>
        <translation>The data and the backups are encrypted. Their key belongs in the system&apos;s keyring, but that cannot be reached on this PC. So the key is now kept in the file %1 in Burenrust&apos;s data folder, on this PC and never with the backups: whoever finds a USB stick with backups cannot read them. Whoever copies the whole data folder does take the key along: give the PC its own password and encrypt the disk (BitLocker).

The recovery code stays the same. Print it (Administration → Backups → Print recovery code) and keep it in the safe.</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="115"/>
        <source>De back-upmap %1 is niet bereikbaar.</source>
        <translation>The backup folder %1 cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="119"/>
        <source>Er is nog geen back-up gemaakt.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <location filename="../../views/admin/backup_box.py" line="121"/>
        <source>De laatste back-up is van %1.</source>
        <translation>The last backup is from %1.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../views/figures/bar_chart.py" line="95"/>
        <source>Niets te tellen in deze periode.</source>
        <translation>Nothing to count in this period.</translation>
    </message>
</context>
<context>
    <name>Care</name>
    <message>
        <location filename="../../views/care_texts.py" line="18"/>
        <source>VOG-datum?</source>
        <translation>VOG date?</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="19"/>
        <source>VOG verlopen</source>
        <translation>VOG expired</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="20"/>
        <source>VOG verloopt</source>
        <translation>VOG expiring</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="22"/>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="24"/>
        <source>intervisie gemist</source>
        <translation>missed supervision</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="25"/>
        <source>geen zaak</source>
        <translation>no case</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="33"/>
        <source>Van %1 is geen VOG-datum bekend: vul die in</source>
        <translation>No VOG date known for %1: please enter it</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="34"/>
        <source>VOG van %1 is verlopen op %2: wordt niet voorgesteld voor een koppel</source>
        <translation>VOG of %1 expired on %2: not proposed for a pair</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="36"/>
        <source>VOG van %1 verloopt op %2: vraag een nieuwe aan</source>
        <translation>VOG of %1 expires on %2: apply for a new one</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="40"/>
        <source>%1 had het afgelopen jaar geen training</source>
        <translation>%1 had no training in the past year</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="41"/>
        <source>%1 had het afgelopen jaar %3 van de %4 trainingen</source>
        <translation>%1 had %3 of the %4 trainings in the past year</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="44"/>
        <source>(te weinig sinds %2)</source>
        <translation>(too few since %2)</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="45"/>
        <source>(de volgende vóór %2)</source>
        <translation>(the next one before %2)</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="47"/>
        <source>%1 miste de laatste %3 intervisies (laatst op %2): even bellen?</source>
        <translation>%1 missed the last %3 peer supervision meetings (last on %2): give them a call?</translation>
    </message>
    <message>
        <location filename="../../views/care_texts.py" line="50"/>
        <source>%1 heeft al %3 weken geen zaak: even bellen?</source>
        <translation>%1 has had no case for %3 weeks: give them a call?</translation>
    </message>
</context>
<context>
    <name>CareSettingsDialog</name>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="49"/>
        <source>Vrijwilligerszorg</source>
        <translation>Volunteer care</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="59"/>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="60"/>
        <source> weken vooraf</source>
        <translation> weeks ahead</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="61"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="65"/>
        <source>Het bureau betaalt een vrijwilligersvergoeding</source>
        <translation>The office pays a volunteer allowance</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="67"/>
        <source>Regels</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="69"/>
        <source>VOG geldig</source>
        <translation>VOG valid</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="70"/>
        <source>Waarschuwen (VOG en training)</source>
        <translation>Warn (VOG and training)</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="71"/>
        <source>Trainingen per jaar</source>
        <translation>Trainings a year</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="72"/>
        <source>Intervisie op rij gemist</source>
        <translation>Peer supervision missed in a row</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="73"/>
        <source>Melden na zonder zaak</source>
        <translation>Report after without a case</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="74"/>
        <source>Vergoedingen</source>
        <translation>Allowances</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="76"/>
        <source>Kilometervergoeding (€ per km)</source>
        <translation>Mileage allowance (€ per km)</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="86"/>
        <source>per maand</source>
        <translation>a month</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="88"/>
        <source>per jaar</source>
        <translation>a year</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="90"/>
        <source>Belastingvrij maximum</source>
        <translation>Tax-free maximum</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="116"/>
        <source>Door het bureau ingevuld.</source>
        <translation>Entered by the office.</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="117"/>
        <source>De bedragen van de Belastingdienst voor %1.</source>
        <translation>The tax authority&apos;s amounts for %1.</translation>
    </message>
    <message>
        <location filename="../../views/admin/care_settings_dialog.py" line="119"/>
        <source>Nog de bedragen van %1: kijk op belastingdienst.nl wat voor %2 geldt en vul die hier in.</source>
        <translation>Still the amounts of %1: check belastingdienst.nl for %2 and enter them here.</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <location filename="../../views/cases/case_history.py" line="21"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="22"/>
        <source>Partij</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="23"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="24"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="25"/>
        <source>Journaal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="26"/>
        <source>Soort conflict</source>
        <translation>Conflict type</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="27"/>
        <source>Bemiddelaar</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="33"/>
        <source>toegevoegd</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="34"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="35"/>
        <source>verwijderd</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="41"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="42"/>
        <source>urgentie</source>
        <translation>urgency</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="43"/>
        <source>verhaal</source>
        <translation>story</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="44"/>
        <source>wijk</source>
        <translation>neighbourhood</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="45"/>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="46"/>
        <source>complexe zaak</source>
        <translation>complex case</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="47"/>
        <source>voornaam</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="48"/>
        <source>achternaam</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="49"/>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="50"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="51"/>
        <source>straat</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="52"/>
        <source>plaats</source>
        <translation>town</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="53"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="54"/>
        <source>afgesloten op</source>
        <translation>closed on</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="55"/>
        <source>resultaat</source>
        <translation>result</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="56"/>
        <source>toelichting afsluiting</source>
        <translation>closing note</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="68"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_history.py" line="68"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <location filename="../../views/cases/case_list.py" line="51"/>
        <source>Zoek op zaaknummer, naam, straat of postcode (minstens 3 tekens)</source>
        <translation>Search by case number, name, street or postcode (at least 3 characters)</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="54"/>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="61"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="62"/>
        <source>Soort conflict</source>
        <translation>Conflict type</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="63"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="67"/>
        <source>Nieuwe zaak</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="68"/>
        <source>Een nieuwe aanmelding registreren (Ctrl+N)</source>
        <translation>Register a new case (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="74"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="138"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="139"/>
        <source>Alle open zaken</source>
        <translation>All open cases</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="142"/>
        <source>Nog aan te vullen</source>
        <translation>To be completed</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="143"/>
        <source>Alle jaren</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="144"/>
        <source>Alle soorten conflict</source>
        <translation>All conflict types</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="145"/>
        <source>Alle wijken</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/cases/case_list.py" line="190"/>
        <source>%Ln zaken</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="190"/>
        <source>1 zaak</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="192"/>
        <source>typ minstens 3 tekens om te zoeken</source>
        <translation>type at least 3 characters to search</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_list.py" line="194"/>
        <source>de lijst toont de eerste %1; zoek of filter om andere te vinden</source>
        <translation>the list shows the first %1; search or filter to find others</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../../views/cases/case_table_model.py" line="36"/>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_table_model.py" line="37"/>
        <source>Aangemeld op</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_table_model.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_table_model.py" line="39"/>
        <source>Aanvrager (A)</source>
        <translation>Requester (A)</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_table_model.py" line="40"/>
        <source>Adres A</source>
        <translation>Address A</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_table_model.py" line="41"/>
        <source>Andere partij (B)</source>
        <translation>Other party (B)</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_table_model.py" line="42"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_table_model.py" line="43"/>
        <source>Soort conflict</source>
        <translation>Conflict type</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_table_model.py" line="44"/>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../views/cases/case_view.py" line="106"/>
        <source>Complexe zaak</source>
        <translation>Complex case</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="107"/>
        <source>de verwijzer mag horen hoe het ging</source>
        <translation>the referrer may hear how it went</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="108"/>
        <source>Partijen geven toestemming voor terugkoppeling aan de verwijzer</source>
        <translation>Parties consent to feedback to the referrer</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="113"/>
        <source>Wijzigingen opslaan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="120"/>
        <source>Gegevens van de zaak</source>
        <translation>Case details</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="123"/>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="124"/>
        <source>Soort conflict</source>
        <translation>Conflict type</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="125"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="126"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="128"/>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="129"/>
        <source>Verhaal</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="131"/>
        <source>Partijen</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="170"/>
        <location filename="../../views/cases/case_view.py" line="208"/>
        <source>Journaal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="173"/>
        <source>Typ een notitie of een verslag van een telefoongesprek (Ctrl+Enter)</source>
        <translation>Type a note or a phone call report (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="179"/>
        <source>Notitie toevoegen</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="180"/>
        <source>Telefoongesprek toevoegen</source>
        <translation>Add phone call</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="196"/>
        <location filename="../../views/cases/case_view.py" line="314"/>
        <source>Koppel voorstellen…</source>
        <translation>Propose a pair…</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="198"/>
        <source>Koppel</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="159"/>
        <source>Status wijzigen…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="134"/>
        <source>Nog aan te vullen</source>
        <translation>To be completed</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="138"/>
        <source>Afgehandeld</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="140"/>
        <source>Alles hierboven is nagekeken en aangevuld: de zaak gaat van de lijst „Nog aan te vullen” af. Een onvolledig adres blijft staan tot het is aangevuld.</source>
        <translation>Everything above has been checked and completed: the case leaves the list “To be completed”. An incomplete address stays until it is completed.</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="160"/>
        <source>De zaak naar een volgende (of andere) stap zetten</source>
        <translation>Move the case to a next (or other) step</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="213"/>
        <source>Afspraken</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="214"/>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="215"/>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="277"/>
        <source>Zaak %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="278"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="281"/>
        <source>Aangemeld op</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="282"/>
        <source>Verwezen door</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="283"/>
        <source>Verwijzer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="284"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="285"/>
        <source>Eerste gesprek</source>
        <translation>First talk</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="286"/>
        <source>Bemiddelingsgesprek</source>
        <translation>Joint session</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="287"/>
        <source>Nazorg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="288"/>
        <source>Afgesloten op</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="289"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="290"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="291"/>
        <source>Toelichting afsluiting</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="311"/>
        <source>Nog geen koppel.</source>
        <translation>No pair yet.</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="313"/>
        <source>Ander koppel voorstellen…</source>
        <translation>Propose another pair…</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="344"/>
        <source>Partij %1</source>
        <translation>Party %1</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="346"/>
        <source>aanvrager</source>
        <translation>requester</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="353"/>
        <source>aangevuld uit adres partij A</source>
        <translation>completed from party A’s address</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="356"/>
        <source>zoals in het importbestand, nog aan te vullen</source>
        <translation>as in the imported file, to be completed</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="358"/>
        <source>Voorkeurstaal: %1</source>
        <translation>Preferred language: %1</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="360"/>
        <source>tolk nodig</source>
        <translation>interpreter needed</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="365"/>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="375"/>
        <source>Dubbel?…</source>
        <translation>Duplicate?…</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="377"/>
        <source>Staat deze persoon nog eens in het bestand, anders geschreven?</source>
        <translation>Is this person in the file once more, written differently?</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="385"/>
        <source>Partij toevoegen…</source>
        <translation>Add party…</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="535"/>
        <source>Koppel toegewezen</source>
        <translation>Pair assigned</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="536"/>
        <source>Het koppel is toegewezen. Zaak %1 staat nog op &apos;%2&apos;. De status doorzetten naar &apos;%3&apos;?</source>
        <translation>The pair has been assigned. Case %1 is still at &apos;%2&apos;. Move the status on to &apos;%3&apos;?</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="400"/>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="404"/>
        <source>Zaak aangemeld</source>
        <translation>Case registered</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="458"/>
        <location filename="../../views/cases/case_view.py" line="479"/>
        <source>Incidenten:</source>
        <translation>Incidents:</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="466"/>
        <source>zelfde adres</source>
        <translation>same address</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="466"/>
        <source>zelfde persoon</source>
        <translation>same person</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="476"/>
        <source>Herhaling:</source>
        <translation>Recurrence:</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="477"/>
        <source>eerdere zaken met deze partijen of adressen: </source>
        <translation>earlier cases with these parties or addresses: </translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="564"/>
        <source>Partij toevoegen</source>
        <translation>Add party</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="571"/>
        <source>Partij %1 wijzigen</source>
        <translation>Edit party %1</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="760"/>
        <source>Status gewijzigd: %1 → %2.</source>
        <translation>Status changed: %1 → %2.</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="763"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="778"/>
        <source>Terug naar %1 (was %2).</source>
        <translation>Back to %1 (was %2).</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="833"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../views/cases/case_view.py" line="834"/>
        <source>Zaak %1 heeft wijzigingen die nog niet zijn opgeslagen. Opslaan?</source>
        <translation>Case %1 has changes that have not been saved. Save them?</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../views/cases/cases_page.py" line="58"/>
        <source>Zakenlijst</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../views/cases/cases_page.py" line="65"/>
        <source>Herstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../views/cases/cases_page.py" line="66"/>
        <location filename="../../views/cases/cases_page.py" line="107"/>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../views/cases/cases_page.py" line="95"/>
        <source>Er zijn aanmeldingen die niet zijn opgeslagen, de laatste van %1. Wilt u ze herstellen?</source>
        <translation>There are registrations that were not saved, the latest from %1. Do you want to restore them?</translation>
    </message>
    <message>
        <location filename="../../views/cases/cases_page.py" line="108"/>
        <source>De niet-opgeslagen aanmeldingen weggooien? Dit kan niet ongedaan worden.</source>
        <translation>Discard the unsaved registrations? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../views/cases/cases_page.py" line="122"/>
        <source>Nieuwe zaak</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../views/cases/cases_page.py" line="185"/>
        <source>Aanmelding niet opgeslagen</source>
        <translation>Registration not saved</translation>
    </message>
    <message>
        <location filename="../../views/cases/cases_page.py" line="187"/>
        <source>Deze aanmelding is nog niet opgeslagen. Wilt u wat u typte weggooien?</source>
        <translation>This registration has not been saved. Discard what you typed?</translation>
    </message>
</context>
<context>
    <name>CategoriesEditor</name>
    <message>
        <location filename="../../views/admin/categories_editor.py" line="30"/>
        <source>Categorieën</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../views/admin/categories_editor.py" line="31"/>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../views/admin/categories_editor.py" line="32"/>
        <source>Naam wijzigen…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../views/admin/categories_editor.py" line="33"/>
        <location filename="../../views/admin/categories_editor.py" line="78"/>
        <source>Niet meer gebruiken</source>
        <translation>Stop using</translation>
    </message>
    <message>
        <location filename="../../views/admin/categories_editor.py" line="35"/>
        <source>Categorieën die niet meer gebruikt worden blijven bij oude zaken staan.</source>
        <translation>Categories no longer in use stay with old cases.</translation>
    </message>
    <message>
        <location filename="../../views/admin/categories_editor.py" line="58"/>
        <source>(niet in gebruik)</source>
        <translation>(not in use)</translation>
    </message>
    <message>
        <location filename="../../views/admin/categories_editor.py" line="77"/>
        <source>Weer gebruiken</source>
        <translation>Use again</translation>
    </message>
    <message>
        <location filename="../../views/admin/categories_editor.py" line="82"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../views/admin/categories_editor.py" line="82"/>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../views/admin/categories_editor.py" line="93"/>
        <source>Naam wijzigen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../views/admin/categories_editor.py" line="93"/>
        <source>Nieuwe naam:</source>
        <translation>New name:</translation>
    </message>
</context>
<context>
    <name>ClaimsDialog</name>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="54"/>
        <source>Declaraties</source>
        <translation>Expense claims</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="56"/>
        <location filename="../../views/mediators/claims_dialog.py" line="76"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="60"/>
        <source>Declaraties per bemiddelaar</source>
        <translation>Claims per mediator</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="62"/>
        <source>Bemiddelaar</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="62"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="62"/>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="62"/>
        <source>Kosten</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="63"/>
        <source>Vergoeding</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="63"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="70"/>
        <source>Alle declaraties als PDF (om te tekenen)…</source>
        <translation>All claims as PDF (to sign)…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="71"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="72"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="102"/>
        <source>Bezig met lezen…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="127"/>
        <source>Boven de belastingvrije grens</source>
        <translation>Above the tax-free limit</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="130"/>
        <source>%1 declaraties, samen %2.</source>
        <translation>%1 claims, %2 in total.</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="132"/>
        <source>Geen uren of kosten in deze maand.</source>
        <translation>No hours or costs this month.</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="134"/>
        <source>%1 boven de belastingvrije grens (rood).</source>
        <translation>%1 above the tax-free limit (red).</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="142"/>
        <source>Declaraties opslaan</source>
        <translation>Save claims</translation>
    </message>
    <message>
        <location filename="../../views/mediators/claims_dialog.py" line="150"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <location filename="../../views/cases/close_case_dialog.py" line="32"/>
        <source>Zaak %1 afsluiten</source>
        <translation>Close case %1</translation>
    </message>
    <message>
        <location filename="../../views/cases/close_case_dialog.py" line="35"/>
        <source>— kies het resultaat —</source>
        <translation>— choose the result —</translation>
    </message>
    <message>
        <location filename="../../views/cases/close_case_dialog.py" line="39"/>
        <source>— kies de reden —</source>
        <translation>— choose the reason —</translation>
    </message>
    <message>
        <location filename="../../views/cases/close_case_dialog.py" line="44"/>
        <source>Korte toelichting (optioneel)</source>
        <translation>Short note (optional)</translation>
    </message>
    <message>
        <location filename="../../views/cases/close_case_dialog.py" line="52"/>
        <source>Afsluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../views/cases/close_case_dialog.py" line="56"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../views/cases/close_case_dialog.py" line="57"/>
        <source>Reden geen bemiddeling</source>
        <translation>Reason for no mediation</translation>
    </message>
    <message>
        <location filename="../../views/cases/close_case_dialog.py" line="58"/>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ConflictTypePicker</name>
    <message>
        <location filename="../../views/cases/conflict_type_picker.py" line="19"/>
        <source>Belangrijkste soort conflict</source>
        <translation>Main conflict type</translation>
    </message>
    <message>
        <location filename="../../views/cases/conflict_type_picker.py" line="22"/>
        <source>Ook van toepassing</source>
        <translation>Also applies</translation>
    </message>
    <message>
        <location filename="../../views/cases/conflict_type_picker.py" line="24"/>
        <source>Ook van toepassing: vink aan met de spatiebalk</source>
        <translation>Also applies: tick with the space bar</translation>
    </message>
    <message>
        <location filename="../../views/cases/conflict_type_picker.py" line="37"/>
        <source>— kies de belangrijkste soort —</source>
        <translation>— choose the main type —</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <location filename="../../views/access/lock_screen.py" line="43"/>
        <source>Burenrust is vergrendeld</source>
        <translation>Burenrust is locked</translation>
    </message>
</context>
<context>
    <name>DataQuality</name>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="46"/>
        <source>Adres zonder (volledige) postcode</source>
        <translation>Address without (full) postcode</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="47"/>
        <source>Geïmporteerd, nog aan te vullen</source>
        <translation>Imported, still to complete</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="48"/>
        <source>Afgesloten zonder resultaat (ontbreekt in de cijfers)</source>
        <translation>Closed without result (missing from the figures)</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="50"/>
        <source>Open zaken zonder activiteit sinds %1 dagen</source>
        <translation>Open cases without activity for %1 days</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="52"/>
        <source>Actieve bemiddelaars zonder beschikbaarheid (worden niet voorgesteld)</source>
        <translation>Active mediators without availability (not proposed)</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="54"/>
        <source>Bewaartermijn verstreken</source>
        <translation>Retention period passed</translation>
    </message>
</context>
<context>
    <name>DataQualityDialog</name>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="74"/>
        <source>Gegevens aanvullen</source>
        <translation>Complete the data</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="75"/>
        <location filename="../../views/admin/data_quality_dialog.py" line="96"/>
        <source>Het bestand wordt nagelopen…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="78"/>
        <source>Wat ontbreekt</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="80"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="82"/>
        <source>Opnieuw nalopen</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="122"/>
        <source>… en nog %1</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="126"/>
        <source>%1 zaken anonimiseren</source>
        <translation>anonymise %1 cases</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="129"/>
        <source>%1 gestopte bemiddelaars anonimiseren</source>
        <translation>anonymise %1 mediators who stopped</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="138"/>
        <source>%1 punten om aan te vullen. Dubbelklik op een regel om het te openen; deze lijst sluit dan.</source>
        <translation>%1 points to complete. Double-click a line to open it; this list then closes.</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="140"/>
        <source>Niets ontbreekt: de gegevens zijn op orde.</source>
        <translation>Nothing is missing: the data is in order.</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="157"/>
        <source>afgesloten %1</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/data_quality_dialog.py" line="159"/>
        <source>laatste activiteit %1</source>
        <translation>last activity %1</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="37"/>
        <location filename="../../views/admin/database_dialog.py" line="112"/>
        <source>Databaseserver</source>
        <translation>Database server</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="48"/>
        <source>wordt bewaard in de sleutelbos van het systeem</source>
        <translation>kept in the system&apos;s keyring</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="51"/>
        <source>De gegevens van deze pc meenemen naar de server (die nog geen zaken mag hebben)</source>
        <translation>Take the data on this PC along to the server (which must not hold cases yet)</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="57"/>
        <source>Gebruikt u Burenrust op meer pc&apos;s tegelijk, dan kunnen de gegevens op een PostgreSQL-server staan. Een lege database wordt ingericht; de gegevens van deze pc kunnen mee. Het bestand op deze pc blijft zoals het is.</source>
        <translation>If you use Burenrust on several PCs at once, the data can live on a PostgreSQL server. An empty database is set up; the data on this PC can come along. The file on this PC stays as it is.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="62"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="63"/>
        <source>Poort</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="64"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="65"/>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="66"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="67"/>
        <source>Verbinding testen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="68"/>
        <source>Deze server gebruiken</source>
        <translation>Use this server</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="69"/>
        <source>Het bestand op deze pc gebruiken</source>
        <translation>Use the file on this PC</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="71"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="96"/>
        <source>Bezig met verbinden…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="101"/>
        <source>Verbonden met PostgreSQL %1.</source>
        <translation>Connected to PostgreSQL %1.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="106"/>
        <source>Geen verbinding. Controleer de server, de poort, de naam van de database, de gebruiker en het wachtwoord. (%1)</source>
        <translation>No connection. Check the server, the port, the database name, the user and the password. (%1)</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="113"/>
        <source>De instelling is bewaard. Start Burenrust opnieuw om hem te gebruiken.</source>
        <translation>The setting was saved. Restart Burenrust to use it.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="117"/>
        <source>Vul de server en de naam van de database in.</source>
        <translation>Fill in the server and the database name.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="122"/>
        <source>Bezig met overzetten van de gegevens…</source>
        <translation>Moving the data…</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="127"/>
        <source>1 zaak overgezet.</source>
        <translation>1 case moved.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="128"/>
        <source>%1 zaken overgezet.</source>
        <translation>%1 cases moved.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="134"/>
        <source>Niets overgezet: de database op de server bevat al zaken.</source>
        <translation>Nothing moved: the database on the server already holds cases.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="136"/>
        <source>Er is geen bestand om over te zetten.</source>
        <translation>There is no file to move.</translation>
    </message>
    <message>
        <location filename="../../views/admin/database_dialog.py" line="139"/>
        <source>Het overzetten lukte niet; er is niets veranderd. (%1)</source>
        <translation>Moving the data failed; nothing was changed. (%1)</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="49"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="49"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="49"/>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="58"/>
        <source>Sleep een bestand (scan, e-mail) hierheen om het bij de zaak te bewaren.</source>
        <translation>Drop a file (scan, e-mail) here to keep it with the case.</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="62"/>
        <source>Brief maken…</source>
        <translation>Make letter…</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="63"/>
        <source>Bestand toevoegen…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="64"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="65"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="66"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="67"/>
        <location filename="../../views/documents/documents_tab.py" line="149"/>
        <source>Per e-mail versturen</source>
        <translation>Send by e-mail</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="69"/>
        <source>De brief als PDF per e-mail aan de ontvanger, als die e-mail koos</source>
        <translation>The letter as a PDF by e-mail to the recipient, if they chose e-mail</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="70"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="150"/>
        <source>De brief staat klaar om te versturen en gaat binnen enkele minuten weg. In het logboek van de zaak ziet u wanneer. Lukt het niet, dan staat dat bij Te doen.</source>
        <translation>The letter is ready to send and will go within a few minutes. The case journal shows when. If it fails, To do says so.</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="166"/>
        <source>Bewaard bij de zaak, onder Documenten. Afdrukken of opslaan kan hier meteen.</source>
        <translation>Kept with the case, under Documents. You can print or save it right here.</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="184"/>
        <source>Bestand toevoegen</source>
        <translation>Add file</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="234"/>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="247"/>
        <location filename="../../views/documents/documents_tab.py" line="256"/>
        <source>Document verwijderen</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../views/documents/documents_tab.py" line="248"/>
        <source>Waarom verwijdert u „%1”? De reden blijft in het journaal staan.</source>
        <translation>Why are you deleting “%1”? The reason stays in the journal.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="9"/>
        <source>zelfde achternaam</source>
        <translation>same surname</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="10"/>
        <source>dubbele achternaam</source>
        <translation>double surname</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="11"/>
        <source>achternaam bijna gelijk (tikfout?)</source>
        <translation>surname nearly the same (a typo?)</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="12"/>
        <source>zelfde voornaam</source>
        <translation>same first name</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="13"/>
        <source>voorletter past bij de voornaam</source>
        <translation>initial fits the first name</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="14"/>
        <source>voornaam bijna gelijk</source>
        <translation>first name nearly the same</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="15"/>
        <source>voornaam ontbreekt bij een van beiden</source>
        <translation>first name missing for one of them</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="16"/>
        <source>zelfde telefoonnummer</source>
        <translation>same phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="17"/>
        <source>zelfde e-mailadres</source>
        <translation>same e-mail address</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="18"/>
        <source>zelfde adres</source>
        <translation>same address</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="19"/>
        <source>zelfde straat</source>
        <translation>same street</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="20"/>
        <source>straat anders geschreven (afkorting)</source>
        <translation>street written differently (abbreviation)</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="21"/>
        <source>straat bijna gelijk (tikfout?)</source>
        <translation>street nearly the same (typo?)</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="22"/>
        <source>zelfde postcode</source>
        <translation>same postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="23"/>
        <source>postcode zonder letters</source>
        <translation>postcode without letters</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="24"/>
        <source>postcode verschilt in de letters</source>
        <translation>postcode differs in the letters</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="25"/>
        <source>toevoeging anders geschreven</source>
        <translation>addition written differently</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="26"/>
        <source>zelfde plaats</source>
        <translation>same town</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="27"/>
        <source>zelfde naam</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="28"/>
        <source>zelfde woorden, andere volgorde</source>
        <translation>same words, other order</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="29"/>
        <source>naam bijna gelijk (tikfout?)</source>
        <translation>name nearly the same (typo?)</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="30"/>
        <source>zelfde e-maildomein</source>
        <translation>same e-mail domain</translation>
    </message>
    <message>
        <location filename="../../desktop/quality/reason_words.py" line="31"/>
        <source>zelfde organisatie</source>
        <translation>same organisation</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="108"/>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="109"/>
        <source>Tussenvoegsel</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="110"/>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="111"/>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="112"/>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="93"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="102"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="113"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="59"/>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="60"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="69"/>
        <source>Niet dezelfde persoon</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="61"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="64"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="62"/>
        <source>Adressen</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="63"/>
        <source>Niet hetzelfde adres</source>
        <translation>Not the same address</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="65"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="66"/>
        <source>Niet dezelfde organisatie</source>
        <translation>Not the same organisation</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="67"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="68"/>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="70"/>
        <source>Verwezen zaken</source>
        <translation>Referred cases</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="77"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="89"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="78"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="90"/>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="79"/>
        <source>Toevoeging</source>
        <translation>Addition</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="80"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="91"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="81"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="92"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="82"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="83"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="87"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="99"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="88"/>
        <source>Soort verwijzer</source>
        <translation>Kind of referrer</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="94"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="103"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="114"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="100"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="101"/>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="104"/>
        <source>Wijken</source>
        <translation>Neighbourhoods</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="105"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="115"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="116"/>
        <source>Tolk nodig</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="95"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="117"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="133"/>
        <source>Dubbele personen</source>
        <translation>Duplicate persons</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="135"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="184"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="139"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="230"/>
        <source>Het bestand wordt doorzocht…</source>
        <translation>Searching the file…</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="142"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="197"/>
        <source>Mogelijk dubbel</source>
        <translation>Possibly duplicate</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="143"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="143"/>
        <source>Wie of wat</source>
        <translation>Who or what</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="144"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="157"/>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="158"/>
        <source>Niet dezelfde persoon</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="175"/>
        <source>&amp;Zoek dubbele</source>
        <translation>&amp;Find duplicate</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="183"/>
        <location filename="../../views/admin/duplicates_dialog.py" line="198"/>
        <source>Samengevoegd</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="184"/>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="185"/>
        <source>Bewaard</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="185"/>
        <source>Opgegaan in</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="191"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="255"/>
        <source>%1 mogelijk dubbel, de waarschijnlijkste bovenaan.</source>
        <translation>%1 possibly duplicate, the most likely on top.</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="257"/>
        <source>Niets dubbels gevonden.</source>
        <translation>No duplicates found.</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="283"/>
        <source>Een van beiden bestaat niet meer; zoek opnieuw.</source>
        <translation>One of the two no longer exists; search again.</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="375"/>
        <source>%1 en %2 weer als twee terugzetten?</source>
        <translation>Put %1 and %2 back as two?</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="288"/>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="288"/>
        <source>Opgaan in de ander</source>
        <translation>Merge into the other</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="300"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="300"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../views/admin/duplicates_dialog.py" line="374"/>
        <source>Samenvoegen ongedaan maken</source>
        <translation>Undo merge</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../views/errors.py" line="53"/>
        <source>Burenrust is alleen-lezen geopend, omdat de gegevens elders in gebruik zijn. Er is niets veranderd.</source>
        <translation>Burenrust is open read-only because the data is in use elsewhere. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../views/errors.py" line="60"/>
        <source>De database kon deze handeling niet uitvoeren (misschien is het bestand in gebruik of de schijf vol). Er is niets half opgeslagen; probeer het zo opnieuw.</source>
        <translation>The database could not do this (perhaps the file is in use or the disk is full). Nothing was half saved; please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../views/errors.py" line="66"/>
        <source>De database weigerde deze wijziging. Er is niets half opgeslagen.</source>
        <translation>The database refused this change. Nothing was half saved.</translation>
    </message>
    <message>
        <location filename="../../views/errors.py" line="71"/>
        <source>Er ging onverwacht iets mis. Uw gegevens zijn veilig; er is niets half opgeslagen. U kunt gewoon verder werken.</source>
        <translation>Something unexpected went wrong. Your data is safe; nothing was half saved. You can carry on working.</translation>
    </message>
    <message>
        <location filename="../../views/errors.py" line="77"/>
        <source>Details staan in het logbestand:
%1</source>
        <translation>Details are in the log file:
%1</translation>
    </message>
    <message>
        <location filename="../../views/errors.py" line="98"/>
        <location filename="../../views/errors.py" line="101"/>
        <location filename="../../views/errors.py" line="105"/>
        <location filename="../../views/errors.py" line="129"/>
        <source>Burenrust</source>
        <translation>Burenrust</translation>
    </message>
</context>
<context>
    <name>ExpenseLineDialog</name>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="96"/>
        <source>Uren en kosten</source>
        <translation>Hours and costs</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="97"/>
        <source>Regel wijzigen</source>
        <translation>Change line</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="107"/>
        <source>bijvoorbeeld parkeren, printen</source>
        <translation>for example parking, printing</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="128"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="129"/>
        <source>Waarvoor</source>
        <translation>What for</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="130"/>
        <source>Zaaknummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="131"/>
        <source>Tijd (uren:minuten)</source>
        <translation>Time (hours:minutes)</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="135"/>
        <source>Kilometers</source>
        <translation>Kilometres</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="136"/>
        <source>Openbaar vervoer</source>
        <translation>Public transport</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="137"/>
        <source>Overige kosten</source>
        <translation>Other costs</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="138"/>
        <source>Waarvoor (overige kosten)</source>
        <translation>What for (other costs)</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="139"/>
        <source>Vrijwilligersvergoeding</source>
        <translation>Volunteer allowance</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="141"/>
        <source>Opmerking</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="162"/>
        <source>Het bureau betaalt geen vrijwilligersvergoeding (Beheer → Vrijwilligerszorg).</source>
        <translation>The office pays no volunteer allowance (Admin → Volunteer care).</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="200"/>
        <source>× %1 = %2</source>
        <translation>× %1 = %2</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="228"/>
        <source>Boven de belastingvrije grens</source>
        <translation>Above the tax-free limit</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="230"/>
        <source>Over de hele vergoeding is dan belasting verschuldigd. Toch opslaan?</source>
        <translation>Tax is then due over the whole allowance. Save anyway?</translation>
    </message>
</context>
<context>
    <name>Expenses</name>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="64"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="65"/>
        <source>Intervisie</source>
        <translation>Peer supervision</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="66"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="67"/>
        <source>Kantoor of spreekuur</source>
        <translation>Office or consultation hours</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="68"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="73"/>
        <source>Met deze regel komt de vrijwilligersvergoeding deze maand op %1, boven de belastingvrije grens van %2.</source>
        <translation>With this line the volunteer allowance this month comes to %1, above the tax-free limit of %2.</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="76"/>
        <source>Met deze regel komt de vrijwilligersvergoeding dit jaar op %1, boven de belastingvrije grens van %2.</source>
        <translation>With this line the volunteer allowance this year comes to %1, above the tax-free limit of %2.</translation>
    </message>
</context>
<context>
    <name>ExpensesDialog</name>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="256"/>
        <source>Uren en kosten van %1</source>
        <translation>Hours and costs of %1</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="260"/>
        <location filename="../../views/mediators/expenses_dialog.py" line="279"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="262"/>
        <source>Regels</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="264"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="264"/>
        <source>Waarvoor</source>
        <translation>What for</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="264"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="264"/>
        <source>Km</source>
        <translation>Km</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="265"/>
        <source>Reiskosten</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="265"/>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="265"/>
        <source>Vergoeding</source>
        <translation>Allowance</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="265"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="273"/>
        <source>Regel toevoegen…</source>
        <translation>Add line…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="274"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="275"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="328"/>
        <source>%1 uur, kosten %2, vrijwilligersvergoeding %3</source>
        <translation>%1 hours, costs %2, volunteer allowance %3</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="333"/>
        <source>(belastingvrij tot %1 per jaar, %2 per maand)</source>
        <translation>(tax-free up to %1 a year, %2 a month)</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="363"/>
        <source>Regel verwijderen</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <location filename="../../views/mediators/expenses_dialog.py" line="364"/>
        <source>De regel van %1 verwijderen?</source>
        <translation>Delete the line of %1?</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../views/file_export.py" line="20"/>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/file_export.py" line="21"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/file_export.py" line="22"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/file_export.py" line="23"/>
        <source>JSON-bestand (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../views/figures/figures_page.py" line="46"/>
        <source>Afgesloten naar resultaat</source>
        <translation>Closed by result</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="47"/>
        <source>Niet in behandeling, reden</source>
        <translation>Not taken up, reason</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="48"/>
        <source>Soort conflict</source>
        <translation>Conflict type</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="49"/>
        <source>Verwijzer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="50"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="51"/>
        <source>Bemiddelaars en zaken</source>
        <translation>Mediators and cases</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="52"/>
        <location filename="../../views/figures/figures_page.py" line="206"/>
        <source>Incidenten</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="63"/>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="66"/>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="70"/>
        <source>Heel jaar</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="70"/>
        <source>1e kwartaal</source>
        <translation>1st quarter</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="71"/>
        <source>2e kwartaal</source>
        <translation>2nd quarter</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="71"/>
        <source>3e kwartaal</source>
        <translation>3rd quarter</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="72"/>
        <source>4e kwartaal</source>
        <translation>4th quarter</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="72"/>
        <source>Eigen periode</source>
        <translation>Own period</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="81"/>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="82"/>
        <source>Alle wijken</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="87"/>
        <source>niets verbergen</source>
        <translation>hide nothing</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="88"/>
        <source>kleiner dan </source>
        <translation>smaller than </translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="93"/>
        <source>&amp;Verberg groepen</source>
        <translation>&amp;Hide groups</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="102"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="103"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="104"/>
        <source>PDF-rapport…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="107"/>
        <source>Exporteren:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="158"/>
        <source>Kies een geldige periode.</source>
        <translation>Choose a valid period.</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="162"/>
        <source>Bezig met tellen…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="197"/>
        <source>Aanmeldingen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="197"/>
        <source>In behandeling genomen</source>
        <translation>Taken up</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="198"/>
        <source>Niet in behandeling genomen</source>
        <translation>Not taken up</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="198"/>
        <source>Nog in afwachting</source>
        <translation>Still pending</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="199"/>
        <source>Afgesloten zaken</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="199"/>
        <source>Gesprekken met partijen</source>
        <translation>Talks with parties</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="200"/>
        <source>Bemiddelingsgesprekken (gezamenlijk)</source>
        <translation>Joint mediation sessions</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="200"/>
        <source>Nazorggesprekken</source>
        <translation>Follow-up talks</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="201"/>
        <source>Mediaan dagen van aanmelding tot eerste gesprek</source>
        <translation>Median days from registration to first talk</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="202"/>
        <source>Mediaan dagen van aanmelding tot afsluiting</source>
        <translation>Median days from registration to closing</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="203"/>
        <source>Actieve bemiddelaars</source>
        <translation>Active mediators</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="204"/>
        <source>Uren ingezet door vrijwilligers (gedeclareerd)</source>
        <translation>Hours given by volunteers (claimed)</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="205"/>
        <source>Uren training</source>
        <translation>Training hours</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="205"/>
        <source>Uren intervisie (aanwezig)</source>
        <translation>Peer supervision hours (present)</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="212"/>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="212"/>
        <source>Aantal</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="243"/>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="243"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="244"/>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="247"/>
        <source>Cijfers opslaan</source>
        <translation>Save figures</translation>
    </message>
    <message>
        <location filename="../../views/figures/figures_page.py" line="262"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <location filename="../../views/access/first_account_dialog.py" line="35"/>
        <source>Burenrust beveiligen</source>
        <translation>Securing Burenrust</translation>
    </message>
    <message>
        <location filename="../../views/access/first_account_dialog.py" line="40"/>
        <source>Burenrust bewaart gegevens van bewoners. Maak het account van de coördinator: met die naam en dat wachtwoord meldt u zich voortaan aan. In Beheer maakt u daarna accounts voor medewerkers (zaken en afspraken) en voor wie alleen leest.</source>
        <translation>Burenrust keeps residents&apos; data. Create the coordinator&apos;s account: from now on you sign in with this name and password. Afterwards, under Administration, you create accounts for staff (cases and appointments) and for those who only read.</translation>
    </message>
    <message>
        <location filename="../../views/access/first_account_dialog.py" line="48"/>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../views/access/first_account_dialog.py" line="50"/>
        <source>Account maken</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../views/access/first_account_dialog.py" line="52"/>
        <source>Zonder aanmelden werken…</source>
        <translation>Work without signing in…</translation>
    </message>
    <message>
        <location filename="../../views/access/first_account_dialog.py" line="54"/>
        <source>Stoppen</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="38"/>
        <source>Datum aanmelding</source>
        <translation>Date of registration</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="44"/>
        <source>Naam aanvrager</source>
        <translation>Name of requester</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="105"/>
        <source>Soort conflict</source>
        <translation>Conflict type</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="127"/>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="129"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="116"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="33"/>
        <source>Oud zaaknummer</source>
        <translation>Old case number</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="48"/>
        <source>Voornaam aanvrager</source>
        <translation>Applicant’s first name</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="49"/>
        <source>Tussenvoegsel aanvrager</source>
        <translation>Applicant’s name prefix</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="51"/>
        <source>Achternaam aanvrager</source>
        <translation>Applicant’s surname</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="54"/>
        <source>Adres aanvrager (in één kolom)</source>
        <translation>Requester&apos;s address (in one column)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="57"/>
        <source>Straat aanvrager</source>
        <translation>Requester&apos;s street</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="60"/>
        <source>Huisnummer aanvrager</source>
        <translation>Requester&apos;s house number</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="62"/>
        <source>Toevoeging aanvrager</source>
        <translation>Applicant’s house number addition</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="65"/>
        <source>Postcode aanvrager</source>
        <translation>Requester&apos;s postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="68"/>
        <source>Plaats aanvrager</source>
        <translation>Requester&apos;s town</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="71"/>
        <source>Telefoon aanvrager</source>
        <translation>Requester&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="74"/>
        <source>E-mail aanvrager</source>
        <translation>Requester&apos;s e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="77"/>
        <source>Naam andere partij</source>
        <translation>Other party&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="81"/>
        <source>Voornaam andere partij</source>
        <translation>Other party’s first name</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="82"/>
        <source>Tussenvoegsel andere partij</source>
        <translation>Other party’s name prefix</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="83"/>
        <source>Achternaam andere partij</source>
        <translation>Other party’s surname</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="85"/>
        <source>Adres andere partij (in één kolom)</source>
        <translation>Other party&apos;s address (in one column)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="88"/>
        <source>Straat andere partij</source>
        <translation>Other party&apos;s street</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="91"/>
        <source>Huisnummer andere partij</source>
        <translation>Other party&apos;s house number</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="93"/>
        <source>Toevoeging andere partij</source>
        <translation>Other party’s house number addition</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="95"/>
        <source>Postcode andere partij</source>
        <translation>Other party&apos;s postcode</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="97"/>
        <source>Plaats andere partij</source>
        <translation>Other party’s town</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="100"/>
        <source>Telefoon andere partij</source>
        <translation>Other party&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="102"/>
        <source>E-mail andere partij</source>
        <translation>Other party’s e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="110"/>
        <source>Verwijzer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="120"/>
        <source>Reden geen bemiddeling</source>
        <translation>Reason for no mediation</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="123"/>
        <source>Datum afsluiting</source>
        <translation>Date closed</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="132"/>
        <source>Verhaal</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/columns.py" line="136"/>
        <source>Opmerkingen (in het journaal)</source>
        <translation>Notes (into the journal)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="43"/>
        <source>geen kolom met een naam of een datum gevonden</source>
        <translation>no column with a name or a date found</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="45"/>
        <source>geen naam en geen datum</source>
        <translation>no name and no date</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="46"/>
        <source>een regel met totalen, geen zaak</source>
        <translation>a row of totals, not a case</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="47"/>
        <source>de kopregel nog eens</source>
        <translation>the header row again</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="48"/>
        <source>precies dezelfde regel staat hoger in het bestand</source>
        <translation>exactly the same row is higher up in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="53"/>
        <source>datum onleesbaar (zoals getypt in de notities)</source>
        <translation>unreadable date (as typed in the notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="55"/>
        <source>datum bestaat niet (zoals getypt in de notities)</source>
        <translation>date does not exist (as typed in the notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="57"/>
        <source>datum buiten 1980–2099 (zoals getypt in de notities)</source>
        <translation>date outside 1980–2099 (as typed in the notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="59"/>
        <source>geen bruikbare datum van aanmelding: voorlopig een datum uit het bestand genomen (nog aan te vullen)</source>
        <translation>no usable registration date: a date from the file taken for now (to be completed)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="62"/>
        <source>afgesloten vóór de aanmelding (afsluitdatum in de notities)</source>
        <translation>closed before it was registered (closing date in the notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="64"/>
        <source>afsluitdatum zonder resultaat (zaak blijft open, datum in de notities)</source>
        <translation>closing date without a result (the case stays open, the date is in the notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="66"/>
        <source>resultaat zonder afsluitdatum (afgesloten, datum onbekend)</source>
        <translation>result without a closing date (closed, date unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="68"/>
        <source>naam aanvrager leeg (als „Onbekend” opgenomen)</source>
        <translation>applicant’s name empty (entered as “Onbekend”)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="70"/>
        <source>adres zonder postcode: plaats en postcodegebied uit het adres van partij A (nog aan te vullen)</source>
        <translation>address without a postcode: town and postcode area from party A’s address (to be completed)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="73"/>
        <source>adres zonder postcode (zoals getypt bewaard, nog aan te vullen)</source>
        <translation>address without a postcode (kept as typed, to be completed)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="75"/>
        <source>postcode onleesbaar (adres zoals getypt bewaard, nog aan te vullen)</source>
        <translation>unreadable postcode (address kept as typed, to be completed)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="77"/>
        <source>huisnummer onleesbaar (adres zoals getypt bewaard, nog aan te vullen)</source>
        <translation>unreadable house number (address kept as typed, to be completed)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="79"/>
        <source>adres zonder huisnummer (zoals getypt bewaard, nog aan te vullen)</source>
        <translation>address without a house number (kept as typed, to be completed)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="81"/>
        <source>telefoonnummer onleesbaar (zoals getypt in de notities)</source>
        <translation>unreadable phone number (as typed in the notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="83"/>
        <source>meer dan één telefoonnummer (het eerste in het veld, alles in de notities)</source>
        <translation>more than one phone number (the first in the field, all of them in the notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="86"/>
        <source>e-mailadres onleesbaar (zoals getypt in de notities)</source>
        <translation>unreadable e-mail address (as typed in the notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="88"/>
        <source>meer dan één e-mailadres (het eerste in het veld, alles in de notities)</source>
        <translation>more than one e-mail address (the first in the field, all of them in the notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="91"/>
        <source>tekst te lang voor het veld (ingekort; volledig in de notities)</source>
        <translation>text too long for the field (shortened; in full in the notes)</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="93"/>
        <source>onbruikbaar teken weggelaten</source>
        <translation>unusable character left out</translation>
    </message>
    <message>
        <location filename="../../desktop/cases/spreadsheet/rows.py" line="95"/>
        <source>hetzelfde dossiernummer staat hoger in het bestand (toch overgenomen)</source>
        <translation>the same case number is higher up in the file (imported anyway)</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="82"/>
        <source>Importeren: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="85"/>
        <source>Het bestand wordt gelezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="104"/>
        <source>Regel</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="104"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="104"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="104"/>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="105"/>
        <source>Wat er mis is</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="129"/>
        <source>Kolommen</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="130"/>
        <source>Waarden</source>
        <translation>Values</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="138"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="178"/>
        <source>— niet importeren —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="180"/>
        <source>(kolom %1)</source>
        <translation>(column %1)</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="197"/>
        <source>Klik op Proefdraaien om te zien wat dit oplevert.</source>
        <translation>Click Dry run to see what this gives.</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="234"/>
        <source>%1 zaken hebben een resultaat maar geen datum van afsluiting: ze worden afgesloten zonder datum en tellen mee bij de aanmeldingen van hun jaar, niet bij de afgesloten zaken.</source>
        <translation>%1 cases have a result but no closing date: they are closed without a date and count among the registrations of their year, not among the closed cases.</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="250"/>
        <source>In het bestand</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="250"/>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="251"/>
        <source>Wordt in Burenrust</source>
        <translation>Becomes in Burenrust</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="256"/>
        <location filename="../../views/admin/import_dialog.py" line="260"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="259"/>
        <source>Wordt in Burenrust: %1</source>
        <translation>Becomes in Burenrust: %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="262"/>
        <source>— zaak blijft open —</source>
        <translation>— case stays open —</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="282"/>
        <source>waarschuwing</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="283"/>
        <source>niet geïmporteerd</source>
        <translation>not imported</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="303"/>
        <source>Problemen opslaan</source>
        <translation>Save problems</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="319"/>
        <source>CSV voor Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="355"/>
        <source>Gestopt: er is niets geïmporteerd.</source>
        <translation>Stopped: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="136"/>
        <source>Proefdraaien</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="113"/>
        <source>Opmerkingen opslaan als CSV…</source>
        <translation>Save remarks as CSV…</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="114"/>
        <source>Geweigerde regels opslaan…</source>
        <translation>Save refused rows…</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="116"/>
        <source>De regels die niet geïmporteerd worden, zoals ze in het bestand staan, met de reden erbij: verbeter ze in Excel en importeer het bestand opnieuw.</source>
        <translation>The rows that are not imported, as they are in the file, with the reason: correct them in Excel and import the file again.</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="131"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="137"/>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="140"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="167"/>
        <source>De kopregel staat op regel %1; daaronder %2 regels. Kies bij elk gegeven de kolom waar het staat, en kijk bij Waarden of elke waarde goed wordt overgenomen. Niets gaat verloren: wat niet in een veld past, komt zoals getypt in de notities van de zaak, en bij Opmerkingen staat wat er met elke regel gebeurt. Nogmaals importeren voegt niets dubbel toe.</source>
        <translation>The header is on row %1, with %2 rows below it. For each detail choose the column it is in, and check under Values that every value is taken over correctly. Nothing is lost: what fits no field goes as typed into the case’s notes, and Remarks says what happens to each row. Importing again adds nothing twice.</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="213"/>
        <source>In de notities van de zaak (geen gegeven gekozen): %1</source>
        <translation>Into the case’s notes (no detail chosen): %1</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="219"/>
        <source>Kies eerst een kolom voor de naam van een partij of de datum van aanmelding.</source>
        <translation>First choose a column for a party’s name or the registration date.</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="222"/>
        <source>%1 zaken worden aangemaakt: %2 zoals ze zijn, %3 met een opmerking. %4 stonden er al (eerder geïmporteerd); %5 regels worden niet geïmporteerd (zonder naam en datum).</source>
        <translation>%1 cases will be made: %2 as they are, %3 with a remark. %4 were there already (imported before); %5 rows are not imported (no name and no date).</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="229"/>
        <source>%1 zaken komen op de lijst „Nog aan te vullen” (in de zakenlijst bij Status).</source>
        <translation>%1 cases go on the list “To be completed” (in the case list, under Status).</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="287"/>
        <source>Opmerkingen (%1)</source>
        <translation>Remarks (%1)</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="291"/>
        <source>Komen binnen met een opmerking</source>
        <translation>Come in with a remark</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="292"/>
        <source>Niet geïmporteerd</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="296"/>
        <source>%1 regels: %2</source>
        <translation>%1 rows: %2</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="309"/>
        <source>Geweigerde regels opslaan</source>
        <translation>Save refused rows</translation>
    </message>
    <message>
        <location filename="../../views/admin/import_dialog.py" line="348"/>
        <source>%1 zaken geïmporteerd.</source>
        <translation>%1 cases imported.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="47"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="47"/>
        <source>Nieuw incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="52"/>
        <source>Kies…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="71"/>
        <source>bijvoorbeeld bij de speeltuin</source>
        <translation>for example near the playground</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="73"/>
        <source>naam of &apos;anoniem&apos;</source>
        <translation>name or &apos;anonymous&apos;</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="76"/>
        <source>Een bewoner</source>
        <translation>A resident</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="81"/>
        <source>Eén naam per regel</source>
        <translation>One name per line</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="85"/>
        <source>bijvoorbeeld een groep jongeren</source>
        <translation>for example a group of youths</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="95"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="96"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="100"/>
        <source>Postcode en huisnummer</source>
        <translation>Postcode and house number</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="101"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="102"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="103"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="104"/>
        <source>Plek</source>
        <translation>Spot</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="105"/>
        <source>Gemeld door</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="106"/>
        <source>Naam melder (bewoner)</source>
        <translation>Reporter&apos;s name (resident)</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="107"/>
        <source>Betrokken personen</source>
        <translation>People involved</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="108"/>
        <source>Betrokken groepen</source>
        <translation>Groups involved</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="109"/>
        <source>Wat gebeurde er</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="110"/>
        <source>Gevolgd door zaak</source>
        <translation>Followed by case</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="111"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="113"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="172"/>
        <source>%1 eerder(e) incident(en), het laatst op %2</source>
        <translation>%1 earlier incident(s), the last on %2</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="176"/>
        <source>%1 zaak/zaken, de laatste aangemeld op %2</source>
        <translation>%1 case(s), the last registered on %2</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="179"/>
        <source>Herhaling op dit adres:</source>
        <translation>Recurrence at this address:</translation>
    </message>
    <message>
        <location filename="../../views/signals/incident_dialog.py" line="203"/>
        <source>Er is geen zaak met dit nummer.</source>
        <translation>There is no case with this number.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../views/labels.py" line="14"/>
        <source>Aangemeld</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="15"/>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="16"/>
        <source>Wacht op koppel</source>
        <translation>Waiting for a pair</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="17"/>
        <source>Gesprekken met partijen</source>
        <translation>Talks with parties</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="18"/>
        <location filename="../../views/labels.py" line="137"/>
        <source>Bemiddelingsgesprek</source>
        <translation>Joint session</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="19"/>
        <location filename="../../views/labels.py" line="138"/>
        <source>Nazorg</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="20"/>
        <source>Aangehouden</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="21"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="31"/>
        <source>Normaal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="32"/>
        <source>Hoog</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="33"/>
        <source>Spoed</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="43"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="72"/>
        <location filename="../../views/labels.py" line="44"/>
        <source>Telefoongesprek</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="74"/>
        <location filename="../../views/labels.py" line="45"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="46"/>
        <location filename="../../views/labels.py" line="261"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="47"/>
        <source>Gesprek</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="48"/>
        <source>Statuswijziging</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="49"/>
        <source>Koppel toegewezen</source>
        <translation>Pair assigned</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="50"/>
        <source>Afspraak gepland</source>
        <translation>Appointment planned</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="51"/>
        <source>Afspraak gewijzigd</source>
        <translation>Appointment changed</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="55"/>
        <source>Document toegevoegd</source>
        <translation>Document added</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="56"/>
        <source>Document verwijderd</source>
        <translation>Document deleted</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="69"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="70"/>
        <source>Gepauzeerd</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="71"/>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="83"/>
        <location filename="../../views/labels.py" line="94"/>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="84"/>
        <source>Vrouw</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="85"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="75"/>
        <location filename="../../views/labels.py" line="86"/>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="52"/>
        <source>Afspraak afgezegd</source>
        <translation>Appointment cancelled</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="53"/>
        <source>Afspraak gehouden</source>
        <translation>Appointment held</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="54"/>
        <location filename="../../views/labels.py" line="149"/>
        <source>Niet verschenen</source>
        <translation>Did not show up</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="57"/>
        <source>E-mail verstuurd</source>
        <translation>E-mail sent</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="95"/>
        <source>Jonger dan 25</source>
        <translation>Under 25</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="96"/>
        <source>25 tot 45</source>
        <translation>25 to 45</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="97"/>
        <source>45 tot 65</source>
        <translation>45 to 65</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="98"/>
        <source>65 of ouder</source>
        <translation>65 or older</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="106"/>
        <source>Ochtend</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="107"/>
        <source>Middag</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="108"/>
        <source>Avond</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="114"/>
        <source>ma</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="114"/>
        <source>di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="114"/>
        <source>wo</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="115"/>
        <source>do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="115"/>
        <source>vr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="115"/>
        <source>za</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="116"/>
        <source>zo</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="124"/>
        <source>Basistraining</source>
        <translation>Basic training</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="125"/>
        <source>Verdiepingstraining</source>
        <translation>Advanced training</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="126"/>
        <source>Intervisie</source>
        <translation>Peer supervision</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="134"/>
        <source>Intakegesprek</source>
        <translation>Intake talk</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="135"/>
        <source>Gesprek met partij A</source>
        <translation>Talk with party A</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="136"/>
        <source>Gesprek met partij B</source>
        <translation>Talk with party B</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="139"/>
        <source>Andere afspraak</source>
        <translation>Other appointment</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="147"/>
        <source>Gehouden</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="148"/>
        <source>Afgezegd</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="157"/>
        <source>partij A</source>
        <translation>party A</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="158"/>
        <source>partij B</source>
        <translation>party B</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="159"/>
        <source>beide partijen</source>
        <translation>both parties</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="160"/>
        <source>de bemiddelaars</source>
        <translation>the mediators</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="161"/>
        <source>het bureau</source>
        <translation>the office</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="173"/>
        <source>Afgezegd door %1</source>
        <translation>Cancelled by %1</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="175"/>
        <source>Niet verschenen: %1</source>
        <translation>Did not show up: %1</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="203"/>
        <source>Bij partij A thuis</source>
        <translation>At party A&apos;s home</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="204"/>
        <source>Bij partij B thuis</source>
        <translation>At party B&apos;s home</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="205"/>
        <source>Zaal of ruimte</source>
        <translation>Room or hall</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="206"/>
        <source>Kantoor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="207"/>
        <source>Telefonisch</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="208"/>
        <source>Videobellen</source>
        <translation>Video call</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="214"/>
        <source>%1 heeft dan al een afspraak</source>
        <translation>%1 already has an appointment then</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="215"/>
        <source>%1 is dan al bezet</source>
        <translation>%1 is already booked then</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="216"/>
        <source>%1 is op dat dagdeel meestal niet vrij</source>
        <translation>%1 is usually not free at that time</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="217"/>
        <source>%1 is dan afwezig</source>
        <translation>%1 is away then</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="218"/>
        <source>het is een feestdag (%1)</source>
        <translation>it is a public holiday (%1)</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="225"/>
        <source>Uitnodiging kennismaking (aanvrager)</source>
        <translation>Invitation to a first talk (requester)</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="226"/>
        <source>Eerste contact en uitnodiging (andere partij)</source>
        <translation>First contact and invitation (other party)</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="227"/>
        <source>Uitnodiging gezamenlijk gesprek</source>
        <translation>Invitation to the joint meeting</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="228"/>
        <source>Bevestiging van een afspraak</source>
        <translation>Confirmation of an appointment</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="229"/>
        <source>Andere partij niet bereikbaar</source>
        <translation>Other party cannot be reached</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="230"/>
        <source>Afsluitbrief</source>
        <translation>Closing letter</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="231"/>
        <source>Terugkoppeling aan de verwijzer</source>
        <translation>Feedback to the referrer</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="232"/>
        <source>Afsprakenformulier</source>
        <translation>Agreement form</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="237"/>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="237"/>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="244"/>
        <source>Wacht</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="245"/>
        <source>Wordt verstuurd</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="246"/>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="247"/>
        <source>Mislukt</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="248"/>
        <source>Onzeker</source>
        <translation>Uncertain</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="249"/>
        <source>In mailprogramma</source>
        <translation>In mail program</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="250"/>
        <source>Niet verstuurd</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="258"/>
        <source>Uitnodiging</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="259"/>
        <source>Afzegging</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="260"/>
        <source>Herinnering</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../views/labels.py" line="268"/>
        <source>%1 — aan %2</source>
        <translation>%1 — to %2</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="73"/>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="42"/>
        <source>Brief maken</source>
        <translation>Make letter</translation>
    </message>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="53"/>
        <source>Taal van de ontvanger</source>
        <translation>Recipient&apos;s language</translation>
    </message>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="61"/>
        <source>Maken en bij de zaak bewaren</source>
        <translation>Make and keep with the case</translation>
    </message>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="63"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="65"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="66"/>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="67"/>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="68"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="104"/>
        <source>Geen afspraak</source>
        <translation>No appointment</translation>
    </message>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="114"/>
        <source>Niemand: een formulier om mee te nemen</source>
        <translation>Nobody: a form to take along</translation>
    </message>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="120"/>
        <source>partij %1</source>
        <translation>party %1</translation>
    </message>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="121"/>
        <source>verwijzer</source>
        <translation>referrer</translation>
    </message>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="123"/>
        <source>geen adres</source>
        <translation>no address</translation>
    </message>
    <message>
        <location filename="../../views/documents/letter_dialog.py" line="176"/>
        <source>Er is geen ontvanger voor deze brief bij deze zaak.</source>
        <translation>This case has no recipient for this letter.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../views/lock_dialog.py" line="17"/>
        <source>De gegevens lijken al geopend te zijn, maar het is niet te lezen door wie.</source>
        <translation>The data seems to be open already, but it cannot be read by whom.</translation>
    </message>
    <message>
        <location filename="../../views/lock_dialog.py" line="19"/>
        <source>De gegevens zijn al geopend op pc %1 door %2 (sinds %3). Als twee programma&apos;s tegelijk in dezelfde gegevens schrijven, kan er iets beschadigd raken.</source>
        <translation>The data is already open on PC %1 by %2 (since %3). When two programs write to the same data at once, something can get damaged.</translation>
    </message>
    <message>
        <location filename="../../views/lock_dialog.py" line="32"/>
        <source>Kies &apos;Alleen lezen&apos; om de gegevens te bekijken zonder iets te veranderen. Is die pc vastgelopen of uit, dan kunt u het slot verbreken.</source>
        <translation>Choose &apos;Read only&apos; to look at the data without changing anything. If that PC has crashed or is off, you can break the lock.</translation>
    </message>
    <message>
        <location filename="../../views/lock_dialog.py" line="35"/>
        <source>Alleen lezen</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../../views/lock_dialog.py" line="37"/>
        <source>Slot verbreken</source>
        <translation>Break the lock</translation>
    </message>
    <message>
        <location filename="../../views/lock_dialog.py" line="39"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../views/lock_dialog.py" line="48"/>
        <source>Weet u zeker dat %1 Burenrust niet meer open heeft?</source>
        <translation>Are you sure %1 no longer has Burenrust open?</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="42"/>
        <location filename="../../views/mail/mail_dialog.py" line="177"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="47"/>
        <source>Burenrust verstuurt zelf, via de mailserver van het bureau</source>
        <translation>Burenrust sends by itself, through the office&apos;s mail server</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="50"/>
        <source>Opstellen in mijn mailprogramma (Outlook, Thunderbird…): ik verstuur zelf</source>
        <translation>Compose in my mail program (Outlook, Thunderbird…): I send myself</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="62"/>
        <source>STARTTLS (meestal poort 587)</source>
        <translation>STARTTLS (usually port 587)</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="63"/>
        <source>SSL/TLS (meestal poort 465)</source>
        <translation>SSL/TLS (usually port 465)</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="64"/>
        <source>Geen (alleen binnen het eigen netwerk)</source>
        <translation>None (only inside your own network)</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="166"/>
        <source>bewaard in de sleutelbos van het systeem</source>
        <translation>kept in the system keyring</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="71"/>
        <source>wordt bewaard in de sleutelbos van het systeem</source>
        <translation>will be kept in the system keyring</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="76"/>
        <source>Buurtbemiddeling Zwolle</source>
        <translation>Buurtbemiddeling Zwolle</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="80"/>
        <source>leeg: het afzenderadres</source>
        <translation>empty: the sender address</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="89"/>
        <source>Uitgaande mailserver (SMTP)</source>
        <translation>Outgoing mail server (SMTP)</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="91"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="95"/>
        <source>Poort en beveiliging</source>
        <translation>Port and security</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="96"/>
        <source>Gebruikersnaam</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="97"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="100"/>
        <source>Afzender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="102"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="103"/>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="104"/>
        <source>Antwoorden naar</source>
        <translation>Replies to</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="107"/>
        <source>Bemiddelaars krijgen een agenda-uitnodiging (en een wijziging of afzegging)</source>
        <translation>Mediators get a calendar invitation (and an update or cancellation)</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="112"/>
        <source>geen herinneringen</source>
        <translation>no reminders</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="113"/>
        <source> dag(en) ervoor</source>
        <translation> day(s) before</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="117"/>
        <source>vanaf </source>
        <translation>from </translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="118"/>
        <source>:00 uur</source>
        <translation>:00</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="120"/>
        <source>Ook partijen die e-mail kozen krijgen een herinnering</source>
        <translation>Parties who chose e-mail get a reminder too</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="122"/>
        <source>Wat wordt verstuurd</source>
        <translation>What is sent</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="129"/>
        <source>Herinnering</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="134"/>
        <source>Verbinding testen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="135"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="137"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="178"/>
        <source>De instellingen zijn gewijzigd maar niet opgeslagen. Opslaan?</source>
        <translation>The settings have changed but are not saved. Save?</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="228"/>
        <source>Bezig met verbinden…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="233"/>
        <source>Verbonden: de mailserver neemt berichten aan.</source>
        <translation>Connected: the mail server accepts messages.</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="238"/>
        <source>Geen verbinding: %1</source>
        <translation>No connection: %1</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="251"/>
        <source>Niet opgeslagen: verbeter wat hierboven rood staat.</source>
        <translation>Not saved: correct what is red above.</translation>
    </message>
    <message>
        <location filename="../../views/mail/mail_dialog.py" line="266"/>
        <source>Opgeslagen. De sleutelbos van het systeem is niet bereikbaar: het wachtwoord wordt alleen onthouden tot u Burenrust sluit.</source>
        <translation>Saved. The system keyring cannot be reached: the password is only remembered until you close Burenrust.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="53"/>
        <source>Burenrust — buurtbemiddeling</source>
        <translation>Burenrust — neighbour mediation</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="72"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="73"/>
        <source>Bemiddelaars</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="74"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="75"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="77"/>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="78"/>
        <source>Cijfers</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="76"/>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="79"/>
        <source>Beheer</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="102"/>
        <source>Gegevens in %1 · gebruiker %2</source>
        <translation>Data in %1 · user %2</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="107"/>
        <source>Alleen lezen: uw rol wijzigt niets</source>
        <translation>Read only: your role changes nothing</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="120"/>
        <source>Oefenomgeving: verzonnen gegevens</source>
        <translation>Practice environment: made-up data</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="123"/>
        <source>OEFENEN</source>
        <translation>PRACTICE</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="125"/>
        <source>Alleen lezen: de gegevens zijn elders geopend</source>
        <translation>Read only: the data is open elsewhere</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="128"/>
        <source>(alleen lezen)</source>
        <translation>(read only)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="149"/>
        <source>%1 e-mail(s) mislukt</source>
        <translation>%1 e-mail(s) failed</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="151"/>
        <source>%1 e-mail(s) wachten</source>
        <translation>%1 e-mail(s) waiting</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="164"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="165"/>
        <source>&amp;Nieuwe zaak</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="170"/>
        <source>&amp;Zoeken in zaken</source>
        <translation>&amp;Find cases</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="175"/>
        <source>Mijn &amp;wachtwoord wijzigen…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="179"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="183"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="184"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="188"/>
        <source>&amp;Oefenen met demogegevens…</source>
        <translation>&amp;Practise with demo data…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="192"/>
        <source>&amp;Over Burenrust</source>
        <translation>&amp;About Burenrust</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="366"/>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="406"/>
        <location filename="../../views/main_window.py" line="418"/>
        <location filename="../../views/main_window.py" line="424"/>
        <source>Oefenen met demogegevens</source>
        <translation>Practise with demo data</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="407"/>
        <source>Burenrust opent een tweede venster met verzonnen zaken, bemiddelaars en afspraken, in een aparte map:
%1

Uw eigen gegevens blijven daarbuiten. De eerste keer duurt het klaarmaken even.</source>
        <translation>Burenrust opens a second window with made-up cases, mediators and appointments, in a separate folder:
%1

Your own data stay outside it. Preparing it takes a moment the first time.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="412"/>
        <source>De oefenomgeving wordt klaargemaakt…</source>
        <translation>Preparing the practice environment…</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="419"/>
        <source>Het tweede venster kon niet worden gestart.</source>
        <translation>The second window could not be started.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="425"/>
        <source>De oefenomgeving is al geopend, in een ander venster.</source>
        <translation>The practice environment is already open, in another window.</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="467"/>
        <source>Over Burenrust</source>
        <translation>About Burenrust</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="468"/>
        <source>Burenrust %1
Dossiers voor buurtbemiddeling.</source>
        <translation>Burenrust %1
Casework for neighbour mediation.</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../views/manual.py" line="111"/>
        <source>Handleiding — Burenrust</source>
        <translation>Manual — Burenrust</translation>
    </message>
    <message>
        <location filename="../../views/manual.py" line="112"/>
        <source>Handleiding</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../views/manual.py" line="114"/>
        <location filename="../../views/manual.py" line="115"/>
        <source>Zoeken in de handleiding</source>
        <translation>Search the manual</translation>
    </message>
    <message>
        <location filename="../../views/manual.py" line="118"/>
        <location filename="../../views/manual.py" line="128"/>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../views/manual.py" line="120"/>
        <source>Tekst van de handleiding</source>
        <translation>Text of the manual</translation>
    </message>
    <message>
        <location filename="../../views/manual.py" line="126"/>
        <source>◀ Terug</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../../views/manual.py" line="127"/>
        <source>Verder ▶</source>
        <translation>Forward ▶</translation>
    </message>
</context>
<context>
    <name>MediatorEditor</name>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="112"/>
        <source>voornaam</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="113"/>
        <source>tussenv.</source>
        <translation>prefix</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="114"/>
        <source>achternaam</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="117"/>
        <source>straat</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="118"/>
        <source>plaats</source>
        <translation>town</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="119"/>
        <source>bijvoorbeeld Engels, Turks</source>
        <translation>for example English, Turkish</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="135"/>
        <source>VOG afgegeven op</source>
        <translation>VOG issued on</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="156"/>
        <source>max. open zaken</source>
        <translation>max. open cases</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="160"/>
        <source>begonnen</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="162"/>
        <source>basistraining</source>
        <translation>basic training</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="165"/>
        <source>afgegeven op</source>
        <translation>issued on</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="168"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="170"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="171"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="172"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="173"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="174"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="175"/>
        <source>Geslacht en leeftijd</source>
        <translation>Gender and age</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="176"/>
        <source>Talen (naast Nederlands)</source>
        <translation>Languages (besides Dutch)</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="177"/>
        <source>Inzet</source>
        <translation>Availability for cases</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="178"/>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="179"/>
        <source>VOG</source>
        <translation>Certificate of conduct (VOG)</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="181"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="185"/>
        <source>Meestal vrij</source>
        <translation>Usually free</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="197"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="204"/>
        <source>Afwezigheid</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="206"/>
        <source>Afwezigheid toevoegen…</source>
        <translation>Add absence…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="207"/>
        <location filename="../../views/mediators/mediator_editor.py" line="212"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="211"/>
        <source>Training of intervisie toevoegen…</source>
        <translation>Add training or supervision…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="218"/>
        <source>Afwezigheid, trainingen en zaken</source>
        <translation>Absences, trainings and cases</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="220"/>
        <source>Afwezig</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="483"/>
        <source>geen datum: Te doen vraagt erom</source>
        <translation>no date: To do asks for it</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="488"/>
        <source>verlopen op %1: niet voorgesteld voor een koppel</source>
        <translation>expired on %1: not proposed for a pair</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="492"/>
        <source>geldig t/m %1 (termijn %2 jaar)</source>
        <translation>valid up to %1 (term %2 years)</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="503"/>
        <source>Aandacht:</source>
        <translation>Attention:</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="504"/>
        <source>niets</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="515"/>
        <source>Jaaroverzicht opslaan</source>
        <translation>Save year overview</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="523"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="532"/>
        <source>Inzage opslaan</source>
        <translation>Save access report</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="547"/>
        <source>Opgeslagen: %1 (en .json)</source>
        <translation>Saved: %1 (and .json)</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="209"/>
        <location filename="../../views/mediators/mediator_editor.py" line="226"/>
        <source>Trainingen en intervisie</source>
        <translation>Trainings and peer supervision</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="243"/>
        <source>Uren en kosten…</source>
        <translation>Hours and costs…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="244"/>
        <source>Jaaroverzicht (PDF)…</source>
        <translation>Year overview (PDF)…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="245"/>
        <source>Inzage…</source>
        <translation>Access report…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="247"/>
        <source>Alles wat Burenrust over deze vrijwilliger bewaart, als PDF en JSON</source>
        <translation>Everything Burenrust keeps about this volunteer, as PDF and JSON</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="302"/>
        <source>Nieuwe bemiddelaar</source>
        <translation>New mediator</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="336"/>
        <location filename="../../views/mediators/mediator_editor.py" line="355"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="339"/>
        <source>Open zaken:</source>
        <translation>Open cases:</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="340"/>
        <source>Eerdere zaken:</source>
        <translation>Earlier cases:</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="354"/>
        <source>Komende afspraken:</source>
        <translation>Coming appointments:</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="436"/>
        <source>Nog nodig voor opslaan:</source>
        <translation>Still needed before saving:</translation>
    </message>
</context>
<context>
    <name>MediatorTable</name>
    <message>
        <location filename="../../views/mediators/mediator_table_model.py" line="22"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_table_model.py" line="23"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_table_model.py" line="24"/>
        <source>Aandacht</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_table_model.py" line="25"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_table_model.py" line="26"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_table_model.py" line="27"/>
        <source>Talen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_table_model.py" line="28"/>
        <source>Open zaken</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_table_model.py" line="29"/>
        <source>Zaken gedaan</source>
        <translation>Cases done</translation>
    </message>
</context>
<context>
    <name>MediatorsPage</name>
    <message>
        <location filename="../../views/mediators/mediators_page.py" line="48"/>
        <source>Zoek op naam, postcode, wijk of taal</source>
        <translation>Search by name, postcode, neighbourhood or language</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediators_page.py" line="51"/>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediators_page.py" line="54"/>
        <source>Nieuwe bemiddelaar</source>
        <translation>New mediator</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediators_page.py" line="55"/>
        <source>Alles plannen…</source>
        <translation>Plan everything…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediators_page.py" line="57"/>
        <source>Eén voorstel voor alle zaken die op een koppel wachten</source>
        <translation>One proposal for all cases waiting for a pair</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediators_page.py" line="58"/>
        <source>Declaraties…</source>
        <translation>Expense claims…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediators_page.py" line="60"/>
        <source>De declaraties van een maand: om te tekenen (PDF) of voor de boekhouding</source>
        <translation>A month&apos;s claims: to sign (PDF) or for the bookkeeping</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediators_page.py" line="65"/>
        <source>Bemiddelaars</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediators_page.py" line="191"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediators_page.py" line="192"/>
        <source>De wijzigingen aan deze bemiddelaar zijn nog niet opgeslagen. Opslaan?</source>
        <translation>The changes to this mediator have not been saved. Save them?</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="56"/>
        <source>Intervisie plannen</source>
        <translation>Plan peer supervision</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="57"/>
        <source>Intervisie van %1</source>
        <translation>Peer supervision of %1</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="68"/>
        <source>bijvoorbeeld Wijkcentrum De Pol, Polstraat 12</source>
        <translation>for example Wijkcentrum De Pol, Polstraat 12</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="70"/>
        <location filename="../../views/agenda/meeting_dialog.py" line="122"/>
        <source>Genodigden</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="79"/>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="80"/>
        <source>Niemand</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="86"/>
        <location filename="../../views/agenda/meeting_dialog.py" line="126"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="96"/>
        <source>Wie een e-mailadres heeft, krijgt de uitnodiging in de agenda (als e-mail is ingesteld); een wijziging of afzegging gaat ook zo.</source>
        <translation>Whoever has an e-mail address gets the invitation in their calendar (if e-mail is set up); a change or cancellation goes the same way.</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="101"/>
        <source>Afzeggen</source>
        <translation>Call off</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="119"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="120"/>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="121"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="124"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="127"/>
        <source>Vink aan wie er was; wie niet is aangevinkt, was er niet.</source>
        <translation>Tick who was there; whoever is not ticked was not.</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="201"/>
        <source>Intervisie afzeggen</source>
        <translation>Call off peer supervision</translation>
    </message>
    <message>
        <location filename="../../views/agenda/meeting_dialog.py" line="202"/>
        <source>De intervisie afzeggen? Wie uitgenodigd is, krijgt een afzegging.</source>
        <translation>Call off the meeting? Everyone invited gets a cancellation.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../views/messages.py" line="36"/>
        <source>Een postcode is vier cijfers en twee letters, bijvoorbeeld 1234 AB.</source>
        <translation>A postcode is four digits and two letters, for example 1234 AB.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="39"/>
        <source>Deze lettercombinatie komt in Nederlandse postcodes niet voor.</source>
        <translation>Dutch postcodes do not use this letter combination.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="42"/>
        <source>Vul de postcode in.</source>
        <translation>Enter the postcode.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="43"/>
        <source>Een huisnummer begint met een getal, bijvoorbeeld 12 of 12a.</source>
        <translation>A house number starts with a number, for example 12 or 12a.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="46"/>
        <source>Vul het huisnummer in.</source>
        <translation>Enter the house number.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="47"/>
        <source>Vul de straat in.</source>
        <translation>Enter the street.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="48"/>
        <source>Vul de plaats in.</source>
        <translation>Enter the town.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="49"/>
        <source>Vul het adres in.</source>
        <translation>Enter the address.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="50"/>
        <source>Een telefoonnummer bestaat uit cijfers, bijvoorbeeld 06 12345678.</source>
        <translation>A phone number consists of digits, for example 06 12345678.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="53"/>
        <source>Dit telefoonnummer bestaat niet; controleer het aantal cijfers.</source>
        <translation>This phone number does not exist; check the number of digits.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="56"/>
        <source>Dit is geen geldig e-mailadres, bijvoorbeeld naam@voorbeeld.nl.</source>
        <translation>This is not a valid e-mail address, for example name@example.nl.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="60"/>
        <source>Vul een achternaam of een adres van de andere partij in.</source>
        <translation>Enter the other party&apos;s surname or address.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="14"/>
        <source>de bemiddelaar</source>
        <translation>the mediator</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="16"/>
        <source>de aanvrager</source>
        <translation>the requester</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="18"/>
        <source>partij %1</source>
        <translation>party %1</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="27"/>
        <source>Vul de achternaam van %1 in.</source>
        <translation>Fill in the surname of %1.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="29"/>
        <source>Vul een telefoonnummer, e-mailadres of adres in om %1 te bereiken.</source>
        <translation>Fill in a phone number, e-mail address or address to reach %1.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="59"/>
        <source>Vul de achternaam in.</source>
        <translation>Fill in the surname.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="63"/>
        <source>Vul een telefoonnummer, e-mailadres of adres in, om contact op te kunnen nemen.</source>
        <translation>Fill in a phone number, e-mail address or address, so that contact can be made.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="66"/>
        <source>Een zaak heeft een aanvrager nodig.</source>
        <translation>A case needs a requester.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="67"/>
        <source>Kies de soort conflict.</source>
        <translation>Choose the conflict type.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="68"/>
        <source>Deze tekst is te lang.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="69"/>
        <source>Vul dit in.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="70"/>
        <source>Kies een van de mogelijkheden.</source>
        <translation>Choose one of the options.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="71"/>
        <source>Deze tekst bevat een teken dat niet kan worden opgeslagen (zoals een onzichtbaar stuurteken uit een geplakte tekst). Typ de tekst opnieuw.</source>
        <translation>This text holds a character that cannot be saved (such as an invisible control character from pasted text). Type the text again.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="74"/>
        <source>Deze datum ligt buiten de jaren 1980 tot en met 2099. Controleer het jaar.</source>
        <translation>This date lies outside the years 1980 to 2099. Check the year.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="77"/>
        <source>Deze waarde is ongeldig.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="78"/>
        <source>Deze datum ligt in de toekomst.</source>
        <translation>This date is in the future.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="79"/>
        <source>Typ de datum als dag-maand-jaar, bijvoorbeeld 24-11-2026.</source>
        <translation>Type the date as day-month-year, for example 24-11-2026.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="82"/>
        <source>Het einde ligt voor het begin.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="83"/>
        <source>Kies een ruimte, of voeg er een toe onder Beheer.</source>
        <translation>Choose a room, or add one under Administration.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="86"/>
        <source>Typ eerst een tekst.</source>
        <translation>Type some text first.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="87"/>
        <source>Vul een naam in.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="88"/>
        <source>Deze naam bestaat al.</source>
        <translation>This name already exists.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="89"/>
        <source>Kies een resultaat om de zaak af te sluiten.</source>
        <translation>Choose a result to close the case.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="90"/>
        <source>Bij &apos;geen bemiddeling&apos; hoort een reden. Kies de reden.</source>
        <translation>&apos;No mediation&apos; needs a reason. Choose the reason.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="93"/>
        <source>De zaak heeft deze status al.</source>
        <translation>The case already has this status.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="94"/>
        <source>Kies wie afzegde of wie er niet was.</source>
        <translation>Choose who cancelled or who was not there.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="95"/>
        <source>Deze afspraak moet nog beginnen. Hoe het ging kunt u zeggen als hij begonnen is; afzeggen kan wel al.</source>
        <translation>This appointment has not started yet. You can say how it went once it has begun; cancelling is possible now.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="98"/>
        <source>Er is geen statuswijziging om ongedaan te maken: de status is intussen opnieuw gewijzigd.</source>
        <translation>There is no status change to undo: the status has been changed again since.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="101"/>
        <source>Afsluiten en heropenen maakt u niet ongedaan met één klik: kies de gewenste status met Status wijzigen…</source>
        <translation>Closing and reopening are not undone with one click: choose the status you want with Change status…</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="104"/>
        <source>Deze zaak is intussen door iemand anders gewijzigd. Uw wijziging is niet opgeslagen. De zaak is opnieuw geladen; wat u typte staat er nog.</source>
        <translation>Someone else changed this case in the meantime. Your change was not saved. The case has been reloaded; what you typed is still there.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="109"/>
        <source>Deze zaak bestaat niet meer.</source>
        <translation>This case no longer exists.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="110"/>
        <source>Het databasebestand is beschadigd; er wordt niets meer in opgeslagen, zodat het niet erger wordt. Wat u typte staat er nog. Zet onder Beheer → Back-ups de laatste goede back-up terug.</source>
        <translation>The database file is damaged; nothing more is saved in it, so it does not get worse. What you typed is still there. Restore the latest good backup under Administration → Backups.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="116"/>
        <source>De partijen hebben geen toestemming gegeven voor terugkoppeling aan de verwijzer. Zet het vinkje bij de gegevens van de zaak als zij dat wel willen.</source>
        <translation>The parties have not consented to feedback to the referrer. Tick the box in the case details if they do.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="121"/>
        <source>Bij deze zaak is geen verwijzer ingevuld.</source>
        <translation>This case has no referrer.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="122"/>
        <source>Van deze ontvanger is geen volledig adres bekend. Vul het adres in bij de partij.</source>
        <translation>This recipient has no complete address. Fill in the party&apos;s address.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="126"/>
        <source>Een brief vraagt de bewoner om contact op te nemen, maar er staat geen telefoonnummer of e-mailadres van uw organisatie in Burenrust. Vul dat in onder Beheer → Organisatie.</source>
        <translation>A letter asks the resident to get in touch, but Burenrust has no phone number or e-mail address of your organisation. Fill it in under Administration → Organisation.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="130"/>
        <source>Voor deze brief is een afspraak nodig. Kies de afspraak.</source>
        <translation>This letter needs an appointment. Choose the appointment.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="132"/>
        <source>Er zijn geen brieven te maken in deze periode.</source>
        <translation>There are no letters to make in this period.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="133"/>
        <source>Het bestand van dit document is niet meer in de gegevensmap. Zet zo nodig een back-up terug.</source>
        <translation>This document&apos;s file is no longer in the data folder. Restore a backup if needed.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="138"/>
        <source>Dit bestand kan niet worden gelezen.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="139"/>
        <source>Dit bestand is te groot (meer dan 50 MB).</source>
        <translation>This file is too large (over 50 MB).</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="140"/>
        <source>Vul een reden in.</source>
        <translation>Fill in a reason.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="141"/>
        <source>Dit is geen logo dat Burenrust kan gebruiken. Kies een PNG, JPEG of SVG.</source>
        <translation>Burenrust cannot use this as a logo. Choose a PNG, JPEG or SVG.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="143"/>
        <source>Dit logo is te groot (meer dan 2 MB).</source>
        <translation>This logo is too large (over 2 MB).</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="144"/>
        <source>Burenrust is alleen-lezen geopend; er is niets veranderd.</source>
        <translation>Burenrust was opened read-only; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="146"/>
        <source>U kunt alleen lezen: wijzigen mag een medewerker of de coördinator. Er is niets veranderd.</source>
        <translation>You can only read: changes are for staff or the coordinator. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="149"/>
        <source>Dit hoort bij Beheer: alleen de coördinator mag dit.</source>
        <translation>This belongs to Administration: only the coordinator may do this.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="151"/>
        <source>Privacyzaken (anonimiseren, bewaartermijn, verzoeken van bewoners) zijn voor de coördinator.</source>
        <translation>Privacy matters (anonymising, retention, residents&apos; requests) are for the coordinator.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="154"/>
        <source>Gegevens of cijfers uit het programma halen mag alleen de coördinator.</source>
        <translation>Only the coordinator may take data or figures out of the program.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="156"/>
        <source>Deze naam en dit wachtwoord horen niet bij elkaar.</source>
        <translation>This name and password do not match.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="158"/>
        <source>Een wachtwoord heeft minstens 8 tekens.</source>
        <translation>A password has at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="160"/>
        <source>Kies een wachtwoord dat niet uw naam is.</source>
        <translation>Choose a password that is not your name.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="162"/>
        <source>Dit wachtwoord is te eenvoudig; gebruik meer verschillende tekens.</source>
        <translation>This password is too simple; use more different characters.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="164"/>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="166"/>
        <source>Het huidige wachtwoord klopt niet.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="167"/>
        <source>Er is al een gebruiker met deze naam.</source>
        <translation>There already is a user with this name.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="168"/>
        <source>Dit is de laatste coördinator: er moet er altijd één zijn die Beheer kan openen.</source>
        <translation>This is the last coordinator: there must always be one who can open Administration.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="171"/>
        <source>Maak eerst een coördinator met een wachtwoord aan.</source>
        <translation>First create a coordinator with a password.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="173"/>
        <source>Dit is niet de naam van een coördinator.</source>
        <translation>This is not the name of a coordinator.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="175"/>
        <source>Deze herstelcode hoort niet bij deze gegevens.</source>
        <translation>This recovery code does not belong to these data.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="177"/>
        <source>Deze herstelcode klopt niet. Controleer de letters en cijfers.</source>
        <translation>This recovery code is not right. Check the letters and digits.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="179"/>
        <source>Deze waarde ligt buiten wat kan.</source>
        <translation>This value is out of range.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="181"/>
        <source>Vul de datum in (dd-mm-jjjj).</source>
        <translation>Enter the date (dd-mm-yyyy).</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="182"/>
        <source>Vul de begin- en eindtijd in (uu:mm).</source>
        <translation>Enter the start and end time (hh:mm).</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="183"/>
        <source>Vul het zaaknummer in, bijvoorbeeld 2026-0042.</source>
        <translation>Enter the case number, for example 2026-0042.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="185"/>
        <source>Er is geen zaak met dit nummer.</source>
        <translation>There is no case with this number.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="186"/>
        <source>Schrijf kort waarvoor de overige kosten zijn.</source>
        <translation>Say briefly what the other costs are for.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="188"/>
        <source>Vul uren, kilometers of een bedrag in: een lege regel wordt niet opgeslagen.</source>
        <translation>Enter hours, kilometres or an amount: an empty line is not saved.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="191"/>
        <source>Kies wie er worden uitgenodigd.</source>
        <translation>Choose who is invited.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="192"/>
        <source>Dit is twee keer hetzelfde record.</source>
        <translation>This is the same record twice.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="193"/>
        <source>Dit veld kan niet worden gekozen.</source>
        <translation>This field cannot be chosen.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="194"/>
        <source>Een geanonimiseerde persoon kan niet worden samengevoegd.</source>
        <translation>An anonymised person cannot be merged.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="196"/>
        <source>Dit adres (postcode, huisnummer en toevoeging) bestaat al als derde adres. Kies de postcode en het huisnummer van een van beiden.</source>
        <translation>This address (postcode, house number and addition) already exists as a third address. Choose the postcode and house number of one of the two.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="199"/>
        <source>Dit samenvoegen is al ongedaan gemaakt.</source>
        <translation>This merge has already been undone.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="200"/>
        <source>Dit samenvoegen kan niet meer ongedaan worden gemaakt: een van beiden is sindsdien gewist of geanonimiseerd, of het adres is intussen opnieuw ingevoerd.</source>
        <translation>This merge can no longer be undone: one of the two has been erased or anonymised since, or the address has been entered again meanwhile.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="203"/>
        <source>Het maandbedrag is hoger dan het jaarbedrag.</source>
        <translation>The monthly amount is higher than the yearly amount.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="205"/>
        <source>Geef de maand als jjjj-mm, bijvoorbeeld 2026-11.</source>
        <translation>Give the month as yyyy-mm, for example 2026-11.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="206"/>
        <source>Kies een bestand dat eindigt op .pdf, .xlsx of .csv.</source>
        <translation>Choose a file ending in .pdf, .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="208"/>
        <source>De bijeenkomst is nog niet geweest: aanwezigheid vult u daarna in.</source>
        <translation>The meeting has not taken place yet: fill in attendance afterwards.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="210"/>
        <source>Typ een bedrag, bijvoorbeeld 12,50.</source>
        <translation>Type an amount, for example 12.50.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="212"/>
        <source>Typ het aantal kilometers, bijvoorbeeld 12,5.</source>
        <translation>Type the number of kilometres, for example 12.5.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="213"/>
        <source>Typ de tijd als uren en minuten (1:30) of in uren (1,5).</source>
        <translation>Type the time as hours and minutes (1:30) or in hours (1.5).</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="215"/>
        <source>Er is geen gegevensmap om documenten in te bewaren.</source>
        <translation>There is no data folder to keep documents in.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="217"/>
        <source>Kies de soort incident.</source>
        <translation>Choose the kind of incident.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="218"/>
        <source>Vul in waar het gebeurde: een straat, een postcode of een plek.</source>
        <translation>Fill in where it happened: a street, a postcode or a spot.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="220"/>
        <source>Demonstratiegegevens worden alleen in een lege database gezet.</source>
        <translation>Demo data only goes into an empty database.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="224"/>
        <source>Vul een e-mailadres in, of zet het vinkje voor e-mail uit.</source>
        <translation>Enter an e-mail address, or untick e-mail.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="226"/>
        <source>Vul het afzenderadres in.</source>
        <translation>Enter the sender address.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="227"/>
        <source>Vul de naam van de uitgaande mailserver in, bijvoorbeeld smtp.office365.com (zonder spaties).</source>
        <translation>Enter the name of the outgoing mail server, for example smtp.office365.com (no spaces).</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="230"/>
        <source>Een poort is een getal van 1 tot 65535.</source>
        <translation>A port is a number from 1 to 65535.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="231"/>
        <source>Er is nog geen e-mail ingesteld. Doe dat onder Beheer → E-mail.</source>
        <translation>E-mail has not been set up yet. Do so under Admin → E-mail.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="233"/>
        <source>Deze partij krijgt brieven op papier. Wil zij ze per e-mail, zet dan bij de partij het vinkje voor e-mail aan.</source>
        <translation>This party gets letters on paper. If they want them by e-mail, tick e-mail with the party.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="236"/>
        <source>Van deze ontvanger is geen (geldig) e-mailadres bekend.</source>
        <translation>No (valid) e-mail address is known for this recipient.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="238"/>
        <source>De partijen geven (nu) geen toestemming voor terugkoppeling aan de verwijzer; de brief gaat niet per e-mail.</source>
        <translation>The parties do not (now) consent to feedback to the referrer; the letter is not sent by e-mail.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="241"/>
        <source>Deze brief is al per e-mail verstuurd (of staat klaar in de wachtrij).</source>
        <translation>This letter has already been sent by e-mail (or waits in the outbox).</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="244"/>
        <source>Alleen brieven die Burenrust maakte gaan per e-mail.</source>
        <translation>Only letters Burenrust made go by e-mail.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="246"/>
        <source>Deze brief heeft geen ontvanger.</source>
        <translation>This letter has no recipient.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="247"/>
        <source>Dit bericht kan niet opnieuw worden verstuurd.</source>
        <translation>This message cannot be sent again.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="249"/>
        <source>Dit bericht is al verstuurd of weggelegd.</source>
        <translation>This message has already been sent or dropped.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="251"/>
        <source>Dit bericht is al verstuurd; de inhoud is niet bewaard.</source>
        <translation>This message has been sent; its content is not kept.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="254"/>
        <source>Deze invoer klopt niet.</source>
        <translation>This input is not right.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="260"/>
        <source>De mailserver weigert de gebruikersnaam of het wachtwoord.</source>
        <translation>The mail server refuses the user name or password.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="262"/>
        <source>Deze mailserver laat hier niet inloggen met een wachtwoord. Kies een andere poort of beveiliging, of kies &apos;Opstellen in mijn mailprogramma&apos;.</source>
        <translation>This mail server does not allow a password login here. Choose another port or security, or choose &apos;Compose in my mail program&apos;.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="265"/>
        <source>Er is geen wachtwoord bewaard voor deze mailserver. Vul het in onder Beheer → E-mail.</source>
        <translation>No password is kept for this mail server. Enter it under Admin → E-mail.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="268"/>
        <source>De mailserver weigert de verbinding op deze poort (verkeerde poort, of een firewall blokkeert hem).</source>
        <translation>The mail server refuses the connection on this port (wrong port, or a firewall blocks it).</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="271"/>
        <source>De mailserver antwoordt niet (een firewall blokkeert de poort, of de server is onbereikbaar).</source>
        <translation>The mail server does not answer (a firewall blocks the port, or the server cannot be reached).</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="274"/>
        <source>Deze mailserver is niet gevonden. Controleer de naam en de internetverbinding.</source>
        <translation>This mail server was not found. Check the name and the internet connection.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="277"/>
        <source>Het certificaat van de mailserver klopt niet bij deze naam of wordt niet vertrouwd. Controleer de servernaam.</source>
        <translation>The mail server&apos;s certificate does not match this name or is not trusted. Check the server name.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="280"/>
        <source>De beveiligde verbinding lukte niet. Past de beveiliging (STARTTLS of SSL) bij de poort? Meestal: 587 met STARTTLS, 465 met SSL.</source>
        <translation>The secure connection failed. Does the security (STARTTLS or SSL) match the port? Usually: 587 with STARTTLS, 465 with SSL.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="283"/>
        <source>Deze mailserver kent geen STARTTLS op deze poort. Kies SSL (poort 465) of een andere poort.</source>
        <translation>This mail server offers no STARTTLS on this port. Choose SSL (port 465) or another port.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="286"/>
        <source>De mailserver verbrak de verbinding.</source>
        <translation>The mail server closed the connection.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="287"/>
        <source>De verbinding viel weg nadat het bericht was overgedragen. Misschien is het toch aangekomen: vraag het na voordat u het opnieuw verstuurt.</source>
        <translation>The connection broke after the message was handed over. It may have arrived: check before you send it again.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="290"/>
        <source>Burenrust stopte tijdens het versturen. Misschien is het bericht aangekomen: vraag het na voordat u het opnieuw verstuurt.</source>
        <translation>Burenrust stopped while sending. The message may have arrived: check before you send it again.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="293"/>
        <source>De mailserver weigert het afzenderadres.</source>
        <translation>The mail server refuses the sender address.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="294"/>
        <source>De mailserver weigert het adres van de ontvanger. Klopt het adres?</source>
        <translation>The mail server refuses the recipient&apos;s address. Is the address right?</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="296"/>
        <source>De mailserver weigert het bericht.</source>
        <translation>The mail server refuses the message.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="297"/>
        <source>De mailserver gaf een fout.</source>
        <translation>The mail server gave an error.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="298"/>
        <source>Geen verbinding met de mailserver.</source>
        <translation>No connection to the mail server.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="299"/>
        <source>Er is nog geen e-mail ingesteld (Beheer → E-mail).</source>
        <translation>E-mail has not been set up yet (Admin → E-mail).</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="301"/>
        <source>Niet meer verstuurd: de afspraak is al begonnen.</source>
        <translation>No longer sent: the appointment has begun.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="302"/>
        <source>Vervangen door een nieuwere uitnodiging.</source>
        <translation>Replaced by a newer invitation.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="309"/>
        <source>het filter |%1 (wel: upper, lower, capitalize, title, trim, default, join, replace, truncate)</source>
        <translation>the filter |%1 (allowed: upper, lower, capitalize, title, trim, default, join, replace, truncate)</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="312"/>
        <source>machtsverheffen (**)</source>
        <translation>raising to a power (**)</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="313"/>
        <source>een functie aanroepen (alleen schrijfregels(…) kan)</source>
        <translation>calling a function (only schrijfregels(…) is allowed)</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="314"/>
        <source>meer dan twee herhalingen in elkaar</source>
        <translation>more than two repetitions inside each other</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="315"/>
        <source>herhalen over iets anders dan een veld van de brief, zoals partijen</source>
        <translation>repeating over something other than a field of the letter, such as partijen</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="317"/>
        <source>een herhaling met de naam van een veld</source>
        <translation>a repetition named after a field</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="318"/>
        <source>een plaats in een lijst die geen vast getal is</source>
        <translation>a position in a list that is not a fixed number</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="319"/>
        <source>{% set %}</source>
        <translation>{% set %}</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="320"/>
        <source>een tekst of getal dat te groot wordt</source>
        <translation>a text or number that grows too large</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="321"/>
        <source>zoveel haakjes in elkaar</source>
        <translation>so many brackets inside each other</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="322"/>
        <source>een tekst van meer dan 20.000 tekens</source>
        <translation>a text of more than 20,000 characters</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="323"/>
        <source>een eigenschap van het programma zelf</source>
        <translation>a property of the program itself</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="324"/>
        <source>{% macro %}, {% call %}, {% include %} en dergelijke</source>
        <translation>{% macro %}, {% call %}, {% include %} and the like</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="333"/>
        <source>In het onderwerp: </source>
        <translation>In the subject: </translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="335"/>
        <source>Tekst, regel %1: </source>
        <translation>Text, line %1: </translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="339"/>
        <source>het veld {{ %1 }} bestaat niet.</source>
        <translation>the field {{ %1 }} does not exist.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="342"/>
        <source>Bedoelt u {{ %1 }}?</source>
        <translation>Did you mean {{ %1 }}?</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="346"/>
        <source>de tekst gebruikt {{ %1 }}, maar er is geen afspraak gekozen. Kies een afspraak, of zet dit deel tussen {% if afspraak %} en {% endif %}.</source>
        <translation>the text uses {{ %1 }}, but no appointment was chosen. Choose an appointment, or put this part between {% if afspraak %} and {% endif %}.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="351"/>
        <source>het veld {{ %1 }} heeft hier geen waarde.</source>
        <translation>the field {{ %1 }} has no value here.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="354"/>
        <source>dit kan niet in een brief: %1.</source>
        <translation>this cannot be used in a letter: %1.</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="358"/>
        <source>de opmaak klopt niet. Staat elke {{ tegenover een }}, en elke {% if … %} tegenover een {% endif %}?</source>
        <translation>the layout is not right. Does every {{ have a }}, and every {% if … %} an {% endif %}?</translation>
    </message>
    <message>
        <location filename="../../views/messages.py" line="362"/>
        <source>De brief is niet gemaakt. %1</source>
        <translation>The letter was not made. %1</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="102"/>
        <source>bijvoorbeeld de woningcorporatie</source>
        <translation>for example the housing corporation</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="105"/>
        <source>naam van de contactpersoon</source>
        <translation>name of the contact person</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="109"/>
        <source>Wat is er aan de hand, sinds wanneer, wat is al geprobeerd?</source>
        <translation>What is going on, since when, what has been tried?</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="115"/>
        <source>Complexe zaak</source>
        <translation>Complex case</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="116"/>
        <source>Partij A — aanvrager</source>
        <translation>Party A — requester</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="117"/>
        <source>Partij B — andere partij</source>
        <translation>Party B — other party</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="127"/>
        <source>Zaak opslaan</source>
        <translation>Save case</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="129"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="130"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="132"/>
        <source>Aanmelding</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="134"/>
        <source>Datum aanmelding</source>
        <translation>Date of registration</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="135"/>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="136"/>
        <source>Verwezen door</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="137"/>
        <source>Organisatie verwijzer</source>
        <translation>Referring organisation</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="138"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="139"/>
        <source>Het conflict</source>
        <translation>The conflict</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="141"/>
        <source>Soort conflict</source>
        <translation>Conflict type</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="149"/>
        <source>Verhaal</source>
        <translation>Story</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="160"/>
        <source>Nieuwe aanmelding</source>
        <translation>New registration</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="282"/>
        <source>%1 van %2 tekens</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="291"/>
        <source>Alles is ingevuld; u kunt opslaan.</source>
        <translation>Everything is filled in; you can save.</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="340"/>
        <source>partij A</source>
        <translation>party A</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="340"/>
        <source>partij B</source>
        <translation>party B</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="347"/>
        <source>Nog nodig voor opslaan:</source>
        <translation>Still needed before saving:</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="349"/>
        <source>(en nog %1)</source>
        <translation>(and %1 more)</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="397"/>
        <source>Op het adres van partij %1 zijn %2 incident(en) genoteerd, het laatst op %3.</source>
        <translation>At the address of party %1, %2 incident(s) were noted, the last on %3.</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="430"/>
        <source>dit adres</source>
        <translation>this address</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="430"/>
        <source>deze persoon</source>
        <translation>this person</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="433"/>
        <source>%1 komt voor in zaak %2 van %3 (%4, %5)</source>
        <translation>%1 appears in case %2 of %3 (%4, %5)</translation>
    </message>
    <message>
        <location filename="../../views/cases/new_case_form.py" line="442"/>
        <source>Herhaling:</source>
        <translation>Recurrence:</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="320"/>
        <source>Nieuw verzoek</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="327"/>
        <location filename="../../views/privacy/privacy_dialog.py" line="336"/>
        <source>Van wie</source>
        <translation>From whom</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="329"/>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="330"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="334"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="335"/>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="49"/>
        <source>Organisatie en briefpapier</source>
        <translation>Organisation and letterhead</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="67"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="68"/>
        <source>bijvoorbeeld Buurtbemiddeling Zwolle</source>
        <translation>for example Buurtbemiddeling Zwolle</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="69"/>
        <source>Straat en huisnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="70"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="71"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="72"/>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="73"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="74"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="75"/>
        <source>Ondertekenaar</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="76"/>
        <source>Functie ondertekenaar</source>
        <translation>Signatory&apos;s role</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="77"/>
        <source>coördinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="83"/>
        <source>Voettekst</source>
        <translation>Footer</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="87"/>
        <source>Logo kiezen…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="88"/>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="95"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="96"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="98"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="98"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="109"/>
        <source>&lt;b&gt;Welkom bij Burenrust.&lt;/b&gt; Vul eerst de gegevens van uw organisatie in. Ze komen op elke brief: in het briefhoofd, bij de ondertekening en in de voettekst. U kunt ze later wijzigen onder Beheer.</source>
        <translation>&lt;b&gt;Welcome to Burenrust.&lt;/b&gt; First fill in your organisation&apos;s details. They appear on every letter: in the letterhead, the signature and the footer. You can change them later under Administration.</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="157"/>
        <source>(logo gekozen)</source>
        <translation>(logo chosen)</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="157"/>
        <source>Geen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="163"/>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../views/admin/organisation_dialog.py" line="164"/>
        <source>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="43"/>
        <source>opnieuw om %1</source>
        <translation>again at %1</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="58"/>
        <source>Postvak uit</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="61"/>
        <source>Berichten wachten hier tot de mailserver ze heeft aangenomen. Lukt het niet, dan probeert Burenrust het later opnieuw. Wat mislukt of onzeker is, beslist u zelf.</source>
        <translation>Messages wait here until the mail server has accepted them. If that fails, Burenrust tries again later. What failed or is uncertain, you decide.</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="66"/>
        <source>Gemaakt</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="66"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="66"/>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="66"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="68"/>
        <source>Berichten</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="78"/>
        <source>Nu versturen</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="79"/>
        <location filename="../../views/mail/outbox_dialog.py" line="171"/>
        <source>Opnieuw versturen</source>
        <translation>Send again</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="80"/>
        <source>Niet versturen</source>
        <translation>Do not send</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="81"/>
        <source>Opstellen in mailprogramma</source>
        <translation>Compose in mail program</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="82"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="147"/>
        <source>Bezig met versturen…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="151"/>
        <source>Verstuurd: %1. Wachten nog: %2.</source>
        <translation>Sent: %1. Still waiting: %2.</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="172"/>
        <source>Misschien is dit bericht al aangekomen. Hebt u nagevraagd dat het er niet is? Anders krijgt %1 het twee keer.</source>
        <translation>This message may already have arrived. Have you checked that it has not? Otherwise %1 gets it twice.</translation>
    </message>
    <message>
        <location filename="../../views/mail/outbox_dialog.py" line="202"/>
        <source>Het bericht is geopend in uw mailprogramma. Verstuur het daar; in de zaak staat het als verstuurd.</source>
        <translation>The message is open in your mail program. Send it there; the case shows it as sent.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="43"/>
        <source>Hoe ging het?</source>
        <translation>How did it go?</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="43"/>
        <source>Afspraak afzeggen</source>
        <translation>Cancel appointment</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="45"/>
        <source>zaak %1</source>
        <translation>case %1</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="61"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="62"/>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="65"/>
        <source>&amp;Wie</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="70"/>
        <source>Notitie voor het journaal</source>
        <translation>Note for the journal</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="71"/>
        <source>Hoe ging het? Wat is er afgesproken? (optioneel)</source>
        <translation>How did it go? What was agreed? (optional)</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="72"/>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="76"/>
        <source>Daarna een nieuwe afspraak plannen</source>
        <translation>Then plan a new appointment</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="77"/>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="83"/>
        <source>Afspraak</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="84"/>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="93"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="130"/>
        <source>De zaak afsluiten (vraagt om het resultaat)</source>
        <translation>Close the case (asks for the result)</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="132"/>
        <source>Status naar %1</source>
        <translation>Status to %1</translation>
    </message>
    <message>
        <location filename="../../views/agenda/outcome_dialog.py" line="140"/>
        <source>Kies wie afzegde of wie er niet was.</source>
        <translation>Choose who cancelled or who was not there.</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../views/access/own_password_dialog.py" line="25"/>
        <source>Mijn wachtwoord wijzigen</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../views/access/own_password_dialog.py" line="33"/>
        <source>Huidig wachtwoord</source>
        <translation>Current password</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <location filename="../../views/cases/pair_dialog.py" line="30"/>
        <source>Koppel voorstellen voor zaak %1</source>
        <translation>Propose a pair for case %1</translation>
    </message>
    <message>
        <location filename="../../views/cases/pair_dialog.py" line="34"/>
        <source>Alle voorstellen houden zich aan de vaste regels: beschikbaar, een geldige VOG, niet te vol, niet uit de straat of het postcodegebied van een partij, nooit zelf partij geweest, en samen een vrij dagdeel. De beste staat bovenaan.</source>
        <translation>Every proposal keeps the fixed rules: available, a valid certificate of conduct (VOG), not too busy, not from a party&apos;s street or postcode area, never a party themselves, and a free part of the day in common. The best is at the top.</translation>
    </message>
    <message>
        <location filename="../../views/cases/pair_dialog.py" line="40"/>
        <source>Voorgestelde koppels</source>
        <translation>Suggested pairs</translation>
    </message>
    <message>
        <location filename="../../views/cases/pair_dialog.py" line="42"/>
        <source>Koppel</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../../views/cases/pair_dialog.py" line="42"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../views/cases/pair_dialog.py" line="42"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../views/cases/pair_dialog.py" line="42"/>
        <source>Minder goed</source>
        <translation>Less good</translation>
    </message>
    <message>
        <location filename="../../views/cases/pair_dialog.py" line="66"/>
        <source>Er is nu geen koppel dat aan alle regels voldoet. Kijk bij Bemiddelaars wie er vrij is, of verruim het maximum aantal zaken van een bemiddelaar.</source>
        <translation>No pair meets all the rules now. See Mediators for who is free, or raise a mediator&apos;s maximum number of cases.</translation>
    </message>
    <message>
        <location filename="../../views/cases/pair_dialog.py" line="70"/>
        <source>Niet voorgesteld, VOG verlopen: %1</source>
        <translation>Not proposed, certificate of conduct (VOG) expired: %1</translation>
    </message>
    <message>
        <location filename="../../views/cases/pair_dialog.py" line="76"/>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../views/partners/partners_page.py" line="89"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="92"/>
        <source>Zoek organisatie of contactpersoon…</source>
        <translation>Search organisation or contact…</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="94"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="94"/>
        <location filename="../../views/partners/partners_page.py" line="181"/>
        <location filename="../../views/partners/partners_page.py" line="244"/>
        <location filename="../../views/partners/partners_page.py" line="260"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="94"/>
        <location filename="../../views/partners/partners_page.py" line="178"/>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="95"/>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="95"/>
        <location filename="../../views/partners/partners_page.py" line="197"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="99"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="100"/>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="101"/>
        <source>Adreslijst (CSV)…</source>
        <translation>Address list (CSV)…</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="102"/>
        <source>Adreslijst (vCard)…</source>
        <translation>Address list (vCard)…</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="116"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="117"/>
        <location filename="../../views/partners/partners_page.py" line="199"/>
        <source>Contactpersonen</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="118"/>
        <location filename="../../views/partners/partners_page.py" line="233"/>
        <source>Verwezen zaken</source>
        <translation>Referred cases</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="119"/>
        <location filename="../../views/partners/partners_page.py" line="246"/>
        <source>Contactmomenten</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="168"/>
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="176"/>
        <location filename="../../views/partners/partners_page.py" line="196"/>
        <location filename="../../views/partners/partners_page.py" line="208"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="176"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="177"/>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="177"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="178"/>
        <location filename="../../views/partners/partners_page.py" line="196"/>
        <location filename="../../views/partners/partners_page.py" line="209"/>
        <source>Telefoon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="179"/>
        <location filename="../../views/partners/partners_page.py" line="197"/>
        <location filename="../../views/partners/partners_page.py" line="209"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="184"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="185"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="196"/>
        <location filename="../../views/partners/partners_page.py" line="208"/>
        <source>Functie</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="197"/>
        <location filename="../../views/partners/partners_page.py" line="210"/>
        <source>Wijken</source>
        <translation>Neighbourhoods</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="205"/>
        <source>Actief (vertrokken: vinkje weg)</source>
        <translation>Active (left: untick)</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="213"/>
        <source>Nieuwe contactpersoon</source>
        <translation>New contact</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="214"/>
        <source>Contactpersoon opslaan</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="229"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="229"/>
        <source>Aangemeld</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="229"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="230"/>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="230"/>
        <source>Verwezen door</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="231"/>
        <source>Terugkoppeling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="237"/>
        <source>Dubbelklik om de zaak te openen. Terugkoppeling: de datum van de brief aan de verwijzer.</source>
        <translation>Double-click to open the case. Feedback: the date of the letter to the referrer.</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="244"/>
        <location filename="../../views/partners/partners_page.py" line="259"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="244"/>
        <location filename="../../views/partners/partners_page.py" line="261"/>
        <source>Met</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="245"/>
        <location filename="../../views/partners/partners_page.py" line="262"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="256"/>
        <source>Contactmoment toevoegen</source>
        <translation>Add contact moment</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="320"/>
        <source>(vertrokken)</source>
        <translation>(left)</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="334"/>
        <source>(de organisatie)</source>
        <translation>(the organisation)</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="425"/>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="425"/>
        <source>vCard (*.vcf)</source>
        <translation>vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../views/partners/partners_page.py" line="427"/>
        <source>Adreslijst opslaan</source>
        <translation>Save address list</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../views/cases/party_dialog.py" line="72"/>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_dialog.py" line="73"/>
        <source>Wat u in dit formulier veranderde, is nog niet opgeslagen. Weggooien?</source>
        <translation>What you changed in this form has not been saved. Discard it?</translation>
    </message>
</context>
<context>
    <name>PartyEditor</name>
    <message>
        <location filename="../../views/cases/party_editor.py" line="59"/>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="60"/>
        <source>voornaam</source>
        <translation>first name</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="61"/>
        <source>tussenv.</source>
        <translation>prefix</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="62"/>
        <source>achternaam</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="63"/>
        <source>straat</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="64"/>
        <source>plaats</source>
        <translation>town</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="66"/>
        <source>12a</source>
        <translation>12a</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="74"/>
        <source>Tolk nodig</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="75"/>
        <source>Brieven en herinneringen per e-mail</source>
        <translation>Letters and reminders by e-mail</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="78"/>
        <source>Deze partij krijgt brieven als PDF per e-mail, en een herinnering voor elke afspraak, in plaats van op papier.</source>
        <translation>This party gets letters as a PDF by e-mail, and a reminder for each appointment, instead of on paper.</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="82"/>
        <source>met de naam (Beste Fatma Yılmaz)</source>
        <translation>by name (Dear Fatma Yılmaz)</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="83"/>
        <source>mevrouw (Beste mevrouw Yılmaz)</source>
        <translation>Ms (Dear Ms Yılmaz)</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="84"/>
        <source>meneer (Beste meneer Yılmaz)</source>
        <translation>Mr (Dear Mr Yılmaz)</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="100"/>
        <source>wijk of buurt</source>
        <translation>neighbourhood</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="101"/>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="107"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="108"/>
        <source>Postcode en huisnummer</source>
        <translation>Postcode and number</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="109"/>
        <source>Straat en plaats</source>
        <translation>Street and town</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="110"/>
        <source>Wijk en gemeente</source>
        <translation>Neighbourhood and municipality</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="111"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="115"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="116"/>
        <source>Voorkeurstaal</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="117"/>
        <source>Aanhef in brieven</source>
        <translation>Salutation in letters</translation>
    </message>
    <message>
        <location filename="../../views/cases/party_editor.py" line="177"/>
        <source>anders: met de naam</source>
        <translation>other: by name</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="48"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="49"/>
        <source>Nog een keer</source>
        <translation>Once more</translation>
    </message>
</context>
<context>
    <name>PdfViewerDialog</name>
    <message>
        <location filename="../../views/documents/pdf_viewer.py" line="90"/>
        <source>Opslaan als</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../views/documents/pdf_viewer.py" line="91"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/documents/pdf_viewer.py" line="116"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../views/documents/pdf_viewer.py" line="117"/>
        <source>Opslaan als…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../views/documents/pdf_viewer.py" line="118"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="44"/>
        <source>naam of postcode van de bewoner</source>
        <translation>the resident&apos;s name or postcode</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="45"/>
        <source>Bewoner zoeken</source>
        <translation>Find a resident</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="47"/>
        <source>Gevonden bewoners</source>
        <translation>Residents found</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="62"/>
        <source>zaken %1</source>
        <translation>cases %1</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="77"/>
        <source>Bewoner kiezen</source>
        <translation>Choose a resident</translation>
    </message>
    <message>
        <location filename="../../views/privacy/access_dialog.py" line="81"/>
        <source>Kiezen</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="39"/>
        <source>Alles plannen</source>
        <translation>Plan everything</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="41"/>
        <source>Het voorstel wordt berekend…</source>
        <translation>Working out the proposal…</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="46"/>
        <source>Voorstel per zaak</source>
        <translation>Suggestion per case</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="48"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="48"/>
        <source>Voorgesteld koppel</source>
        <translation>Proposed pair</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="48"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="49"/>
        <source>Minder goed</source>
        <translation>Less good</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="63"/>
        <source>Aangevinkte koppels toewijzen</source>
        <translation>Assign the ticked pairs</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="83"/>
        <source>Het voorstel kon niet worden berekend.</source>
        <translation>The proposal could not be worked out.</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="90"/>
        <source>Er zijn geen zaken die op een koppel wachten.</source>
        <translation>There are no cases waiting for a pair.</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="92"/>
        <source>%1 van %2 wachtende zaken kunnen een koppel krijgen. Kies per zaak een ander koppel als u wilt; alleen aangevinkte zaken worden toegewezen.</source>
        <translation>%1 of %2 waiting cases can get a pair. Choose another pair per case if you like; only ticked cases are assigned.</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="97"/>
        <source>(De berekening is na de tijdslimiet gestopt: dit is het beste voorstel dat tot dan gevonden is, hooguit %1% minder goed dan het best mogelijke.)</source>
        <translation>(The calculation stopped at the time limit: this is the best proposal found by then, at most %1% less good than the best possible.)</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="111"/>
        <source>— geen koppel —</source>
        <translation>— no pair —</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="133"/>
        <source>Geen koppel: %1</source>
        <translation>No pair: %1</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="176"/>
        <source>Te veel zaken</source>
        <translation>Too many cases</translation>
    </message>
    <message>
        <location filename="../../views/mediators/plan_dialog.py" line="177"/>
        <source>Met deze keuzes krijgen meer zaken dan hun maximum: %1. Toch zo toewijzen?</source>
        <translation>With these choices these mediators get more cases than their maximum: %1. Assign anyway?</translation>
    </message>
</context>
<context>
    <name>PrintLettersPage</name>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="57"/>
        <source>Brieven afdrukken</source>
        <translation>Print letters</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="60"/>
        <source>Alle uitnodigingen voor de afspraken in een periode, één brief per ontvanger, in één PDF om af te drukken. Van elke brief blijft een kopie bij de zaak.</source>
        <translation>All invitations for the appointments in a period, one letter per recipient, in one PDF to print. A copy of each letter stays with its case.</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="70"/>
        <source>Een kopie van elke brief bij de zaak bewaren</source>
        <translation>Keep a copy of each letter with its case</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="78"/>
        <source>Brieven maken</source>
        <translation>Make letters</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="79"/>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="81"/>
        <source>Bekijken en afdrukken…</source>
        <translation>View and print…</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="84"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="85"/>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="115"/>
        <source>Kies een geldige periode.</source>
        <translation>Choose a valid period.</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="145"/>
        <source>1 brief te maken.</source>
        <translation>1 letter to make.</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="146"/>
        <source>%1 brieven te maken.</source>
        <translation>%1 letters to make.</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="148"/>
        <source>Per e-mail, want zo gekozen: %1.</source>
        <translation>By e-mail, as chosen: %1.</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="151"/>
        <source>Overgeslagen, want geen adres of geen ontvanger: %1.</source>
        <translation>Skipped for lack of an address or recipient: %1.</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="154"/>
        <source>Vul eerst de gegevens van de organisatie in (Beheer).</source>
        <translation>First fill in the organisation&apos;s details (Administration).</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="195"/>
        <source>Klaargezet om per e-mail te versturen: %1.</source>
        <translation>Ready to send by e-mail: %1.</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="200"/>
        <source>%1 brieven gemaakt. Klik op Bekijken en afdrukken.</source>
        <translation>%1 letters made. Click View and print.</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="208"/>
        <source>Gestopt. Er is niets bewaard.</source>
        <translation>Stopped. Nothing was kept.</translation>
    </message>
    <message>
        <location filename="../../views/documents/print_letters_page.py" line="227"/>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="44"/>
        <source>Inzage</source>
        <translation>Access</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="45"/>
        <source>Correctie</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="46"/>
        <source>Verwijdering</source>
        <translation>Erasure</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="47"/>
        <source>Bezwaar</source>
        <translation>Objection</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="57"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="59"/>
        <location filename="../../views/privacy/privacy_dialog.py" line="78"/>
        <location filename="../../views/privacy/privacy_dialog.py" line="102"/>
        <location filename="../../views/privacy/privacy_dialog.py" line="168"/>
        <source>Bewaartermijn</source>
        <translation>Retention term</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="60"/>
        <source>Verzoeken van bewoners</source>
        <translation>Residents&apos; requests</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="61"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="77"/>
        <source> maanden na afsluiten</source>
        <translation> months after closing</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="81"/>
        <source>Tekst voor de privacyverklaring</source>
        <translation>Text for the privacy statement</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="86"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="87"/>
        <source>Tekst afdrukken…</source>
        <translation>Print the text…</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="91"/>
        <source>Zaken waarvan de bewaartermijn voorbij is</source>
        <translation>Cases past their retention term</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="93"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="93"/>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="93"/>
        <source>Termijn verstreken op</source>
        <translation>Term passed on</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="98"/>
        <location filename="../../views/privacy/privacy_dialog.py" line="111"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="99"/>
        <source>Bewaartermijn verstreken</source>
        <translation>Retention term passed</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="100"/>
        <source>Anonimiseren…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="103"/>
        <source>In eigen woorden</source>
        <translation>In your own words</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="138"/>
        <source>Bewaartermijn verstreken: %1 zaken. Anonimiseren haalt alles weg waaraan iemand te herkennen is; de jaarcijfers blijven gelijk.</source>
        <translation>Retention term passed: %1 cases. Anonymising removes everything by which someone can be recognised; the yearly figures stay the same.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="141"/>
        <source>Er zijn geen zaken waarvan de bewaartermijn verstreken is.</source>
        <translation>No case has passed its retention term.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="145"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="177"/>
        <location filename="../../views/privacy/privacy_dialog.py" line="187"/>
        <source>Anonimiseren</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="178"/>
        <source>%1 zaken anonimiseren? Namen, adressen, verhalen, journaal en documenten worden weggehaald; dat kan niet ongedaan worden gemaakt. De jaarcijfers blijven gelijk.</source>
        <translation>Anonymise %1 cases? Names, addresses, stories, journal and documents are removed; this cannot be undone. The yearly figures stay the same.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="188"/>
        <source>Geanonimiseerd: %1 zaken, %2 personen, %3 adressen, %4 incidenten en %5 documenten.</source>
        <translation>Anonymised: %1 cases, %2 persons, %3 addresses, %4 incidents and %5 documents.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="205"/>
        <source>Verzoeken</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="207"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="207"/>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="207"/>
        <source>Antwoord vóór</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="208"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="208"/>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="208"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="214"/>
        <source>Nieuw verzoek…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="215"/>
        <source>Inzage maken…</source>
        <translation>Make access report…</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="216"/>
        <source>Persoon verwijderen…</source>
        <translation>Erase person…</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="217"/>
        <source>Afronden…</source>
        <translation>Complete…</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="225"/>
        <source>Een bewoner mag vragen wat er over hem of haar is vastgelegd (inzage), om correctie of verwijdering, of bezwaar maken. Het antwoord moet binnen 30 dagen; Te doen waarschuwt een week van tevoren.</source>
        <translation>A resident may ask what is recorded about them (access), ask for correction or erasure, or object. The answer is due within 30 days; To do warns a week before.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="244"/>
        <source>afgerond op %1</source>
        <translation>completed on %1</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="245"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="276"/>
        <source>Afronden</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="276"/>
        <source>Wat is er gedaan of verstuurd?</source>
        <translation>What was done or sent?</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="301"/>
        <location filename="../../views/privacy/privacy_dialog.py" line="309"/>
        <source>Persoon verwijderen</source>
        <translation>Erase person</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="302"/>
        <source>Deze persoon nu verwijderen? Naam, contactgegevens, adres en brieven gaan weg en de naam wordt uit de teksten van de zaken gehaald. Dat kan niet ongedaan worden gemaakt.</source>
        <translation>Erase this person now? Name, contact details, address and letters go, and the name is taken out of the cases&apos; texts. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../views/privacy/privacy_dialog.py" line="310"/>
        <source>Verwijderd, en de naam is uit %1 zaken gehaald.</source>
        <translation>Erased; the name was taken out of %1 cases.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../views/reasons.py" line="14"/>
        <source>%1 heeft nu geen open zaken</source>
        <translation>%1 has no open cases now</translation>
    </message>
    <message>
        <location filename="../../views/reasons.py" line="15"/>
        <source>%1 zit bijna aan het maximum aantal zaken</source>
        <translation>%1 is close to their maximum number of cases</translation>
    </message>
    <message>
        <location filename="../../views/reasons.py" line="16"/>
        <source>%1 woont dichtbij</source>
        <translation>%1 lives nearby</translation>
    </message>
    <message>
        <location filename="../../views/reasons.py" line="17"/>
        <source>%1 woont ver weg</source>
        <translation>%1 lives far away</translation>
    </message>
    <message>
        <location filename="../../views/reasons.py" line="18"/>
        <source>een ervaren en een nieuwere bemiddelaar</source>
        <translation>one experienced and one newer mediator</translation>
    </message>
    <message>
        <location filename="../../views/reasons.py" line="19"/>
        <source>allebei ervaren</source>
        <translation>both experienced</translation>
    </message>
    <message>
        <location filename="../../views/reasons.py" line="20"/>
        <source>allebei nog nieuw</source>
        <translation>both still new</translation>
    </message>
    <message>
        <location filename="../../views/reasons.py" line="21"/>
        <source>spreekt %1</source>
        <translation>speaks %1</translation>
    </message>
    <message>
        <location filename="../../views/reasons.py" line="22"/>
        <source>niemand spreekt %1</source>
        <translation>nobody speaks %1</translation>
    </message>
    <message>
        <location filename="../../views/reasons.py" line="23"/>
        <source>een man en een vrouw</source>
        <translation>a man and a woman</translation>
    </message>
    <message>
        <location filename="../../views/reasons.py" line="24"/>
        <source>%1 gezamenlijke vrije dagdelen</source>
        <translation>%1 free parts of the week in common</translation>
    </message>
    <message>
        <location filename="../../views/reasons.py" line="25"/>
        <source>maar één gezamenlijk vrij dagdeel</source>
        <translation>only one free part of the week in common</translation>
    </message>
    <message>
        <location filename="../../views/reasons.py" line="26"/>
        <source>werkten al %1 keer samen</source>
        <translation>worked together %1 times before</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="23"/>
        <source>geen twee bemiddelaars voldoen aan de regels voor deze zaak</source>
        <translation>no two mediators meet the rules for this case</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="25"/>
        <source>maar één bemiddelaar voldoet aan de regels: %1</source>
        <translation>only one mediator meets the rules: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="27"/>
        <source>de meesten vallen af omdat ze hun maximum aantal zaken hebben (%1)</source>
        <translation>most are left out because they have their maximum number of cases (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="29"/>
        <source>de meesten vallen af omdat ze met pauze of afwezig zijn (%1)</source>
        <translation>most are left out because they are on a break or away (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="31"/>
        <source>de meesten vallen af omdat ze niet (meer) actief zijn (%1)</source>
        <translation>most are left out because they are not (or no longer) active (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="33"/>
        <source>de meesten vallen af omdat ze geen vrije dagdelen hebben (%1)</source>
        <translation>most are left out because they have no free parts of the day (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="35"/>
        <source>de meesten vallen af omdat ze in het postcodegebied van een partij wonen (%1)</source>
        <translation>most are left out because they live in a party’s postcode area (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="38"/>
        <source>de meesten vallen af omdat ze in de straat van een partij wonen (%1)</source>
        <translation>most are left out because they live in a party’s street (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="40"/>
        <source>de meesten vallen af omdat ze een partij kennen uit een eerdere zaak (%1)</source>
        <translation>most are left out because they know a party from an earlier case (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="42"/>
        <source>de meesten vallen af omdat hun VOG verlopen is (%1)</source>
        <translation>most are left out because their VOG expired (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="44"/>
        <source>van %1 is geen VOG-datum bekend</source>
        <translation>no VOG date known for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="46"/>
        <source>VOG verlopen: niet voorgesteld</source>
        <translation>VOG expired: not proposed</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="48"/>
        <source>de meesten vallen af omdat ze al aan deze zaak werken (%1)</source>
        <translation>most are left out because they already work on this case (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="50"/>
        <source>er waren koppels mogelijk, maar hun bemiddelaars zijn in dit voorstel nodig voor andere zaken; het beste koppel was %1</source>
        <translation>pairs were possible, but their mediators are needed for other cases in this proposal; the best pair was %1</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="53"/>
        <source>een hoger maximum aantal zaken voor %1 maakt het mogelijk</source>
        <translation>a higher maximum number of cases for %1 makes it possible</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="55"/>
        <source>zodra %1 terug is van de pauze, kan die deze zaak doen</source>
        <translation>once %1 is back from their break, they can take this case</translation>
    </message>
    <message>
        <location filename="../../desktop/mediators/unplanned.py" line="57"/>
        <source>postcode van partij %1 onbekend: kijk zelf of de bemiddelaars niet in de buurt wonen</source>
        <translation>postcode of party %1 unknown: check yourself that the mediators do not live nearby</translation>
    </message>
</context>
<context>
    <name>ResetWithCodeDialog</name>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="162"/>
        <source>Nieuw wachtwoord met de herstelcode</source>
        <translation>New password with the recovery code</translation>
    </message>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="171"/>
        <source>Alleen voor een coördinator. De herstelcode staat op het blad dat bij het instellen van de back-ups is afgedrukt en in de kluis ligt.</source>
        <translation>For a coordinator only. The recovery code is on the sheet printed when the backups were set up, kept in the safe.</translation>
    </message>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="175"/>
        <source>Naam van de coördinator</source>
        <translation>Coordinator&apos;s name</translation>
    </message>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="176"/>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
</context>
<context>
    <name>RoleBox</name>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="51"/>
        <source>Medewerker: zaken, afspraken en brieven</source>
        <translation>Staff: cases, appointments and letters</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="52"/>
        <source>Alleen lezen: zaken opzoeken en lezen</source>
        <translation>Read only: find and read cases</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="53"/>
        <source>Coördinator: alles, ook Beheer en privacy</source>
        <translation>Coordinator: everything, Administration and privacy too</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <location filename="../../views/admin/rooms_editor.py" line="26"/>
        <source>Ruimtes</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../views/admin/rooms_editor.py" line="27"/>
        <source>Ruimte toevoegen…</source>
        <translation>Add room…</translation>
    </message>
    <message>
        <location filename="../../views/admin/rooms_editor.py" line="28"/>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../views/admin/rooms_editor.py" line="29"/>
        <location filename="../../views/admin/rooms_editor.py" line="66"/>
        <source>Niet meer gebruiken</source>
        <translation>Stop using</translation>
    </message>
    <message>
        <location filename="../../views/admin/rooms_editor.py" line="49"/>
        <source>(niet in gebruik)</source>
        <translation>(not in use)</translation>
    </message>
    <message>
        <location filename="../../views/admin/rooms_editor.py" line="65"/>
        <source>Weer gebruiken</source>
        <translation>Use again</translation>
    </message>
    <message>
        <location filename="../../views/admin/rooms_editor.py" line="69"/>
        <location filename="../../views/admin/rooms_editor.py" line="73"/>
        <source>Ruimte</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../views/admin/rooms_editor.py" line="69"/>
        <source>Naam:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../views/admin/rooms_editor.py" line="73"/>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="213"/>
        <source>Zonder aanmelden</source>
        <translation>Without signing in</translation>
    </message>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="213"/>
        <source>Zonder aanmelden is iedereen die deze pc gebruikt met het Windows-account de coördinator: alles is te zien en te wijzigen, en in de geschiedenis staat de naam van het Windows-account. Het venster wordt dan ook niet vergrendeld. Kies dit alleen als u de enige bent die met Burenrust werkt en de pc zelf een wachtwoord heeft.

Zonder aanmelden werken?</source>
        <translation>Without signing in, anyone using this PC with the Windows account is the coordinator: everything can be seen and changed, and the history names the Windows account. The window is not locked either. Choose this only if you are the only one working with Burenrust and the PC itself has a password.

Work without signing in?</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="74"/>
        <source>Aanmelden bij Burenrust</source>
        <translation>Sign in to Burenrust</translation>
    </message>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="84"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="85"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="88"/>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="89"/>
        <source>Stoppen</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="92"/>
        <source>Wachtwoord vergeten?</source>
        <translation>Forgot the password?</translation>
    </message>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="96"/>
        <source>Deze gegevens zijn beveiligd. Meld u aan met uw naam en wachtwoord.</source>
        <translation>These data are protected. Sign in with your name and password.</translation>
    </message>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="141"/>
        <source>Te vaak een verkeerd wachtwoord. Probeer het over %1 seconden opnieuw.</source>
        <translation>Too many wrong passwords. Try again in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../views/access/sign_in_dialog.py" line="151"/>
        <source>Het nieuwe wachtwoord is bewaard. Meld u daarmee aan.</source>
        <translation>The new password is saved. Sign in with it.</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <location filename="../../views/signals/signals_page.py" line="47"/>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="50"/>
        <location filename="../../views/signals/signals_page.py" line="96"/>
        <source>Wat komt terug</source>
        <translation>What comes back</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="51"/>
        <location filename="../../views/signals/signals_page.py" line="89"/>
        <source>Incidenten</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="68"/>
        <source>Alles</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="68"/>
        <source>Adressen</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="69"/>
        <source>Straten</source>
        <translation>Streets</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="69"/>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="75"/>
        <source> keer of vaker</source>
        <translation> times or more</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="76"/>
        <source>Hoe vaak minstens</source>
        <translation>At least how often</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="79"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="79"/>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="80"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="87"/>
        <location filename="../../views/signals/signals_page.py" line="181"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="87"/>
        <source>Adres, straat of persoon</source>
        <translation>Address, street or person</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="88"/>
        <source>Keer</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="88"/>
        <source>Zaken</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="88"/>
        <source>Gewicht</source>
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="89"/>
        <source>Laatst</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="91"/>
        <source>Waarop de lijst gesorteerd is: elke zaak en elk incident telt 1, en telt half zo zwaar voor elke 30 dagen dat het langer geleden is. Drie keer vorige week weegt zo zwaarder dan vijf keer vorige winter.</source>
        <translation>What the list is sorted by: every case and every incident counts 1, and counts half as much for every 30 days longer ago. Three times last week so weighs more than five times last winter.</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="99"/>
        <source>Zaken en incidenten van de gekozen regel</source>
        <translation>Cases and incidents of the chosen row</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="102"/>
        <source>Bovenaan staat wat vaak én kort geleden voorkwam: het gewicht telt elke keer mee, en minder naarmate het langer geleden is (de helft per 30 dagen). Dubbelklik op een zaak of incident om het te openen.</source>
        <translation>At the top is what happened often and recently: every time counts towards the weight, and less the longer ago it was (half per 30 days). Double-click a case or incident to open it.</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="133"/>
        <source>Bezig met zoeken…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="139"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="139"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="140"/>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="159"/>
        <source>Zaak %1, aangemeld op %2</source>
        <translation>Case %1, registered on %2</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="162"/>
        <source>Incident van %1</source>
        <translation>Incident of %1</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="177"/>
        <source>Zoek op straat, postcode, wijk of soort…</source>
        <translation>Search by street, postcode, neighbourhood or kind…</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="181"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="181"/>
        <source>Plek</source>
        <translation>Spot</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="182"/>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="182"/>
        <source>Gemeld door</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="182"/>
        <source>Zaak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="185"/>
        <source>Nieuw incident…</source>
        <translation>New incident…</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="186"/>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="187"/>
        <source>Verwijderen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="245"/>
        <source>Incident verwijderen</source>
        <translation>Delete incident</translation>
    </message>
    <message>
        <location filename="../../views/signals/signals_page.py" line="246"/>
        <source>Dit incident verwijderen?</source>
        <translation>Delete this incident?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../views/startup_checks.py" line="29"/>
        <source>Het databasebestand is beschadigd en er is geen back-up gevonden. Er is niets overschreven. Neem contact op met wie u helpt met de computer.</source>
        <translation>The database file is damaged and no backup was found. Nothing was overwritten. Please contact whoever helps you with the computer.</translation>
    </message>
    <message>
        <location filename="../../views/startup_checks.py" line="34"/>
        <source>Het databasebestand is beschadigd. Er is niets overschreven. De laatste back-up is van %1. Die terugzetten? Het beschadigde bestand wordt apart bewaard.</source>
        <translation>The database file is damaged. Nothing was overwritten. The latest backup is from %1. Restore it? The damaged file is kept aside.</translation>
    </message>
    <message>
        <location filename="../../views/startup_checks.py" line="63"/>
        <source>Het databasebestand is beschadigd. Er wordt niets meer in opgeslagen, zodat het niet erger wordt, en er is geen back-up gevonden. Neem contact op met wie u helpt met de computer.</source>
        <translation>The database file is damaged. Nothing more is saved in it, so it does not get worse, and no backup was found. Contact whoever helps you with the computer.</translation>
    </message>
    <message>
        <location filename="../../views/startup_checks.py" line="69"/>
        <source>Het databasebestand is beschadigd. Er wordt niets meer in opgeslagen, zodat het niet erger wordt. De laatste goede back-up is van %1. Die terugzetten? Het beschadigde bestand wordt apart bewaard.</source>
        <translation>The database file is damaged. Nothing more is saved in it, so it does not get worse. The latest good backup is from %1. Restore it? The damaged file is kept aside.</translation>
    </message>
    <message>
        <location filename="../../views/startup_checks.py" line="86"/>
        <source>Deze back-up is met een sleutel gemaakt die niet op deze pc staat. Typ de herstelcode (van het blad uit de kluis):</source>
        <translation>This backup was made with a key that is not on this PC. Type the recovery code (from the sheet in the safe):</translation>
    </message>
    <message>
        <location filename="../../views/startup_checks.py" line="94"/>
        <location filename="../../views/startup_checks.py" line="122"/>
        <source>Deze herstelcode klopt niet. Controleer de letters en cijfers.</source>
        <translation>This recovery code is not right. Check the letters and digits.</translation>
    </message>
    <message>
        <location filename="../../views/startup_checks.py" line="109"/>
        <source>De gegevens in deze map zijn versleuteld, en de sleutel staat niet op deze pc (de map komt van een andere pc). Typ de herstelcode van het blad uit de kluis:</source>
        <translation>The data in this folder are encrypted, and the key is not on this PC (the folder comes from another PC). Type the recovery code from the sheet in the safe:</translation>
    </message>
    <message>
        <location filename="../../views/startup_checks.py" line="119"/>
        <source>Deze herstelcode hoort niet bij deze gegevens. Misschien is het de code van een andere organisatie of van een oudere sleutel.</source>
        <translation>This recovery code does not belong to these data. Perhaps it is the code of another organisation or of an older key.</translation>
    </message>
    <message>
        <location filename="../../views/startup_checks.py" line="148"/>
        <source>De wekelijkse controle vond iets wat niet klopt in de gegevens. Maak een back-up en vraag hulp; details staan in het logbestand.</source>
        <translation>The weekly check found something wrong in the data. Make a backup and ask for help; details are in the log file.</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <location filename="../../views/startup_checks.py" line="162"/>
        <source>Burenrust kan de databaseserver %1 niet bereiken. Controleer of de pc met het netwerk verbonden is en of de server aan staat, en probeer het opnieuw. Wie beheert de server, kan in het logbestand zien wat er misging.</source>
        <translation>Burenrust cannot reach the database server %1. Check that the PC is connected to the network and that the server is on, and try again. Whoever manages the server can see in the log file what went wrong.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../views/cases/status_dialog.py" line="30"/>
        <source>Status van zaak %1</source>
        <translation>Status of case %1</translation>
    </message>
    <message>
        <location filename="../../views/cases/status_dialog.py" line="31"/>
        <source>Nu: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location filename="../../views/cases/status_dialog.py" line="36"/>
        <source>Nieuwe status:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <location filename="../../views/cases/status_dialog.py" line="43"/>
        <source>(volgende stap)</source>
        <translation>(next step)</translation>
    </message>
    <message>
        <location filename="../../views/cases/status_dialog.py" line="45"/>
        <source>(vraagt om het resultaat)</source>
        <translation>(asks for the result)</translation>
    </message>
    <message>
        <location filename="../../views/cases/status_dialog.py" line="53"/>
        <source>toelichting voor het journaal (optioneel)</source>
        <translation>explanation for the journal (optional)</translation>
    </message>
    <message>
        <location filename="../../views/cases/status_dialog.py" line="54"/>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../views/cases/status_dialog.py" line="55"/>
        <source>&amp;Toelichting</source>
        <translation>&amp;Explanation</translation>
    </message>
    <message>
        <location filename="../../views/cases/status_dialog.py" line="62"/>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../views/cases/status_dialog.py" line="83"/>
        <source>Naar %1</source>
        <translation>To %1</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="61"/>
        <location filename="../../views/admin/templates_dialog.py" line="171"/>
        <source>Briefteksten</source>
        <translation>Letter texts</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="65"/>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="80"/>
        <source>Velden</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="86"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="87"/>
        <source>Voorbeeld…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="88"/>
        <location filename="../../views/admin/templates_dialog.py" line="250"/>
        <source>Standaardtekst terugzetten</source>
        <translation>Restore the standard text</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="89"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="91"/>
        <source>&amp;Onderwerp</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="93"/>
        <source>&amp;Tekst (een lege regel begint een nieuwe alinea)</source>
        <translation>&amp;Text (an empty line starts a new paragraph)</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="95"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="102"/>
        <source>Velden (dubbelklik om in te voegen)</source>
        <translation>Fields (double-click to insert)</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="172"/>
        <source>De gewijzigde tekst is nog niet opgeslagen. Wijzigingen weggooien?</source>
        <translation>The changed text has not been saved. Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="207"/>
        <source>De tekst is in orde.</source>
        <translation>The text is fine.</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="251"/>
        <source>De eigen tekst van deze brief vervangen door de standaardtekst?</source>
        <translation>Replace your own text of this letter with the standard text?</translation>
    </message>
    <message>
        <location filename="../../views/admin/templates_dialog.py" line="283"/>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="611"/>
        <source>Training of intervisie toevoegen</source>
        <translation>Add training or peer supervision</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="622"/>
        <source>Duur</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="629"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="630"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="631"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../views/mediators/mediator_editor.py" line="632"/>
        <source>Duur (uren:minuten)</source>
        <translation>Duration (hours:minutes)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../views/access/lock_screen.py" line="65"/>
        <source>Burenrust is vergrendeld</source>
        <translation>Burenrust is locked</translation>
    </message>
    <message>
        <location filename="../../views/access/lock_screen.py" line="73"/>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../views/access/lock_screen.py" line="77"/>
        <source>Aangemeld als %1. Typ uw wachtwoord om verder te werken.</source>
        <translation>Signed in as %1. Type your password to continue.</translation>
    </message>
    <message>
        <location filename="../../views/access/lock_screen.py" line="91"/>
        <source>Te vaak een verkeerd wachtwoord. Probeer het over %1 seconden opnieuw.</source>
        <translation>Too many wrong passwords. Try again in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="67"/>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="67"/>
        <source>Gebruiker toevoegen</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="74"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="76"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="81"/>
        <source>Geef het wachtwoord persoonlijk door, niet per e-mail.</source>
        <translation>Hand the password over in person, not by e-mail.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="43"/>
        <source>coördinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="44"/>
        <source>medewerker</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="45"/>
        <source>alleen lezen</source>
        <translation>read only</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="115"/>
        <source>Gebruikers en aanmelden</source>
        <translation>Users and sign-in</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="119"/>
        <source>Aanmelden met naam en wachtwoord</source>
        <translation>Sign in with name and password</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="126"/>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="131"/>
        <source>Aanmelden</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="133"/>
        <source>Vergrendelen na</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="136"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="136"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="136"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="137"/>
        <source>Laatst aangemeld</source>
        <translation>Last signed in</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="143"/>
        <source>Gebruiker toevoegen…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="145"/>
        <source>Rol geven</source>
        <translation>Give role</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="146"/>
        <source>Nieuw wachtwoord…</source>
        <translation>New password…</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="147"/>
        <location filename="../../views/admin/users_dialog.py" line="202"/>
        <source>Uitschakelen</source>
        <translation>Switch off</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="175"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="175"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="185"/>
        <source>Aan: iedereen meldt zich aan en ziet alleen wat bij de rol past; het venster vergrendelt als het een tijd niet gebruikt wordt.</source>
        <translation>On: everyone signs in and sees only what fits the role; the window locks when it has not been used for a while.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="187"/>
        <source>Uit: wie deze pc gebruikt, is de coördinator en mag alles. Alleen voor een organisatie met één persoon.</source>
        <translation>Off: whoever uses this PC is the coordinator and may do everything. Only for an organisation of one person.</translation>
    </message>
    <message>
        <location filename="../../views/admin/users_dialog.py" line="203"/>
        <source>Inschakelen</source>
        <translation>Switch on</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../views/cases/welcome_panel.py" line="24"/>
        <source>Welkom bij Burenrust</source>
        <translation>Welcome to Burenrust</translation>
    </message>
    <message>
        <location filename="../../views/cases/welcome_panel.py" line="27"/>
        <source>Er staan nog geen zaken in. Waar wilt u beginnen? Alles kan later ook: via het menu en de knoppen links. Met F1 opent de handleiding bij elk scherm.</source>
        <translation>There are no cases yet. Where would you like to start? Everything can also be done later, from the menu and the buttons on the left. F1 opens the manual on every screen.</translation>
    </message>
    <message>
        <location filename="../../views/cases/welcome_panel.py" line="31"/>
        <source>Nieuwe zaak…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <location filename="../../views/cases/welcome_panel.py" line="32"/>
        <source>Een aanmelding registreren, bijvoorbeeld terwijl u aan de telefoon bent (Ctrl+N).</source>
        <translation>Register a referral, for example while you are on the phone (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../views/cases/welcome_panel.py" line="34"/>
        <source>Spreadsheet importeren…</source>
        <translation>Import spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../views/cases/welcome_panel.py" line="35"/>
        <source>De zaken uit uw oude Excel-bestand overnemen. U ziet eerst wat er gebeurt; er wordt pas iets opgeslagen als u dat kiest.</source>
        <translation>Take over the cases from your old Excel file. You first see what will happen; nothing is saved until you choose so.</translation>
    </message>
    <message>
        <location filename="../../views/cases/welcome_panel.py" line="37"/>
        <source>Bemiddelaars toevoegen</source>
        <translation>Add mediators</translation>
    </message>
    <message>
        <location filename="../../views/cases/welcome_panel.py" line="38"/>
        <source>De vrijwilligers, met wanneer ze kunnen: dan stelt Burenrust koppels voor.</source>
        <translation>The volunteers, with when they are available: then Burenrust suggests pairs.</translation>
    </message>
    <message>
        <location filename="../../views/cases/welcome_panel.py" line="40"/>
        <source>Oefenen met demogegevens…</source>
        <translation>Practise with demo data…</translation>
    </message>
    <message>
        <location filename="../../views/cases/welcome_panel.py" line="41"/>
        <source>Een tweede venster met verzonnen zaken, in een aparte map. Uw eigen gegevens blijven daarbuiten.</source>
        <translation>A second window with made-up cases, in a separate folder. Your own data stay outside it.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../views/widgets.py" line="189"/>
        <source>Opslaan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
</context>
</TS>
