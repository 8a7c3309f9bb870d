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

  'email-verification.subject': 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
  'email-verification.heading': 'Bestätigen Sie Ihre E-Mail-Adresse',
  'email-verification.intro':
    'Sie haben ein Konto bei „Zusammenleben in Borken“ erstellt. Bitte bestätigen Sie jetzt Ihre E-Mail-Adresse. Danach können Sie sich anmelden.',
  'email-verification.validity': 'Der Link gilt {hours, plural, one {# Stunde} other {# Stunden}}.',
  'email-verification.action': 'E-Mail-Adresse bestätigen',
  'email-verification.unexpected':
    'Sie haben kein Konto erstellt? Dann können Sie diese E-Mail einfach löschen. Ohne Bestätigung wird kein Konto aktiv.',

  'account-exists.subject': 'Sie haben schon ein Konto',
  'account-exists.heading': 'Für diese E-Mail-Adresse gibt es schon ein Konto',
  'account-exists.intro':
    'Jemand – vielleicht Sie – wollte gerade mit dieser E-Mail-Adresse ein neues Konto erstellen. Für diese Adresse gibt es aber schon ein Konto.',
  'account-exists.ifYou':
    'Waren Sie das? Dann melden Sie sich einfach mit Ihrem Passwort an. Haben Sie Ihr Passwort vergessen? Dann können Sie ein neues Passwort festlegen.',
  'account-exists.notYou':
    'Waren Sie das nicht? Dann können Sie diese E-Mail einfach löschen. An Ihrem Konto hat sich nichts geändert.',
  'account-exists.signIn': 'Anmelden',
  'account-exists.forgotPassword': 'Passwort vergessen?',

  'password-reset.subject': 'Neues Passwort festlegen',
  'password-reset.heading': 'Legen Sie ein neues Passwort fest',
  'password-reset.intro':
    'Sie möchten ein neues Passwort für Ihr Konto? Dann öffnen Sie den Link unten und legen Sie ein neues Passwort fest.',
  'password-reset.validity':
    'Der Link gilt {minutes, plural, one {# Minute} other {# Minuten}}. Sie können ihn nur einmal benutzen.',
  'password-reset.action': 'Neues Passwort festlegen',
  'password-reset.unexpected':
    'Sie haben kein neues Passwort angefordert? Dann können Sie diese E-Mail einfach löschen. Ihr Passwort bleibt, wie es ist.',

  'password-changed.subject': 'Ihr Passwort wurde geändert',
  'password-changed.heading': 'Ihr Passwort wurde geändert',
  'password-changed.intro':
    'Das Passwort für Ihr Konto bei „Zusammenleben in Borken“ wurde geändert.',
  'password-changed.ifYou': 'Waren Sie das? Dann ist alles in Ordnung. Sie müssen nichts tun.',
  'password-changed.notYou':
    'Waren Sie das nicht? Dann legen Sie bitte sofort ein neues Passwort fest. So kann niemand anderes Ihr Konto benutzen.',
  'password-changed.action': 'Neues Passwort festlegen',

  'account-invitation.subject': 'Ihr neues Konto bei „Zusammenleben in Borken“',
  'account-invitation.heading': 'Willkommen! Für Sie gibt es jetzt ein Konto',
  'account-invitation.introBy':
    '{inviter} hat für Sie ein Konto bei „Zusammenleben in Borken“ erstellt.',
  'account-invitation.intro':
    'Die Stadt Borken hat für Sie ein Konto bei „Zusammenleben in Borken“ erstellt.',
  'account-invitation.next':
    'Legen Sie jetzt Ihr Passwort fest. Danach können Sie sich mit Ihrer E-Mail-Adresse und Ihrem Passwort anmelden.',
  'account-invitation.validity':
    'Der Link gilt {days, plural, one {# Tag} other {# Tage}}. Sie können ihn nur einmal benutzen.',
  'account-invitation.action': 'Passwort festlegen',
  'account-invitation.unexpected':
    'Sie haben kein Konto erwartet? Dann können Sie diese E-Mail einfach löschen.',
} as const satisfies Record<string, string>;
