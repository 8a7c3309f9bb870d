import { sqlList } from '@zusammen/api/core';
import { CHECK_IN_STATES } from '@zusammen/shared/contracts';
import { NO_CONTACT_STATES } from '../follow-up/no-contact-alerts';
import {
  type AttentionInputs,
  INTRO_OVERDUE_HOURS,
  LOW_PULSE_COUNT,
  LOW_PULSE_MAX,
  OFFER_WAITING_HOURS,
} from './attention-rules';

/**
 * The SQL half of the attention rules: per pairing `p`, the inputs of {@link AttentionInputs} (joined as
 * `contacts`) and, for the `attention=1` filter, the same decision written as a WHERE condition.
 */

/** LATERAL join that adds `contacts.last_contact_on`, `check_in_count`, `trial_meetings_done`, `recent_pulses`. */
export const ATTENTION_INPUTS_JOIN = `CROSS JOIN LATERAL (
    SELECT max(c.occurred_on)::text AS last_contact_on,
           count(*)::int AS check_in_count,
           count(*) FILTER (WHERE c.occurred_on >= p.trial_started_on)::int AS trial_meetings_done,
           ARRAY(SELECT r.pulse FROM check_in r
                  WHERE r.pairing_id = p.id AND r.pulse IS NOT NULL
                  ORDER BY r.occurred_on DESC, r.created_at DESC, r.id DESC
                  LIMIT ${LOW_PULSE_COUNT}) AS recent_pulses
      FROM check_in c WHERE c.pairing_id = p.id
  ) contacts`;

/** Columns of `p` and `contacts` the rules need, under the names {@link attentionInputsOf} reads. */
export const ATTENTION_INPUT_COLUMNS = `p.state, p.state_since, p.intro_at,
  p.trial_started_on::text AS trial_started_on, contacts.last_contact_on, contacts.check_in_count,
  contacts.trial_meetings_done, contacts.recent_pulses`;

export interface AttentionInputRow {
  state: AttentionInputs['state'];
  state_since: Date;
  intro_at: Date | null;
  trial_started_on: string | null;
  last_contact_on: string | null;
  trial_meetings_done: number;
  recent_pulses: number[];
}

export function attentionInputsOf(row: AttentionInputRow): AttentionInputs {
  return {
    state: row.state,
    stateSince: row.state_since,
    introAt: row.intro_at,
    trialStartedOn: row.trial_started_on,
    lastContactOn: row.last_contact_on,
    trialMeetingsDone: row.trial_meetings_done,
    recentPulses: row.recent_pulses,
  };
}

/**
 * True when {@link attentionReasons} would return at least one reason. The placeholders are the positions of
 * the parameters `now` (timestamptz), `today` (Borken date), `noContactDays` and `trialMeetingsRequired`.
 */
export function attentionCondition(params: {
  now: string;
  today: string;
  noContactDays: string;
  trialMeetingsRequired: string;
}): string {
  const { now, today, noContactDays, trialMeetingsRequired } = params;
  return `(
    (p.state IN (${sqlList(NO_CONTACT_STATES)})
      AND ${today}::date - COALESCE(contacts.last_contact_on::date, p.trial_started_on) >= ${noContactDays}::int)
    OR (p.state = 'offered' AND p.state_since <= ${now}::timestamptz - interval '${OFFER_WAITING_HOURS} hours')
    OR (p.state = 'intro_scheduled' AND p.intro_at < ${now}::timestamptz - interval '${INTRO_OVERDUE_HOURS} hours')
    OR (p.state = 'trial' AND contacts.trial_meetings_done >= ${trialMeetingsRequired}::int)
    OR (p.state IN (${sqlList(CHECK_IN_STATES)})
      AND cardinality(contacts.recent_pulses) >= ${LOW_PULSE_COUNT}
      AND ${LOW_PULSE_MAX} >= ALL (contacts.recent_pulses))
  )`;
}
