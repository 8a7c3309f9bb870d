export type { CheckInDraft, CheckInField, CheckInProblem, CheckInProblems } from './check-in-draft';
export {
  CHECK_IN_DURATION,
  CHECK_IN_FIELDS,
  CHECK_IN_NOTE_MAX_LENGTH,
  CHECK_IN_PULSES,
  checkInFieldsOf,
  checkInProblems,
  checkInRequestOf,
  emptyCheckInDraft,
} from './check-in-draft';
export type { MyPairingsLoadState } from './my-pairings.store';
export { MyPairingsStore } from './my-pairings.store';
export type {
  PairingActionDraft,
  PairingActionField,
  PairingActionProblem,
  PairingActionProblems,
  PairingFormAction,
} from './pairing-action-draft';
export {
  PAIRING_ACTION_FIELDS,
  TRANSITION_NOTE_MAX_LENGTH,
  VOLUNTEER_END_REASONS,
  emptyPairingActionDraft,
  noteRequired,
  pairingActionFieldsOf,
  pairingActionProblems,
  pairingActionRequestOf,
} from './pairing-action-draft';
export type { PairingGroups } from './pairing-groups';
export { groupPairings } from './pairing-groups';
export type { VolunteerPairingBusy, VolunteerPairingLoadState } from './volunteer-pairing.store';
export { VolunteerPairingStore } from './volunteer-pairing.store';
export { VolunteerPairingsApi, myPairingUrl } from './volunteer-pairings.api';
