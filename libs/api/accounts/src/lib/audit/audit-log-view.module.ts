import { Module } from '@nestjs/common';

/** The audit log for staff: GET /api/staff/audit-log (helper B fills this in). */
@Module({})
export class AuditLogViewModule {}
