import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { IdentityModule } from '@zusammen/api/identity';
import { AccountErasureService } from './account-erasure.service';
import { PersonalDataExportService } from './personal-data-export.service';
import { PersonalDataRegistry } from './personal-data.registry';
import { PrivacyController } from './privacy.controller';

/**
 * DSGVO access (Art. 15) and erasure (Art. 17) for the user and, on request, by an admin (the admin routes
 * use the exported services). Programmes contribute export sections and erasure steps through
 * `@ProvidesPersonalData()` / `@ErasesPersonalData()` providers.
 */
@Module({
  imports: [IdentityModule, DiscoveryModule],
  controllers: [PrivacyController],
  providers: [PersonalDataRegistry, PersonalDataExportService, AccountErasureService],
  exports: [PersonalDataExportService, AccountErasureService],
})
export class PrivacyModule {}
