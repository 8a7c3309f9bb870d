import { Module } from '@nestjs/common';
import { WorkshopCounterModule } from './counter.module';
import { WorkshopInventoryModule } from './inventory.module';
import { WorkshopReportsModule } from './reports/workshop-reports.module';

/** The HTTP side of the Fahrradwerkstatt (apps/api imports this). */
@Module({ imports: [WorkshopInventoryModule, WorkshopCounterModule, WorkshopReportsModule] })
export class WorkshopModule {}
