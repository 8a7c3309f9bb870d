import { parseBookingEnv } from './booking-config';

describe('booking configuration', () => {
  it('defaults to 20 hours a week and reads BOOKING_WEEKLY_QUOTA_HOURS', () => {
    expect(parseBookingEnv({})).toEqual({ defaultWeeklyMinutes: 1200 });
    expect(parseBookingEnv({ BOOKING_WEEKLY_QUOTA_HOURS: '7.5' })).toEqual({
      defaultWeeklyMinutes: 450,
    });
  });

  it('refuses to boot with a value that is not a number of hours', () => {
    expect(() => parseBookingEnv({ BOOKING_WEEKLY_QUOTA_HOURS: 'viel' })).toThrow(
      'BOOKING_WEEKLY_QUOTA_HOURS',
    );
    expect(() => parseBookingEnv({ BOOKING_WEEKLY_QUOTA_HOURS: '200' })).toThrow();
  });
});
