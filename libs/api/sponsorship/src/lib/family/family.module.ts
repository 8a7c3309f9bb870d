import { Module } from '@nestjs/common';

/** Families: staff desk entry, members, consent, audited staff notes (helper C fills this in). */
@Module({})
export class FamilyModule {}
