import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Roles } from '@zusammen/api/core';
import type { AuditLogResponse } from '@zusammen/shared/contracts';
import { AuditLogQueryDto } from './audit-log-query.dto';
import { AuditLogViewService } from './audit-log-view.service';

/** The audit log for staff and admins (AUDIT_ROUTES): read-only, newest first. */
@ApiTags('staff')
@Controller('staff/audit-log')
@Roles('staff', 'admin')
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogViewService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'AuditLogResponse, newest first; keyset cursor.' })
  @ApiUnprocessableEntityResponse({
    description: 'VALIDATION_FAILED (uuids, ISO 8601 dates, cursor)',
  })
  list(@Query() query: AuditLogQueryDto): Promise<AuditLogResponse> {
    return this.auditLog.list(query);
  }
}
