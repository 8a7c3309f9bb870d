import type { SponsorshipSettingsResponse } from '@zusammen/shared/contracts';
import type { SettingsDraft } from './settings-draft';
import {
  invalidSettingsFields,
  parseDecimal,
  settingsDraftOf,
  settingsFieldsOf,
  settingsRequestOf,
  weightShares,
} from './settings-draft';

const STORED: SponsorshipSettingsResponse = {
  version: 4,
  weights: {
    language: 2,
    proximity: 2,
    availability: 1,
    lifeStage: 1,
    needsFit: 2,
    waitingBonus: 1.5,
    urgency: 0.5,
  },
  normalisedWeights: {
    language: 0.2,
    proximity: 0.2,
    availability: 0.1,
    lifeStage: 0.1,
    needsFit: 0.2,
    waitingBonus: 0.15,
    urgency: 0.05,
  },
  noContactDays: 21,
  trialMeetingsRequired: 3,
  minScore: 0.2,
  updatedAt: '2026-11-20T08:00:00.000Z',
  updatedBy: { id: 'u1', displayName: 'Programmleitung' },
};

const draft = (changes: Partial<SettingsDraft> = {}): SettingsDraft => ({
  ...settingsDraftOf(STORED),
  ...changes,
});

describe('settings draft', () => {
  it('round-trips the stored settings', () => {
    expect(settingsRequestOf(draft())).toEqual({
      weights: STORED.weights,
      noContactDays: 21,
      trialMeetingsRequired: 3,
      minScore: 0.2,
    });
  });

  it('reads a decimal comma and refuses text', () => {
    expect(parseDecimal(' 0,25 ')).toBe(0.25);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('viel')).toBeNull();
  });

  it('shows each weight as its share of the sum while typing', () => {
    const shares = weightShares(draft().weights);
    expect(shares.language).toBeCloseTo(0.2);
    expect(shares.urgency).toBeCloseTo(0.05);
    // An invalid weight has no share and counts as 0 for the others.
    const typing = weightShares({ ...draft().weights, language: 'x', proximity: '8' });
    expect(typing.language).toBeNull();
    expect(typing.proximity).toBeCloseTo(8 / 14);
  });

  it('has no shares when nothing is above 0', () => {
    const zero = Object.fromEntries(Object.keys(STORED.weights).map((c) => [c, '0']));
    const shares = weightShares(zero as SettingsDraft['weights']);
    expect(Object.values(shares).every((share) => share === null)).toBe(true);
  });

  it('names every field out of range, in form order', () => {
    expect(invalidSettingsFields(draft())).toEqual([]);
    expect(
      invalidSettingsFields(
        draft({
          weights: { ...draft().weights, proximity: '-1', urgency: '10.5' },
          noContactDays: '6',
          trialMeetingsRequired: '2.5',
          minScore: '1.01',
        }),
      ),
    ).toEqual([
      'weights.proximity',
      'weights.urgency',
      'noContactDays',
      'trialMeetingsRequired',
      'minScore',
    ]);
    expect(
      invalidSettingsFields(draft({ noContactDays: '90', trialMeetingsRequired: '1' })),
    ).toEqual([]);
  });

  it('needs at least one weight above 0', () => {
    const zero = Object.fromEntries(Object.keys(STORED.weights).map((c) => [c, '0']));
    expect(invalidSettingsFields(draft({ weights: zero as SettingsDraft['weights'] }))).toEqual([
      'weights',
    ]);
    expect(() => settingsRequestOf(draft({ weights: zero as SettingsDraft['weights'] }))).toThrow();
  });

  it('maps the server’s field names to the form, unknown ones to the form as a whole', () => {
    expect(settingsFieldsOf(['minScore', 'weights.language'])).toEqual([
      'weights.language',
      'minScore',
    ]);
    expect(settingsFieldsOf(['weights'])).toEqual(['weights']);
    expect(settingsFieldsOf(['weights.colour'])).toEqual(['weights']);
    expect(settingsFieldsOf(['somethingElse'])).toEqual(['form']);
    expect(settingsFieldsOf([])).toEqual(['form']);
  });
});
