import type { NotificationProblemItem } from '@zusammen/shared/contracts';

/**
 * The staff problem list as the API sends it: a plain array, or a page object `{ items }`.
 * Anything else is an error (the resource then shows the error state).
 */
export function parseProblemList(body: unknown): NotificationProblemItem[] {
  if (Array.isArray(body)) {
    return body as NotificationProblemItem[];
  }
  if (body !== null && typeof body === 'object' && 'items' in body && Array.isArray(body.items)) {
    return body.items as NotificationProblemItem[];
  }
  throw new Error('Unexpected problem list');
}
