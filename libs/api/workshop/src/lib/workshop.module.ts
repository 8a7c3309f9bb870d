import { Module } from '@nestjs/common';
import { WorkshopCounterModule } from './counter.module';
import { WorkshopInventoryModule } from './inventory.module';
import { WorkshopJobsModule } from './jobs/workshop-jobs.module';
import { WorkshopReportsModule } from './reports/workshop-reports.module';

/**
 * The HTTP side of the Fahrradwerkstatt (apps/api imports this), plus the scheduled jobs for the API's embedded mode.
 */
@Module({
  imports: [
    WorkshopInventoryModule,
    WorkshopCounterModule,
    WorkshopReportsModule,
    WorkshopJobsModule,
  ],
})
export class WorkshopModule {}
