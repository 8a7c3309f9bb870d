import { Module } from '@nestjs/common';
import { AuditLogViewModule } from './audit/audit-log-view.module';
import { UserAdminModule } from './admin/user-admin.module';
import { PrivacyModule } from './privacy/privacy.module';
import { SelfServiceModule } from './self-service/self-service.module';

/**
 * The account lifecycle on top of identity (sessions, access, audit primitives) and notifications (the mails
 * it sends): self-service sign-up and reset, admin and desk user management, DSGVO rights, the audit log view.
 * Import once, in AppModule, after IdentityModule and NotificationsModule.forRoot().
 */
@Module({
  imports: [SelfServiceModule, UserAdminModule, PrivacyModule, AuditLogViewModule],
})
export class AccountsModule {}
