import type { HttpInterceptorFn } from '@angular/common/http';
import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { tap } from 'rxjs';
import { signInUrlTree } from '../session/session.guards';
import { SIGN_IN_PATH } from '../session/session-paths';
import { SessionStore } from '../session/session.store';

/** Our API, except the session routes themselves (their 401s are answers, not expiry). */
function isProtectableApiCall(url: string): boolean {
  return url.startsWith('/api/') && !url.startsWith('/api/auth/');
}

/**
 * Session expiry: a 401 from the API means the server no longer knows the session. The user is
 * marked anonymous and sent to the sign-in page, which brings them back to this page afterwards.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  if (!isProtectableApiCall(request.url)) {
    return next(request);
  }
  const store = inject(SessionStore);
  const router = inject(Router);
  return next(request).pipe(
    tap({
      error: (error: unknown) => {
        if (!(error instanceof HttpErrorResponse) || error.status !== HttpStatusCode.Unauthorized) {
          return;
        }
        store.markAnonymous();
        const current = router.url;
        if (current.split(/[?#]/)[0] === SIGN_IN_PATH) {
          return;
        }
        void router.navigateByUrl(signInUrlTree(router, current));
      },
    }),
  );
};
