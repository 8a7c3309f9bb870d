import type { FamilySummary } from '@zusammen/shared/contracts';

/** Urgent families first, then the longest waiting, then by id (a stable order for equal dates). */
export function urgentFirst(families: readonly FamilySummary[]): FamilySummary[] {
  return [...families].sort(
    (a, b) =>
      Number(b.urgent) - Number(a.urgent) ||
      a.waitingSince.localeCompare(b.waitingSince) ||
      a.id.localeCompare(b.id),
  );
}
