import type {
  DeclineReason,
  EndReason,
  PairingTransitionRequest,
} from '@zusammen/shared/contracts';
import { DECLINE_REASONS, END_REASONS, STAFF_ONLY_END_REASONS } from '@zusammen/shared/contracts';

/** The volunteer's actions that need a form (accept and resume are one click). */
export type PairingFormAction = 'decline' | 'pause' | 'end';

/** End reasons a volunteer may give; safeguarding is recorded by staff only. */
export const VOLUNTEER_END_REASONS: readonly EndReason[] = END_REASONS.filter(
  (reason) => !STAFF_ONLY_END_REASONS.includes(reason),
);

/** Longest free text of a state change (PairingTransitionRequest.note). */
export const TRANSITION_NOTE_MAX_LENGTH = 1000;

export interface PairingActionDraft {
  /** A decline reason (decline) or end reason (end); empty until chosen. */
  reason: string;
  /** Expected resume date (pause), YYYY-MM-DD. */
  resumeOn: string;
  note: string;
}

/** Fields of the action forms, named like the request (so the server's 422 field names map onto them). */
export const PAIRING_ACTION_FIELDS = ['declineReason', 'endReason', 'resumeOn', 'note'] as const;
export type PairingActionField = (typeof PAIRING_ACTION_FIELDS)[number];
export type PairingActionProblem = 'missing' | 'tooLong' | 'notFuture' | 'invalid';
export type PairingActionProblems = Partial<Record<PairingActionField, PairingActionProblem>>;

export function emptyPairingActionDraft(): PairingActionDraft {
  return { reason: '', resumeOn: '', note: '' };
}

/** A note is required for a pause and an end, and for a decline with the reason "other". */
export function noteRequired(action: PairingFormAction, reason: string): boolean {
  return action !== 'decline' || reason === 'other';
}

const isDeclineReason = (value: string): value is DeclineReason =>
  (DECLINE_REASONS as readonly string[]).includes(value);
const isVolunteerEndReason = (value: string): value is EndReason =>
  (VOLUNTEER_END_REASONS as readonly string[]).includes(value);

/** What is missing or wrong before the form can be sent (`today` = YYYY-MM-DD in Borken). */
export function pairingActionProblems(
  action: PairingFormAction,
  draft: PairingActionDraft,
  today: string,
): PairingActionProblems {
  const problems: PairingActionProblems = {};
  if (action === 'decline' && !isDeclineReason(draft.reason)) problems.declineReason = 'missing';
  if (action === 'end' && !isVolunteerEndReason(draft.reason)) problems.endReason = 'missing';
  if (action === 'pause') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.resumeOn)) problems.resumeOn = 'missing';
    else if (draft.resumeOn <= today) problems.resumeOn = 'notFuture';
  }
  const note = draft.note.trim();
  if (note.length > TRANSITION_NOTE_MAX_LENGTH) problems.note = 'tooLong';
  else if (note === '' && noteRequired(action, draft.reason)) problems.note = 'missing';
  return problems;
}

/** The request for a checked draft (see `pairingActionProblems`). */
export function pairingActionRequestOf(
  action: PairingFormAction,
  draft: PairingActionDraft,
): PairingTransitionRequest {
  const note = draft.note.trim();
  const withNote = note ? { note } : {};
  switch (action) {
    case 'decline':
      return {
        action,
        declineReason: isDeclineReason(draft.reason) ? draft.reason : 'other',
        ...withNote,
      };
    case 'pause':
      return { action, resumeOn: draft.resumeOn, ...withNote };
    case 'end':
      return {
        action,
        endReason: isVolunteerEndReason(draft.reason) ? draft.reason : 'life_change',
        ...withNote,
      };
  }
}

/** The form fields a 422 answer names (nested paths count for their top field), in form order. */
export function pairingActionFieldsOf(fieldNames: readonly string[]): PairingActionField[] {
  const named = new Set(fieldNames.map((path) => path.split(/[.[]/)[0]));
  return PAIRING_ACTION_FIELDS.filter((field) => named.has(field));
}
