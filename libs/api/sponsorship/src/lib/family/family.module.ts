import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { FamiliesController } from './families.controller';
import { FamilyService } from './family.service';

/** Families: staff desk entry, members, consent, audited staff notes (/api/sponsorship/families). */
@Module({
  imports: [IdentityModule],
  controllers: [FamiliesController],
  providers: [FamilyService],
})
export class FamilyModule {}
