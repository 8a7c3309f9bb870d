import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditLogQuery, AuditLogResponse } from '@zusammen/shared/contracts';
import { AUDIT_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { queryParamsOf } from './query-params';

/** The audit log (staff, admin): newest first, one cursor page at a time. */
@Injectable({ providedIn: 'root' })
export class AuditLogApi {
  private readonly http = inject(HttpClient);

  list(query: AuditLogQuery): Promise<AuditLogResponse> {
    return firstValueFrom(
      this.http.get<AuditLogResponse>(AUDIT_ROUTES.log, { params: queryParamsOf(query) }),
    );
  }
}
