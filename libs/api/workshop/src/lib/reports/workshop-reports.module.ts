import { Module } from '@nestjs/common';
import { BikeRentalErasure, BikeRentalPersonalData } from '../privacy/bike-rental-personal-data';
import { WorkshopReportService } from './workshop-report.service';
import { WorkshopReportsController } from './workshop-reports.controller';

/** Workshop reports (aggregates, CSV, hours export) and the workshop's share of data export and erasure. */
@Module({
  controllers: [WorkshopReportsController],
  providers: [WorkshopReportService, BikeRentalPersonalData, BikeRentalErasure],
})
export class WorkshopReportsModule {}
