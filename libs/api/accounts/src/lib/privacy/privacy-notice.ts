/**
 * The Art. 15 information that travels with every data export (PersonalDataExport.notice): purposes,
 * source, recipients, retention, rights. Short and plain; it must stay true, so change it together with the
 * processing it describes (a new recipient, a new retention rule).
 */
export const PRIVACY_NOTICE: { readonly de: string; readonly en: string } = {
  de: [
    'Auskunft nach Art. 15 DSGVO.',
    'Zweck: Wir verarbeiten diese Daten, um die Plattform „Zusammenleben“ zu betreiben: Ihr Konto und die Anmeldung,',
    'die Angebote, an denen Sie teilnehmen, Benachrichtigungen und die Sicherheit (ein Protokoll, wer was getan hat).',
    'Herkunft: von Ihnen selbst oder von Mitarbeitenden, die Sie am Schalter angemeldet haben.',
    'Empfänger: nur die Koordinierungsstelle der Stadt Borken. Wir geben nichts an andere weiter.',
    'Speicherdauer: solange Ihr Konto besteht. Wenn Sie Ihr Konto löschen, entfernen wir Ihre persönlichen Daten;',
    'Protokolleinträge und Statistiken bleiben ohne Ihren Namen und ohne Ihre Kontaktdaten erhalten.',
    'Ihre Rechte: Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch (Art. 15–21 DSGVO).',
    'Sie können sich bei der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW) beschweren.',
  ].join(' '),
  en: [
    'Information under Art. 15 GDPR.',
    'Purpose: we process this data to run the "Zusammenleben" platform: your account and sign-in,',
    'the programmes you take part in, notifications and security (a log of who did what).',
    'Source: you yourself, or staff who registered you at the desk.',
    'Recipients: only the coordination office of the town of Borken. We pass nothing on to anyone else.',
    'Retention: as long as your account exists. When you delete your account, we remove your personal data;',
    'log entries and statistics are kept without your name and without your contact details.',
    'Your rights: access, rectification, erasure, restriction, data portability and objection (Art. 15–21 GDPR).',
    'You can complain to the data protection authority of North Rhine-Westphalia (LDI NRW).',
  ].join(' '),
};
