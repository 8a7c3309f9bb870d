import { registrationClosedReason, waitlistOpen } from './registration-window';

const start = new Date('2026-12-10T17:00:00Z');
const base = {
  status: 'scheduled',
  bookingStatus: 'confirmed',
  startsAt: start,
  registrationOpensAt: null,
  registrationClosesMinutesBefore: 60,
};
const at = (iso: string) => new Date(iso);

describe('registration window', () => {
  it('is open between the opening and start − N minutes', () => {
    expect(registrationClosedReason(base, at('2026-12-01T10:00:00Z'))).toBeNull();
    expect(registrationClosedReason(base, at('2026-12-10T15:59:59Z'))).toBeNull();
  });

  it('closes N minutes before the start', () => {
    expect(registrationClosedReason(base, at('2026-12-10T16:00:00Z'))).toBe('closed');
    expect(registrationClosedReason(base, at('2026-12-10T18:00:00Z'))).toBe('closed');
  });

  it('is not open before registrationOpensAt', () => {
    const date = { ...base, registrationOpensAt: at('2026-12-05T08:00:00Z') };
    expect(registrationClosedReason(date, at('2026-12-05T07:59:59Z'))).toBe('not_open_yet');
    expect(registrationClosedReason(date, at('2026-12-05T08:00:00Z'))).toBeNull();
  });

  it('takes no registrations for cancelled dates or unconfirmed bookings', () => {
    const now = at('2026-12-01T10:00:00Z');
    expect(registrationClosedReason({ ...base, status: 'cancelled' }, now)).toBe('cancelled');
    expect(registrationClosedReason({ ...base, status: 'cancelled_min_not_reached' }, now)).toBe(
      'cancelled',
    );
    expect(registrationClosedReason({ ...base, bookingStatus: 'pending' }, now)).toBe(
      'booking_not_confirmed',
    );
  });

  it('closes the waiting list 1 h before the start', () => {
    expect(waitlistOpen(base, at('2026-12-10T15:59:59Z'))).toBe(true);
    expect(waitlistOpen(base, at('2026-12-10T16:00:00Z'))).toBe(false);
    expect(waitlistOpen({ ...base, status: 'cancelled' }, at('2026-12-01T00:00:00Z'))).toBe(false);
  });
});
