import {
  END_KINDS,
  END_REASONS,
  VOLUNTEER_STATUSES,
  type EndKind,
  type EndReason,
  type PairingState,
  type SponsorshipReport,
  type VolunteerStatus,
} from '@zusammen/shared/contracts';
import { isoDayNumber } from '@zusammen/shared/util';
import { addMonths } from '../volunteer/calendar-dates';
import type { ReportPeriod } from './report-period';

/** The dates and outcome of one pairing that reached the trial (sponsorship.md § 6, "Statistics"). */
export interface PairingFact {
  state: PairingState;
  trialStartedOn: string | null;
  activeSince: string | null;
  endedOn: string | null;
  endKind: EndKind | null;
  endReason: EndReason | null;
}

export interface ReportFacts {
  pairings: readonly PairingFact[];
  /** Days each family waited for its first offer, for first offers made in the period. */
  waitingDays: readonly number[];
  familiesWaitingNow: number;
  volunteersByStatus: Partial<Record<VolunteerStatus, number>>;
  checkIns: number;
}

const OPEN_AFTER_TRIAL: readonly PairingState[] = ['trial', 'active', 'paused'];
const EARLY_END_KINDS: readonly EndKind[] = ['premature', 'trial_not_continued'];

/** Median of the values (mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** part / whole, or null when there is nothing to take a share of. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Every calendar month (YYYY-MM) the period touches, with how many of the dates fall in it. */
export function monthBuckets(
  period: ReportPeriod,
  dates: readonly string[],
): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (let month = period.from.slice(0, 7); month <= period.to.slice(0, 7);) {
    counts.set(month, 0);
    month = addMonths(`${month}-01`, 1).slice(0, 7);
  }
  for (const date of dates) {
    const month = date.slice(0, 7);
    const count = counts.get(month);
    if (count !== undefined) counts.set(month, count + 1);
  }
  return [...counts].map(([month, count]) => ({ month, count }));
}

/** A zero for every code of the vocabulary, then one per occurrence. */
export function countBy<K extends string>(
  vocabulary: readonly K[],
  values: readonly K[],
): Record<K, number> {
  const counts = Object.fromEntries(vocabulary.map((k) => [k, 0])) as Record<K, number>;
  for (const value of values) if (value in counts) counts[value] += 1;
  return counts;
}

/** Counts for every code of the vocabulary, 0 where none were given. */
export function withZeros<K extends string>(
  vocabulary: readonly K[],
  counts: Partial<Record<K, number>>,
): Record<K, number> {
  return Object.fromEntries(vocabulary.map((k) => [k, counts[k] ?? 0])) as Record<K, number>;
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export const daysBetween = (from: string, to: string): number =>
  isoDayNumber(to) - isoDayNumber(from);

const inPeriod = (date: string | null, period: ReportPeriod): date is string =>
  date !== null && date >= period.from && date <= period.to;

/**
 * Share of the pairings that became active and had the chance to last `months` by the end of the period
 * (active_since + months ≤ to) that did: not ended, or ended on or after that day. Null when none had the
 * chance yet.
 */
export function reachedMonths(
  pairings: readonly PairingFact[],
  months: number,
  to: string,
): number | null {
  let eligible = 0;
  let reached = 0;
  for (const p of pairings) {
    if (p.activeSince === null) continue;
    const due = addMonths(p.activeSince, months);
    if (due > to) continue;
    eligible += 1;
    if (p.endedOn === null || p.endedOn >= due) reached += 1;
  }
  return share(reached, eligible);
}

/**
 * The funder report (sponsorship.md § 5.10, § 6): "created" = entered the trial in the period; ends counted
 * by the day they ended; duration = ended_on − active_since (ends without an active phase have none);
 * early closures = premature ends and trials not continued.
 */
export function aggregateReport(period: ReportPeriod, facts: ReportFacts): SponsorshipReport {
  const created = facts.pairings.filter((p) => inPeriod(p.trialStartedOn, period));
  const ended = facts.pairings.filter((p) => p.state === 'ended' && inPeriod(p.endedOn, period));
  const durations = ended.flatMap((p) =>
    p.activeSince !== null && p.endedOn !== null ? [daysBetween(p.activeSince, p.endedOn)] : [],
  );
  const kinds = ended.flatMap((p) => (p.endKind ? [p.endKind] : []));
  return {
    from: period.from,
    to: period.to,
    createdByMonth: monthBuckets(
      period,
      created.map((p) => p.trialStartedOn as string),
    ),
    created: created.length,
    activeNow: facts.pairings.filter((p) => OPEN_AFTER_TRIAL.includes(p.state)).length,
    ended: ended.length,
    endedByReason: countBy(
      END_REASONS,
      ended.flatMap((p) => (p.endReason ? [p.endReason] : [])),
    ),
    endedByKind: countBy(END_KINDS, kinds),
    medianDurationDays: median(durations),
    earlyClosureRate: share(kinds.filter((k) => EARLY_END_KINDS.includes(k)).length, ended.length),
    reached6Months: reachedMonths(facts.pairings, 6, period.to),
    reached12Months: reachedMonths(facts.pairings, 12, period.to),
    medianWaitingDays: median(facts.waitingDays),
    familiesWaitingNow: facts.familiesWaitingNow,
    volunteersByStatus: withZeros(VOLUNTEER_STATUSES, facts.volunteersByStatus),
    checkIns: facts.checkIns,
  };
}
