/**
 * URL path segments that are secrets (the token of a calendar subscription is the key to it). Request logs
 * show them as `[redacted]`; a secret URL in a log would outlive its revocation in every log archive.
 */
const SECRET_PATHS: readonly RegExp[] = [/^(\/api\/calendar\/feeds\/)(?!$)[^/?#]+/];

export function redactSecretPath(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  return SECRET_PATHS.reduce((masked, pattern) => masked.replace(pattern, '$1[redacted]'), url);
}
