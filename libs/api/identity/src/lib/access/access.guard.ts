import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { policyDecision, readAccessPolicy } from '@zusammen/api/core';
import {
  AuthErrorCode,
  CommonErrorCode,
  CSRF_HEADER,
  SESSION_COOKIE,
} from '@zusammen/shared/contracts';
import { parseCookieHeader } from '../http/cookies';
import { IdentityException } from '../identity.exception';
import { sameDigest, sha256Hex } from '../session/session-token';
import { SessionService } from '../session/session.service';
import { CSRF_EXEMPT_METADATA } from './csrf-exempt.decorator';
import { headerValue, type SessionRequest } from './session-request';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The global guard (APP_GUARD): deny by default. Resolves the session cookie on every route (so public routes
 * see the user too), then: no declaration → refuse (the boot check makes this unreachable); anonymous on a
 * non-public route → 401; state-changing request with a session but without the matching X-CSRF-Token → 403
 * CSRF_TOKEN_INVALID; signed in without a required role → 403 FORBIDDEN.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const handler = context.getHandler();
    const policy = readAccessPolicy(this.reflector, handler, context.getClass());
    if (!policy) throw new IdentityException(CommonErrorCode.Forbidden);

    const request = context.switchToHttp().getRequest<SessionRequest>();
    const token = parseCookieHeader(headerValue(request, 'cookie'))[SESSION_COOKIE];
    const session = token ? await this.sessions.findActiveSession(token) : null;
    if (session) request.zlSession = session;

    const decision = policyDecision(policy, session?.user.roles);
    if (decision === 'unauthenticated')
      throw new IdentityException(CommonErrorCode.Unauthenticated);
    if (
      session &&
      STATE_CHANGING.has(request.method.toUpperCase()) &&
      this.reflector.get<boolean | undefined>(CSRF_EXEMPT_METADATA, handler) !== true
    ) {
      const sent = headerValue(request, CSRF_HEADER);
      if (!sent || !sameDigest(sha256Hex(sent), session.csrfTokenHash))
        throw new IdentityException(AuthErrorCode.CsrfTokenInvalid);
    }
    if (decision === 'forbidden') throw new IdentityException(CommonErrorCode.Forbidden);
    return true;
  }
}
