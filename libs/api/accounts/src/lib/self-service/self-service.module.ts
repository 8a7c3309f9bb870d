import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { AccountMailLimits } from './account-mail-limits';
import { PasswordChangeService } from './password-change.service';
import { PasswordController } from './password.controller';
import { PasswordResetService } from './password-reset.service';
import { SelfServiceController } from './self-service.controller';
import { SignUpService } from './sign-up.service';

/**
 * Sign-up with email verification, password reset by email, and the password change of the signed-in user (it
 * sends the password-changed notice). Uses identity (accounts, tokens, sessions, lockout store, audit) and the
 * global NotificationOutbox.
 */
@Module({
  imports: [IdentityModule],
  controllers: [SelfServiceController, PasswordController],
  providers: [SignUpService, PasswordResetService, PasswordChangeService, AccountMailLimits],
})
export class SelfServiceModule {}
