import type { BikeSummary } from '@zusammen/shared/contracts';

/** The tiles of the workshop overview (/werkstatt). */
export interface FleetCounts {
  inRepair: number;
  awaitingParts: number;
  inspectionDue: number;
  available: number;
  onLoan: number;
  overdue: number;
}

/** Counts the fleet by the states the workshop acts on; retired, missing and stolen bikes count nowhere. */
export function fleetCounts(bikes: readonly BikeSummary[]): FleetCounts {
  const counts: FleetCounts = {
    inRepair: 0,
    awaitingParts: 0,
    inspectionDue: 0,
    available: 0,
    onLoan: 0,
    overdue: 0,
  };
  for (const bike of bikes) {
    if (bike.technicalState === 'in_repair') counts.inRepair++;
    if (bike.technicalState === 'awaiting_parts') counts.awaitingParts++;
    if (bike.technicalState === 'inspection') counts.inspectionDue++;
    if (bike.availability === 'available') counts.available++;
    if (bike.availability === 'on_loan') counts.onLoan++;
    if (bike.overdue) counts.overdue++;
  }
  return counts;
}
