/**
 * German catalog: the reference every other catalog follows and the fallback for a message a catalog lacks.
 * ICU message syntax (intl-messageformat); plain text only — the layout escapes and places every message.
 * Keys: `layout.*` for the shared frame, `<notification-type>.*` per type. Short sentences, plain language, "Sie".
 */
export const DE_MESSAGES = {
  'layout.siteName': 'Stadt Borken — Zusammenleben in Borken',
  'layout.greeting': 'Hallo {name},',
  'layout.automatic':
    'Diese E-Mail wurde automatisch verschickt. Bitte antworten Sie nicht auf diese E-Mail.',
  'layout.preferencesText':
    'Sie können selbst einstellen, welche Nachrichten Sie per E-Mail bekommen.',
  'layout.preferencesLink': 'Benachrichtigungen einstellen',

  'mail-check.subject': 'Testnachricht: Ihre E-Mail-Adresse funktioniert',
  'mail-check.heading': 'Ihre E-Mail-Adresse funktioniert',
  'mail-check.intro':
    'dies ist eine Testnachricht. Die Stadt Borken prüft damit, ob E-Mails bei Ihnen ankommen.',
  'mail-check.result': 'Die Nachricht ist angekommen. Sie müssen nichts tun.',
  'mail-check.sentAt': 'Gesendet am {sentAt, date, long} um {sentAt, time, short} Uhr.',
  'mail-check.unexpected':
    'Sie haben diese Nachricht nicht erwartet? Dann können Sie sie einfach löschen.',
} as const satisfies Record<string, string>;
