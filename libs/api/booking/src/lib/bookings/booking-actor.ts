import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SessionRequest } from '@zusammen/api/identity';
import type { Role } from '@zusammen/shared/contracts';

/** Who calls a booking route: the signed-in user, whether they act as staff, and the request id for the audit. */
export interface BookingActor {
  id: string;
  /** Display name (shown as the organizer of the caller's own new bookings). */
  name: string;
  /** Staff or admin: may see every booking, book for organizers, set closures; no quota, no booking horizon. */
  staff: boolean;
  requestId: string | null;
}

export const isStaffRole = (roles: readonly Role[]): boolean =>
  roles.includes('staff') || roles.includes('admin');

/** The caller of a `@Roles(…)` booking route as a {@link BookingActor} (the guard has attached the session). */
export const Actor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): BookingActor => {
    const request = context.switchToHttp().getRequest<SessionRequest & { id?: unknown }>();
    const user = request.zlSession?.user;
    if (!user) throw new Error('@Actor() used on a route without a session');
    return {
      id: user.id,
      name: user.displayName,
      staff: isStaffRole(user.roles),
      requestId: typeof request.id === 'string' ? request.id : null,
    };
  },
);
