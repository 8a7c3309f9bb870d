import type { AttentionReason } from '@zusammen/shared/contracts';
import { type AttentionInputs, attentionReasons } from './attention-rules';

/** 2026-11-26 10:00 in Borken (CET, UTC+1). */
const NOW = new Date('2026-11-26T09:00:00Z');
const THRESHOLDS = { noContactDays: 21, trialMeetingsRequired: 3 };
const HOUR = 60 * 60 * 1000;
const hoursBefore = (hours: number) => new Date(NOW.getTime() - hours * HOUR);

const BASE: AttentionInputs = {
  state: 'active',
  stateSince: new Date('2026-09-01T08:00:00Z'),
  introAt: null,
  trialStartedOn: '2026-08-01',
  lastContactOn: '2026-11-20',
  trialMeetingsDone: 4,
  recentPulses: [4, 5],
};

const reasons = (
  input: Partial<AttentionInputs>,
  now = NOW,
  thresholds = THRESHOLDS,
): AttentionReason[] => attentionReasons({ ...BASE, ...input }, thresholds, now);

describe('attention rules', () => {
  it('an active pairing with a recent contact and good pulses needs nothing', () => {
    expect(reasons({})).toEqual([]);
  });

  describe('no_contact', () => {
    it('raises when the last contact is exactly noContactDays ago (Borken days)', () => {
      expect(reasons({ lastContactOn: '2026-11-05' })).toEqual(['no_contact']);
    });

    it('stays quiet one day before the threshold', () => {
      expect(reasons({ lastContactOn: '2026-11-06' })).toEqual([]);
    });

    it('counts from the trial start when nothing was logged yet', () => {
      expect(
        reasons({
          state: 'trial',
          lastContactOn: null,
          trialStartedOn: '2026-11-05',
          trialMeetingsDone: 0,
        }),
      ).toEqual(['no_contact']);
      expect(
        reasons({
          state: 'trial',
          lastContactOn: null,
          trialStartedOn: '2026-11-06',
          trialMeetingsDone: 0,
        }),
      ).toEqual([]);
    });

    it('uses Borken’s date, not UTC: 23:30 UTC on 25 Nov is already the 26th in Borken', () => {
      const lateEvening = new Date('2026-11-25T23:30:00Z');
      expect(reasons({ lastContactOn: '2026-11-05' }, lateEvening)).toEqual(['no_contact']);
      expect(reasons({ lastContactOn: '2026-11-05' }, new Date('2026-11-25T22:30:00Z'))).toEqual(
        [],
      );
    });

    it('follows the configured number of days', () => {
      expect(
        reasons({ lastContactOn: '2026-11-19' }, NOW, { ...THRESHOLDS, noContactDays: 7 }),
      ).toEqual(['no_contact']);
    });

    it('does not apply to paused, ended or not yet started pairings', () => {
      for (const state of ['paused', 'ended', 'intro_scheduled'] as const)
        expect(reasons({ state, lastContactOn: '2026-01-01' })).not.toContain('no_contact');
    });
  });

  describe('offer_waiting', () => {
    const offered = {
      state: 'offered' as const,
      trialStartedOn: null,
      lastContactOn: null,
      recentPulses: [],
    };

    it('raises once the offer has waited seven days', () => {
      expect(reasons({ ...offered, stateSince: hoursBefore(7 * 24) })).toEqual(['offer_waiting']);
    });

    it('stays quiet a minute earlier', () => {
      expect(
        reasons({ ...offered, stateSince: new Date(hoursBefore(7 * 24).getTime() + 60_000) }),
      ).toEqual([]);
    });

    it('does not apply once accepted', () => {
      expect(reasons({ ...offered, state: 'accepted', stateSince: hoursBefore(30 * 24) })).toEqual(
        [],
      );
    });
  });

  describe('intro_overdue', () => {
    const scheduled = {
      state: 'intro_scheduled' as const,
      trialStartedOn: null,
      lastContactOn: null,
      recentPulses: [],
    };

    it('raises when the first meeting is more than two days past and not recorded', () => {
      expect(reasons({ ...scheduled, introAt: new Date(hoursBefore(48).getTime() - 1) })).toEqual([
        'intro_overdue',
      ]);
    });

    it('stays quiet at exactly two days and for a meeting still ahead', () => {
      expect(reasons({ ...scheduled, introAt: hoursBefore(48) })).toEqual([]);
      expect(reasons({ ...scheduled, introAt: new Date(NOW.getTime() + HOUR) })).toEqual([]);
    });
  });

  describe('trial_ready', () => {
    it('raises in the trial once the required contacts are logged', () => {
      expect(reasons({ state: 'trial', trialMeetingsDone: 3 })).toEqual(['trial_ready']);
    });

    it('stays quiet with one contact missing, and outside the trial', () => {
      expect(reasons({ state: 'trial', trialMeetingsDone: 2 })).toEqual([]);
      expect(reasons({ state: 'active', trialMeetingsDone: 9 })).toEqual([]);
    });
  });

  describe('low_pulse', () => {
    it('raises when the last two pulses are both 2 or lower', () => {
      expect(reasons({ recentPulses: [2, 1] })).toEqual(['low_pulse']);
    });

    it('stays quiet when only one of the two is low, or only one pulse exists', () => {
      expect(reasons({ recentPulses: [1, 3] })).toEqual([]);
      expect(reasons({ recentPulses: [3, 1] })).toEqual([]);
      expect(reasons({ recentPulses: [1] })).toEqual([]);
    });

    it('does not apply to an ended pairing', () => {
      expect(reasons({ state: 'ended', recentPulses: [1, 1] })).toEqual([]);
    });
  });

  it('lists several reasons in ATTENTION_REASONS order', () => {
    expect(
      reasons({
        state: 'trial',
        lastContactOn: '2026-10-01',
        trialMeetingsDone: 3,
        recentPulses: [1, 2],
      }),
    ).toEqual(['no_contact', 'trial_ready', 'low_pulse']);
  });
});
