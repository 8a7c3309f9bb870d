import { deriveAccountLinkSecret } from '@zusammen/api/core';
import {
  NOTIFICATION_TYPES,
  type NotificationPayloads,
  type NotificationType,
} from '@zusammen/shared/contracts';
import { MESSAGE_CATALOGS, type MessageCatalogs } from './message-catalog';
import type { NotificationTemplates, TemplateContext } from './notification-template';
import { NOTIFICATION_TEMPLATES } from './notification-templates';
import { referencedUserIds, renderNotification } from './render-notification';
import { NOTIFICATION_TEMPLATE_LOCALES, textDirection } from './template-locale';

const TOKEN_SECRET = 'render-spec-token-secret';
const INVITER_ID = '0d2b7a44-1c3e-4f6a-8b9d-5e7f1a2b3c4d';
const PAIRING_ID = '5d0c8a1e-2f3b-4c5d-8e9f-0a1b2c3d4e5f';
const VOLUNTEER_ID = '7e1d9b2f-3a4c-4d6e-9f0a-1b2c3d4e5f60';
const OCCURRENCE_ID = '4c1b7e2d-9a8f-4e3d-8c2b-1a0f9e8d7c6b';
const RENTAL_ID = '8a2d0f3b-4c5e-4f60-a1b2-c3d4e5f6a7b8';

const CONTEXT: TemplateContext = {
  publicUrl: 'https://zusammenleben.example.test/',
  siteName: 'Stadt Borken — Zusammenleben in Borken',
  messageId: '<notification-0b1c@zusammenleben.example.test>',
  // 21:45 UTC on the day summer time starts: 23:45 in Borken, still 30 March
  now: new Date('2025-03-30T21:45:00Z'),
  accountLinkSecret: (tokenId) => deriveAccountLinkSecret(TOKEN_SECRET, tokenId),
  displayNames: { [INVITER_ID]: 'Jonas Schulte' },
};

/** A payload for every type; a new type fails to compile here until it has one. */
const SAMPLE_PAYLOADS: { [T in NotificationType]: NotificationPayloads[T] } = {
  'mail-check': { requestedById: '6f1e3c52-7a7c-4d55-9a0e-2f4b8f0f6d11' },
  'email-verification': { tokenId: '1a6f0c3e-52d4-4b8e-9f7a-3c2d1e0f9a8b' },
  'account-exists': {},
  'password-reset': { tokenId: '2b7e1d4f-63e5-4c9f-8a6b-4d3e2f1a0b9c' },
  'password-changed': {},
  'account-invitation': {
    tokenId: '3c8f2e5a-74f6-4da0-9b7c-5e4f3a2b1c0d',
    invitedById: INVITER_ID,
  },
  'pairing-offered': {
    pairingId: PAIRING_ID,
    district: 'rhedebruegge',
    memberCount: 4,
    hasMinors: true,
    needs: ['authorities', 'school'],
  },
  'pairing-transition': {
    pairingId: PAIRING_ID,
    transitionId: '42',
    action: 'schedule_intro',
    audience: 'volunteer',
    introAt: '2025-07-01T16:00:00.000Z',
    introPlace: 'Haus der Begegnung, Raum 2',
  },
  'pairing-no-contact': { pairingId: PAIRING_ID, days: 21 },
  'sponsorship-digest': {
    week: '2026-W01',
    offersWaiting: 2,
    introsToArrange: 1,
    noContact: 3,
    trialsReady: 0,
    certificatesDueSoon: 1,
    familiesWaiting: 5,
  },
  'certificate-renewal': {
    volunteerId: VOLUNTEER_ID,
    renewalDueOn: '2026-03-31',
    stage: 'one_month',
    audience: 'volunteer',
  },
  'booking-decision': {
    bookingId: '2e5d8c1b-0f3a-4b6c-9d7e-8f1a2b3c4d5e',
    seriesId: null,
    decision: 'confirmed',
    roomName: 'Großer Saal',
    startsAt: '2025-07-01T16:00:00.000Z',
    endsAt: '2025-07-01T18:00:00.000Z',
    dateCount: 1,
    reasonGiven: false,
  },
  'registration-confirmed': {
    occurrenceId: OCCURRENCE_ID,
    registrationId: '8f2e0c3a-4b5d-4e6f-a0b1-c2d3e4f5a6b7',
    waitlistEntryId: null,
    outcome: 'registered',
    eventTitle: { de: 'Deutsch-Café', ar: 'مقهى اللغة الألمانية' },
    roomName: 'Großer Saal',
    startsAt: '2025-07-01T16:00:00.000Z',
    endsAt: '2025-07-01T18:00:00.000Z',
    partySize: 2,
    position: null,
  },
  'waitlist-offer': {
    occurrenceId: OCCURRENCE_ID,
    waitlistEntryId: '9a3f1d4b-5c6e-4f70-b1c2-d3e4f5a6b7c8',
    eventTitle: { de: 'Deutsch-Café' },
    roomName: 'Großer Saal',
    startsAt: '2025-07-01T16:00:00.000Z',
    endsAt: '2025-07-01T18:00:00.000Z',
    offeredSeats: 2,
    expiresAt: '2025-06-30T20:00:00.000Z',
  },
  'event-reminder': {
    occurrenceId: OCCURRENCE_ID,
    registrationId: '8f2e0c3a-4b5d-4e6f-a0b1-c2d3e4f5a6b7',
    eventTitle: { de: 'Deutsch-Café' },
    roomName: 'Großer Saal',
    startsAt: '2025-07-01T16:00:00.000Z',
    endsAt: '2025-07-01T18:00:00.000Z',
    partySize: 1,
  },
  'event-changed': {
    occurrenceId: OCCURRENCE_ID,
    eventTitle: { de: 'Deutsch-Café' },
    roomName: 'Raum 2',
    startsAt: '2025-07-02T16:00:00.000Z',
    endsAt: '2025-07-02T18:00:00.000Z',
    previousStartsAt: '2025-07-01T16:00:00.000Z',
  },
  'event-cancelled': {
    occurrenceId: OCCURRENCE_ID,
    eventTitle: { de: 'Deutsch-Café' },
    startsAt: '2025-07-01T16:00:00.000Z',
    reason: 'organizer',
  },
  'bike-rental-reminder': {
    rentalId: RENTAL_ID,
    inventoryNo: 'FR-0042',
    dueOn: '2025-03-31',
    stage: 'overdue',
  },
  'bike-rental-escalation': {
    rentalId: RENTAL_ID,
    inventoryNo: 'FR-0042',
    dueOn: '2025-03-23',
    days: 7,
    stage: 'call',
  },
  'bike-inspection-expiring': {
    rentalId: RENTAL_ID,
    inventoryNo: 'FR-0042',
    validUntil: '2025-04-05',
  },
  'bike-offer': {
    waitlistEntryId: '9b4e2c5d-6e7f-4a81-92c3-e4f5a6b7c8d9',
    bikeId: '1c5f3d6e-7f80-4b92-a3d4-f5a6b7c8d9e0',
    inventoryNo: 'FR-0107',
    cycleType: 'children',
    expiresAt: '2025-04-01T16:00:00.000Z',
  },
  'bike-eligibility-expiring': {
    borrowerId: '2d6a4e7f-8091-4ca3-b4e5-a6b7c8d9e0f1',
    validUntil: '2025-04-30',
  },
  'workshop-low-stock': {
    partId: '3e7b5f80-91a2-4db4-85f6-b7c8d9e0f1a2',
    sku: 'SCHL-28',
    partName: 'Schlauch 28 Zoll',
    onHand: 2,
    reorderLevel: 5,
  },
  'damage-claim-deadline': {
    damageCaseId: '4f8c6091-a2b3-4ec5-96a7-c8d9e0f1a2b3',
    inventoryNo: 'FR-0042',
    claimDeadline: '2025-05-15',
    stage: 'five_months',
  },
};

const SITE = 'https://zusammenleben.example.test';
const secretOf = (tokenId: string): string => deriveAccountLinkSecret(TOKEN_SECRET, tokenId);

function render(type: NotificationType, locale: (typeof NOTIFICATION_TEMPLATE_LOCALES)[number]) {
  return renderNotification({
    type,
    locale,
    payload: SAMPLE_PAYLOADS[type],
    recipient: { displayName: 'Amina Hassan' },
    context: CONTEXT,
  });
}

describe('renderNotification', () => {
  const cases = NOTIFICATION_TYPES.flatMap((type) =>
    NOTIFICATION_TEMPLATE_LOCALES.map((locale) => [type, locale] as const),
  );

  it.each(cases)('renders %s in %s with subject, text, HTML, lang and dir', (type, locale) => {
    const mail = render(type, locale);

    expect(mail.subject.trim()).not.toBe('');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text.trim()).not.toBe('');
    expect(mail.text).toContain('Amina Hassan');
    expect(mail.html).toContain(`<html lang="${locale}" dir="${textDirection(locale)}">`);
    expect(mail.html).toContain(`lang="${locale}" dir="${textDirection(locale)}" style=`);
    expect(mail.html).toContain('Stadt Borken — Zusammenleben in Borken');
    expect(mail.html).toContain('Amina Hassan');
    expect(mail.html).not.toMatch(/\{\s*\w+\s*[,}]/); // no unformatted ICU argument left
    expect(mail.text).not.toMatch(/\{\s*\w+\s*[,}]/);
    // the settings link exactly where the type says so (account mails are mandatory: none)
    expect(mail.html.includes('/einstellungen/benachrichtigungen')).toBe(
      NOTIFICATION_TEMPLATES[type].preferencesLink,
    );
  });

  it('writes right-to-left mails for Arabic and Persian only', () => {
    expect(render('mail-check', 'ar').html).toContain('dir="rtl"');
    expect(render('mail-check', 'fa').html).toContain('dir="rtl"');
    expect(render('mail-check', 'uk').html).not.toContain('dir="rtl"');
  });

  it('renders the German mail-check mail', () => {
    const mail = render('mail-check', 'de');

    expect(mail.subject).toBe('Testnachricht: Ihre E-Mail-Adresse funktioniert');
    expect(mail.text).toContain('Hallo Amina Hassan,');
    expect(mail.text).toContain('Gesendet am 30. März 2025 um 23:45 Uhr.');
    expect(mail.attachments).toEqual([]);
  });

  it('formats dates in Europe/Berlin in the recipient’s locale', () => {
    expect(render('mail-check', 'en').text).toContain('30 March 2025 at 23:45');
    expect(render('mail-check', 'uk').text).toContain('30 березня 2025');
    // Persian digits, Gregorian calendar (not the Solar Hijri one, which would say 1404)
    expect(render('mail-check', 'fa').text).toContain('۳۰ مارس ۲۰۲۵');
  });

  it('links the notification settings where the type says so', () => {
    const templates: NotificationTemplates = {
      ...NOTIFICATION_TEMPLATES,
      'mail-check': { ...NOTIFICATION_TEMPLATES['mail-check'], preferencesLink: true },
    };
    const mail = renderNotification(
      {
        type: 'mail-check',
        locale: 'en',
        payload: SAMPLE_PAYLOADS['mail-check'],
        recipient: { displayName: 'Amina' },
        context: CONTEXT,
      },
      { templates },
    );
    const url = 'https://zusammenleben.example.test/einstellungen/benachrichtigungen';

    expect(mail.html).toContain(`href="${url}"`);
    expect(mail.text).toContain(`Notification settings: ${url}`);
  });

  it('the staff test mail has no settings link: nobody subscribed to it', () => {
    const mail = render('mail-check', 'de');
    expect(mail.html).not.toContain('/einstellungen/benachrichtigungen');
  });

  it('leaves the settings link out for a type that has none', () => {
    const templates: NotificationTemplates = {
      ...NOTIFICATION_TEMPLATES,
      'mail-check': { ...NOTIFICATION_TEMPLATES['mail-check'], preferencesLink: false },
    };
    const mail = renderNotification(
      {
        type: 'mail-check',
        locale: 'de',
        payload: SAMPLE_PAYLOADS['mail-check'],
        recipient: { displayName: 'Amina' },
        context: CONTEXT,
      },
      { templates },
    );

    expect(mail.html).not.toContain('/einstellungen/benachrichtigungen');
    expect(mail.text).not.toContain('Benachrichtigungen einstellen');
  });

  it('falls back to the German message when a locale lacks it', () => {
    const catalogs: MessageCatalogs = {
      ...MESSAGE_CATALOGS,
      en: { ...MESSAGE_CATALOGS.en, 'mail-check.subject': undefined, 'mail-check.result': '  ' },
    };
    const mail = renderNotification(
      {
        type: 'mail-check',
        locale: 'en',
        payload: SAMPLE_PAYLOADS['mail-check'],
        recipient: { displayName: 'Amina' },
        context: CONTEXT,
      },
      { catalogs },
    );

    expect(mail.subject).toBe(MESSAGE_CATALOGS.de['mail-check.subject']);
    expect(mail.text).toContain(MESSAGE_CATALOGS.de['mail-check.result']);
    expect(mail.text).toContain('Hello Amina,');
    expect(mail.html).toContain('<html lang="en" dir="ltr">');
  });

  it('escapes a hostile display name in the HTML and keeps it literal in the text', () => {
    const hostile = '<script>alert("x")</script> & \'Co\'';
    const mail = renderNotification({
      type: 'mail-check',
      locale: 'de',
      payload: SAMPLE_PAYLOADS['mail-check'],
      recipient: { displayName: hostile },
      context: { ...CONTEXT, siteName: 'Borken <img src=x onerror=alert(1)>' },
    });

    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;',
    );
    expect(mail.text).toContain(`Hallo ${hostile},`);
  });

  it('keeps a multi-line display name on one line', () => {
    const mail = renderNotification({
      type: 'mail-check',
      locale: 'de',
      payload: SAMPLE_PAYLOADS['mail-check'],
      recipient: { displayName: 'Amina\n\nBitte überweisen Sie' },
      context: CONTEXT,
    });

    expect(mail.text).toContain('Hallo Amina Bitte überweisen Sie,');
  });

  it('isolates names in right-to-left text so a Latin name stays whole', () => {
    expect(render('mail-check', 'ar').text).toContain('\u2068Amina Hassan\u2069');
    expect(render('mail-check', 'de').text).not.toContain('\u2068');
  });

  it('attaches an .ics when the template names an appointment', () => {
    const templates: NotificationTemplates = {
      ...NOTIFICATION_TEMPLATES,
      'mail-check': {
        preferencesLink: false,
        render: ({ t }) => ({
          subject: t('mail-check.subject'),
          heading: t('mail-check.heading'),
          paragraphs: [],
          calendarEvent: {
            uid: 'booking-42@zusammenleben.example.test',
            start: new Date('2025-07-01T16:00:00Z'),
            end: new Date('2025-07-01T18:00:00Z'),
            summary: 'Großer Saal',
          },
        }),
      },
    };
    const mail = renderNotification(
      {
        type: 'mail-check',
        locale: 'de',
        payload: SAMPLE_PAYLOADS['mail-check'],
        recipient: { displayName: 'Amina' },
        context: CONTEXT,
      },
      { templates },
    );

    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]?.filename).toBe('termin.ics');
    expect(String(mail.attachments[0]?.content)).toContain(
      'DTSTART;TZID=Europe/Berlin:20250701T180000',
    );
    expect(String(mail.attachments[0]?.content)).toContain('DTSTAMP:20250330T214500Z');
  });

  describe('account mails', () => {
    it('links the verification page with the secret derived from the token id, in the fragment', () => {
      const mail = render('email-verification', 'de');
      const url = `${SITE}/e-mail-bestaetigen#token=${secretOf(SAMPLE_PAYLOADS['email-verification'].tokenId)}`;

      expect(mail.subject).toBe('Bitte bestätigen Sie Ihre E-Mail-Adresse');
      expect(mail.text).toContain(`E-Mail-Adresse bestätigen:\n${url}\n`);
      expect(mail.html).toContain(`href="${url}"`);
      expect(mail.text).toContain('Der Link gilt 48 Stunden.');
    });

    it('links the reset page with the secret of the reset token and says it works 60 minutes, once', () => {
      const mail = render('password-reset', 'en');
      const url = `${SITE}/passwort-neu#token=${secretOf(SAMPLE_PAYLOADS['password-reset'].tokenId)}`;

      expect(mail.html).toContain(`href="${url}"`);
      expect(mail.text).toContain('The link is valid for 60 minutes. You can use it only once.');
    });

    it('invites to set the first password on the reset page, naming who invited, valid 7 days', () => {
      const payload = SAMPLE_PAYLOADS['account-invitation'];
      const mail = render('account-invitation', 'de');

      expect(mail.html).toContain(`href="${SITE}/passwort-neu#token=${secretOf(payload.tokenId)}"`);
      expect(mail.text).toContain('Jonas Schulte hat für Sie ein Konto');
      expect(mail.text).toContain('Der Link gilt 7 Tage.');
      expect(render('account-invitation', 'en').text).toContain('valid for 7 days');
      expect(render('account-invitation', 'uk').text).toContain('7 днів');
    });

    it('words the invitation without a name when the inviter has none any more', () => {
      const mail = renderNotification({
        type: 'account-invitation',
        locale: 'de',
        payload: SAMPLE_PAYLOADS['account-invitation'],
        recipient: { displayName: 'Amina' },
        context: { ...CONTEXT, displayNames: {} },
      });

      expect(mail.text).toContain('Die Stadt Borken hat für Sie ein Konto');
      expect(mail.text).not.toContain('Jonas');
    });

    it('keeps a multi-line inviter name on one line', () => {
      const mail = renderNotification({
        type: 'account-invitation',
        locale: 'en',
        payload: SAMPLE_PAYLOADS['account-invitation'],
        recipient: { displayName: 'Amina' },
        context: { ...CONTEXT, displayNames: { [INVITER_ID]: 'Jonas\n\nPlease pay' } },
      });

      expect(mail.text).toContain('Jonas Please pay created an account for you');
    });

    it('answers a sign-up with a known address with sign-in and forgot-password links, no token', () => {
      const mail = render('account-exists', 'en');

      expect(mail.text).toContain(`Sign in:\n${SITE}/anmelden\n`);
      expect(mail.text).toContain(`Forgot your password?\n${SITE}/passwort-vergessen\n`);
      expect(mail.html).toContain(`href="${SITE}/anmelden"`);
      expect(mail.html).toContain(`href="${SITE}/passwort-vergessen"`);
      expect(mail.text).toContain('maybe you');
      expect(mail.text).not.toContain('#token=');
    });

    it('points a password-change notice to "forgot password" for when it was not the owner', () => {
      const mail = render('password-changed', 'de');

      expect(mail.subject).toBe('Ihr Passwort wurde geändert');
      expect(mail.html).toContain(`href="${SITE}/passwort-vergessen"`);
      expect(mail.text).toContain('Waren Sie das nicht?');
    });

    it('uses the plural forms of each language for the link lifetime', () => {
      expect(render('email-verification', 'uk').text).toContain('48 годин.');
      expect(render('account-invitation', 'ar').text).toMatch(/(7|٧) أيام/);
      expect(render('password-reset', 'fa').text).toMatch(/(60|۶۰) دقیقه/);
    });

    it('refuses to render an account link without the secret (never a link without a token)', () => {
      expect(() =>
        renderNotification({
          type: 'email-verification',
          locale: 'de',
          payload: SAMPLE_PAYLOADS['email-verification'],
          recipient: { displayName: 'Amina' },
          context: { ...CONTEXT, accountLinkSecret: undefined },
        }),
      ).toThrow('accountLinkSecret');
    });

    it('names the users a type shows, for the processor to load', () => {
      expect(
        referencedUserIds('account-invitation', SAMPLE_PAYLOADS['account-invitation']),
      ).toEqual([INVITER_ID]);
      expect(referencedUserIds('mail-check', SAMPLE_PAYLOADS['mail-check'])).toEqual([]);
    });
  });
});
