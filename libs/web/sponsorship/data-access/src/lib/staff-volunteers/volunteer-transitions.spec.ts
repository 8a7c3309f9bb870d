import { VOLUNTEER_STATUSES } from '@zusammen/shared/contracts';
import {
  missingVettingSteps,
  nextVolunteerStatuses,
  statusChangeNeedsReason,
} from './volunteer-transitions';

describe('volunteer transitions', () => {
  it('offers exactly the moves of the domain brief', () => {
    const moves = VOLUNTEER_STATUSES.flatMap((from) =>
      nextVolunteerStatuses(from).map((to) => `${from}→${to}`),
    );
    expect(moves.sort()).toEqual(
      [
        'registered→in_vetting',
        'registered→withdrawn',
        'in_vetting→approved',
        'in_vetting→rejected',
        'in_vetting→withdrawn',
        'approved→paused',
        'paused→approved',
        'approved→inactive',
        'paused→inactive',
      ].sort(),
    );
  });

  it('asks for a reason when rejecting, withdrawing, pausing or ending', () => {
    expect(VOLUNTEER_STATUSES.filter(statusChangeNeedsReason)).toEqual([
      'rejected',
      'withdrawn',
      'paused',
      'inactive',
    ]);
  });

  it('names the required steps not yet recorded', () => {
    expect(missingVettingSteps([])).toEqual(['info_event', 'interview', 'training']);
    expect(missingVettingSteps([{ kind: 'interview' }, { kind: 'self_commitment' }])).toEqual([
      'info_event',
      'training',
    ]);
    expect(
      missingVettingSteps([{ kind: 'info_event' }, { kind: 'interview' }, { kind: 'training' }]),
    ).toEqual([]);
  });
});
