/** Half-open span of instants in epoch milliseconds; `end` null = still open. */
export interface Span {
  start: number;
  end: number | null;
}

const DAY_MS = 86_400_000;

/** Length of `span ∩ [from, until)` in days (0 when they do not overlap); an open span runs up to `until`. */
export function overlapDays(span: Span, from: number, until: number): number {
  const start = Math.max(span.start, from);
  const end = Math.min(span.end ?? until, until);
  return end > start ? (end - start) / DAY_MS : 0;
}

/**
 * Utilisation of the fleet in `[from, until)`: days on loan ÷ lendable bike-days, 0–1 (4 places). A bike is
 * lendable from its first passed inspection until it leaves the fleet (retired, stolen, missing); a loan counts
 * from the handout to the return (still running: up to `until`). Loans outside a bike's lendable span still count
 * as loan days (the quotient is capped at 1); no lendable days give 0.
 */
export function fleetUtilisation(
  lendable: readonly Span[],
  loans: readonly Span[],
  from: number,
  until: number,
): number {
  if (until <= from) return 0;
  const lendableDays = lendable.reduce((sum, span) => sum + overlapDays(span, from, until), 0);
  if (lendableDays <= 0) return 0;
  const loanDays = loans.reduce((sum, span) => sum + overlapDays(span, from, until), 0);
  return Math.round(Math.min(1, loanDays / lendableDays) * 10_000) / 10_000;
}
