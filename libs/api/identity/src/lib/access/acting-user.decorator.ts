import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SessionRequest } from './session-request';

/** Who acts in an audited command: the signed-in user and the request id that ties the entry to the logs. */
export interface ActingUser {
  id: string;
  requestId: string | null;
}

/**
 * The caller of a `@Roles(…)` or `@Authenticated()` route as an {@link ActingUser}. The guard has attached
 * the session before any handler runs, so `id` is always there on such routes.
 */
export const Acting = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ActingUser => {
    const request = context.switchToHttp().getRequest<SessionRequest & { id?: unknown }>();
    const user = request.zlSession?.user;
    if (!user) throw new Error('@Acting() used on a route without a session');
    return { id: user.id, requestId: typeof request.id === 'string' ? request.id : null };
  },
);
