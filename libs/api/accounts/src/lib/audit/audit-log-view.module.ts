import { Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';
import { AuditLogViewService } from './audit-log-view.service';

/** The audit log for staff: GET /api/staff/audit-log (the log is written by identity's AuditLog). */
@Module({
  controllers: [AuditLogController],
  providers: [AuditLogViewService],
})
export class AuditLogViewModule {}
