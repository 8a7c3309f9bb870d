import { Module } from '@nestjs/common';

/** Workshop reports (aggregates, CSV, hours export) and the workshop's share of data export and erasure. */
@Module({})
export class WorkshopReportsModule {}
