import type { Locale, NotificationPayloads, NotificationType } from '@zusammen/shared/contracts';
import type { TemplateContext } from './notification-template';
import { renderNotification, type RenderedNotification } from './render-notification';
import { NOTIFICATION_TEMPLATE_LOCALES } from './template-locale';
import { eventTitleText, occurrenceSequence } from './booking-mail';

const SITE = 'https://zusammenleben.example.test';
const OCCURRENCE_ID = '4c1b7e2d-9a8f-4e3d-8c2b-1a0f9e8d7c6b';
const NOW = new Date('2026-03-02T09:00:00Z');

const CONTEXT: TemplateContext = {
  publicUrl: `${SITE}/`,
  siteName: 'Stadt Borken — Zusammenleben in Borken',
  messageId: '<notification-0b1c@zusammenleben.example.test>',
  now: NOW,
};

function render<T extends NotificationType>(
  type: T,
  payload: NotificationPayloads[T],
  locale: Locale = 'de',
  context: TemplateContext = CONTEXT,
): RenderedNotification {
  return renderNotification({
    type,
    locale,
    payload,
    recipient: { displayName: 'Amina Hassan' },
    context,
  });
}

/** Unfolded content lines of the first attachment (RFC 5545 folds with CRLF + space). */
function icsLines(mail: RenderedNotification): string[] {
  return String(mail.attachments[0]?.content)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
}

// Tuesday 3 March 2026, 18:00–20:00 in Borken (CET, UTC+1)
const TITLE = {
  de: 'Deutsch-Café',
  en: 'German café',
  ar: 'مقهى اللغة الألمانية',
  fa: 'کافهٔ زبان آلمانی',
  uk: 'Німецьке кафе',
};
const STARTS = '2026-03-03T17:00:00.000Z';
const ENDS = '2026-03-03T19:00:00.000Z';

const DECISION: NotificationPayloads['booking-decision'] = {
  bookingId: '2e5d8c1b-0f3a-4b6c-9d7e-8f1a2b3c4d5e',
  seriesId: null,
  decision: 'confirmed',
  roomName: 'Großer Saal',
  startsAt: STARTS,
  endsAt: ENDS,
  dateCount: 1,
  reasonGiven: false,
};
const REGISTRATION: NotificationPayloads['registration-confirmed'] = {
  occurrenceId: OCCURRENCE_ID,
  registrationId: '8f2e0c3a-4b5d-4e6f-a0b1-c2d3e4f5a6b7',
  waitlistEntryId: null,
  outcome: 'registered',
  eventTitle: TITLE,
  roomName: 'Großer Saal',
  startsAt: STARTS,
  endsAt: ENDS,
  partySize: 3,
  position: null,
};
const OFFER: NotificationPayloads['waitlist-offer'] = {
  occurrenceId: OCCURRENCE_ID,
  waitlistEntryId: '9a3f1d4b-5c6e-4f70-b1c2-d3e4f5a6b7c8',
  eventTitle: TITLE,
  roomName: 'Großer Saal',
  startsAt: STARTS,
  endsAt: ENDS,
  offeredSeats: 1,
  expiresAt: '2026-03-02T21:00:00.000Z',
};
const REMINDER: NotificationPayloads['event-reminder'] = {
  occurrenceId: OCCURRENCE_ID,
  registrationId: '8f2e0c3a-4b5d-4e6f-a0b1-c2d3e4f5a6b7',
  eventTitle: TITLE,
  roomName: 'Großer Saal',
  startsAt: STARTS,
  endsAt: ENDS,
  partySize: 1,
};
const CHANGED: NotificationPayloads['event-changed'] = {
  occurrenceId: OCCURRENCE_ID,
  eventTitle: TITLE,
  roomName: 'Raum 2',
  startsAt: '2026-03-04T16:30:00.000Z',
  endsAt: '2026-03-04T18:30:00.000Z',
  previousStartsAt: STARTS,
};
const CANCELLED: NotificationPayloads['event-cancelled'] = {
  occurrenceId: OCCURRENCE_ID,
  eventTitle: TITLE,
  startsAt: STARTS,
  reason: 'organizer',
};

const SAMPLES: {
  [
    T in Extract<
      NotificationType,
      | 'booking-decision'
      | 'registration-confirmed'
      | 'waitlist-offer'
      | 'event-reminder'
      | 'event-changed'
      | 'event-cancelled'
    >
  ]: NotificationPayloads[T][];
} = {
  'booking-decision': [
    DECISION,
    { ...DECISION, decision: 'rejected', reasonGiven: true },
    { ...DECISION, seriesId: '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9', dateCount: 12 },
  ],
  'registration-confirmed': [
    REGISTRATION,
    { ...REGISTRATION, outcome: 'requested' },
    {
      ...REGISTRATION,
      outcome: 'waitlisted',
      registrationId: null,
      waitlistEntryId: '9a3f1d4b-5c6e-4f70-b1c2-d3e4f5a6b7c8',
      position: 2,
    },
  ],
  'waitlist-offer': [OFFER, { ...OFFER, offeredSeats: 3 }],
  'event-reminder': [REMINDER],
  'event-changed': [CHANGED, { ...CHANGED, startsAt: STARTS, endsAt: ENDS }],
  'event-cancelled': [CANCELLED, { ...CANCELLED, reason: 'min_not_reached' }],
};

const CASES = (Object.keys(SAMPLES) as (keyof typeof SAMPLES)[]).flatMap((type) =>
  SAMPLES[type].flatMap((payload, index) =>
    NOTIFICATION_TEMPLATE_LOCALES.map((locale) => [type, index, locale, payload] as const),
  ),
);

describe('Haus der Begegnung mails', () => {
  it.each(CASES)(
    '%s #%i renders in %s without raw keys or arguments',
    (type, _i, locale, payload) => {
      const mail = renderNotification({
        type,
        locale,
        payload: payload as never,
        recipient: { displayName: 'Amina Hassan' },
        context: CONTEXT,
      });

      expect(mail.subject.trim()).not.toBe('');
      expect(mail.subject).not.toMatch(/[\r\n]/);
      for (const body of [mail.subject, mail.text, mail.html]) {
        // no message key (`event-common.when`, `waitlist-offer.next`) and no unformatted ICU argument
        expect(body).not.toMatch(
          /\b(event-common|booking-decision|registration-confirmed|waitlist-offer|event-reminder|event-changed|event-cancelled)\.[a-zA-Z]/,
        );
        expect(body).not.toMatch(/\{\s*\w+\s*[,}]/);
      }
      expect(mail.html).toContain(`<html lang="${locale}"`);
      expect(mail.html).toContain('/einstellungen/benachrichtigungen');
    },
  );

  it.each(NOTIFICATION_TEMPLATE_LOCALES)('every sample has its own wording in %s', (locale) => {
    const subjects = CASES.filter(([, , l]) => l === locale).map(([type, , , payload]) => {
      const mail = render(type, payload as never, locale);
      return mail.subject + mail.text.split('\n\n').slice(3, 5).join();
    });
    expect(new Set(subjects).size).toBe(subjects.length);
  });

  describe('event titles', () => {
    it('shows the title in the recipient’s language', () => {
      expect(render('registration-confirmed', REGISTRATION, 'uk').subject).toContain(
        'Німецьке кафе',
      );
      expect(render('registration-confirmed', REGISTRATION, 'ar').subject).toContain(
        '\u2068مقهى اللغة الألمانية\u2069',
      );
    });

    it('falls back to the German title when the recipient’s language has none', () => {
      const payload = { ...REGISTRATION, eventTitle: { de: 'Nähcafé', en: 'Sewing café' } };

      expect(render('registration-confirmed', payload, 'fa').subject).toContain('Nähcafé');
      expect(render('registration-confirmed', payload, 'uk').text).toContain('«Nähcafé»');
      expect(render('registration-confirmed', payload, 'en').text).toContain('Sewing café');
    });

    it('takes any title when there is neither the language nor German, else the word for an event', () => {
      expect(eventTitleText({ uk: ' ', en: 'Sewing\ncafé' }, 'ar')).toBe('Sewing café');
      expect(eventTitleText({}, 'de')).toBeNull();
      expect(render('event-cancelled', { ...CANCELLED, eventTitle: {} }).text).toContain(
        '„Veranstaltung“',
      );
    });
  });

  describe('booking-decision', () => {
    it('tells the organizer the room and the time in Borken and links the rooms page', () => {
      const mail = render('booking-decision', DECISION);

      expect(mail.subject).toBe('Ihre Raumbuchung ist bestätigt: Großer Saal');
      expect(mail.text).toContain('Wann: Dienstag, 3. März 2026, 18:00 bis 20:00 Uhr');
      expect(mail.html).toContain(`href="${SITE}/raeume"`);
      expect(mail.attachments).toEqual([]);
    });

    it('counts the dates of a series', () => {
      expect(render('booking-decision', { ...DECISION, dateCount: 12 }).text).toContain(
        '12 Termine, der erste am Dienstag, 3. März 2026, 18:00 bis 20:00 Uhr',
      );
      expect(render('booking-decision', { ...DECISION, dateCount: 12 }, 'en').text).toContain(
        '12 dates, the first on Tuesday, 3 March 2026, 18:00 to 20:00',
      );
    });

    it('says that a rejection has a reason but leaves the free text in the app', () => {
      const mail = render('booking-decision', {
        ...DECISION,
        decision: 'rejected',
        reasonGiven: true,
      });

      expect(mail.subject).toBe('Ihre Raumanfrage wurde abgelehnt: Großer Saal');
      expect(mail.text).toContain('Die Hausleitung hat einen Grund angegeben.');
      expect(render('booking-decision', { ...DECISION, decision: 'rejected' }).text).not.toContain(
        'Grund',
      );
    });
  });

  describe('registration-confirmed', () => {
    it('confirms with party size, place and a calendar invitation for the occurrence', () => {
      const mail = render('registration-confirmed', REGISTRATION);
      const ics = icsLines(mail);

      expect(mail.subject).toBe('Sie sind angemeldet: Deutsch-Café');
      expect(mail.text).toContain('Wann: Dienstag, 3. März 2026, 18:00 bis 20:00 Uhr');
      expect(mail.text).toContain('Wo: Großer Saal, Haus der Begegnung');
      expect(mail.text).toContain('Für 3 Personen');
      expect(mail.html).toContain(`href="${SITE}/meine-termine"`);
      expect(mail.attachments).toHaveLength(1);
      expect(ics).toContain(`UID:event-occurrence-${OCCURRENCE_ID}@zusammenleben.example.test`);
      expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20260303T180000');
      expect(ics).toContain('DTEND;TZID=Europe/Berlin:20260303T200000');
      expect(ics).toContain('SUMMARY:Deutsch-Café');
      expect(ics).toContain('LOCATION:Großer Saal\\, Haus der Begegnung Borken');
    });

    it('puts the recipient’s title into the calendar entry', () => {
      expect(icsLines(render('registration-confirmed', REGISTRATION, 'en'))).toContain(
        'SUMMARY:German café',
      );
    });

    it('attaches the date to a requested registration too', () => {
      const mail = render('registration-confirmed', { ...REGISTRATION, outcome: 'requested' });

      expect(mail.subject).toBe('Ihre Anmeldung ist eingegangen: Deutsch-Café');
      expect(mail.attachments).toHaveLength(1);
    });

    it('tells a waiting person the position and attaches nothing', () => {
      const mail = render('registration-confirmed', {
        ...REGISTRATION,
        outcome: 'waitlisted',
        position: 4,
      });

      expect(mail.subject).toBe('Sie stehen auf der Warteliste: Deutsch-Café');
      expect(mail.text).toContain('Sie sind Nummer 4 auf der Warteliste.');
      expect(mail.attachments).toEqual([]);
      expect(
        render('registration-confirmed', { ...REGISTRATION, outcome: 'waitlisted' }).text,
      ).not.toContain('Nummer');
    });
  });

  describe('waitlist-offer', () => {
    it('names the held seats and the expiry in Borken time, and links accept/decline in the app', () => {
      const mail = render('waitlist-offer', OFFER);

      expect(mail.subject).toBe('Ein Platz ist für Sie frei: Deutsch-Café');
      expect(mail.text).toContain(
        'Wir halten den Platz bis Montag, 2. März 2026, 22:00 Uhr für Sie frei.',
      );
      expect(mail.text).toContain(`Platz annehmen oder absagen:\n${SITE}/meine-termine\n`);
      expect(mail.attachments).toEqual([]);
    });

    it('counts several seats in each language', () => {
      const payload = { ...OFFER, offeredSeats: 3 };

      expect(render('waitlist-offer', payload).subject).toBe(
        '3 Plätze sind für Sie frei: Deutsch-Café',
      );
      expect(render('waitlist-offer', payload, 'en').text).toContain(
        'We are holding the places for you until Monday, 2 March 2026, 22:00.',
      );
      expect(render('waitlist-offer', payload, 'uk').subject).toContain('3 місця');
    });
  });

  it('event-reminder attaches the date and says how to cancel', () => {
    const mail = render('event-reminder', REMINDER);

    expect(mail.subject).toBe('Erinnerung: Deutsch-Café am 3. März 2026');
    expect(mail.text).toContain('Für 1 Person');
    expect(mail.text).toContain('Bitte sagen Sie in der App ab.');
    expect(icsLines(mail)).toContain(
      `UID:event-occurrence-${OCCURRENCE_ID}@zusammenleben.example.test`,
    );
  });

  describe('event-changed', () => {
    it('shows the old start and the new time and room, and updates the calendar entry', () => {
      const mail = render('event-changed', CHANGED);
      const ics = icsLines(mail);

      expect(mail.subject).toBe('Termin geändert: Deutsch-Café');
      expect(mail.text).toContain('Bisher: Dienstag, 3. März 2026, 18:00 Uhr');
      expect(mail.text).toContain('Wann: Mittwoch, 4. März 2026, 17:30 bis 19:30 Uhr');
      expect(mail.text).toContain('Wo: Raum 2, Haus der Begegnung');
      expect(ics).toContain(`UID:event-occurrence-${OCCURRENCE_ID}@zusammenleben.example.test`);
      expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20260304T173000');
      expect(ics).toContain(`SEQUENCE:${occurrenceSequence(NOW)}`);
    });

    it('leaves out the old start when only the room changed', () => {
      expect(
        render('event-changed', { ...CHANGED, startsAt: STARTS, endsAt: ENDS }).text,
      ).not.toContain('Bisher');
    });

    it('raises SEQUENCE with every later mail, even when the date moves earlier', () => {
      const confirmation = render('registration-confirmed', REGISTRATION);
      const earlier = render(
        'event-changed',
        { ...CHANGED, startsAt: '2026-03-02T17:00:00.000Z', endsAt: '2026-03-02T19:00:00.000Z' },
        'de',
        { ...CONTEXT, now: new Date(NOW.getTime() + 60 * 60 * 1000) },
      );
      const sequence = (mail: RenderedNotification): number =>
        Number(
          icsLines(mail)
            .find((line) => line.startsWith('SEQUENCE:'))
            ?.slice(9),
        );

      expect(sequence(earlier)).toBeGreaterThan(sequence(confirmation));
    });
  });

  describe('event-cancelled', () => {
    it('words the organizer’s cancellation and points to the programme, without a calendar file', () => {
      const mail = render('event-cancelled', CANCELLED);

      expect(mail.subject).toBe('Abgesagt: Deutsch-Café am 3. März 2026');
      expect(mail.text).toContain(
        'leider fällt „Deutsch-Café“ am Dienstag, 3. März 2026 um 18:00 Uhr aus. Die Veranstalter haben den Termin abgesagt.',
      );
      expect(mail.html).toContain(`href="${SITE}/programm"`);
      expect(mail.attachments).toEqual([]);
    });

    it('says when too few registered', () => {
      expect(render('event-cancelled', { ...CANCELLED, reason: 'min_not_reached' }).text).toContain(
        'weil sich zu wenige Personen angemeldet haben',
      );
    });
  });

  it('shows the time across midnight with both days', () => {
    const mail = render('event-reminder', {
      ...REMINDER,
      startsAt: '2026-03-03T20:00:00.000Z',
      endsAt: '2026-03-04T00:30:00.000Z',
    });

    expect(mail.text).toContain(
      'Wann: Dienstag, 3. März 2026, 21:00 Uhr, bis Mittwoch, 4. März 2026, 01:30 Uhr',
    );
  });

  it('keeps Borken’s wall time across the switch to summer time', () => {
    // Tuesday 31 March 2026 18:00 CEST = 16:00 UTC
    const mail = render('event-reminder', {
      ...REMINDER,
      startsAt: '2026-03-31T16:00:00.000Z',
      endsAt: '2026-03-31T18:00:00.000Z',
    });

    expect(mail.text).toContain('Wann: Dienstag, 31. März 2026, 18:00 bis 20:00 Uhr');
    expect(icsLines(mail)).toContain('DTSTART;TZID=Europe/Berlin:20260331T180000');
  });

  it('refuses a payload with an unreadable time (no mail with a wrong date)', () => {
    expect(() => render('event-reminder', { ...REMINDER, startsAt: 'tomorrow' })).toThrow(
      'startsAt',
    );
  });
});
