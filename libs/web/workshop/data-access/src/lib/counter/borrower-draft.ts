import type { BorrowerCreateRequest, Locale, ReminderChannel } from '@zusammen/shared/contracts';

export const BORROWER_NAME_MAX = 120;
export const BORROWER_PHONE_MAX = 40;

/** The form of a new person at the desk, as typed. */
export interface BorrowerDraft {
  displayName: string;
  phone: string;
  accountEmail: string;
  preferredLocale: Locale;
  reminderChannel: ReminderChannel;
  isMinor: boolean;
  guardianName: string;
  guardianConsentOn: string;
}

export type BorrowerField =
  'displayName' | 'phone' | 'accountEmail' | 'guardianName' | 'guardianConsentOn';
export const BORROWER_FIELDS: readonly BorrowerField[] = [
  'displayName',
  'phone',
  'accountEmail',
  'guardianName',
  'guardianConsentOn',
];
export type BorrowerProblem = 'required' | 'tooLong' | 'invalid' | 'future';
export type BorrowerProblems = Partial<Record<BorrowerField, BorrowerProblem>>;

export function emptyBorrowerDraft(locale: Locale = 'de'): BorrowerDraft {
  return {
    displayName: '',
    phone: '',
    accountEmail: '',
    preferredLocale: locale,
    reminderChannel: 'phone',
    isMinor: false,
    guardianName: '',
    guardianConsentOn: '',
  };
}

const PHONE = /^\+?[\d\s/()-]{5,}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * What is wrong with the draft: a name is needed; a phone number when the desk is to call; an e-mail
 * address when reminders go by e-mail or in the app (the account is linked by it); a minor needs the
 * guardian's name and the date of the written consent (not in the future).
 */
export function borrowerProblems(draft: BorrowerDraft, today: string): BorrowerProblems {
  const problems: BorrowerProblems = {};
  const name = draft.displayName.trim();
  if (!name) problems.displayName = 'required';
  else if (name.length > BORROWER_NAME_MAX) problems.displayName = 'tooLong';
  const phone = draft.phone.trim();
  if (!phone && draft.reminderChannel === 'phone') problems.phone = 'required';
  else if (phone.length > BORROWER_PHONE_MAX) problems.phone = 'tooLong';
  else if (phone && !PHONE.test(phone)) problems.phone = 'invalid';
  const email = draft.accountEmail.trim();
  if (!email && draft.reminderChannel !== 'phone') problems.accountEmail = 'required';
  else if (email && !EMAIL.test(email)) problems.accountEmail = 'invalid';
  if (draft.isMinor) {
    if (!draft.guardianName.trim()) problems.guardianName = 'required';
    if (!draft.guardianConsentOn) problems.guardianConsentOn = 'required';
    else if (draft.guardianConsentOn > today) problems.guardianConsentOn = 'future';
  }
  return problems;
}

export function borrowerRequestOf(draft: BorrowerDraft): BorrowerCreateRequest {
  const text = (value: string): string | null => value.trim() || null;
  return {
    displayName: draft.displayName.trim(),
    phone: text(draft.phone),
    accountEmail: text(draft.accountEmail),
    preferredLocale: draft.preferredLocale,
    reminderChannel: draft.reminderChannel,
    isMinor: draft.isMinor,
    guardianName: draft.isMinor ? text(draft.guardianName) : null,
    guardianConsentOn: draft.isMinor ? draft.guardianConsentOn || null : null,
  };
}
