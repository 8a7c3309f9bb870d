import { PASSWORD_MIN_LENGTH } from '@zusammen/shared/contracts';
import { COMMON_PASSWORDS } from './common-passwords';

/** Longest new password accepted (argon2 cost stays bounded; passphrases fit easily). */
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Why a new password is refused; sent in the 422 WEAK_PASSWORD details as `{ newPassword: [weakness] }`.
 * COMMON also covers a listed password with digits or symbols around it and passwords of very few distinct
 * characters; CONTAINS_PERSONAL_DATA: the email address, its local part or a part of the name is inside.
 */
export type PasswordWeakness = 'TOO_SHORT' | 'TOO_LONG' | 'COMMON' | 'CONTAINS_PERSONAL_DATA';

/** What the policy compares the new password with. */
export interface PasswordOwner {
  email: string | null;
  displayName: string;
}

/** Parts of a name or address shorter than this are too likely to occur by chance (e.g. "ali" in "reality"). */
const MIN_PERSONAL_PART_LENGTH = 4;
const MIN_DISTINCT_CHARACTERS = 5;

/** Case-insensitive; lengths count Unicode code points, not UTF-16 units. */
export function findPasswordWeakness(
  password: string,
  owner: PasswordOwner,
): PasswordWeakness | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'TOO_LONG';
  const lower = password.toLowerCase();
  if (isCommon(lower)) return 'COMMON';
  if (personalParts(owner).some((part) => lower.includes(part))) return 'CONTAINS_PERSONAL_DATA';
  return null;
}

function isCommon(lower: string): boolean {
  if (COMMON_PASSWORDS.has(lower)) return true;
  // "Password2026!", "!!qwertzuiop1": a listed word dressed up with digits and symbols
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  if (core.length > 0 && COMMON_PASSWORDS.has(core)) return true;
  return new Set(lower).size < MIN_DISTINCT_CHARACTERS;
}

function personalParts(owner: PasswordOwner): string[] {
  const parts: string[] = [];
  const email = owner.email?.trim().toLowerCase();
  if (email) {
    const local = email.split('@')[0] ?? '';
    parts.push(email, local, ...local.split(/[._+-]+/u));
  }
  const name = owner.displayName.trim().toLowerCase();
  parts.push(name, name.replace(/\s+/gu, ''), ...name.split(/[\s.'-]+/u));
  return [...new Set(parts)].filter((part) => [...part].length >= MIN_PERSONAL_PART_LENGTH);
}
