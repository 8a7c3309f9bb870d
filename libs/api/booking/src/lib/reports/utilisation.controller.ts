import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '@zusammen/api/identity';
import type { RoomUtilisationRow } from '@zusammen/shared/contracts';
import { UtilisationQueryDto } from './utilisation.dto';
import { UtilisationService } from './utilisation.service';

/** The part of Fastify's reply the CSV download sets (fastify itself is not a direct dependency). */
interface HeaderReply {
  header(name: string, value: string): unknown;
}

/** Room utilisation per month (BOOKING_ROUTES.utilisation), JSON and CSV, for staff. */
@ApiTags('booking')
@Controller('booking/reports')
@Roles('staff', 'admin')
export class UtilisationController {
  constructor(private readonly utilisation: UtilisationService) {}

  @Get('utilisation')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description: 'RoomUtilisationRow[] per month and room (month order, then room name).',
  })
  @ApiUnprocessableEntityResponse({
    description: 'VALIDATION_FAILED: months not YYYY-MM, from after to, > 24 months',
  })
  report(@Query() query: UtilisationQueryDto): Promise<RoomUtilisationRow[]> {
    return this.utilisation.report(query);
  }

  @Get('utilisation.csv')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The same rows as CSV for German Excel (UTF-8 with BOM, semicolons).',
  })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED, as for the JSON report' })
  async csv(
    @Query() query: UtilisationQueryDto,
    @Res({ passthrough: true }) reply: HeaderReply,
  ): Promise<string> {
    const { fileName, body } = await this.utilisation.csv(query);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${fileName}"`);
    return body;
  }
}
