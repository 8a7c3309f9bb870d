/** Angular's build names hashed files `<name>-<8+ upper-case base32 chars>.<ext>` (main-2YXNN5PL.js, chunk-…). */
const HASHED_ASSET =
  /-[A-Z0-9]{8,}\.(?:js|mjs|css|woff2?|ttf|otf|eot|svg|png|jpe?g|gif|webp|avif|ico|map)$/;

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE = 'no-cache';

/**
 * Cache policy of a file of the built web app: hashed assets never change (cache for a year),
 * everything else — index.html, i18n JSON, favicon — is revalidated on every use (ETag).
 */
export function cacheControlFor(filePath: string): string {
  const name = filePath.split(/[\\/]/).pop() ?? filePath;
  return HASHED_ASSET.test(name) ? IMMUTABLE_CACHE : REVALIDATE_CACHE;
}

/**
 * Whether an unmatched GET should get the SPA's index.html: never under /api, never for something
 * that looks like a file (`/missing.js`), and only when the client asks for HTML (a browser navigation).
 */
export function shouldServeSpaFallback(
  method: string,
  url: string,
  accept: string | undefined,
): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = url.split('?')[0] ?? '';
  if (path === '/api' || path.startsWith('/api/')) return false;
  const lastSegment = path.split('/').pop() ?? '';
  if (lastSegment.includes('.')) return false;
  return (accept ?? '').includes('text/html');
}
