import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { SponsorshipReport } from '@zusammen/shared/contracts';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import type { ReportPeriod } from './report-period';

/** Staff: programme figures for a period (no personal data), as JSON for the page or as CSV. */
@Injectable({ providedIn: 'root' })
export class SponsorshipReportsApi {
  private readonly http = inject(HttpClient);

  get(period: ReportPeriod): Promise<SponsorshipReport> {
    return firstValueFrom(
      this.http.get<SponsorshipReport>(PAIRING_ROUTES.reports, {
        params: { from: period.from, to: period.to },
      }),
    );
  }
}

/** Where the browser downloads the same figures as CSV (a plain link: the session cookie goes along). */
export function reportCsvUrl(period: ReportPeriod): string {
  const query = new URLSearchParams({ from: period.from, to: period.to });
  return `${PAIRING_ROUTES.reports}.csv?${query.toString()}`;
}
