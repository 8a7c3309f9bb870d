import { HttpErrorResponse } from '@angular/common/http';

/** Where a page's data stands; `notFound` / `forbidden` when the API answered 404 / 403. */
export type LoadState = 'loading' | 'ready' | 'failed' | 'notFound' | 'forbidden';

/** The load state a failed read ends in. */
export function failedStateOf(error: unknown): LoadState {
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  if (status === 404) return 'notFound';
  if (status === 403) return 'forbidden';
  return 'failed';
}
