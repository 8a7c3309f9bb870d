import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { PrivacyModule } from '../privacy/privacy.module';
import { AdminUsersController } from './admin-users.controller';
import { AdminUsersService } from './admin-users.service';
import { DeskResidentsController } from './desk-residents.controller';
import { DeskResidentsService } from './desk-residents.service';

/**
 * Admin user management (/api/admin/users, role admin) and the desk registration of residents without email
 * (/api/desk/residents, staff and admin). Export and erasure on request come from the PrivacyModule.
 */
@Module({
  imports: [IdentityModule, PrivacyModule],
  controllers: [AdminUsersController, DeskResidentsController],
  providers: [AdminUsersService, DeskResidentsService],
  exports: [AdminUsersService],
})
export class UserAdminModule {}
