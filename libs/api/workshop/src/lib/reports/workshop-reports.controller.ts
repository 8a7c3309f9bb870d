import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '@zusammen/api/identity';
import type { WorkshopReport } from '@zusammen/shared/contracts';
import { HoursExportQueryDto, WorkshopReportQueryDto } from './workshop-report.dto';
import { WorkshopReportService } from './workshop-report.service';

/** The part of Fastify's reply the CSV download sets (fastify itself is not a direct dependency). */
interface HeaderReply {
  header(name: string, value: string): unknown;
}

/** WORKSHOP_ROUTES.reports: the aggregate report (JSON, CSV) and the person-level hours export (staff). */
@ApiTags('workshop')
@Controller('workshop/reports')
@Roles('workshop', 'staff', 'admin')
export class WorkshopReportsController {
  constructor(private readonly reports: WorkshopReportService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description: 'WorkshopReport for the months (default: the 12 months up to now).',
  })
  @ApiUnprocessableEntityResponse({
    description: 'VALIDATION_FAILED: months not YYYY-MM, from after to, > 24 months',
  })
  report(@Query() query: WorkshopReportQueryDto): Promise<WorkshopReport> {
    return this.reports.report(query);
  }

  @Get('report.csv')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The same numbers as CSV for German Excel; person counts below 5 shown as <5.',
  })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED, as for the JSON report' })
  async reportCsv(
    @Query() query: WorkshopReportQueryDto,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<string> {
    return send(reply, await this.reports.reportCsv(query));
  }

  @Get('hours.csv')
  @Roles('staff', 'admin')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'Approved hours per person and programme of the month, with the § 5 AsylbLG allowance.',
  })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED: month not YYYY-MM' })
  async hoursCsv(
    @Query() query: HoursExportQueryDto,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<string> {
    return send(reply, await this.reports.hoursCsv(query));
  }
}

function send(reply: HeaderReply, csv: { fileName: string; body: string }): string {
  reply.header('content-type', 'text/csv; charset=utf-8');
  reply.header('content-disposition', `attachment; filename="${csv.fileName}"`);
  return csv.body;
}
