import type { FieldErrors } from '@zusammen/api/core';
import {
  CHECK_IN_STATES,
  type CheckInEnteredBy,
  type CheckInRequest,
  type NoteVisibility,
  type PairingActor,
  type PairingState,
} from '@zusammen/shared/contracts';

/** The bounds of a contact; the CHECK constraints of `check_in` (pairing/check-in.entity.ts) are built from it. */
export const CHECK_IN_LIMITS = {
  durationMinutes: { min: 5, max: 600 },
  pulse: { min: 1, max: 5 },
  noteMaxLength: 2000,
} as const;

export const STAFF_ENTERED_BY = ['staff', 'proxy'] as const;
export type StaffEnteredBy = (typeof STAFF_ENTERED_BY)[number];

/** Invariant 8: contacts only in trial, active or paused pairings. */
export function checkInAllowed(state: PairingState): boolean {
  return CHECK_IN_STATES.includes(state);
}

/**
 * A contact happened on a day in Borken: not after `today`, and not before the trial started (contacts before
 * the moderated first meeting are not part of the pairing).
 */
export function checkInDateProblems(
  occurredOn: string,
  pairing: { trialStartedOn: string | null },
  today: string,
): FieldErrors {
  if (occurredOn > today) return { occurredOn: [`occurredOn must not be after today (${today})`] };
  if (pairing.trialStartedOn !== null && occurredOn < pairing.trialStartedOn)
    return {
      occurredOn: [`occurredOn must not be before the trial started (${pairing.trialStartedOn})`],
    };
  return {};
}

/**
 * Who entered the contact and who may read its note: a volunteer always enters as `volunteer` with a shared
 * note (the CHECK `ck_check_in_volunteer_note_shared` says the same); staff enter as `staff` unless they say
 * `proxy`, with a shared note unless they say `staff_only`.
 */
export function checkInAuthorship(
  request: Pick<CheckInRequest, 'enteredBy' | 'noteVisibility'>,
  as: PairingActor,
): { enteredBy: CheckInEnteredBy; noteVisibility: NoteVisibility } {
  if (as === 'volunteer') return { enteredBy: 'volunteer', noteVisibility: 'shared' };
  return {
    enteredBy: request.enteredBy ?? 'staff',
    noteVisibility: request.noteVisibility ?? 'shared',
  };
}
