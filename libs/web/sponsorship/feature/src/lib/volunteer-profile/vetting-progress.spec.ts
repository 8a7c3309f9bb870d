import type { VolunteerProfileResponse } from '@zusammen/shared/contracts';
import { nextStepOf, vettingStepsOf } from './vetting-progress';

const base: VolunteerProfileResponse = {
  id: 'v1',
  status: 'in_vetting',
  languages: [{ code: 'de', level: 'native' }],
  district: 'innenstadt',
  maxDistanceKm: 5,
  availability: [],
  supportAreas: [],
  capacity: 1,
  acceptsFamiliesWithChildren: true,
  genderPreference: 'none',
  gender: null,
  about: '',
  vettingSteps: [],
  certificate: null,
  openPairings: 0,
  updatedAt: '2026-11-20T10:00:00.000Z',
};
const step = (kind: 'info_event' | 'interview' | 'training' | 'self_commitment', on: string) => ({
  kind,
  completedOn: on,
  recordedBy: null,
});

describe('vetting progress', () => {
  it('lists the required steps as open for a new volunteer; next is the info event', () => {
    expect(vettingStepsOf(base)).toEqual([
      { kind: 'info_event', required: true, completedOn: null },
      { kind: 'interview', required: true, completedOn: null },
      { kind: 'training', required: true, completedOn: null },
    ]);
    expect(nextStepOf({ ...base, status: 'registered' })).toBe('info_event');
  });

  it('names the first open required step, whatever order steps were recorded in', () => {
    const profile = {
      ...base,
      vettingSteps: [step('training', '2026-11-01'), step('info_event', '2026-10-01')],
    };
    expect(nextStepOf(profile)).toBe('interview');
    expect(vettingStepsOf(profile).map((s) => s.completedOn)).toEqual([
      '2026-10-01',
      null,
      '2026-11-01',
    ]);
  });

  it('shows the optional self-commitment only once done', () => {
    const profile = { ...base, vettingSteps: [step('self_commitment', '2026-11-02')] };
    expect(vettingStepsOf(profile).map((s) => s.kind)).toEqual([
      'info_event',
      'interview',
      'training',
      'self_commitment',
    ]);
  });

  it('waits for the decision once every required step is done, then follows the status', () => {
    const done = [
      step('info_event', '2026-10-01'),
      step('interview', '2026-10-08'),
      step('training', '2026-10-15'),
    ];
    expect(nextStepOf({ ...base, vettingSteps: done })).toBe('decision');
    expect(nextStepOf({ ...base, vettingSteps: done, status: 'approved' })).toBe('approved');
    expect(nextStepOf({ ...base, status: 'paused' })).toBe('paused');
  });
});
