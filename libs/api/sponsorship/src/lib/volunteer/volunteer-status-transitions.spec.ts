import { VOLUNTEER_STATUSES, type VolunteerStatus } from '@zusammen/shared/contracts';
import {
  canChangeVolunteerStatus,
  STATUSES_NEEDING_REASON,
  VOLUNTEER_STATUS_TRANSITIONS,
} from './volunteer-status-transitions';

/** The brief's table (domain brief §2), written out independently of the implementation. */
const ALLOWED: readonly [VolunteerStatus, VolunteerStatus][] = [
  ['registered', 'in_vetting'],
  ['registered', 'withdrawn'],
  ['in_vetting', 'approved'],
  ['in_vetting', 'rejected'],
  ['in_vetting', 'withdrawn'],
  ['approved', 'paused'],
  ['paused', 'approved'],
  ['approved', 'inactive'],
  ['paused', 'inactive'],
];

const isAllowed = (from: VolunteerStatus, to: VolunteerStatus) =>
  ALLOWED.some(([f, t]) => f === from && t === to);

describe('volunteer status transitions', () => {
  const everyPair = VOLUNTEER_STATUSES.flatMap((from) =>
    VOLUNTEER_STATUSES.map((to) => [from, to] as const),
  );

  it.each(everyPair)('%s → %s follows the brief', (from, to) => {
    expect(canChangeVolunteerStatus(from, to)).toBe(isAllowed(from, to));
  });

  it('lists every status, and nothing leads out of rejected, withdrawn or inactive', () => {
    expect(Object.keys(VOLUNTEER_STATUS_TRANSITIONS).sort()).toEqual(
      [...VOLUNTEER_STATUSES].sort(),
    );
    expect(VOLUNTEER_STATUS_TRANSITIONS.rejected).toEqual([]);
    expect(VOLUNTEER_STATUS_TRANSITIONS.withdrawn).toEqual([]);
    expect(VOLUNTEER_STATUS_TRANSITIONS.inactive).toEqual([]);
  });

  it('never allows staying in the same status', () => {
    for (const status of VOLUNTEER_STATUSES)
      expect(canChangeVolunteerStatus(status, status)).toBe(false);
  });

  it('asks a reason for rejected, withdrawn, paused and inactive only', () => {
    expect([...STATUSES_NEEDING_REASON].sort()).toEqual(
      ['inactive', 'paused', 'rejected', 'withdrawn'].sort(),
    );
  });
});
