import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SessionUser } from '@zusammen/shared/contracts';
import type { ActiveSession } from '../session/session.service';
import type { SessionRequest } from './session-request';

/**
 * The signed-in user (routes declared `@Authenticated()` or `@Roles(…)` always have one). On a `@Public()`
 * route it is undefined for anonymous callers; type the parameter `SessionUser | undefined` there.
 */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionUser | undefined =>
    context.switchToHttp().getRequest<SessionRequest>().zlSession?.user,
);

/** The caller's session (identity's own controllers: sign-out, session). */
export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ActiveSession | undefined =>
    context.switchToHttp().getRequest<SessionRequest>().zlSession,
);
