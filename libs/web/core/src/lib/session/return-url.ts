import { SIGN_IN_PATH } from './session-paths';

/** A base that no real address can share; only used to parse relative paths. */
const PARSE_BASE = 'https://return.invalid';
/** Backslashes and control characters, which browsers drop or reinterpret inside URLs. */
function hasUnsafeCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (char === '\\' || code < 0x20 || code === 0x7f) {
      return true;
    }
  }
  return false;
}

/**
 * The page to return to after signing in, or `null` when `value` is not a plain same-origin path.
 * Guards against open redirects: absolute and protocol-relative URLs (`https://…`, `//…`, `/\…`),
 * other schemes (`javascript:`), control characters, and the sign-in page itself are all refused.
 */
export function safeReturnUrl(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) {
    return null;
  }
  if (hasUnsafeCharacter(value)) {
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(value, PARSE_BASE);
  } catch {
    return null;
  }
  if (parsed.origin !== PARSE_BASE) {
    return null;
  }
  if (parsed.pathname === SIGN_IN_PATH || parsed.pathname.startsWith(`${SIGN_IN_PATH}/`)) {
    return null;
  }
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
