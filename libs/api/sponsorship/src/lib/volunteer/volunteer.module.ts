import { Module } from '@nestjs/common';

/** Volunteers: own profile, staff list/detail, vetting steps, § 72a ledger, status (helper B fills this in). */
@Module({})
export class VolunteerModule {}
