import type { PairingDetail, PairingSummary } from '@zusammen/shared/contracts';

/** Pairings as the volunteer API returns them, for the specs of this folder. */
export const OFFERED_PAIRING: PairingDetail = {
  id: 'p1',
  state: 'offered',
  commitmentMonths: 6,
  family: {
    id: 'f1',
    // the API names the family only from intro_scheduled on
    contactName: null,
    district: 'gemen',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'de', level: 'basic' },
    ],
    members: [
      { alias: null, ageBand: '27-64' },
      { alias: null, ageBand: '6-11', gender: 'male' },
    ],
    needs: ['school', 'german'],
    contactChannel: null,
    contactPhone: null,
  },
  volunteer: { id: 'v1', displayName: 'Vera Volk', email: null, phone: null },
  coordinator: { id: 's1', displayName: 'Martina Terhorst' },
  introAt: null,
  introPlace: null,
  trialStartedOn: null,
  activeSince: null,
  pausedUntil: null,
  endedOn: null,
  endKind: null,
  endReason: null,
  proposal: { id: 'mp1', score: 0.81, weightsVersion: 1, overrideReason: null },
  history: [
    {
      from: null,
      to: 'offered',
      action: 'offer',
      at: '2026-11-25T09:00:00.000Z',
      by: { id: 's1', displayName: 'Martina Terhorst' },
      reason: null,
      note: null,
    },
  ],
  checkIns: [],
  allowedActions: ['accept', 'decline'],
  trialMeetings: { done: 0, required: 3 },
  attention: ['offer_waiting'],
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
};

/** The same pairing in its trial: contact shared, one contact logged. */
export const TRIAL_PAIRING: PairingDetail = {
  ...OFFERED_PAIRING,
  state: 'trial',
  family: {
    ...OFFERED_PAIRING.family,
    contactName: 'Amal',
    members: [
      { alias: 'Amal', ageBand: '27-64' },
      { alias: 'Sami', ageBand: '6-11', gender: 'male' },
    ],
    contactChannel: 'phone',
    contactPhone: '+49 2861 12 34',
  },
  introAt: '2026-11-27T14:00:00.000Z',
  introPlace: 'Haus der Begegnung, Raum 2',
  trialStartedOn: '2026-11-27',
  checkIns: [
    {
      id: 'c1',
      occurredOn: '2026-11-27',
      kind: 'meeting',
      durationMinutes: 90,
      topics: ['school', 'german'],
      pulse: 4,
      note: 'Erstes Treffen, sehr nett.',
      noteVisibility: 'shared',
      enteredBy: 'volunteer',
      author: { id: 'u1', displayName: 'Vera Volk' },
      createdAt: '2026-11-27T18:00:00.000Z',
    },
  ],
  allowedActions: ['end'],
  trialMeetings: { done: 1, required: 3 },
  attention: [],
};

export function summaryOf(
  pairing: PairingDetail,
  changes: Partial<PairingSummary> = {},
): PairingSummary {
  return {
    id: pairing.id,
    state: pairing.state,
    family: {
      id: pairing.family.id,
      contactName: pairing.family.contactName,
      district: pairing.family.district,
    },
    volunteer: { id: pairing.volunteer.id, displayName: pairing.volunteer.displayName },
    coordinator: pairing.coordinator,
    stateSince: pairing.updatedAt,
    lastContactOn: null,
    checkInCount: pairing.checkIns.length,
    attention: pairing.attention,
    ...changes,
  };
}
