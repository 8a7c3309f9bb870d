import { createHash, createHmac } from 'node:crypto';

/**
 * The secret in an account link (verify address, reset password, invitation), derived from the token row's id
 * with TOKEN_SECRET. The API stores only {@link hashAccountLinkSecret} of it; the worker derives it again when it
 * renders the mail, so a retried mail carries the same link and no table ever holds the secret itself.
 */
export function deriveAccountLinkSecret(tokenSecret: string, tokenId: string): string {
  return createHmac('sha256', tokenSecret).update(`account-link:${tokenId}`).digest('base64url');
}

/** Hex SHA-256 of a link secret: what `account_token.token_hash` holds and lookups compare. */
export function hashAccountLinkSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
