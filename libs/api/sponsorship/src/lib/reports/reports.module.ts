import { Module } from '@nestjs/common';
import { IdentityModule } from '@zusammen/api/identity';
import { SponsorshipReportsController } from './reports.controller';
import { SponsorshipReportService } from './sponsorship-report.service';

/** The funder report on the HTTP side (/api/sponsorship/reports and reports.csv, staff and admin). */
@Module({
  imports: [IdentityModule],
  controllers: [SponsorshipReportsController],
  providers: [SponsorshipReportService],
})
export class SponsorshipReportsModule {}
