import { renderFeed, type FeedCalendar } from './feed-calendar';

/** Unfolded content lines (RFC 5545 folds at 75 octets with CRLF + space). */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const stamp = new Date('2026-03-01T08:00:00Z');

describe('renderFeed', () => {
  const feed: FeedCalendar = {
    name: 'Haus der Begegnung Borken – Programm',
    stamp,
    refreshMinutes: 60,
    items: [
      {
        kind: 'date',
        uid: 'public-occurrence-1@example.test',
        // 17:00 CET and, after the switch, 17:00 CEST
        startsAt: new Date('2026-03-28T16:00:00Z'),
        endsAt: new Date('2026-03-28T17:30:00Z'),
        summary: 'Nähcafé; Treffen',
        description: 'Mit Kinderbetreuung',
        location: 'Großer Saal, Haus der Begegnung Borken',
        url: 'https://example.test/programm/1',
        status: 'confirmed',
      },
      {
        kind: 'date',
        uid: 'public-occurrence-2@example.test',
        startsAt: new Date('2026-03-29T15:00:00Z'),
        endsAt: new Date('2026-03-29T16:30:00Z'),
        summary: 'Abgesagt',
        status: 'cancelled',
      },
      {
        kind: 'series',
        uid: 'public-event-1-series-2@example.test',
        startsAt: new Date('2026-03-24T16:00:00Z'),
        endsAt: new Date('2026-03-24T17:30:00Z'),
        rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20261027T160000Z',
        exdates: [new Date('2026-03-31T15:00:00Z'), new Date('2026-10-27T16:00:00Z')],
        overrides: [
          {
            recurrenceStartsAt: new Date('2026-04-07T15:00:00Z'),
            startsAt: new Date('2026-04-08T16:00:00Z'),
            endsAt: new Date('2026-04-08T17:30:00Z'),
            summary: 'Sprachcafé (verschoben)',
            status: 'confirmed',
          },
        ],
        summary: 'Sprachcafé',
        status: 'confirmed',
      },
    ],
  };
  const content = lines(renderFeed(feed));

  it('is a calendar with a name, a refresh interval and the Europe/Berlin VTIMEZONE', () => {
    expect(content[0]).toBe('BEGIN:VCALENDAR');
    expect(content).toContain('X-WR-CALNAME:Haus der Begegnung Borken – Programm');
    expect(content).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    expect(content.filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(content).toContain('TZID:Europe/Berlin');
    expect(content.some((l) => l.startsWith('METHOD'))).toBe(false);
  });

  it('writes dates as Europe/Berlin wall times on both sides of the DST change', () => {
    expect(content).toContain('DTSTART;TZID=Europe/Berlin:20260328T170000');
    expect(content).toContain('DTEND;TZID=Europe/Berlin:20260328T183000');
    expect(content).toContain('DTSTART;TZID=Europe/Berlin:20260329T170000');
    expect(content).toContain('SUMMARY:Nähcafé\\; Treffen');
    expect(content).toContain('LOCATION:Großer Saal\\, Haus der Begegnung Borken');
    expect(content).toContain('STATUS:CANCELLED');
    expect(content).toContain('DTSTAMP:20260301T080000Z');
  });

  it('writes a series as RRULE with EXDATE and an override with the same UID and RECURRENCE-ID', () => {
    expect(content).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;UNTIL=20261027T160000Z');
    expect(content).toContain('EXDATE;TZID=Europe/Berlin:20260331T170000,20261027T170000');
    expect(content.filter((l) => l === 'UID:public-event-1-series-2@example.test')).toHaveLength(2);
    expect(content).toContain('RECURRENCE-ID;TZID=Europe/Berlin:20260407T170000');
    expect(content).toContain('DTSTART;TZID=Europe/Berlin:20260408T180000');
  });

  it('carries no people', () => {
    expect(content.some((l) => /^(ORGANIZER|ATTENDEE)/.test(l))).toBe(false);
  });
});
