import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccessGuard } from './access/access.guard';
import { AuditLog } from './audit/audit-log';
import { AccountTokens } from './tokens/account-tokens';
import { RoutePolicies } from './access/route-policies';
import { identityConfig } from './config/identity-config';
import { SessionCookies } from './http/session-cookies';
import { ProfileController } from './profile/profile.controller';
import { ProfileService } from './profile/profile.service';
import { SessionService } from './session/session.service';
import { AuthController } from './sign-in/auth.controller';
import { LockoutStore } from './sign-in/lockout-store';
import { LOCKOUT_STORE_PROVIDER } from './sign-in/lockout-store.provider';
import { SignInAttempts } from './sign-in/sign-in-attempts';
import { SignInService } from './sign-in/sign-in.service';

/**
 * Sessions and deny-by-default access for the HTTP process: the session API (/api/auth/…), the user's own
 * profile (/api/me/profile), the lockout store (Redis with REDIS_URL, else PostgreSQL), the global
 * {@link AccessGuard} and the boot-time check that every route declares its policy. Import once, in AppModule (needs ApiCoreModule's database and config).
 */
@Module({
  imports: [ConfigModule.forFeature(identityConfig), DiscoveryModule],
  controllers: [AuthController, ProfileController],
  providers: [
    SessionService,
    SessionCookies,
    LOCKOUT_STORE_PROVIDER,
    SignInAttempts,
    SignInService,
    ProfileService,
    AuditLog,
    AccountTokens,
    RoutePolicies,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [
    SessionService,
    SessionCookies,
    LockoutStore,
    SignInAttempts,
    RoutePolicies,
    AuditLog,
    AccountTokens,
  ],
})
export class IdentityModule {}
