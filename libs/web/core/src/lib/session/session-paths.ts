/** The sign-in page (German slug, as the town uses it). */
export const SIGN_IN_PATH = '/anmelden';
/** The "my account" page, where a sign-in leads when there is no page to return to. */
export const ACCOUNT_PATH = '/konto';
/** Query parameter of the sign-in page naming the page to return to afterwards. */
export const RETURN_URL_PARAM = 'zurueck';
