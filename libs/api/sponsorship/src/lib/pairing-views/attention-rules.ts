import {
  ATTENTION_REASONS,
  type AttentionReason,
  CHECK_IN_STATES,
  type PairingState,
} from '@zusammen/shared/contracts';
import { daysBetween } from '../follow-up/follow-up-dates';
import { NO_CONTACT_STATES } from '../follow-up/no-contact-alerts';
import { todayInBorken } from '../volunteer/calendar-dates';

/**
 * The "needs attention" queue (sponsorship.md § 5.7). The list query computes these inputs per pairing in SQL
 * (attention-sql.ts); the decision is made here, and the SQL filter for `attention=1` repeats the same
 * thresholds (an integration spec checks both agree).
 */

/** An offer nobody answered for this long (a week, counted in hours so DST changes nothing). */
export const OFFER_WAITING_HOURS = 7 * 24;
/** The first meeting was due more than this long ago and nobody recorded it. */
export const INTRO_OVERDUE_HOURS = 2 * 24;
/** A pulse at or below this is a bad sign; the last two pulses logged both being so raises `low_pulse`. */
export const LOW_PULSE_MAX = 2;
export const LOW_PULSE_COUNT = 2;

export interface AttentionInputs {
  state: PairingState;
  stateSince: Date;
  introAt: Date | null;
  /** YYYY-MM-DD. */
  trialStartedOn: string | null;
  /** Latest `check_in.occurred_on`, YYYY-MM-DD. */
  lastContactOn: string | null;
  /** Contacts on or after `trialStartedOn`. */
  trialMeetingsDone: number;
  /** The newest pulses logged, newest first, at most {@link LOW_PULSE_COUNT}. */
  recentPulses: readonly number[];
}

export interface AttentionThresholds {
  noContactDays: number;
  trialMeetingsRequired: number;
}

const HOUR_MS = 60 * 60 * 1000;

function olderThan(instant: Date, hours: number, now: Date): boolean {
  return now.getTime() - instant.getTime() >= hours * HOUR_MS;
}

const RULES: Record<
  AttentionReason,
  (input: AttentionInputs, thresholds: AttentionThresholds, now: Date) => boolean
> = {
  no_contact: (input, { noContactDays }, now) => {
    if (!(NO_CONTACT_STATES as readonly string[]).includes(input.state)) return false;
    const since = input.lastContactOn ?? input.trialStartedOn;
    return since !== null && daysBetween(since, todayInBorken(now)) >= noContactDays;
  },
  offer_waiting: (input, _thresholds, now) =>
    input.state === 'offered' && olderThan(input.stateSince, OFFER_WAITING_HOURS, now),
  intro_overdue: (input, _thresholds, now) =>
    input.state === 'intro_scheduled' &&
    input.introAt !== null &&
    now.getTime() - input.introAt.getTime() > INTRO_OVERDUE_HOURS * HOUR_MS,
  trial_ready: (input, { trialMeetingsRequired }) =>
    input.state === 'trial' && input.trialMeetingsDone >= trialMeetingsRequired,
  low_pulse: (input) =>
    CHECK_IN_STATES.includes(input.state) &&
    input.recentPulses.length >= LOW_PULSE_COUNT &&
    input.recentPulses.slice(0, LOW_PULSE_COUNT).every((pulse) => pulse <= LOW_PULSE_MAX),
};

/** Why the pairing needs a coordinator's look at `now`, in ATTENTION_REASONS order (empty when all is well). */
export function attentionReasons(
  input: AttentionInputs,
  thresholds: AttentionThresholds,
  now: Date,
): AttentionReason[] {
  return ATTENTION_REASONS.filter((reason) => RULES[reason](input, thresholds, now));
}
