import { Injectable } from '@nestjs/common';
import { ValidationFailedException } from '@zusammen/api/core';
import type {
  EndKind,
  EndReason,
  PairingState,
  SponsorshipReport,
  VolunteerStatus,
} from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { borkenTodayFromDatabase } from '../matching/family-candidates.service';
import { PROGRAMME_TIME_ZONE } from '../volunteer/calendar-dates';
import { aggregateReport, type PairingFact } from './report-aggregation';
import { reportCsv, reportCsvFileName } from './report-csv';
import { resolveReportPeriod, type ReportPeriod } from './report-period';
import type { SponsorshipReportQueryDto } from './report.dto';

// OPEN_PAIRING_STATES (contracts/sponsorship-pairing.ts), as the partial unique index uses them
const OPEN_STATES_SQL = `('offered', 'accepted', 'intro_scheduled', 'trial', 'active', 'paused')`;

interface PairingRow {
  state: PairingState;
  trial_started_on: string | null;
  active_since: string | null;
  ended_on: string | null;
  end_kind: EndKind | null;
  end_reason: EndReason | null;
}

/**
 * The funder report (sponsorship.md § 5.10, § 6 "Statistics"): counts, shares and medians over pairings,
 * families and contacts — no names, no ids. Read from one snapshot; the figures are derived by
 * `aggregateReport`, which the specs pin down case by case.
 */
@Injectable()
export class SponsorshipReportService {
  constructor(private readonly dataSource: DataSource) {}

  report(query: SponsorshipReportQueryDto): Promise<SponsorshipReport> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const resolved = resolveReportPeriod(query, await borkenTodayFromDatabase(manager));
      if ('problems' in resolved) throw new ValidationFailedException(resolved.problems);
      return aggregateReport(resolved.period, await loadFacts(manager, resolved.period));
    });
  }

  async csv(query: SponsorshipReportQueryDto): Promise<{ fileName: string; body: string }> {
    const report = await this.report(query);
    return { fileName: reportCsvFileName(report), body: reportCsv(report) };
  }
}

async function loadFacts(manager: EntityManager, period: ReportPeriod) {
  // every pairing that reached the trial: the others count in none of the figures
  const pairings: PairingRow[] = await manager.query(
    `SELECT state, trial_started_on::text, active_since::text, ended_on::text, end_kind, end_reason
       FROM pairing WHERE trial_started_on IS NOT NULL`,
  );
  // The first offer of each family's current wait (waiting_since restarts when a pairing ends and the family
  // waits again), counted when it was made in the period; days on Borken's calendar.
  const waiting: { days: number }[] = await manager.query(
    `SELECT (first.offered_on - (f.waiting_since AT TIME ZONE $3)::date) AS days
       FROM family f
       JOIN LATERAL (
         SELECT (p.created_at AT TIME ZONE $3)::date AS offered_on FROM pairing p
          WHERE p.family_id = f.id AND p.created_at >= f.waiting_since
          ORDER BY p.created_at LIMIT 1) first ON true
      WHERE first.offered_on BETWEEN $1::date AND $2::date`,
    [period.from, period.to, PROGRAMME_TIME_ZONE],
  );
  const [{ count: familiesWaitingNow }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM family f
      WHERE f.status = 'waiting'
        AND NOT EXISTS (SELECT 1 FROM pairing p WHERE p.family_id = f.id AND p.state IN ${OPEN_STATES_SQL})`,
  );
  const statuses: { status: VolunteerStatus; count: number }[] = await manager.query(
    `SELECT status, count(*)::int AS count FROM volunteer GROUP BY status`,
  );
  const [{ count: checkIns }]: { count: number }[] = await manager.query(
    `SELECT count(*)::int AS count FROM check_in WHERE occurred_on BETWEEN $1::date AND $2::date`,
    [period.from, period.to],
  );
  return {
    pairings: pairings.map((row): PairingFact => ({
      state: row.state,
      trialStartedOn: row.trial_started_on,
      activeSince: row.active_since,
      endedOn: row.ended_on,
      endKind: row.end_kind,
      endReason: row.end_reason,
    })),
    waitingDays: waiting.map((w) => Number(w.days)),
    familiesWaitingNow,
    volunteersByStatus: Object.fromEntries(statuses.map((s) => [s.status, s.count])),
    checkIns,
  };
}
