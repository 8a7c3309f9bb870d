import type { DeskRegistrationRequest, Locale } from '@zusammen/shared/contracts';
import { MAX_PARTY_SIZE } from '@zusammen/shared/contracts';

// The API's limits (EVENT_LIMITS of the events DTO).
export const DESK_NAME_MAX_LENGTH = 120;
export const DESK_PHONE_MAX_LENGTH = 40;

/** The front desk's form for someone without an account or e-mail. */
export interface DeskRegistrationDraft {
  name: string;
  phone: string;
  partySize: string;
  locale: Locale;
}

export type DeskRegistrationField = 'name' | 'phone' | 'partySize';
export const DESK_REGISTRATION_FIELDS: readonly DeskRegistrationField[] = [
  'name',
  'phone',
  'partySize',
];
export type DeskRegistrationProblem = 'required' | 'tooLong' | 'invalid' | 'range';
export type DeskRegistrationProblems = Partial<
  Record<DeskRegistrationField, DeskRegistrationProblem>
>;

export function emptyDeskRegistrationDraft(locale: Locale = 'de'): DeskRegistrationDraft {
  return { name: '', phone: '', partySize: '1', locale };
}

/** Digits, spaces and the usual separators, optionally with a leading plus; at least five digits. */
const PHONE = /^\+?[\d\s()/-]+$/;

export function deskRegistrationProblems(draft: DeskRegistrationDraft): DeskRegistrationProblems {
  const problems: DeskRegistrationProblems = {};
  const name = draft.name.trim();
  if (!name) problems.name = 'required';
  else if (name.length > DESK_NAME_MAX_LENGTH) problems.name = 'tooLong';
  const phone = draft.phone.trim();
  if (phone.length > DESK_PHONE_MAX_LENGTH) problems.phone = 'tooLong';
  else if (phone && (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 5)) {
    problems.phone = 'invalid';
  }
  const size = draft.partySize.trim();
  if (!/^\d+$/.test(size) || Number(size) < 1 || Number(size) > MAX_PARTY_SIZE) {
    problems.partySize = 'range';
  }
  return problems;
}

export function deskRegistrationRequestOf(draft: DeskRegistrationDraft): DeskRegistrationRequest {
  const phone = draft.phone.trim();
  return {
    name: draft.name.trim(),
    partySize: Number(draft.partySize.trim()),
    locale: draft.locale,
    waitlist: true,
    ...(phone ? { phone } : {}),
  };
}
