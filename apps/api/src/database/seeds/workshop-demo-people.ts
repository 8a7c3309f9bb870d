import type {
  CycleType,
  EligibilityBasis,
  EligibilityDocument,
  Locale,
  ReminderChannel,
  WorkProgramme,
} from '@zusammen/shared/contracts';

/**
 * Fahrradwerkstatt demo, part 1: the people and the stock (natural keys: worker and borrower names, the
 * resident's account, part SKUs). Days are relative to the seed date (negative = ago).
 */

export const WORKSHOP_LEAD = 'workshop@demo.zusammenleben.invalid';
export const WORKSHOP_DESK = 'workshop2@demo.zusammenleben.invalid';
export const DEMO_RESIDENT = 'resident@demo.zusammenleben.invalid';

export interface DemoWorker {
  name: string;
  programme: WorkProgramme;
  /** Occupational safety instruction (Arbeitsschutz), days relative to today. */
  safetyInstructionDay: number;
  mayInspect: boolean;
}

export const DEMO_WORKERS: readonly DemoWorker[] = [
  {
    name: 'Bernhard Tenbrink',
    programme: 'volunteer',
    safetyInstructionDay: -400,
    mayInspect: true,
  },
  { name: 'Ahmad Rahimi', programme: 'asylblg_5', safetyInstructionDay: -95, mayInspect: false },
  {
    name: 'Tesfay Gebremedhin',
    programme: 'asylblg_5',
    safetyInstructionDay: -40,
    mayInspect: false,
  },
  { name: 'Jens Büscher', programme: 'sgb2_16d', safetyInstructionDay: -70, mayInspect: false },
];

export interface DemoPart {
  sku: string;
  name: string;
  unit: string;
  unitCostCents: number;
  reorderLevel: number;
  /** Received 170 days ago (the work orders of the bikes take from it). */
  received: number;
}

export const DEMO_PARTS: readonly DemoPart[] = [
  {
    sku: 'SCHL-28',
    name: 'Schlauch 28" (47-622), Dunlopventil',
    unit: 'Stück',
    unitCostCents: 450,
    reorderLevel: 10,
    received: 30,
  },
  {
    sku: 'SCHL-26',
    name: 'Schlauch 26" (47-559), Autoventil',
    unit: 'Stück',
    unitCostCents: 420,
    reorderLevel: 5,
    received: 12,
  },
  {
    sku: 'MANT-28',
    name: 'Reifen 28" 47-622, pannensicher',
    unit: 'Stück',
    unitCostCents: 1490,
    reorderLevel: 4,
    received: 10,
  },
  // the one below its reorder level after the demo's work orders (12 − 7 = 5 < 6)
  {
    sku: 'BREMS-V',
    name: 'Bremsbeläge V-Brake (Paar)',
    unit: 'Paar',
    unitCostCents: 350,
    reorderLevel: 6,
    received: 12,
  },
  {
    sku: 'BREMSZUG',
    name: 'Bremszug mit Hülle',
    unit: 'Stück',
    unitCostCents: 290,
    reorderLevel: 5,
    received: 20,
  },
  {
    sku: 'KETTE-8',
    name: 'Kette 8-fach',
    unit: 'Stück',
    unitCostCents: 1290,
    reorderLevel: 3,
    received: 8,
  },
  {
    sku: 'LED-RUECK',
    name: 'LED-Rücklicht mit Z-Reflektor (StVZO)',
    unit: 'Stück',
    unitCostCents: 890,
    reorderLevel: 4,
    received: 10,
  },
  {
    sku: 'LED-FRONT',
    name: 'LED-Scheinwerfer für Nabendynamo (StVZO)',
    unit: 'Stück',
    unitCostCents: 1990,
    reorderLevel: 3,
    received: 6,
  },
  {
    sku: 'KLINGEL',
    name: 'Klingel',
    unit: 'Stück',
    unitCostCents: 250,
    reorderLevel: 5,
    received: 15,
  },
  {
    sku: 'REFL-SET',
    name: 'Reflektoren-Set (Speichen, Pedale, Front, Heck)',
    unit: 'Satz',
    unitCostCents: 490,
    reorderLevel: 5,
    received: 14,
  },
  {
    sku: 'SATTEL',
    name: 'Sattel, Komfort',
    unit: 'Stück',
    unitCostCents: 1290,
    reorderLevel: 2,
    received: 5,
  },
  {
    sku: 'SCHLOSS',
    name: 'Bügelschloss (Verleihzubehör)',
    unit: 'Stück',
    unitCostCents: 1590,
    reorderLevel: 3,
    received: 8,
  },
  // ordered for FR awaiting parts: none in stock yet
  {
    sku: 'SCHALTW-8',
    name: 'Schaltwerk 7/8-fach',
    unit: 'Stück',
    unitCostCents: 1990,
    reorderLevel: 0,
    received: 0,
  },
];

export interface DemoBorrower {
  name: string;
  /** The demo account this borrower is linked to, or null (no account: the desk phones). */
  accountEmail: string | null;
  phone: string | null;
  locale: Locale;
  channel: ReminderChannel;
  eligibility: {
    basis: EligibilityBasis;
    document: EligibilityDocument;
    verifiedDay: number;
    validUntilDay: number;
  } | null;
  briefing: { day: number; language: Locale; interpreter: boolean } | null;
  blocked?: { untilDay: number; reason: string; strikes: number };
  waitlist?: {
    cycleType: CycleType;
    sizeMin: number | null;
    sizeMax: number | null;
    wheelInches: number | null;
    day: number;
  };
}

export const DEMO_BORROWERS: readonly DemoBorrower[] = [
  {
    name: 'Maryam Ahmadi',
    accountEmail: DEMO_RESIDENT,
    phone: null,
    locale: 'fa',
    channel: 'in_app',
    eligibility: {
      basis: 'asylblg',
      document: 'benefit_notice',
      verifiedDay: -30,
      validUntilDay: 150,
    },
    briefing: { day: -27, language: 'fa', interpreter: true },
  },
  {
    name: 'Yusuf Hamdan',
    accountEmail: null,
    phone: '0176 5550 1734',
    locale: 'ar',
    channel: 'phone',
    eligibility: {
      basis: 'asylblg',
      document: 'residence_permit',
      verifiedDay: -40,
      validUntilDay: 90,
    },
    briefing: { day: -34, language: 'ar', interpreter: true },
  },
  {
    name: 'Iryna Koval',
    accountEmail: null,
    phone: '0157 5550 2291',
    locale: 'uk',
    channel: 'phone',
    eligibility: {
      basis: 'sgb2',
      document: 'jobcenter_letter',
      verifiedDay: -45,
      validUntilDay: 60,
    },
    briefing: { day: -39, language: 'uk', interpreter: false },
  },
  {
    name: 'Ali Rezaei',
    accountEmail: null,
    phone: '0152 5550 7710',
    locale: 'fa',
    channel: 'phone',
    eligibility: {
      basis: 'asylblg',
      document: 'benefit_notice',
      verifiedDay: -70,
      validUntilDay: 110,
    },
    briefing: { day: -66, language: 'fa', interpreter: true },
  },
  {
    // eligibility ran out: no new rental until the desk has seen a current notice
    name: 'Hassan Sultani',
    accountEmail: null,
    phone: '0160 5550 4432',
    locale: 'fa',
    channel: 'phone',
    eligibility: {
      basis: 'sgb12',
      document: 'benefit_notice',
      verifiedDay: -200,
      validUntilDay: -12,
    },
    briefing: { day: -190, language: 'de', interpreter: false },
  },
  {
    // eligible, but the road-safety briefing is still to come
    name: 'Blessing Okafor',
    accountEmail: null,
    phone: '0171 5550 8824',
    locale: 'en',
    channel: 'phone',
    eligibility: {
      basis: 'asylblg',
      document: 'residence_permit',
      verifiedDay: -3,
      validUntilDay: 177,
    },
    briefing: null,
  },
  {
    name: 'Dariusz Nowak',
    accountEmail: null,
    phone: '0151 5550 3365',
    locale: 'de',
    channel: 'phone',
    eligibility: {
      basis: 'sgb2',
      document: 'jobcenter_letter',
      verifiedDay: -120,
      validUntilDay: 60,
    },
    briefing: { day: -118, language: 'de', interpreter: false },
    blocked: {
      untilDay: 30,
      reason:
        'Fahrrad zweimal stark verspätet und mit Schaden zurückgegeben; Gespräch mit der Werkstattleitung vereinbart.',
      strikes: 2,
    },
  },
  {
    // offered a bike from the waiting list (reserved for 48 hours)
    name: 'Amal Haddad',
    accountEmail: null,
    phone: '0176 5550 6619',
    locale: 'ar',
    channel: 'phone',
    eligibility: {
      basis: 'asylblg',
      document: 'benefit_notice',
      verifiedDay: -20,
      validUntilDay: 160,
    },
    briefing: { day: -18, language: 'ar', interpreter: true },
    waitlist: { cycleType: 'city', sizeMin: 45, sizeMax: 52, wheelInches: 28, day: -16 },
  },
  {
    // waiting for a children's bike for his daughter (24")
    name: 'Mohammad Noori',
    accountEmail: null,
    phone: '0162 5550 1908',
    locale: 'fa',
    channel: 'phone',
    eligibility: {
      basis: 'asylblg',
      document: 'benefit_notice',
      verifiedDay: -10,
      validUntilDay: 170,
    },
    briefing: { day: -9, language: 'fa', interpreter: true },
    waitlist: { cycleType: 'children', sizeMin: 30, sizeMax: 36, wheelInches: 24, day: -9 },
  },
];
