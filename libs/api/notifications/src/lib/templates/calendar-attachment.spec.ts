import { buildCalendarAttachment, CALENDAR_CONTENT_TYPE } from './calendar-attachment';
import { berlinWallClock } from './berlin-time-zone';

/** Unfolded content lines (RFC 5545 folds at 75 octets with CRLF + space). */
function lines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('buildCalendarAttachment', () => {
  const attachment = buildCalendarAttachment({
    uid: 'booking-42@zusammenleben.example.test',
    start: new Date('2025-01-15T17:30:00Z'),
    end: new Date('2025-01-15T19:00:00Z'),
    summary: 'Großer Saal; Nähcafé, Treffen',
    location: 'Haus der Begegnung, Borken',
    description: 'Bitte Schlüssel abholen.\nDanke!',
    url: 'https://zusammenleben.example.test/raeume/buchungen/42',
    organizer: { name: 'Stadt Borken', email: 'no-reply@zusammenleben.example.test' },
    stamp: new Date('2025-01-01T08:00:00Z'),
  });
  const content = String(attachment.content);
  const contentLines = lines(content);

  it('is a text/calendar REQUEST attachment', () => {
    expect(attachment.filename).toBe('termin.ics');
    expect(attachment.contentType).toBe(CALENDAR_CONTENT_TYPE);
    expect(attachment.contentType).toContain('method=REQUEST');
    expect(contentLines[0]).toBe('BEGIN:VCALENDAR');
    expect(contentLines).toContain('METHOD:REQUEST');
    expect(content).toMatch(/\r\n/);
  });

  it('has one VEVENT with UID, times in Europe/Berlin and the summary', () => {
    expect(contentLines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(contentLines).toContain('UID:booking-42@zusammenleben.example.test');
    // 17:30 UTC in January = 18:30 CET
    expect(contentLines).toContain('DTSTART;TZID=Europe/Berlin:20250115T183000');
    expect(contentLines).toContain('DTEND;TZID=Europe/Berlin:20250115T200000');
    expect(contentLines).toContain('DTSTAMP:20250101T080000Z');
    expect(contentLines).toContain('SUMMARY:Großer Saal\\; Nähcafé\\, Treffen');
    expect(contentLines).toContain('LOCATION:Haus der Begegnung\\, Borken');
    expect(contentLines).toContain('DESCRIPTION:Bitte Schlüssel abholen.\\nDanke!');
    expect(contentLines).toContain('SEQUENCE:0');
    expect(contentLines.some((line) => line.startsWith('ORGANIZER;CN="Stadt Borken"'))).toBe(true);
  });

  it('includes the VTIMEZONE for the TZID it uses', () => {
    expect(contentLines).toContain('BEGIN:VTIMEZONE');
    expect(contentLines).toContain('TZID:Europe/Berlin');
    expect(content.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(content.indexOf('BEGIN:VEVENT'));
  });

  it('uses summer time in summer', () => {
    const summer = String(
      buildCalendarAttachment({
        uid: 'x@example.test',
        start: new Date('2025-07-01T16:00:00Z'),
        end: new Date('2025-07-01T17:00:00Z'),
        summary: 'Sommer',
        sequence: 2,
      }).content,
    );
    expect(lines(summer)).toContain('DTSTART;TZID=Europe/Berlin:20250701T180000');
    expect(lines(summer)).toContain('SEQUENCE:2');
  });

  it('refuses an event that ends before it starts', () => {
    expect(() =>
      buildCalendarAttachment({
        uid: 'x@example.test',
        start: new Date('2025-07-01T16:00:00Z'),
        end: new Date('2025-07-01T15:00:00Z'),
        summary: 'x',
      }),
    ).toThrow(RangeError);
  });
});

describe('berlinWallClock', () => {
  it('gives Borken’s local time around the switches', () => {
    expect(berlinWallClock(new Date('2025-03-30T00:59:59Z'))).toBe('2025-03-30T01:59:59');
    expect(berlinWallClock(new Date('2025-03-30T01:00:00Z'))).toBe('2025-03-30T03:00:00');
    expect(berlinWallClock(new Date('2025-10-26T00:30:00Z'))).toBe('2025-10-26T02:30:00');
    expect(berlinWallClock(new Date('2025-10-26T01:30:00Z'))).toBe('2025-10-26T02:30:00');
    expect(berlinWallClock(new Date('2025-12-31T23:00:00Z'))).toBe('2026-01-01T00:00:00');
  });
});
