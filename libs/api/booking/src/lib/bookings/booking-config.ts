import { registerAs } from '@nestjs/config';

export interface BookingConfig {
  /** BOOKING_WEEKLY_QUOTA_HOURS: an organizer's default quota of pending and confirmed hours per ISO week (20). */
  defaultWeeklyMinutes: number;
}

/** The booking variables with defaults; throws naming the invalid one (at boot, like the core schema). */
export function parseBookingEnv(env: Record<string, string | undefined>): BookingConfig {
  const raw = env['BOOKING_WEEKLY_QUOTA_HOURS']?.trim();
  if (!raw) return { defaultWeeklyMinutes: 20 * 60 };
  const hours = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || !Number.isFinite(hours) || hours < 0 || hours > 168) {
    throw new Error(
      `Invalid booking configuration:\n  - BOOKING_WEEKLY_QUOTA_HOURS: must be a number of hours from 0 to 168 (got "${raw}")`,
    );
  }
  return { defaultWeeklyMinutes: Math.round(hours * 60) };
}

export const bookingConfig = registerAs('booking', (): BookingConfig =>
  parseBookingEnv(process.env),
);
