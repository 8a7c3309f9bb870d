import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ROLES, type Role } from '@zusammen/shared/contracts';

/**
 * Who may call a route (deny by default, DESIGN.md §7). Every controller method of the API declares one,
 * on the method or on its class (the method wins): a route without a declaration makes the API refuse to
 * start (identity's route policy check). The decorators live here, in core, because core's own
 * controllers (health, system) need them and core cannot import identity; `@zusammen/api/identity`
 * re-exports them and enforces them with its global guard.
 * - `public`: anyone, signed in or not;
 * - `authenticated`: any signed-in user, whatever their roles;
 * - `roles`: a signed-in user holding at least one of the roles (403 otherwise, 401 when anonymous).
 */
export type AccessPolicy =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: readonly Role[] };

export const ACCESS_POLICY_METADATA = 'zl:access-policy';

/** Anyone may call the route (or every route of the class). */
export function Public(): ClassDecorator & MethodDecorator {
  return applyDecorators(SetMetadata(ACCESS_POLICY_METADATA, { kind: 'public' } as AccessPolicy));
}

/** Any signed-in user may call the route, whatever their roles. */
export function Authenticated(): ClassDecorator & MethodDecorator {
  return applyDecorators(
    SetMetadata(ACCESS_POLICY_METADATA, { kind: 'authenticated' } as AccessPolicy),
  );
}

/** Signed-in users holding at least one of `roles`. At least one role is required. */
export function Roles(...roles: [Role, ...Role[]]): ClassDecorator & MethodDecorator {
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (roles.length === 0 || unknown.length > 0)
    throw new Error(`@Roles() needs at least one known role (got ${JSON.stringify(roles)})`);
  const policy: AccessPolicy = { kind: 'roles', roles: [...new Set(roles)] };
  return applyDecorators(SetMetadata(ACCESS_POLICY_METADATA, policy));
}

/** Metadata reader shaped like Nest's `Reflector.get` (kept structural so pure code can use it). */
export interface PolicyReader {
  get(key: string, target: object): unknown;
}

/** The route's declared policy: the method's, else the class's, else undefined (undeclared). */
export function readAccessPolicy(
  reader: PolicyReader,
  handler: object,
  controller: object,
): AccessPolicy | undefined {
  return (reader.get(ACCESS_POLICY_METADATA, handler) ??
    reader.get(ACCESS_POLICY_METADATA, controller)) as AccessPolicy | undefined;
}

/** Whether a user with `roles` (undefined: anonymous) passes `policy`. */
export function policyDecision(
  policy: AccessPolicy,
  roles: readonly Role[] | undefined,
): 'allow' | 'unauthenticated' | 'forbidden' {
  if (policy.kind === 'public') return 'allow';
  if (roles === undefined) return 'unauthenticated';
  if (policy.kind === 'authenticated') return 'allow';
  return policy.roles.some((role) => roles.includes(role)) ? 'allow' : 'forbidden';
}
