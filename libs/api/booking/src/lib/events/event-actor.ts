import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SessionRequest } from '@zusammen/api/identity';
import type { Role } from '@zusammen/shared/contracts';

/** Who calls an events route: the signed-in user, whether they act as staff, and the request id for the audit. */
export interface EventActor {
  id: string;
  /** Staff or admin: manage every event and registration, register people at the desk. */
  staff: boolean;
  requestId: string | null;
}

const isStaff = (roles: readonly Role[]): boolean =>
  roles.includes('staff') || roles.includes('admin');

/** The caller of a signed-in events route as an {@link EventActor} (the guard has attached the session). */
export const CurrentEventActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): EventActor => {
    const request = context.switchToHttp().getRequest<SessionRequest & { id?: unknown }>();
    const user = request.zlSession?.user;
    if (!user) throw new Error('@CurrentEventActor() used on a route without a session');
    return {
      id: user.id,
      staff: isStaff(user.roles),
      requestId: typeof request.id === 'string' ? request.id : null,
    };
  },
);
