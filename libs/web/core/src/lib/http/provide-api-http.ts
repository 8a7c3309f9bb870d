import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import type { EnvironmentProviders } from '@angular/core';
import { CSRF_COOKIE, CSRF_HEADER } from '@zusammen/shared/contracts';
import { acceptLanguageInterceptor } from './accept-language.interceptor';
import { sessionExpiredInterceptor } from './session-expired.interceptor';

/**
 * HttpClient as the app talks to its API: fetch, the reader's language, session-expiry handling,
 * and the CSRF double-submit token. Angular's XSRF interceptor copies the `zl_csrf` cookie into
 * `X-CSRF-Token` on every POST/PUT/PATCH/DELETE to the page's own origin (relative `/api/…` URLs
 * included) and never to other origins.
 */
export function provideApiHttp(): EnvironmentProviders {
  return provideHttpClient(
    withFetch(),
    withInterceptors([acceptLanguageInterceptor, sessionExpiredInterceptor]),
    withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER }),
  );
}
