import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes): the only way passwords are stored. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** Constant-time check of a password against a stored argon2 hash; false for malformed hashes. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Email addresses are compared and stored in lower case (`ck_user_account_email_lower_case`). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
