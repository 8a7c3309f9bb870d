import { Injectable } from '@nestjs/common';
import {
  BIKE_SOURCES,
  WORK_PROGRAMMES,
  type BikeSource,
  type WorkProgramme,
  type WorkshopReport,
  type WorkshopReportRow,
} from '@zusammen/shared/contracts';
import { localDateOf, zonedInstant } from '@zusammen/shared/util';
import { DataSource } from 'typeorm';
import { fleetUtilisation, type Span } from './fleet-utilisation';
import { hoursCsv, hoursCsvFileName, type HoursRow } from './hours-csv';
import { reportCsvFileName, workshopReportCsv } from './report-csv';
import { checkMonth } from '@zusammen/api/core';
import { addMonthsToMonth as addMonths, monthsBetween } from '@zusammen/shared/util';
import { resolveReportMonths } from './report-period';
import {
  BIKE_COUNTS_SQL,
  HOURS_BY_PERSON_SQL,
  HOURS_SQL,
  LENDABLE_SQL,
  LOANS_SQL,
  PARTS_SQL,
  TAKEN_IN_SQL,
  TZ,
} from './workshop-report.sql';

type Counter = 'refurbished' | 'handedOut' | 'returned' | 'retired';

const time = (value: Date | string | null): number | null =>
  value === null ? null : new Date(value).getTime();

/**
 * The workshop's funder report (WORKSHOP_ROUTES.reports): per month bikes taken in by source, refurbished,
 * handed out, returned and retired; bikes in use and in the fleet; utilisation; parts used with their frozen
 * cost; hours per programme. Aggregates only; the person-level hours export is `hoursCsv` (staff).
 */
@Injectable()
export class WorkshopReportService {
  constructor(private readonly dataSource: DataSource) {}

  private currentMonth(): string {
    return localDateOf(new Date(), TZ).slice(0, 7);
  }

  async report(query: { from?: string; to?: string }): Promise<WorkshopReport> {
    const { from, to } = resolveReportMonths(query, this.currentMonth());
    const start = zonedInstant(`${from}-01`, '00:00', TZ);
    const end = zonedInstant(`${addMonths(to, 1)}-01`, '00:00', TZ);
    const now = new Date();
    const until = new Date(Math.min(end.getTime(), now.getTime()));
    const range = [start.toISOString(), end.toISOString()];
    const dates = [`${from}-01`, `${addMonths(to, 1)}-01`];

    const [takenIn, counts, lendable, loans, parts, hours, [state]] = await Promise.all([
      this.dataSource.query<{ month: string; source: BikeSource; n: number }[]>(
        TAKEN_IN_SQL,
        dates,
      ),
      this.dataSource.query<{ month: string; kind: Counter; n: number }[]>(BIKE_COUNTS_SQL, range),
      this.dataSource.query<{ start: Date; end: Date | null }[]>(LENDABLE_SQL),
      this.dataSource.query<{ start: Date; end: Date | null }[]>(LOANS_SQL, range),
      this.dataSource.query<{ sku: string; name: string; quantity: number; cost: number }[]>(
        PARTS_SQL,
        range,
      ),
      this.dataSource.query<
        { programme: WorkProgramme; approved: number; pending: number; people: number }[]
      >(HOURS_SQL, dates),
      this.dataSource.query<{ in_use: number; fleet: number }[]>(
        `SELECT (SELECT count(*)::int FROM rental
                  WHERE status IN ('active', 'returned', 'closed') AND handed_out_at <= $1
                    AND (returned_at IS NULL OR returned_at > $1)) AS in_use,
                (SELECT count(*)::int FROM bike
                  WHERE technical_state NOT IN ('retired', 'stolen', 'missing') AND received_on < $2::date) AS fleet`,
        [until.toISOString(), dates[1]],
      ),
    ]);

    const rows = new Map<string, WorkshopReportRow>(
      monthsBetween(from, to).map((month) => [
        month,
        {
          month,
          takenIn: Object.fromEntries(BIKE_SOURCES.map((s) => [s, 0])) as Record<
            BikeSource,
            number
          >,
          refurbished: 0,
          handedOut: 0,
          returned: 0,
          retired: 0,
        },
      ]),
    );
    for (const t of takenIn) {
      const row = rows.get(t.month);
      if (row) row.takenIn[t.source] = t.n;
    }
    for (const c of counts) {
      const row = rows.get(c.month);
      if (row) row[c.kind] = c.n;
    }
    const span = (r: { start: Date; end: Date | null }): Span => ({
      start: new Date(r.start).getTime(),
      end: time(r.end),
    });
    const partsUsed = parts.map((p) => ({
      sku: p.sku,
      name: p.name,
      quantity: Number(p.quantity),
      costCents: Number(p.cost),
    }));
    const byProgramme = new Map(hours.map((h) => [h.programme, h]));
    return {
      from,
      to,
      months: [...rows.values()],
      inUse: state.in_use,
      fleet: state.fleet,
      utilisation: fleetUtilisation(
        lendable.map(span),
        loans.map(span),
        start.getTime(),
        until.getTime(),
      ),
      partsUsed,
      partsCostCents: partsUsed.reduce((sum, p) => sum + p.costCents, 0),
      hours: WORK_PROGRAMMES.map((programme) => {
        const h = byProgramme.get(programme);
        return {
          programme,
          minutesApproved: Number(h?.approved ?? 0),
          minutesPending: Number(h?.pending ?? 0),
          people: Number(h?.people ?? 0),
        };
      }),
    };
  }

  async reportCsv(query: {
    from?: string;
    to?: string;
  }): Promise<{ fileName: string; body: string }> {
    const report = await this.report(query);
    return { fileName: reportCsvFileName(report.from, report.to), body: workshopReportCsv(report) };
  }

  /** Person-level approved hours of one month (default: the current one), for the paying offices. */
  async hoursCsv(query: { month?: string }): Promise<{ fileName: string; body: string }> {
    checkMonth('month', query.month);
    const month = query.month ?? this.currentMonth();
    const rows: { worker_name: string; programme: WorkProgramme; minutes: number }[] =
      await this.dataSource.query(HOURS_BY_PERSON_SQL, [
        `${month}-01`,
        `${addMonths(month, 1)}-01`,
      ]);
    const lines: HoursRow[] = rows.map((r) => ({
      workerName: r.worker_name,
      programme: r.programme,
      minutesApproved: Number(r.minutes),
    }));
    return { fileName: hoursCsvFileName(month), body: hoursCsv(month, lines) };
  }
}
