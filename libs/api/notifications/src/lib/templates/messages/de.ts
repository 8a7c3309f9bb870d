import { DE_WORKSHOP_MESSAGES } from './workshop-de';

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
  'support-area.authorities': 'Ämter und Papiere',
  'support-area.school': 'Schule und Hausaufgaben',
  'support-area.german': 'Deutsch üben',
  'support-area.leisure': 'Freizeit',
  'support-area.work': 'Arbeit und Ausbildung',
  'support-area.housing': 'Wohnen',
  'support-area.health': 'Termine beim Arzt',

  'decline-reason.no_time': 'keine Zeit',
  'decline-reason.distance': 'der Weg ist zu weit',
  'decline-reason.language': 'keine gemeinsame Sprache',
  'decline-reason.not_a_fit': 'es passt nicht zusammen',
  'decline-reason.family_declined': 'die Familie hat abgesagt',
  'decline-reason.other': 'ein anderer Grund',

  'end-reason.completed': 'die Patenschaft ist wie vereinbart abgeschlossen',
  'end-reason.life_change': 'die Lebensumstände haben sich geändert',
  'end-reason.volunteer_dissatisfied': 'die Patin oder der Pate war nicht zufrieden',
  'end-reason.family_dissatisfied': 'die Familie war nicht zufrieden',
  'end-reason.contact_faded': 'der Kontakt ist eingeschlafen',
  'end-reason.volunteer_unresponsive': 'die Patin oder der Pate war nicht mehr erreichbar',
  'end-reason.family_independent': 'die Familie kommt jetzt allein zurecht',
  'end-reason.safeguarding': 'Kinderschutz',

  'pairing-offered.subject': 'Die Koordinationsstelle schlägt Ihnen eine Familie vor',
  'pairing-offered.heading': 'Ein Vorschlag für Ihre Patenschaft',
  'pairing-offered.intro':
    'die Koordinationsstelle schlägt Ihnen eine Familie für eine Patenschaft vor. Das wissen Sie schon über die Familie:',
  'pairing-offered.district': 'Ortsteil: {district}',
  'pairing-offered.householdWithChildren':
    'Haushalt: {count, plural, one {# Person} other {# Personen}}, mit Kindern unter 18 Jahren',
  'pairing-offered.householdWithoutChildren':
    'Haushalt: {count, plural, one {# Person} other {# Personen}}, ohne Kinder unter 18 Jahren',
  'pairing-offered.needs': 'Die Familie wünscht sich Unterstützung bei: {needs}',
  'pairing-offered.privacy':
    'Den Namen und die Kontaktdaten der Familie erfahren Sie, sobald das erste Treffen vereinbart ist.',
  'pairing-offered.next':
    'Bitte sehen Sie sich den Vorschlag an und sagen Sie zu oder ab. Wenn Sie zusagen, vereinbart die Koordinationsstelle ein erstes Treffen. Jemand von der Koordination ist dabei.',
  'pairing-offered.action': 'Vorschlag ansehen',

  'pairing-transition.accept.volunteer.subject': 'Ihre Zusage ist eingetragen',
  'pairing-transition.accept.volunteer.body':
    'Die Koordinationsstelle hat Ihre Zusage für die vorgeschlagene Familie eingetragen. Als Nächstes vereinbart sie das erste Treffen mit Ihnen und der Familie.',
  'pairing-transition.accept.staff.subject': 'Zusage erhalten: Bitte das erste Treffen vereinbaren',
  'pairing-transition.accept.staff.body':
    'Eine Patin oder ein Pate hat einen Vorschlag angenommen. Bitte vereinbaren Sie jetzt das erste Treffen mit beiden Seiten.',
  'pairing-transition.decline.volunteer.subject': 'Der Vorschlag ist abgesagt',
  'pairing-transition.decline.volunteer.body':
    'Die Patenschaft mit der vorgeschlagenen Familie kommt nicht zustande. Die Koordinationsstelle meldet sich, wenn es einen neuen Vorschlag für Sie gibt.',
  'pairing-transition.decline.staff.subject': 'Ein Vorschlag wurde abgesagt',
  'pairing-transition.decline.staff.body':
    'Eine vorgeschlagene Patenschaft kommt nicht zustande. Bitte prüfen Sie, ob die Familie einen neuen Vorschlag braucht.',
  'pairing-transition.schedule_intro.volunteer.subject': 'Ihr erstes Treffen mit der Familie',
  'pairing-transition.schedule_intro.volunteer.body':
    'Die Koordinationsstelle hat das erste Treffen mit der Familie vereinbart. Jemand von der Koordination ist dabei. Den Namen und die Kontaktdaten der Familie finden Sie jetzt in der App.',
  'pairing-transition.schedule_intro.staff.subject': 'Erstes Treffen vereinbart',
  'pairing-transition.schedule_intro.staff.body':
    'Für eine Patenschaft ist das erste Treffen vereinbart. Bitte planen Sie ein, es zu begleiten.',
  'pairing-transition.hold_intro.volunteer.subject': 'Die Probephase hat begonnen',
  'pairing-transition.hold_intro.volunteer.body':
    'Das erste Treffen hat stattgefunden. Jetzt beginnt die Probephase: Treffen Sie sich in den nächsten Wochen einige Male und tragen Sie jeden Kontakt in der App ein.',
  'pairing-transition.hold_intro.staff.subject': 'Probephase begonnen',
  'pairing-transition.hold_intro.staff.body':
    'Für eine Patenschaft hat das erste Treffen stattgefunden. Die Probephase hat begonnen.',
  'pairing-transition.confirm.volunteer.subject': 'Ihre Patenschaft ist jetzt aktiv',
  'pairing-transition.confirm.volunteer.body':
    'Nach der Probephase möchten Sie und die Familie weitermachen. Ihre Patenschaft ist jetzt aktiv. Vielen Dank für Ihr Engagement!',
  'pairing-transition.confirm.staff.subject': 'Patenschaft bestätigt',
  'pairing-transition.confirm.staff.body':
    'Nach der Probephase ist eine Patenschaft bestätigt. Sie ist jetzt aktiv.',
  'pairing-transition.pause.volunteer.subject': 'Ihre Patenschaft ist pausiert',
  'pairing-transition.pause.volunteer.body':
    'Ihre Patenschaft ruht für eine Weile. In dieser Zeit müssen Sie keine Treffen eintragen.',
  'pairing-transition.pause.staff.subject': 'Patenschaft pausiert',
  'pairing-transition.pause.staff.body': 'Eine Patenschaft ist pausiert.',
  'pairing-transition.resume.volunteer.subject': 'Ihre Patenschaft geht weiter',
  'pairing-transition.resume.volunteer.body':
    'Die Pause ist vorbei. Ihre Patenschaft ist wieder aktiv. Bitte tragen Sie Ihre Treffen wieder in der App ein.',
  'pairing-transition.resume.staff.subject': 'Patenschaft wieder aktiv',
  'pairing-transition.resume.staff.body': 'Eine pausierte Patenschaft ist wieder aktiv.',
  'pairing-transition.end.volunteer.subject': 'Ihre Patenschaft ist beendet',
  'pairing-transition.end.volunteer.body':
    'Ihre Patenschaft ist beendet. Vielen Dank für Ihre Zeit und Ihr Engagement!',
  'pairing-transition.end.staff.subject': 'Patenschaft beendet',
  'pairing-transition.end.staff.body':
    'Eine Patenschaft ist beendet. Bitte prüfen Sie, ob die Familie weiter Unterstützung braucht.',
  'pairing-transition.reason': 'Grund: {reason}',
  'pairing-transition.introWhen': 'Wann: {at, date, full} um {at, time, short} Uhr',
  'pairing-transition.introWhere': 'Wo: {place}',
  'pairing-transition.introCalendar': 'Im Anhang finden Sie den Termin für Ihren Kalender.',
  'pairing-transition.introSummary': 'Erstes Treffen der Patenschaft',
  'pairing-transition.resumeOn': 'Geplant ist, am {resumeOn, date, long} weiterzumachen.',
  'pairing-transition.action': 'Patenschaft ansehen',

  'pairing-no-contact.subject':
    'Patenschaft: seit {days, plural, one {# Tag} other {# Tagen}} kein Kontakt eingetragen',
  'pairing-no-contact.heading': 'Kein Kontakt eingetragen',
  'pairing-no-contact.intro':
    'für eine Patenschaft ist seit {days, plural, one {# Tag} other {# Tagen}} kein Kontakt eingetragen.',
  'pairing-no-contact.next':
    'Bitte fragen Sie bei der Patin oder dem Paten nach, wie es läuft. Vielleicht haben sich beide getroffen und es nur nicht eingetragen.',
  'pairing-no-contact.action': 'Patenschaft ansehen',

  'sponsorship-digest.subject': 'Patenschaften: Ihre Wochenübersicht',
  'sponsorship-digest.heading': 'Wochenübersicht Patenschaften',
  'sponsorship-digest.week': 'Woche vom {from, date, long} bis {to, date, long}',
  'sponsorship-digest.intro': 'Das steht bei den Patenschaften an:',
  'sponsorship-digest.offersWaiting': 'Vorschläge ohne Antwort: {count}',
  'sponsorship-digest.introsToArrange': 'Zusagen, für die das erste Treffen fehlt: {count}',
  'sponsorship-digest.noContact': 'Patenschaften ohne eingetragenen Kontakt: {count}',
  'sponsorship-digest.trialsReady': 'Probephasen, die bestätigt werden können: {count}',
  'sponsorship-digest.certificatesDueSoon':
    'Führungszeugnisse, die in den nächsten sechs Monaten fällig werden: {count}',
  'sponsorship-digest.familiesWaiting': 'Familien, die auf eine Patenschaft warten: {count}',
  'sponsorship-digest.action': 'Offene Aufgaben ansehen',

  'certificate-renewal.volunteer.subjectSixMonths':
    'Ihr Führungszeugnis: Bitte bald ein neues beantragen',
  'certificate-renewal.volunteer.subjectOneMonth':
    'Erinnerung: Ihr neues Führungszeugnis ist in einem Monat fällig',
  'certificate-renewal.volunteer.heading': 'Bitte beantragen Sie ein neues Führungszeugnis',
  'certificate-renewal.volunteer.intro':
    'für Ihre Patenschaft sieht die Koordinationsstelle alle {years, plural, one {# Jahr} other {# Jahre}} ein neues erweitertes Führungszeugnis ein (§ 72a SGB VIII). Die nächste Einsicht ist bis zum {dueOn, date, long} fällig.',
  'certificate-renewal.volunteer.howTo':
    'Bitten Sie die Koordinationsstelle um ein Schreiben. Mit diesem Schreiben beantragen Sie das erweiterte Führungszeugnis im Bürgerbüro oder online beim Bundesamt für Justiz. Für Ehrenamtliche ist es kostenlos.',
  'certificate-renewal.volunteer.show':
    'Zeigen Sie das Führungszeugnis dann der Koordinationsstelle. Es darf dabei höchstens drei Monate alt sein. Wir machen keine Kopie, wir notieren nur das Datum.',
  'certificate-renewal.volunteer.consequence':
    'Ohne neue Einsicht können Sie ab dem {dueOn, date, long} keine Familien mit Kindern mehr begleiten.',
  'certificate-renewal.volunteer.action': 'Mein Profil öffnen',
  'certificate-renewal.staff.subject':
    'Führungszeugnis: Neue Einsicht bis zum {dueOn, date, long} fällig',
  'certificate-renewal.staff.heading': 'Neue Einsicht in ein Führungszeugnis fällig',
  'certificate-renewal.staff.intro':
    'Das erweiterte Führungszeugnis einer Patin oder eines Paten muss bis zum {dueOn, date, long} neu eingesehen werden (§ 72a SGB VIII).',
  'certificate-renewal.staff.next':
    'Bitte geben Sie der Person ein Schreiben für den kostenlosen Antrag und tragen Sie die neue Einsicht im Profil ein. Ohne neue Einsicht kann sie ab diesem Tag keine Familien mit Kindern begleiten.',
  'certificate-renewal.staff.action': 'Profil öffnen',

  'event-common.untitled': 'Veranstaltung',
  'event-common.when':
    'Wann: {startsAt, date, full}, {startsAt, time, short} bis {endsAt, time, short} Uhr',
  'event-common.whenMultiDay':
    'Wann: {startsAt, date, full}, {startsAt, time, short} Uhr, bis {endsAt, date, full}, {endsAt, time, short} Uhr',
  'event-common.where': 'Wo: {room}, Haus der Begegnung',
  'event-common.partySize': 'Für {count, plural, one {# Person} other {# Personen}}',
  'event-common.cancelHint':
    'Können Sie doch nicht kommen? Bitte sagen Sie in der App ab. Dann bekommt jemand von der Warteliste Ihren Platz.',
  'event-common.calendar': 'Im Anhang finden Sie den Termin für Ihren Kalender.',
  'event-common.myDates': 'Meine Termine ansehen',

  'booking-decision.confirmed.subject': 'Ihre Raumbuchung ist bestätigt: {room}',
  'booking-decision.confirmed.heading': 'Ihre Raumbuchung ist bestätigt',
  'booking-decision.confirmed.intro':
    'die Hausleitung hat Ihre Anfrage für den Raum „{room}“ im Haus der Begegnung bestätigt.',
  'booking-decision.confirmed.next':
    'Wo Sie den Schlüssel bekommen, sehen Sie in der App bei Ihrer Buchung.',
  'booking-decision.rejected.subject': 'Ihre Raumanfrage wurde abgelehnt: {room}',
  'booking-decision.rejected.heading': 'Ihre Raumanfrage wurde abgelehnt',
  'booking-decision.rejected.intro':
    'die Hausleitung kann Ihre Anfrage für den Raum „{room}“ leider nicht bestätigen.',
  'booking-decision.rejected.next':
    'Sie können in der App eine andere Zeit oder einen anderen Raum anfragen. Bei Fragen hilft Ihnen die Hausleitung.',
  'booking-decision.series':
    '{count, plural, one {# Termin} other {# Termine}}, der erste am {startsAt, date, full}, {startsAt, time, short} bis {endsAt, time, short} Uhr',
  'booking-decision.reasonGiven':
    'Die Hausleitung hat einen Grund angegeben. Sie finden ihn in der App bei Ihren Buchungen.',
  'booking-decision.action': 'Meine Buchungen ansehen',

  'registration-confirmed.registered.subject': 'Sie sind angemeldet: {title}',
  'registration-confirmed.registered.heading': 'Ihre Anmeldung ist bestätigt',
  'registration-confirmed.registered.intro':
    'Sie sind angemeldet für „{title}“. Wir freuen uns auf Sie!',
  'registration-confirmed.requested.subject': 'Ihre Anmeldung ist eingegangen: {title}',
  'registration-confirmed.requested.heading': 'Ihre Anmeldung wird noch geprüft',
  'registration-confirmed.requested.intro':
    'Ihre Anmeldung für „{title}“ ist eingegangen. Die Veranstalter müssen sie noch bestätigen. Sie bekommen eine Nachricht, sobald das passiert ist.',
  'registration-confirmed.waitlisted.subject': 'Sie stehen auf der Warteliste: {title}',
  'registration-confirmed.waitlisted.heading': 'Sie stehen auf der Warteliste',
  'registration-confirmed.waitlisted.intro':
    '„{title}“ ist im Moment ausgebucht. Wir haben Sie auf die Warteliste gesetzt.',
  'registration-confirmed.waitlisted.next':
    'Wird ein Platz frei, bekommen Sie eine Nachricht. Sie können den Platz dann in der App annehmen.',
  'registration-confirmed.position': 'Sie sind Nummer {position} auf der Warteliste.',

  'waitlist-offer.subject':
    '{seats, plural, one {Ein Platz ist} other {# Plätze sind}} für Sie frei: {title}',
  'waitlist-offer.heading':
    '{seats, plural, one {Ein Platz ist für Sie frei geworden} other {# Plätze sind für Sie frei geworden}}',
  'waitlist-offer.intro':
    'gute Nachricht: Für „{title}“ {seats, plural, one {ist ein Platz} other {sind # Plätze}} frei geworden. Sie standen auf der Warteliste und sind jetzt an der Reihe.',
  'waitlist-offer.expires':
    'Wir halten {seats, plural, one {den Platz} other {die Plätze}} bis {expiresAt, date, full}, {expiresAt, time, short} Uhr für Sie frei.',
  'waitlist-offer.next':
    'Bitte sagen Sie bis dahin in der App zu oder ab. Ohne Antwort bekommt die nächste Person auf der Warteliste den Platz.',
  'waitlist-offer.action': 'Platz annehmen oder absagen',

  'event-reminder.subject': 'Erinnerung: {title} am {startsAt, date, long}',
  'event-reminder.heading': 'Erinnerung an Ihren Termin',
  'event-reminder.intro': 'bald ist es so weit: Sie sind angemeldet für „{title}“.',

  'event-changed.subject': 'Termin geändert: {title}',
  'event-changed.heading': 'Der Termin hat sich geändert',
  'event-changed.intro':
    'der Termin von „{title}“ hat sich geändert. Bitte beachten Sie die neue Zeit und den Ort.',
  'event-changed.previous':
    'Bisher: {previousStartsAt, date, full}, {previousStartsAt, time, short} Uhr',
  'event-changed.next':
    'Ihre Anmeldung bleibt bestehen, ebenso Ihr Platz auf der Warteliste. Passt Ihnen der neue Termin nicht? Dann sagen Sie bitte in der App ab.',

  'event-cancelled.subject': 'Abgesagt: {title} am {startsAt, date, long}',
  'event-cancelled.heading': 'Der Termin fällt aus',
  'event-cancelled.organizer':
    'leider fällt „{title}“ am {startsAt, date, full} um {startsAt, time, short} Uhr aus. Die Veranstalter haben den Termin abgesagt.',
  'event-cancelled.minNotReached':
    'leider fällt „{title}“ am {startsAt, date, full} um {startsAt, time, short} Uhr aus, weil sich zu wenige Personen angemeldet haben.',
  'event-cancelled.next':
    'Ihre Anmeldung für diesen Termin ist damit beendet, ebenso ein Platz auf der Warteliste. Sie müssen nichts tun.',
  'event-cancelled.more':
    'Weitere Veranstaltungen finden Sie im Programm des Hauses der Begegnung.',
  'event-cancelled.action': 'Programm ansehen',
  ...DE_WORKSHOP_MESSAGES,
} as const satisfies Record<string, string>;
