import { Inject, Injectable } from '@nestjs/common';
import { CSRF_COOKIE, SESSION_COOKIE } from '@zusammen/shared/contracts';
import { identityConfig, type IdentityConfig } from '../config/identity-config';
import type { IssuedSession } from '../session/session.service';
import { serializeCookie, type CookieOptions } from './cookies';

/**
 * Set-Cookie values of a session: `zl_session` (HttpOnly) and `zl_csrf` (readable by the web app, which
 * repeats it in X-CSRF-Token). Both SameSite=Lax, Path=/, Secure when PUBLIC_URL is https, and living no
 * longer than the session's absolute expiry.
 */
@Injectable()
export class SessionCookies {
  constructor(@Inject(identityConfig.KEY) private readonly config: IdentityConfig) {}

  issue(session: IssuedSession, now = new Date()): string[] {
    const maxAge = Math.max(0, (session.absoluteExpiresAt.getTime() - now.getTime()) / 1000);
    return [
      serializeCookie(SESSION_COOKIE, session.token, { ...this.base(), httpOnly: true, maxAge }),
      serializeCookie(CSRF_COOKIE, session.csrfToken, { ...this.base(), maxAge }),
    ];
  }

  clear(): string[] {
    return [
      serializeCookie(SESSION_COOKIE, '', { ...this.base(), httpOnly: true, maxAge: 0 }),
      serializeCookie(CSRF_COOKIE, '', { ...this.base(), maxAge: 0 }),
    ];
  }

  private base(): CookieOptions {
    return { path: '/', sameSite: 'Lax', secure: this.config.secureCookies };
  }
}
