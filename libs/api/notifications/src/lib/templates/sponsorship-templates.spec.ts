import {
  PAIRING_ACTIONS,
  type Locale,
  type NotificationPayloads,
  type NotificationType,
} from '@zusammen/shared/contracts';
import type { TemplateContext } from './notification-template';
import { renderNotification, type RenderedNotification } from './render-notification';
import { calendarDateValue, isoWeekDays } from './sponsorship-mail';
import type { CertificateRenewalPayload } from './types/certificate-renewal.template';

const SITE = 'https://zusammenleben.example.test';
const PAIRING_ID = '5d0c8a1e-2f3b-4c5d-8e9f-0a1b2c3d4e5f';
const VOLUNTEER_ID = '7e1d9b2f-3a4c-4d6e-9f0a-1b2c3d4e5f60';

const CONTEXT: TemplateContext = {
  publicUrl: `${SITE}/`,
  siteName: 'Stadt Borken — Zusammenleben in Borken',
  messageId: '<notification-0b1c@zusammenleben.example.test>',
  now: new Date('2025-06-20T08:00:00Z'),
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

const OFFER: NotificationPayloads['pairing-offered'] = {
  pairingId: PAIRING_ID,
  district: 'rhedebruegge',
  memberCount: 4,
  hasMinors: true,
  needs: ['authorities', 'school'],
};

const transition = (
  action: NotificationPayloads['pairing-transition']['action'],
  audience: NotificationPayloads['pairing-transition']['audience'],
  extra: Partial<NotificationPayloads['pairing-transition']> = {},
): NotificationPayloads['pairing-transition'] => ({
  pairingId: PAIRING_ID,
  transitionId: '42',
  action,
  audience,
  ...extra,
});

describe('Patenmodell mails', () => {
  describe('pairing-offered', () => {
    it('describes the family without naming it and links the volunteer’s pairing page', () => {
      const mail = render('pairing-offered', OFFER);

      expect(mail.subject).toBe('Die Koordinationsstelle schlägt Ihnen eine Familie vor');
      expect(mail.text).toContain('Ortsteil: Rhedebrügge');
      expect(mail.text).toContain('Haushalt: 4 Personen, mit Kindern unter 18 Jahren');
      expect(mail.text).toContain(
        'Die Familie wünscht sich Unterstützung bei: Ämter und Papiere und Schule und Hausaufgaben',
      );
      expect(mail.html).toContain(`href="${SITE}/patenschaft/tandems/${PAIRING_ID}"`);
      expect(mail.html).toContain('/einstellungen/benachrichtigungen');
      expect(mail.attachments).toEqual([]);
    });

    it('words a one-person household without children, and skips unknown need codes', () => {
      const mail = render('pairing-offered', {
        ...OFFER,
        memberCount: 1,
        hasMinors: false,
        needs: ['housing', 'astrology'],
      });

      expect(mail.text).toContain('Haushalt: 1 Person, ohne Kinder unter 18 Jahren');
      expect(mail.text).toContain('Unterstützung bei: Wohnen');
      expect(mail.text).not.toContain('astrology');
    });

    it('leaves the needs line out when there are none', () => {
      expect(render('pairing-offered', { ...OFFER, needs: [] }).text).not.toContain(
        'Unterstützung bei',
      );
    });

    it('lists needs in the recipient’s language with its own list words', () => {
      expect(render('pairing-offered', OFFER, 'en').text).toContain(
        'support with: offices and paperwork and school and homework',
      );
      expect(render('pairing-offered', OFFER, 'uk').text).toContain(
        'установи та документи і школа і домашні завдання',
      );
    });
  });

  describe('pairing-transition', () => {
    const cases = PAIRING_ACTIONS.flatMap((action) =>
      (['volunteer', 'staff'] as const).map((audience) => [action, audience] as const),
    );

    it('has its own subject for every action and audience', () => {
      const subjects = cases.map(
        ([action, audience]) => render('pairing-transition', transition(action, audience)).subject,
      );
      expect(new Set(subjects).size).toBe(cases.length);
    });

    it.each(cases)('%s for %s links the audience’s page', (action, audience) => {
      const mail = render('pairing-transition', transition(action, audience));
      const path =
        audience === 'staff'
          ? `/verwaltung/patenschaften/tandems/${PAIRING_ID}`
          : `/patenschaft/tandems/${PAIRING_ID}`;

      expect(mail.html).toContain(`href="${SITE}${path}"`);
    });

    it('attaches the first meeting as a one-hour calendar event in Borken time', () => {
      const mail = render(
        'pairing-transition',
        transition('schedule_intro', 'volunteer', {
          introAt: '2025-07-01T16:00:00.000Z',
          introPlace: 'Haus der Begegnung,\nRaum 2',
        }),
      );
      // iCalendar folds long lines (CRLF + space)
      const ics = String(mail.attachments[0]?.content).replace(/\r\n /g, '');

      expect(mail.text).toContain('Wann: Dienstag, 1. Juli 2025 um 18:00 Uhr');
      expect(mail.text).toContain('Wo: Haus der Begegnung, Raum 2');
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments[0]?.filename).toBe('kennenlernen.ics');
      expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20250701T180000');
      expect(ics).toContain('DTEND;TZID=Europe/Berlin:20250701T190000');
      expect(ics).toContain(`UID:pairing-intro-${PAIRING_ID}@zusammenleben.example.test`);
      expect(ics).toContain('SEQUENCE:42');
      expect(ics).toContain('LOCATION:Haus der Begegnung\\, Raum 2');
    });

    it('attaches nothing for other steps', () => {
      expect(render('pairing-transition', transition('confirm', 'staff')).attachments).toEqual([]);
    });

    it('words decline and end reasons', () => {
      expect(
        render('pairing-transition', transition('decline', 'staff', { reason: 'distance' })).text,
      ).toContain('Grund: der Weg ist zu weit');
      expect(
        render(
          'pairing-transition',
          transition('end', 'volunteer', { reason: 'family_independent' }),
          'en',
        ).text,
      ).toContain('Reason: the family now manages on its own');
    });

    it('tells a staff-only end reason to staff only', () => {
      const reason = { reason: 'safeguarding' };

      expect(render('pairing-transition', transition('end', 'staff', reason)).text).toContain(
        'Grund: Kinderschutz',
      );
      const toVolunteer = render('pairing-transition', transition('end', 'volunteer', reason));
      expect(toVolunteer.text).not.toContain('Kinderschutz');
      expect(toVolunteer.text).not.toContain('Grund:');
    });

    it('ignores a reason code that does not belong to the action', () => {
      expect(
        render('pairing-transition', transition('end', 'staff', { reason: 'distance' })).text,
      ).not.toContain('Grund:');
    });

    it('names the planned resume date of a pause', () => {
      expect(
        render('pairing-transition', transition('pause', 'volunteer', { resumeOn: '2025-09-01' }))
          .text,
      ).toContain('Geplant ist, am 1. September 2025 weiterzumachen.');
    });
  });

  it('pairing-no-contact names the days and links the staff pairing page', () => {
    const mail = render('pairing-no-contact', { pairingId: PAIRING_ID, days: 21 });

    expect(mail.subject).toBe('Patenschaft: seit 21 Tagen kein Kontakt eingetragen');
    expect(mail.html).toContain(`href="${SITE}/verwaltung/patenschaften/tandems/${PAIRING_ID}"`);
  });

  it('sponsorship-digest shows the week and every count, and links the attention list', () => {
    const mail = render('sponsorship-digest', {
      week: '2026-W01',
      offersWaiting: 2,
      introsToArrange: 1,
      noContact: 3,
      trialsReady: 0,
      certificatesDueSoon: 1,
      familiesWaiting: 5,
    });

    expect(mail.text).toContain('Woche vom 29. Dezember 2025 bis 4. Januar 2026');
    expect(mail.text).toContain('Vorschläge ohne Antwort: 2');
    expect(mail.text).toContain('Zusagen, für die das erste Treffen fehlt: 1');
    expect(mail.text).toContain('Patenschaften ohne eingetragenen Kontakt: 3');
    expect(mail.text).toContain('Probephasen, die bestätigt werden können: 0');
    expect(mail.text).toContain('in den nächsten sechs Monaten fällig werden: 1');
    expect(mail.text).toContain('Familien, die auf eine Patenschaft warten: 5');
    expect(mail.html).toContain(
      `href="${SITE}/verwaltung/patenschaften/tandems?attention=1"`.replace('&', '&amp;'),
    );
  });

  describe('certificate-renewal', () => {
    const renewal: NotificationPayloads['certificate-renewal'] = {
      volunteerId: VOLUNTEER_ID,
      renewalDueOn: '2026-03-31',
      stage: 'six_months',
      audience: 'volunteer',
    };

    it('asks the volunteer to request a new certificate with the office’s letter, free of charge', () => {
      const mail = render('certificate-renewal', renewal);

      expect(mail.subject).toBe('Ihr Führungszeugnis: Bitte bald ein neues beantragen');
      expect(mail.text).toContain('alle 5 Jahre');
      expect(mail.text).toContain('bis zum 31. März 2026 fällig');
      expect(mail.text).toContain('Für Ehrenamtliche ist es kostenlos.');
      expect(mail.html).toContain(`href="${SITE}/patenschaft"`);
      expect(mail.html).not.toContain('/verwaltung/');
    });

    it('reminds the volunteer a month before with its own subject', () => {
      expect(render('certificate-renewal', { ...renewal, stage: 'one_month' }).subject).toBe(
        'Erinnerung: Ihr neues Führungszeugnis ist in einem Monat fällig',
      );
    });

    it('gives staff the volunteer’s profile link, without a name', () => {
      const payload: CertificateRenewalPayload = { ...renewal, audience: 'staff' };
      const mail = render('certificate-renewal', payload);

      expect(mail.subject).toBe('Führungszeugnis: Neue Einsicht bis zum 31. März 2026 fällig');
      expect(mail.html).toContain(`href="${SITE}/verwaltung/patenschaften/paten/${VOLUNTEER_ID}"`);
      expect(mail.text).not.toContain('Mein Profil');
    });

    it('refuses a payload without a real due date (no mail with a wrong date)', () => {
      expect(() =>
        render('certificate-renewal', { ...renewal, renewalDueOn: '2026-02-30' }),
      ).toThrow('renewalDueOn');
    });
  });

  describe('date helpers', () => {
    it('reads ISO weeks, including week 53 only where it exists', () => {
      const week1 = isoWeekDays('2026-W01');
      expect(week1?.monday.toISOString().slice(0, 10)).toBe('2025-12-29');
      expect(week1?.sunday.toISOString().slice(0, 10)).toBe('2026-01-04');
      expect(isoWeekDays('2020-W53')?.monday.toISOString().slice(0, 10)).toBe('2020-12-28');
      expect(isoWeekDays('2021-W53')).toBeNull();
      expect(isoWeekDays('2021-W00')).toBeNull();
      expect(isoWeekDays('week 5')).toBeNull();
    });

    it('reads calendar dates only when they exist', () => {
      expect(calendarDateValue('2024-02-29')?.toISOString()).toBe('2024-02-29T12:00:00.000Z');
      expect(calendarDateValue('2025-02-29')).toBeNull();
      expect(calendarDateValue(undefined)).toBeNull();
    });
  });
});
