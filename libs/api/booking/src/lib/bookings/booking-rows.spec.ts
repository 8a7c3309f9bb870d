import { returnedRows, toBookingSummary, type BookingSummaryRow } from './booking-rows';

const row: BookingSummaryRow = {
  id: 'b1',
  room_id: 'r1',
  room_name: 'Großer Saal',
  kind: 'booking',
  title: 'Frauencafé',
  status: 'confirmed',
  starts_at: new Date('2027-03-16T17:00:00Z'),
  ends_at: new Date('2027-03-16T19:00:00Z'),
  blocked_from: new Date('2027-03-16T16:30:00Z'),
  blocked_until: new Date('2027-03-16T19:15:00Z'),
  series_id: null,
  recurrence_date: null,
  is_override: false,
  organizer_id: 'olga',
  organizer_name: 'Olga',
  decision_reason: 'ok',
  event_id: 'e1',
};

describe('booking summaries', () => {
  it('show the organizer everything of their own booking', () => {
    expect(toBookingSummary(row, { id: 'olga', staff: false })).toMatchObject({
      title: 'Frauencafé',
      organizerName: 'Olga',
      blockedFrom: '2027-03-16T16:30:00.000Z',
    });
  });

  it('show another organizer only that the slot is taken', () => {
    const summary = toBookingSummary(row, { id: 'paul', staff: false });
    expect(summary).toMatchObject({
      title: '',
      organizerId: null,
      organizerName: null,
      decisionReason: null,
      eventId: null,
      busyOnly: true,
      startsAt: '2027-03-16T17:00:00.000Z',
    });
  });

  it('keep the title of a closure and show staff everything', () => {
    const closure = toBookingSummary(
      { ...row, kind: 'blackout', organizer_id: null },
      { id: 'paul', staff: false },
    );
    expect(closure.title).toBe('Frauencafé');
    expect(closure.busyOnly).toBeUndefined();
    expect(toBookingSummary(row, { id: 'hanna', staff: true }).busyOnly).toBeUndefined();
  });

  it('read the rows of an UPDATE … RETURNING as well as of a SELECT', () => {
    expect(returnedRows([[{ id: 'a' }], 1])).toEqual([{ id: 'a' }]);
    expect(returnedRows([{ id: 'a' }, { id: 'b' }])).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(returnedRows([])).toEqual([]);
  });
});
