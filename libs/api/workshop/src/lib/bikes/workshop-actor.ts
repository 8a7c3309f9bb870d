import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SessionRequest } from '@zusammen/api/identity';

/** Who calls a workshop route: id and request id for the audit; whether they are on the workshop team. */
export interface WorkshopActor {
  id: string;
  requestId: string | null;
  /** Role `workshop`: sees borrower names (staff and admin read the rest). */
  team: boolean;
}

export const WorkshopCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): WorkshopActor => {
    const request = context.switchToHttp().getRequest<SessionRequest & { id?: unknown }>();
    const user = request.zlSession?.user;
    if (!user) throw new Error('@WorkshopCaller() used on a route without a session');
    return {
      id: user.id,
      requestId: typeof request.id === 'string' ? request.id : null,
      team: user.roles.includes('workshop'),
    };
  },
);
