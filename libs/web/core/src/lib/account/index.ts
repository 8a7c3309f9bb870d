// Public surface of the self-service account helpers (re-exported once from the library index).
export { AccountApi } from './account.api';
export type { LinkTokenProblem, RequestProblem } from './account-failure';
export { linkTokenProblemOf, passwordReasonAt, requestProblemOf } from './account-failure';
export { focusAfterRender } from './focus-after-render';
export { LINK_TOKEN_PARAM, linkTokenOf } from './link-token';
export { NotificationPreferencesApi } from './notification-preferences.api';
export type { SignUpDraft, SignUpField, SignUpProblem, SignUpProblems } from './sign-up-draft';
export {
  DISPLAY_NAME_MAX_LENGTH,
  SIGN_UP_FIELDS,
  firstProblemField,
  looksLikeEmail,
  signUpProblemsOf,
  signUpProblemsOfFailure,
  signUpRequestOf,
} from './sign-up-draft';
