import { Module } from '@nestjs/common';

/** Worker jobs of the workshop: reminder ladder, inspection and eligibility expiry, § 548 watch, offer expiry. */
@Module({})
export class WorkshopJobsModule {}
