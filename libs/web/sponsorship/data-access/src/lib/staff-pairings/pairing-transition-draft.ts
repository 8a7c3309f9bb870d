import type {
  DeclineReason,
  EndReason,
  PairingAction,
  PairingTransitionRequest,
} from '@zusammen/shared/contracts';
import { localDateTimeToIso } from './berlin-time';

/** Actions that need input before they are sent; the others are one click. */
export const ACTIONS_WITH_INPUT = ['decline', 'schedule_intro', 'pause', 'end'] as const;
export type ActionWithInput = (typeof ACTIONS_WITH_INPUT)[number];

export function needsInput(action: PairingAction): action is ActionWithInput {
  return (ACTIONS_WITH_INPUT as readonly string[]).includes(action);
}

export const TRANSITION_NOTE_MAX = 1000;
export const INTRO_PLACE_MAX = 200;

/** What staff type into an action's form; only the fields of the chosen action are read. */
export interface TransitionDraft {
  declineReason: DeclineReason | '';
  introDate: string;
  introTime: string;
  introPlace: string;
  resumeOn: string;
  endReason: EndReason | '';
  note: string;
}

export function emptyTransitionDraft(): TransitionDraft {
  return {
    declineReason: '',
    introDate: '',
    introTime: '',
    introPlace: '',
    resumeOn: '',
    endReason: '',
    note: '',
  };
}

export type TransitionField = Exclude<keyof TransitionDraft, never>;
/** Why a field is not accepted, as a key the page translates. */
export type TransitionFieldProblem = 'required' | 'notFuture' | 'tooLong';
export type TransitionErrors = Partial<Record<TransitionField, TransitionFieldProblem>>;

/** The fields of each action's form, in the order they are shown (and listed in the error summary). */
export const TRANSITION_FIELDS: Readonly<Record<ActionWithInput, readonly TransitionField[]>> = {
  decline: ['declineReason', 'note'],
  schedule_intro: ['introDate', 'introTime', 'introPlace'],
  pause: ['resumeOn', 'note'],
  end: ['endReason', 'note'],
};

/** Whether the note must be filled in: decline for another reason, pause and end (the contract's rule). */
export function transitionNoteRequired(action: PairingAction, draft: TransitionDraft): boolean {
  return (
    action === 'pause' ||
    action === 'end' ||
    (action === 'decline' && draft.declineReason === 'other')
  );
}

export type TransitionDraftResult =
  { ok: true; request: PairingTransitionRequest } | { ok: false; errors: TransitionErrors };

/**
 * Checks an action's form the way the API will and builds the request. `today` is the date in Borken
 * (YYYY-MM-DD), `now` the current instant: a first meeting and a resume date lie in the future.
 */
export function transitionRequestOf(
  action: PairingAction,
  draft: TransitionDraft,
  today: string,
  now: Date = new Date(),
): TransitionDraftResult {
  const errors: TransitionErrors = {};
  const note = draft.note.trim();
  const request: PairingTransitionRequest = { action };

  if (action === 'decline') {
    if (draft.declineReason === '') errors.declineReason = 'required';
    else request.declineReason = draft.declineReason;
  }
  if (action === 'schedule_intro') {
    const place = draft.introPlace.trim();
    if (draft.introDate === '') errors.introDate = 'required';
    if (draft.introTime === '') errors.introTime = 'required';
    if (place === '') errors.introPlace = 'required';
    else if (place.length > INTRO_PLACE_MAX) errors.introPlace = 'tooLong';
    const at = localDateTimeToIso(draft.introDate, draft.introTime);
    if (draft.introDate !== '' && draft.introTime !== '') {
      if (at === null) errors.introDate = 'required';
      else if (Date.parse(at) <= now.getTime()) errors.introDate = 'notFuture';
    }
    if (at !== null) request.introAt = at;
    request.introPlace = place;
  }
  if (action === 'pause') {
    if (draft.resumeOn === '') errors.resumeOn = 'required';
    else if (draft.resumeOn <= today) errors.resumeOn = 'notFuture';
    else request.resumeOn = draft.resumeOn;
  }
  if (action === 'end') {
    if (draft.endReason === '') errors.endReason = 'required';
    else request.endReason = draft.endReason;
  }

  if (needsInput(action) && TRANSITION_FIELDS[action].includes('note')) {
    if (note.length > TRANSITION_NOTE_MAX) errors.note = 'tooLong';
    else if (note === '' && transitionNoteRequired(action, draft)) errors.note = 'required';
    else if (note !== '') request.note = note;
  }

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, request };
}
