/** Name of the fragment parameter that carries the token of an account mail link (`#token=…`). */
export const LINK_TOKEN_PARAM = 'token';

/**
 * The token of an account mail link, read from the URL fragment (`token=…`, as the router gives it,
 * or `#token=…`). `null` when there is none. Whitespace that mail programs add when they wrap long
 * links is dropped.
 */
export function linkTokenOf(fragment: string | null | undefined): string | null {
  if (!fragment) {
    return null;
  }
  const token = new URLSearchParams(fragment.replace(/^#/, '')).get(LINK_TOKEN_PARAM);
  const cleaned = token?.replace(/\s+/g, '') ?? '';
  return cleaned.length > 0 ? cleaned : null;
}
