import type { BikeSummary } from '@zusammen/shared/contracts';
import { fleetCounts } from './fleet-counts';

const bike = (patch: Partial<BikeSummary>): BikeSummary => ({
  id: 'b',
  inventoryNo: 1,
  label: 'FR-0001',
  make: 'Gazelle',
  model: null,
  cycleType: 'city',
  frameSizeCm: null,
  wheelInches: null,
  colours: [],
  technicalState: 'roadworthy',
  availability: 'not_lendable',
  roadworthyUntil: null,
  overdue: false,
  source: 'donation',
  receivedOn: '2026-01-01',
  ...patch,
});

describe('fleetCounts', () => {
  it('counts both axes separately, an overdue bike also as on loan', () => {
    expect(
      fleetCounts([
        bike({ technicalState: 'in_repair' }),
        bike({ technicalState: 'awaiting_parts' }),
        bike({ technicalState: 'inspection' }),
        bike({ technicalState: 'inspection' }),
        bike({ availability: 'available' }),
        bike({ availability: 'on_loan' }),
        bike({ availability: 'on_loan', overdue: true }),
        bike({ technicalState: 'retired' }),
      ]),
    ).toEqual({
      inRepair: 1,
      awaitingParts: 1,
      inspectionDue: 2,
      available: 1,
      onLoan: 2,
      overdue: 1,
    });
  });

  it('is all zero for an empty fleet', () => {
    expect(Object.values(fleetCounts([]))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
