import type { FieldErrors } from '@zusammen/api/core';
import {
  PAIRING_TRANSITIONS,
  STAFF_ONLY_END_REASONS,
  type CommitmentMonths,
  type EndKind,
  type EndReason,
  type FamilyStatus,
  type PairExclusionCause,
  type PairingAction,
  type PairingActor,
  type PairingState,
  type PairingTransitionRequest,
} from '@zusammen/shared/contracts';
import { addMonths, isCalendarDate } from '../volunteer/calendar-dates';
import { INTRO_PLACE_MAX_LENGTH } from './pairing.entity';
import { TRANSITION_NOTE_MAX_LENGTH } from './pairing-transition.entity';

/** The request fields that belong to one action only (`note` fits every action). */
const ACTION_FIELDS = ['declineReason', 'introAt', 'introPlace', 'resumeOn', 'endReason'] as const;
type ActionField = (typeof ACTION_FIELDS)[number];

const FIELDS_OF: Record<PairingAction, readonly ActionField[]> = {
  accept: [],
  decline: ['declineReason'],
  schedule_intro: ['introAt', 'introPlace'],
  hold_intro: [],
  confirm: [],
  pause: ['resumeOn'],
  resume: [],
  end: ['endReason'],
};

/** An ISO 8601 date-time with its offset (`2026-12-03T17:30:00+01:00` or `…Z`): a moment, not a wall time. */
const DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Invariant 7: whether the table lets this actor take this action in this state. */
export function isTransitionAllowed(
  state: PairingState,
  action: PairingAction,
  actor: PairingActor,
): boolean {
  const rule = PAIRING_TRANSITIONS[action];
  return rule.from.includes(state) && rule.actors.includes(actor);
}

export interface TransitionClock {
  now: Date;
  /** Borken's date at `now` (YYYY-MM-DD). */
  today: string;
}

/**
 * What is wrong with the inputs of a transition request, per field (empty when nothing): each action's
 * required fields, no fields of other actions, dates in the future, `safeguarding` for staff only.
 * Lengths and vocabularies are checked by the DTO already; they are repeated here so the rule stands alone.
 */
export function transitionInputProblems(
  request: PairingTransitionRequest,
  actor: PairingActor,
  clock: TransitionClock,
): FieldErrors {
  const problems: FieldErrors = {};
  const add = (field: string, message: string) => {
    (problems[field] ??= []).push(message);
  };
  const own = FIELDS_OF[request.action];
  for (const field of ACTION_FIELDS) {
    if (request[field] !== undefined && !own.includes(field))
      add(field, `${field} is not used by ${request.action}`);
  }
  const note = request.note?.trim() ?? '';
  if (note.length > TRANSITION_NOTE_MAX_LENGTH)
    add('note', `note must be at most ${TRANSITION_NOTE_MAX_LENGTH} characters`);

  switch (request.action) {
    case 'decline':
      if (request.declineReason === undefined) add('declineReason', 'declineReason is required');
      else if (request.declineReason === 'other' && note === '')
        add('note', 'note is required when the reason is other');
      break;
    case 'schedule_intro': {
      if (request.introAt === undefined) add('introAt', 'introAt is required');
      else if (!DATE_TIME_WITH_OFFSET.test(request.introAt) || isNaN(Date.parse(request.introAt)))
        add('introAt', 'introAt must be an ISO 8601 date-time with offset');
      else if (Date.parse(request.introAt) <= clock.now.getTime())
        add('introAt', 'introAt must be in the future');
      const place = request.introPlace?.trim() ?? '';
      if (place === '') add('introPlace', 'introPlace is required');
      else if (place.length > INTRO_PLACE_MAX_LENGTH)
        add('introPlace', `introPlace must be at most ${INTRO_PLACE_MAX_LENGTH} characters`);
      break;
    }
    case 'pause':
      if (request.resumeOn === undefined) add('resumeOn', 'resumeOn is required');
      else if (!isCalendarDate(request.resumeOn))
        add('resumeOn', 'resumeOn must be a date written YYYY-MM-DD');
      else if (request.resumeOn <= clock.today) add('resumeOn', 'resumeOn must be in the future');
      if (note === '') add('note', 'note is required to pause');
      break;
    case 'end':
      if (request.endReason === undefined) add('endReason', 'endReason is required');
      else if (actor !== 'staff' && STAFF_ONLY_END_REASONS.includes(request.endReason))
        add('endReason', `${request.endReason} is for staff only`);
      if (note === '') add('note', 'note is required to end');
      break;
    default:
      break;
  }
  return problems;
}

export interface EndFacts {
  /** The state the pairing ends from (trial, active or paused). */
  from: PairingState;
  activeSince: string | null;
  commitmentMonths: CommitmentMonths;
  /** Borken's date of the end (YYYY-MM-DD). */
  today: string;
}

/**
 * The end kind (sponsorship.md § 6, "premature = ended before active_since + commitment_months"): a trial that
 * ends was not continued; otherwise planned once the commitment was reached (on its last day or later),
 * else premature.
 */
export function deriveEndKind(facts: EndFacts): EndKind {
  if (facts.from === 'trial') return 'trial_not_continued';
  if (facts.activeSince === null)
    throw new Error(`a pairing ending from ${facts.from} has no active_since`);
  return facts.today >= addMonths(facts.activeSince, facts.commitmentMonths)
    ? 'planned'
    : 'premature';
}

/** Premature ends and trials not continued keep the pair apart for good (invariant 3); planned ends do not. */
export function exclusionCauseForEnd(kind: EndKind): PairExclusionCause | null {
  return kind === 'planned' ? null : 'dissolved';
}

/** Ends after which the family needs nobody new. */
const CLOSING_END_REASONS: readonly EndReason[] = ['completed', 'family_independent'];

/** After an end the family is done, or waits again (rematch without blame, with a fresh waiting time). */
export function familyStatusAfterEnd(
  reason: EndReason,
): Extract<FamilyStatus, 'closed' | 'waiting'> {
  return CLOSING_END_REASONS.includes(reason) ? 'closed' : 'waiting';
}

export interface TransitionRecipient {
  userId: string;
  audience: 'volunteer' | 'staff';
}

/** Who hears about a transition: the volunteer and the coordinator, never the person who acted. */
export function transitionRecipients(people: {
  volunteerUserId: string;
  coordinatorId: string | null;
  actorId: string;
}): TransitionRecipient[] {
  const recipients: TransitionRecipient[] = [];
  if (people.volunteerUserId !== people.actorId)
    recipients.push({ userId: people.volunteerUserId, audience: 'volunteer' });
  if (
    people.coordinatorId !== null &&
    people.coordinatorId !== people.actorId &&
    people.coordinatorId !== people.volunteerUserId
  )
    recipients.push({ userId: people.coordinatorId, audience: 'staff' });
  return recipients;
}

/** `pairing.<action>` in the audit log's spelling (hyphens: `schedule_intro` → `pairing.schedule-intro`). */
export function pairingAuditAction(action: PairingAction | 'offered'): `pairing.${string}` {
  return `pairing.${action.replace(/_/g, '-')}`;
}
