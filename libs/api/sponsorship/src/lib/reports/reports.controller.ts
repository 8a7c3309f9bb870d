import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '@zusammen/api/identity';
import type { SponsorshipReport } from '@zusammen/shared/contracts';
import { SponsorshipReportQueryDto } from './report.dto';
import { SponsorshipReportService } from './sponsorship-report.service';

/** The part of Fastify's reply the CSV download sets (fastify itself is not a direct dependency). */
interface HeaderReply {
  header(name: string, value: string): unknown;
}

/** The funder report (PAIRING_ROUTES.reports) as JSON and as a CSV download, for staff. */
@ApiTags('sponsorship')
@Controller('sponsorship')
@Roles('staff', 'admin')
export class SponsorshipReportsController {
  constructor(private readonly reports: SponsorshipReportService) {}

  @Get('reports')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description: 'SponsorshipReport for the period (default: the year up to today).',
  })
  @ApiUnprocessableEntityResponse({
    description: 'VALIDATION_FAILED: from/to not YYYY-MM-DD, from after to, or more than 5 years',
  })
  report(@Query() query: SponsorshipReportQueryDto): Promise<SponsorshipReport> {
    return this.reports.report(query);
  }

  @Get('reports.csv')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description:
      'The same report as CSV for German Excel (UTF-8 with BOM, semicolons), one section per table.',
  })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED, as for the JSON report' })
  async csv(
    @Query() query: SponsorshipReportQueryDto,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<string> {
    const { fileName, body } = await this.reports.csv(query);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${fileName}"`);
    return body;
  }
}
