export { StaffPairingsApi, pairingUrl } from './staff-pairings.api';
export type { PairingListQuery } from './pairing-list-query';
export { attentionFlagOf, pairingListParams, pairingStateOf } from './pairing-list-query';
export { isoToLocalDateTime, localDateTimeToIso } from './berlin-time';
export type {
  ActionWithInput,
  TransitionDraft,
  TransitionDraftResult,
  TransitionErrors,
  TransitionField,
  TransitionFieldProblem,
} from './pairing-transition-draft';
export {
  ACTIONS_WITH_INPUT,
  INTRO_PLACE_MAX,
  TRANSITION_FIELDS,
  TRANSITION_NOTE_MAX,
  emptyTransitionDraft,
  needsInput,
  transitionNoteRequired,
  transitionRequestOf,
} from './pairing-transition-draft';
export type {
  StaffCheckInDraft,
  StaffCheckInResult,
  StaffCheckInErrors,
  StaffCheckInField,
  StaffCheckInProblem,
} from './staff-check-in-draft';
export {
  STAFF_CHECK_IN_MINUTES_MAX,
  STAFF_CHECK_IN_MINUTES_MIN,
  STAFF_CHECK_IN_FIELDS,
  STAFF_CHECK_IN_NOTE_MAX,
  PULSE_SCALE,
  staffCheckInRequestOf,
  emptyStaffCheckInDraft,
} from './staff-check-in-draft';
