export * from './lib/user-account.entity';
export * from './lib/session/user-session.entity';
export * from './lib/sign-in/sign-in-attempt.entity';
export * from './lib/tokens/account-token.entity';
export * from './lib/tokens/account-tokens';
export * from './lib/audit/audit-event.entity';
export * from './lib/audit/audit-log';
export * from './lib/identity.entities';
export * from './lib/password-hashing';
export * from './lib/profile/password-policy';
export * from './lib/identity.exception';
export * from './lib/config/identity-config';
export * from './lib/session/session.service';
export * from './lib/access/current-user.decorator';
export * from './lib/access/route-policies';
export * from './lib/identity.module';
// The access declarations live in core (core's own controllers use them); identity enforces them.
export { Authenticated, Public, Roles, type AccessPolicy } from '@zusammen/api/core';
