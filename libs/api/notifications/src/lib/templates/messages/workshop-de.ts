/**
 * Fahrradwerkstatt messages (German reference), spread into `DE_MESSAGES`; every other catalog has a
 * `workshop-<locale>.ts` with exactly these keys. Inventory numbers (`FR-0042`) and part names come from the payload.
 */
export const DE_WORKSHOP_MESSAGES = {
  'bike-common.cycleType.city': 'Stadtrad',
  'bike-common.cycleType.trekking': 'Trekkingrad',
  'bike-common.cycleType.mtb': 'Mountainbike',
  'bike-common.cycleType.children': 'Kinderrad',
  'bike-common.cycleType.cargo': 'Lastenrad',
  'bike-common.cycleType.tricycle': 'Dreirad',
  'bike-common.myBike': 'Mein Fahrrad ansehen',

  'bike-rental-reminder.due_soon.subject':
    'Erinnerung: Bitte bringen Sie das Fahrrad {inventoryNo} bis zum {dueOn, date, long} zurück',
  'bike-rental-reminder.due_soon.heading': 'Ihre Ausleihe endet bald',
  'bike-rental-reminder.due_soon.intro':
    'Ihre Ausleihe des Fahrrads {inventoryNo} endet am {dueOn, date, full}. Bitte bringen Sie das Fahrrad bis dahin in die Fahrradwerkstatt zurück.',
  'bike-rental-reminder.overdue.subject': 'Das Fahrrad {inventoryNo} ist überfällig',
  'bike-rental-reminder.overdue.heading': 'Bitte bringen Sie das Fahrrad zurück',
  'bike-rental-reminder.overdue.intro':
    'Ihre Ausleihe des Fahrrads {inventoryNo} ist am {dueOn, date, long} abgelaufen. Bitte bringen Sie das Fahrrad so bald wie möglich in die Fahrradwerkstatt zurück.',
  'bike-rental-reminder.overdue_again.subject':
    'Zweite Erinnerung: Das Fahrrad {inventoryNo} ist noch nicht zurück',
  'bike-rental-reminder.overdue_again.heading':
    'Zweite Erinnerung: Bitte bringen Sie das Fahrrad zurück',
  'bike-rental-reminder.overdue_again.intro':
    'Ihre Ausleihe des Fahrrads {inventoryNo} ist seit dem {dueOn, date, long} abgelaufen. Das Fahrrad ist noch nicht zurück. Bitte bringen Sie es jetzt zurück. Andere Menschen warten auf ein Fahrrad.',
  'bike-rental-reminder.extend':
    'Sie brauchen das Fahrrad länger? Sprechen Sie mit der Fahrradwerkstatt. Vielleicht können wir die Ausleihe verlängern.',
  'bike-rental-reminder.problem':
    'Ist das Fahrrad kaputt, hatten Sie einen Unfall oder wurde es gestohlen? Dann sagen Sie uns bitte sofort Bescheid.',

  'bike-rental-escalation.call.subject':
    'Bitte anrufen: Fahrrad {inventoryNo} seit {days, plural, one {# Tag} other {# Tagen}} überfällig',
  'bike-rental-escalation.call.heading': 'Bitte rufen Sie die Person an',
  'bike-rental-escalation.call.next':
    'Die Person hat auf die Erinnerungen nicht reagiert oder hat kein Konto. Bitte rufen Sie sie an und tragen Sie das Ergebnis bei der Ausleihe ein. Sie steht auf der Anrufliste.',
  'bike-rental-escalation.write_off.subject':
    'Entscheidung nötig: Fahrrad {inventoryNo} seit {days, plural, one {# Tag} other {# Tagen}} überfällig',
  'bike-rental-escalation.write_off.heading': 'Bitte entscheiden Sie über die Ausleihe',
  'bike-rental-escalation.write_off.next':
    'Bitte entscheiden Sie jetzt: Wird das Fahrrad als verloren ausgebucht, oder nehmen Sie einen Vorfall auf (zum Beispiel einen Diebstahl mit Anzeige bei der Polizei)?',
  'bike-rental-escalation.intro':
    'Das Fahrrad {inventoryNo} sollte am {dueOn, date, long} zurück sein. Es ist seit {days, plural, one {# Tag} other {# Tagen}} überfällig.',
  'bike-rental-escalation.action': 'Überfällige Ausleihen ansehen',

  'bike-inspection-expiring.subject': 'Das Fahrrad {inventoryNo} muss bald zur Sicherheitsprüfung',
  'bike-inspection-expiring.heading': 'Die Sicherheitsprüfung läuft bald ab',
  'bike-inspection-expiring.intro':
    'Die Sicherheitsprüfung Ihres Fahrrads {inventoryNo} gilt bis zum {validUntil, date, long}.',
  'bike-inspection-expiring.next':
    'Bitte bringen Sie das Fahrrad vorher kurz in die Fahrradwerkstatt. Wir prüfen kostenlos Bremsen, Licht, Klingel und Reifen. So fahren Sie weiter sicher.',

  'bike-offer.subject': 'Ein Fahrrad ist für Sie reserviert',
  'bike-offer.heading': 'Ein passendes Fahrrad ist frei',
  'bike-offer.intro':
    'gute Nachricht: Ein passendes Fahrrad ist frei geworden. Sie standen auf der Warteliste und sind jetzt an der Reihe.',
  'bike-offer.bike': 'Fahrrad: {inventoryNo} ({cycleType})',
  'bike-offer.expires':
    'Wir reservieren das Fahrrad bis {expiresAt, date, full}, {expiresAt, time, short} Uhr für Sie.',
  'bike-offer.next':
    'Bitte holen Sie das Fahrrad bis dahin in der Fahrradwerkstatt ab. Bringen Sie Ihren Ausweis mit. Sonst bekommt die nächste Person auf der Warteliste das Fahrrad.',

  'bike-eligibility-expiring.subject':
    'Ihre Berechtigung für den Fahrradverleih endet am {validUntil, date, long}',
  'bike-eligibility-expiring.heading': 'Bitte zeigen Sie uns einen aktuellen Bescheid',
  'bike-eligibility-expiring.intro':
    'Ihre Berechtigung für den Fahrradverleih ist bis zum {validUntil, date, long} eingetragen.',
  'bike-eligibility-expiring.next':
    'Bitte zeigen Sie vorher in der Fahrradwerkstatt Ihren aktuellen Bescheid (Asylbewerberleistungen, Bürgergeld oder Sozialhilfe). Wir sehen ihn nur an und machen keine Kopie.',
  'bike-eligibility-expiring.consequence':
    'Ohne gültige Berechtigung können Sie danach kein Fahrrad neu ausleihen und keine Ausleihe verlängern. Ein Fahrrad, das Sie schon haben, behalten Sie bis zum vereinbarten Rückgabetag.',

  'workshop-low-stock.subject': 'Ersatzteil wird knapp: {partName}',
  'workshop-low-stock.heading': 'Ein Ersatzteil wird knapp',
  'workshop-low-stock.intro':
    'Vom Ersatzteil „{partName}“ (Artikelnummer {sku}) {onHand, plural, =0 {ist nichts mehr} one {ist nur noch # Stück} other {sind nur noch # Stück}} da. Der Mindestbestand ist {reorderLevel} Stück.',
  'workshop-low-stock.next': 'Bitte bestellen Sie nach oder fragen Sie nach Spenden.',
  'workshop-low-stock.action': 'Ersatzteile ansehen',

  'damage-claim-deadline.subject':
    'Schaden am Fahrrad {inventoryNo}: Frist endet am {claimDeadline, date, long}',
  'damage-claim-deadline.heading': 'Die Frist für Schadenersatz läuft ab',
  'damage-claim-deadline.intro':
    'Über den Schaden am Fahrrad {inventoryNo} ist noch nicht entschieden. Ansprüche auf Schadenersatz verjähren am {claimDeadline, date, long}, sechs Monate nach der Rückgabe (§ 548 BGB).',
  'damage-claim-deadline.four_months': 'Es bleiben noch etwa zwei Monate.',
  'damage-claim-deadline.five_months': 'Es bleibt nur noch etwa ein Monat.',
  'damage-claim-deadline.next':
    'Bitte entscheiden Sie vorher über den Schaden: kein Ersatz, Reparatur, in Rechnung stellen oder mit der Kaution verrechnen. Nach der Frist kann die Werkstatt nichts mehr fordern.',
  'damage-claim-deadline.action': 'Schäden ansehen',
} as const satisfies Record<string, string>;

export type WorkshopMessageKey = keyof typeof DE_WORKSHOP_MESSAGES;
/** A translation of the workshop messages: every key, checked by the compiler. */
export type WorkshopMessages = Readonly<Record<WorkshopMessageKey, string>>;
