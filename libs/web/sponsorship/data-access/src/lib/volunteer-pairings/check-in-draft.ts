import type { CheckInKind, CheckInRequest, SupportArea } from '@zusammen/shared/contracts';
import { CHECK_IN_KINDS } from '@zusammen/shared/contracts';

/** How long a contact may last, in minutes (CheckInRequest.durationMinutes). */
export const CHECK_IN_DURATION = { min: 5, max: 600 } as const;
export const CHECK_IN_NOTE_MAX_LENGTH = 2000;
/** "How did it go?", 1 (badly) to 5 (very well). */
export const CHECK_IN_PULSES = [1, 2, 3, 4, 5] as const;

export interface CheckInDraft {
  /** YYYY-MM-DD. */
  occurredOn: string;
  kind: CheckInKind | '';
  /** As typed, so an unfinished number is not lost. */
  durationMinutes: string;
  topics: readonly SupportArea[];
  pulse: number | null;
  note: string;
}

/** Form fields, named like the request (the server's 422 field names map onto them), in form order. */
export const CHECK_IN_FIELDS = [
  'occurredOn',
  'kind',
  'durationMinutes',
  'topics',
  'pulse',
  'note',
] as const;
export type CheckInField = (typeof CHECK_IN_FIELDS)[number];
export type CheckInProblem = 'missing' | 'future' | 'beforeTrial' | 'range' | 'tooLong' | 'invalid';
export type CheckInProblems = Partial<Record<CheckInField, CheckInProblem>>;

export function emptyCheckInDraft(today: string): CheckInDraft {
  return { occurredOn: today, kind: '', durationMinutes: '', topics: [], pulse: null, note: '' };
}

const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * What is missing or wrong before the contact can be sent. `today` is the Borken date; `trialStartedOn`
 * the first day a contact may have happened (none before the trial).
 */
export function checkInProblems(
  draft: CheckInDraft,
  today: string,
  trialStartedOn: string | null,
): CheckInProblems {
  const problems: CheckInProblems = {};
  if (!isDay(draft.occurredOn)) problems.occurredOn = 'missing';
  else if (draft.occurredOn > today) problems.occurredOn = 'future';
  else if (trialStartedOn && draft.occurredOn < trialStartedOn.slice(0, 10)) {
    problems.occurredOn = 'beforeTrial';
  }
  if (!(CHECK_IN_KINDS as readonly string[]).includes(draft.kind)) problems.kind = 'missing';
  const minutes = draft.durationMinutes.trim();
  if (minutes === '') problems.durationMinutes = 'missing';
  else if (!isWholeMinutesInRange(minutes)) problems.durationMinutes = 'range';
  if (draft.topics.length === 0) problems.topics = 'missing';
  if (draft.note.trim().length > CHECK_IN_NOTE_MAX_LENGTH) problems.note = 'tooLong';
  return problems;
}

function isWholeMinutesInRange(text: string): boolean {
  if (!/^\d+$/.test(text)) return false;
  const minutes = Number(text);
  return minutes >= CHECK_IN_DURATION.min && minutes <= CHECK_IN_DURATION.max;
}

/** The request for a checked draft (see `checkInProblems`). */
export function checkInRequestOf(draft: CheckInDraft): CheckInRequest {
  const kind = CHECK_IN_KINDS.find((k) => k === draft.kind) ?? 'meeting';
  const note = draft.note.trim();
  return {
    occurredOn: draft.occurredOn,
    kind,
    durationMinutes: Number(draft.durationMinutes.trim()),
    topics: [...draft.topics],
    ...(draft.pulse !== null ? { pulse: draft.pulse } : {}),
    ...(note ? { note } : {}),
  };
}

/** The form fields a 422 answer names (nested paths such as `topics.0` count for their top field). */
export function checkInFieldsOf(fieldNames: readonly string[]): CheckInField[] {
  const named = new Set(fieldNames.map((path) => path.split(/[.[]/)[0]));
  return CHECK_IN_FIELDS.filter((field) => named.has(field));
}
