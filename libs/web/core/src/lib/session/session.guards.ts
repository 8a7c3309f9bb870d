import { inject } from '@angular/core';
import type { CanActivateFn, UrlTree } from '@angular/router';
import { Router } from '@angular/router';
import type { Role } from '@zusammen/shared/contracts';
import { safeReturnUrl } from './return-url';
import { ACCOUNT_PATH, RETURN_URL_PARAM, SIGN_IN_PATH } from './session-paths';
import { SessionStore } from './session.store';

/** The sign-in page, remembering where to return to afterwards. */
export function signInUrlTree(router: Router, returnTo: string): UrlTree {
  const safe = safeReturnUrl(returnTo);
  return router.createUrlTree([SIGN_IN_PATH], {
    queryParams: safe ? { [RETURN_URL_PARAM]: safe } : {},
  });
}

/** Lets signed-in users through; sends everyone else to the sign-in page and back afterwards. */
export const requireSignedIn: CanActivateFn = async (_route, state) => {
  const store = inject(SessionStore);
  const router = inject(Router);
  await store.whenLoaded();
  return store.isSignedIn() || signInUrlTree(router, state.url);
};

/**
 * Lets through users holding at least one of `roles`. Anonymous visitors go to the sign-in page;
 * signed-in users without the role go to their account page, which shows the roles they have.
 */
export function requireRole(...roles: readonly Role[]): CanActivateFn {
  return async (_route, state) => {
    const store = inject(SessionStore);
    const router = inject(Router);
    await store.whenLoaded();
    if (!store.isSignedIn()) {
      return signInUrlTree(router, state.url);
    }
    return roles.some((role) => store.roles().includes(role)) || router.parseUrl(ACCOUNT_PATH);
  };
}
