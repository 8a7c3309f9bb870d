import type { Locale, NotificationPayloads, NotificationType } from '@zusammen/shared/contracts';
import type { TemplateContext } from './notification-template';
import { renderNotification, type RenderedNotification } from './render-notification';
import { NOTIFICATION_TEMPLATE_LOCALES } from './template-locale';

const SITE = 'https://zusammenleben.example.test';
const RENTAL_ID = '8a2d0f3b-4c5e-4f60-a1b2-c3d4e5f6a7b8';

const CONTEXT: TemplateContext = {
  publicUrl: `${SITE}/`,
  siteName: 'Stadt Borken — Zusammenleben in Borken',
  messageId: '<notification-0b1c@zusammenleben.example.test>',
  now: new Date('2026-03-02T09:00:00Z'),
};

function render<T extends NotificationType>(
  type: T,
  payload: NotificationPayloads[T],
  locale: Locale = 'de',
): RenderedNotification {
  return renderNotification({
    type,
    locale,
    payload,
    recipient: { displayName: 'Amina Hassan' },
    context: CONTEXT,
  });
}

const reminder = (
  stage: NotificationPayloads['bike-rental-reminder']['stage'],
): NotificationPayloads['bike-rental-reminder'] => ({
  rentalId: RENTAL_ID,
  inventoryNo: 'FR-0042',
  dueOn: '2026-03-04',
  stage,
});
const escalation = (
  stage: NotificationPayloads['bike-rental-escalation']['stage'],
  days: number,
): NotificationPayloads['bike-rental-escalation'] => ({
  rentalId: RENTAL_ID,
  inventoryNo: 'FR-0042',
  dueOn: '2026-02-23',
  days,
  stage,
});
const LOW_STOCK: NotificationPayloads['workshop-low-stock'] = {
  partId: '3e7b5f80-91a2-4db4-85f6-b7c8d9e0f1a2',
  sku: 'SCHL-28',
  partName: 'Schlauch 28 Zoll',
  onHand: 1,
  reorderLevel: 5,
};
const DAMAGE: NotificationPayloads['damage-claim-deadline'] = {
  damageCaseId: '4f8c6091-a2b3-4ec5-96a7-c8d9e0f1a2b3',
  inventoryNo: 'FR-0042',
  claimDeadline: '2026-04-15',
  stage: 'four_months',
};
const OFFER: NotificationPayloads['bike-offer'] = {
  waitlistEntryId: '9b4e2c5d-6e7f-4a81-92c3-e4f5a6b7c8d9',
  bikeId: '1c5f3d6e-7f80-4b92-a3d4-f5a6b7c8d9e0',
  inventoryNo: 'FR-0107',
  cycleType: 'children',
  expiresAt: '2026-03-03T16:00:00.000Z',
};

describe('Fahrradwerkstatt mails', () => {
  it('words each reminder stage differently and links the borrower to their bike', () => {
    const soon = render('bike-rental-reminder', reminder('due_soon'));
    const overdue = render('bike-rental-reminder', reminder('overdue'));
    const again = render('bike-rental-reminder', reminder('overdue_again'));

    expect(soon.subject).toBe(
      'Erinnerung: Bitte bringen Sie das Fahrrad FR-0042 bis zum 4. März 2026 zurück',
    );
    expect(soon.text).toContain('endet am Mittwoch, 4. März 2026');
    expect(overdue.subject).toBe('Das Fahrrad FR-0042 ist überfällig');
    expect(again.subject).toBe('Zweite Erinnerung: Das Fahrrad FR-0042 ist noch nicht zurück');
    for (const mail of [soon, overdue, again]) expect(mail.text).toContain(`${SITE}/mein-fahrrad`);
  });

  it.each(NOTIFICATION_TEMPLATE_LOCALES)(
    'tells the team in %s how long a rental is overdue and links the overdue list',
    (locale) => {
      const call = render('bike-rental-escalation', escalation('call', 7), locale);
      const writeOff = render('bike-rental-escalation', escalation('write_off', 30), locale);

      expect(call.subject).toContain('FR-0042');
      expect(call.subject).not.toBe(writeOff.subject);
      expect(call.text).toContain(`${SITE}/werkstatt/ausleihen?ansicht=ueberfaellig`);
      expect(writeOff.html).toContain(`${SITE}/werkstatt/ausleihen?ansicht=ueberfaellig`);
    },
  );

  it('counts days, pieces and months in German', () => {
    expect(render('bike-rental-escalation', escalation('call', 7)).text).toContain(
      'seit 7 Tagen überfällig',
    );
    expect(render('workshop-low-stock', LOW_STOCK).text).toContain(
      'Vom Ersatzteil „Schlauch 28 Zoll“ (Artikelnummer SCHL-28) ist nur noch 1 Stück da. Der Mindestbestand ist 5 Stück.',
    );
    expect(render('workshop-low-stock', { ...LOW_STOCK, onHand: 0 }).text).toContain(
      'ist nichts mehr da',
    );
    expect(render('damage-claim-deadline', DAMAGE).text).toContain('etwa zwei Monate');
    expect(render('damage-claim-deadline', { ...DAMAGE, stage: 'five_months' }).text).toContain(
      'etwa ein Monat',
    );
  });

  it.each(NOTIFICATION_TEMPLATE_LOCALES)('links stock and damage mails in %s', (locale) => {
    expect(render('workshop-low-stock', LOW_STOCK, locale).text).toContain(
      `${SITE}/werkstatt/teile`,
    );
    expect(render('damage-claim-deadline', DAMAGE, locale).text).toContain(
      `${SITE}/werkstatt/schaeden`,
    );
  });

  it.each([
    ['de', 'Kinderrad'],
    ['en', "children's bike"],
    ['ar', 'دراجة أطفال'],
    ['fa', 'دوچرخهٔ کودک'],
    ['uk', 'дитячий велосипед'],
  ] as const)('names the offered bike type in %s', (locale, label) => {
    const mail = render('bike-offer', OFFER, locale);

    expect(mail.text).toContain('FR-0107');
    expect(mail.text).toContain(label);
    expect(mail.text).toContain(`${SITE}/mein-fahrrad`);
  });

  it('shows an unknown bike type code as it is', () => {
    expect(render('bike-offer', { ...OFFER, cycleType: 'recumbent' }).text).toContain(
      'FR-0107 (recumbent)',
    );
  });

  it.each(NOTIFICATION_TEMPLATE_LOCALES)(
    'writes inspection and eligibility dates in %s in Borken’s calendar',
    (locale) => {
      const inspection = render(
        'bike-inspection-expiring',
        { rentalId: RENTAL_ID, inventoryNo: 'FR-0042', validUntil: '2026-03-08' },
        locale,
      );
      const eligibility = render(
        'bike-eligibility-expiring',
        { borrowerId: RENTAL_ID, validUntil: '2026-04-01' },
        locale,
      );

      expect(inspection.text).toMatch(/2026|۲۰۲۶|٢٠٢٦/);
      expect(eligibility.subject).toMatch(/2026|۲۰۲۶|٢٠٢٦/);
      expect(eligibility.text).toContain(`${SITE}/mein-fahrrad`);
    },
  );

  it('refuses a payload with an unreadable date instead of sending a wrong one', () => {
    expect(() =>
      render('bike-rental-reminder', { ...reminder('overdue'), dueOn: '2026-02-30' }),
    ).toThrow('bike-rental-reminder: dueOn is not a date');
  });
});
