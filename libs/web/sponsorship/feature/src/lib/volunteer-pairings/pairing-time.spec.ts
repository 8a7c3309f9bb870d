import { meetingDateTime } from './pairing-time';

describe('meetingDateTime', () => {
  it('shows the Borken date and time with the weekday, whatever zone the browser is in', () => {
    // 23:30 UTC on 30 November is already 1 December in Borken (UTC+1 in winter).
    expect(meetingDateTime('2026-11-30T23:30:00.000Z', 'de')).toEqual({
      date: 'Dienstag, 1. Dezember 2026',
      time: '00:30',
    });
    expect(meetingDateTime('2026-07-01T13:00:00.000Z', 'de').time).toBe('15:00');
  });

  it('keeps a value it cannot read as it is', () => {
    expect(meetingDateTime('bald', 'de')).toEqual({ date: 'bald', time: '' });
  });
});
