import type {
  EventAudience,
  EventRequest,
  Locale,
  LocalizedText,
} from '@zusammen/shared/contracts';
import { EVENT_AUDIENCES, SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import { berlinLocalToIso } from './berlin-time';

// The API's limits (EVENT_LIMITS of the events DTO).
export const EVENT_TITLE_MAX_LENGTH = 200;
export const EVENT_DESCRIPTION_MAX_LENGTH = 4000;
/** Registration closes at most two weeks before each date. */
export const REGISTRATION_CLOSES_MAX_MINUTES = 14 * 24 * 60;
/** The minimum is checked at most two weeks before each date. */
export const MIN_DECISION_MAX_HOURS = 14 * 24;
export const DEFAULT_MIN_DECISION_HOURS = 48;

/** Title and description in one language; German comes first and cannot be removed. */
export interface EventTextDraft {
  locale: Locale;
  title: string;
  description: string;
}

/** The organizer's event form as typed (numbers stay text until checked). */
export interface EventDraft {
  bookingId: string;
  texts: EventTextDraft[];
  audience: EventAudience | '';
  public: boolean;
  languagesSpoken: Locale[];
  capacity: string;
  requiresApproval: boolean;
  waitlistEnabled: boolean;
  /** Empty: no minimum. */
  minParticipants: string;
  minDecisionHours: string;
  /** Empty date and time: registration is open at once. */
  registrationOpensDate: string;
  registrationOpensTime: string;
  registrationClosesMinutesBefore: string;
}

export function emptyEventDraft(): EventDraft {
  return {
    bookingId: '',
    texts: [{ locale: 'de', title: '', description: '' }],
    audience: 'everyone',
    public: true,
    languagesSpoken: ['de'],
    capacity: '',
    requiresApproval: false,
    waitlistEnabled: true,
    minParticipants: '',
    minDecisionHours: String(DEFAULT_MIN_DECISION_HOURS),
    registrationOpensDate: '',
    registrationOpensTime: '',
    registrationClosesMinutesBefore: '0',
  };
}

/** Languages the organizer may still add texts in. */
export function addableTextLocales(draft: EventDraft): Locale[] {
  const used = new Set(draft.texts.map((text) => text.locale));
  return SUPPORTED_LOCALES.filter((locale) => !used.has(locale));
}

export type EventDraftProblem =
  | 'required'
  | 'tooLong'
  | 'notWhole'
  | 'tooSmall'
  | 'aboveRoom'
  | 'aboveCapacity'
  | 'tooLarge'
  | 'incomplete'
  /** Server answers for the booking: it already carries an event, or it cannot carry one. */
  | 'taken'
  | 'notEligible';

/**
 * Problems by field. Text fields are keyed `title.<locale>` / `description.<locale>`; the others by their
 * draft name (`registrationOpens` for the date-and-time pair).
 */
export type EventDraftProblems = Partial<Record<string, EventDraftProblem>>;

function wholeNumber(value: string): number | null {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

function checkWhole(
  value: string,
  min: number,
  max: number,
  aboveMax: EventDraftProblem = 'tooLarge',
): EventDraftProblem | null {
  if (value.trim() === '') return 'required';
  const number = wholeNumber(value);
  if (number === null) return 'notWhole';
  if (number < min) return 'tooSmall';
  if (number > max) return aboveMax;
  return null;
}

/**
 * Checks the draft before it is sent. `roomCapacity` is the approved occupancy of the booked room (null while
 * unknown): an event never admits more people than the room may hold.
 */
export function eventDraftProblems(
  draft: EventDraft,
  roomCapacity: number | null,
): EventDraftProblems {
  const problems: EventDraftProblems = {};
  if (!draft.bookingId) problems['bookingId'] = 'required';
  for (const text of draft.texts) {
    const title = text.title.trim();
    if (!title) problems[`title.${text.locale}`] = 'required';
    else if (title.length > EVENT_TITLE_MAX_LENGTH) problems[`title.${text.locale}`] = 'tooLong';
    const description = text.description.trim();
    if (text.locale === 'de' && !description) problems['description.de'] = 'required';
    else if (description.length > EVENT_DESCRIPTION_MAX_LENGTH) {
      problems[`description.${text.locale}`] = 'tooLong';
    }
  }
  if (!draft.audience) problems['audience'] = 'required';
  if (draft.languagesSpoken.length === 0) problems['languagesSpoken'] = 'required';

  const capacity = checkWhole(
    draft.capacity,
    1,
    roomCapacity ?? Number.MAX_SAFE_INTEGER,
    'aboveRoom',
  );
  if (capacity) problems['capacity'] = capacity;

  if (draft.minParticipants.trim() !== '') {
    const capacityValue = wholeNumber(draft.capacity) ?? Number.MAX_SAFE_INTEGER;
    const min = checkWhole(draft.minParticipants, 1, capacityValue, 'aboveCapacity');
    if (min) problems['minParticipants'] = min;
    const hours = checkWhole(draft.minDecisionHours, 1, MIN_DECISION_MAX_HOURS);
    if (hours) problems['minDecisionHours'] = hours;
  }

  const date = draft.registrationOpensDate.trim();
  const time = draft.registrationOpensTime.trim();
  if ((date === '') !== (time === '')) problems['registrationOpens'] = 'incomplete';
  else if (date !== '' && berlinLocalToIso(date, time) === null) {
    problems['registrationOpens'] = 'incomplete';
  }

  const closes = checkWhole(
    draft.registrationClosesMinutesBefore,
    0,
    REGISTRATION_CLOSES_MAX_MINUTES,
  );
  if (closes) problems['registrationClosesMinutesBefore'] = closes;
  return problems;
}

function localized(draft: EventDraft, field: 'title' | 'description'): LocalizedText {
  const entries = draft.texts
    .map((text) => [text.locale, text[field].trim()] as const)
    .filter(([locale, value]) => locale === 'de' || value !== '');
  const result = Object.fromEntries(entries) as LocalizedText;
  result.de ??= '';
  return result;
}

/** The request for a draft without problems. */
export function eventRequestOf(draft: EventDraft): EventRequest {
  const min = draft.minParticipants.trim() === '' ? null : Number(draft.minParticipants.trim());
  const opens =
    draft.registrationOpensDate.trim() === ''
      ? null
      : berlinLocalToIso(draft.registrationOpensDate.trim(), draft.registrationOpensTime.trim());
  const request: EventRequest = {
    bookingId: draft.bookingId,
    title: localized(draft, 'title'),
    description: localized(draft, 'description'),
    audience: draft.audience === '' ? 'everyone' : draft.audience,
    public: draft.public,
    languagesSpoken: [...draft.languagesSpoken],
    capacity: Number(draft.capacity.trim()),
    requiresApproval: draft.requiresApproval,
    waitlistEnabled: draft.waitlistEnabled,
    minParticipants: min,
    registrationOpensAt: opens,
    registrationClosesMinutesBefore: Number(draft.registrationClosesMinutesBefore.trim()),
  };
  if (min !== null) request.minDecisionHours = Number(draft.minDecisionHours.trim());
  return request;
}

/** Known audiences, for a select. */
export const EVENT_AUDIENCE_CHOICES: readonly EventAudience[] = EVENT_AUDIENCES;
