import type { CheckInKind, CheckInRequest, SupportArea } from '@zusammen/shared/contracts';

export const STAFF_CHECK_IN_MINUTES_MIN = 5;
export const STAFF_CHECK_IN_MINUTES_MAX = 600;
export const STAFF_CHECK_IN_NOTE_MAX = 2000;
export const PULSE_SCALE = [1, 2, 3, 4, 5] as const;

/** The staff check-in form: everything as typed, checked by `staffCheckInRequestOf`. */
export interface StaffCheckInDraft {
  occurredOn: string;
  kind: CheckInKind | '';
  /** As typed into the number field. */
  durationMinutes: string;
  topics: readonly SupportArea[];
  /** 1–5, or null when not asked or not given. */
  pulse: number | null;
  note: string;
  /** Entered for the family (e.g. with an interpreter): `enteredBy: 'proxy'`, else `staff`. */
  proxy: boolean;
  /** The note stays with the staff (`noteVisibility: 'staff_only'`). */
  staffOnly: boolean;
}

export function emptyStaffCheckInDraft(today: string): StaffCheckInDraft {
  return {
    occurredOn: today,
    kind: '',
    durationMinutes: '',
    topics: [],
    pulse: null,
    note: '',
    proxy: false,
    staffOnly: false,
  };
}

/** Fields in form order (the error summary lists them so). */
export const STAFF_CHECK_IN_FIELDS = [
  'occurredOn',
  'kind',
  'durationMinutes',
  'topics',
  'note',
] as const;
export type StaffCheckInField = (typeof STAFF_CHECK_IN_FIELDS)[number];
export type StaffCheckInProblem = 'required' | 'future' | 'beforeTrial' | 'range' | 'tooLong';
export type StaffCheckInErrors = Partial<Record<StaffCheckInField, StaffCheckInProblem>>;

export type StaffCheckInResult =
  { ok: true; request: CheckInRequest } | { ok: false; errors: StaffCheckInErrors };

/**
 * Checks the form as the API does (date not in the future nor before the trial started, 5–600 minutes,
 * at least one topic, note ≤ 2,000 characters) and builds the staff request.
 */
export function staffCheckInRequestOf(
  draft: StaffCheckInDraft,
  limits: { today: string; trialStartedOn: string | null },
): StaffCheckInResult {
  const errors: StaffCheckInErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.occurredOn)) errors.occurredOn = 'required';
  else if (draft.occurredOn > limits.today) errors.occurredOn = 'future';
  else if (limits.trialStartedOn && draft.occurredOn < limits.trialStartedOn.slice(0, 10)) {
    errors.occurredOn = 'beforeTrial';
  }
  if (draft.kind === '') errors.kind = 'required';
  const typed = draft.durationMinutes.trim();
  const minutes = Number(typed);
  if (typed === '') errors.durationMinutes = 'required';
  else if (
    !Number.isInteger(minutes) ||
    minutes < STAFF_CHECK_IN_MINUTES_MIN ||
    minutes > STAFF_CHECK_IN_MINUTES_MAX
  ) {
    errors.durationMinutes = 'range';
  }
  if (draft.topics.length === 0) errors.topics = 'required';
  const note = draft.note.trim();
  if (note.length > STAFF_CHECK_IN_NOTE_MAX) errors.note = 'tooLong';
  if (Object.keys(errors).length > 0 || draft.kind === '') return { ok: false, errors };

  const request: CheckInRequest = {
    occurredOn: draft.occurredOn,
    kind: draft.kind,
    durationMinutes: minutes,
    topics: [...draft.topics],
    enteredBy: draft.proxy ? 'proxy' : 'staff',
    noteVisibility: draft.staffOnly ? 'staff_only' : 'shared',
  };
  if (draft.pulse !== null) request.pulse = draft.pulse;
  if (note !== '') request.note = note;
  return { ok: true, request };
}
