import type {
  BikeDetail,
  BorrowerSummary,
  HandoutCheckResponse,
  RentalDetail,
} from '@zusammen/shared/contracts';

/** Fixtures of the desk specs (shapes of workshop-api.ts). */
export function bikeFixture(overrides: Partial<BikeDetail> = {}): BikeDetail {
  return {
    id: 'bike-1',
    inventoryNo: 42,
    label: 'FR-0042',
    make: 'Gazelle',
    model: 'Orange',
    cycleType: 'city',
    frameSizeCm: 53,
    wheelInches: 28,
    colours: ['blue'],
    technicalState: 'roadworthy',
    availability: 'available',
    roadworthyUntil: '2026-12-20',
    overdue: false,
    source: 'donation',
    receivedOn: '2026-10-01',
    frameNo: 'WBK123',
    frameNoStatus: 'present',
    wheelEtrto: '37-622',
    propulsion: 'pedal',
    lighting: 'dynamo',
    condition: 'good',
    notes: null,
    retirementReason: null,
    provenance: {
      source: 'donation',
      receivedOn: '2026-10-01',
      donorName: null,
      receiptIssued: false,
      fundbueroRef: null,
      foundOn: null,
      holdEndsOn: null,
      ownershipBasis: 'donation',
      policeCheckOn: null,
      policeCheckResult: null,
    },
    photos: [],
    inspections: [],
    workOrders: [],
    rentals: [],
    allowedActions: [],
    version: 1,
    ...overrides,
  };
}

export function borrowerFixture(overrides: Partial<BorrowerSummary> = {}): BorrowerSummary {
  return {
    id: 'person-1',
    displayName: 'Amal Haddad',
    phone: '0151 2345678',
    hasAccount: false,
    preferredLocale: 'ar',
    reminderChannel: 'phone',
    gate: {
      eligibleUntil: '2027-03-31',
      eligibilityBasis: 'asylblg',
      briefed: true,
      blockedUntil: null,
      openRentals: 0,
      refusals: [],
    },
    ...overrides,
  };
}

export function checkFixture(overrides: Partial<HandoutCheckResponse> = {}): HandoutCheckResponse {
  return {
    refusals: [],
    contractType: 'miete',
    contractVersion: 1,
    feeCents: 500,
    depositCents: 2000,
    dueOn: '2026-12-27',
    inspectionValidUntil: '2026-12-20',
    ...overrides,
  };
}

export function rentalFixture(overrides: Partial<RentalDetail> = {}): RentalDetail {
  return {
    id: 'rental-1',
    bikeId: 'bike-1',
    bikeLabel: 'FR-0042',
    borrowerId: 'person-1',
    borrowerName: 'Amal Haddad',
    borrowerPhone: '0151 2345678',
    reminderChannel: 'phone',
    status: 'active',
    handedOutAt: '2026-11-27T09:00:00Z',
    dueOn: '2026-12-27',
    reservedUntil: null,
    returnedAt: null,
    overdueDays: 0,
    openDamage: false,
    contractType: 'miete',
    contractVersion: 1,
    contractLocale: 'ar',
    feeCents: 500,
    feeStatus: 'paid',
    depositCents: 2000,
    depositStatus: 'held',
    accessoriesOut: ['lock'],
    accessoriesBack: null,
    signatureKind: 'paper',
    handedOutByName: 'Werkstatt',
    receivedByName: null,
    extensions: [],
    returnChecks: null,
    returnNotes: null,
    inspectionValidUntil: '2026-12-20',
    damage: [],
    photos: [],
    contractUrl: '/api/workshop/rentals/rental-1/contract.pdf',
    ...overrides,
  };
}
