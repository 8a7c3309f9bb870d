import type { BikeSource, ContractType, WorkProgramme } from './workshop';

// ---------------------------------------------------------------- settings and reports

export interface WorkshopSettingsView {
  inspectionValidityDays: number;
  loanDays: number;
  feeCents: number;
  depositCents: number;
  contractType: ContractType;
  contractVersion: number;
  rentalLimit: number;
  reservationHours: number;
  updatedAt: string;
}

export type WorkshopSettingsRequest = Omit<WorkshopSettingsView, 'updatedAt' | 'contractVersion'>;

export interface WorkshopReportRow {
  /** `YYYY-MM` */
  month: string;
  takenIn: Record<BikeSource, number>;
  refurbished: number;
  handedOut: number;
  returned: number;
  retired: number;
}

export interface WorkshopReport {
  from: string;
  to: string;
  months: WorkshopReportRow[];
  /** Bikes on loan at the end of the period, and all bikes in the fleet (not retired/stolen). */
  inUse: number;
  fleet: number;
  /** Days on loan ÷ (lendable bikes × days), 0–1. */
  utilisation: number;
  partsUsed: { sku: string; name: string; quantity: number; costCents: number }[];
  partsCostCents: number;
  /** Approved and pending minutes per programme (no names: the person-level export is separate). */
  hours: {
    programme: WorkProgramme;
    minutesApproved: number;
    minutesPending: number;
    people: number;
  }[];
}

/** Error codes of the workshop API (`{ code, message, details }`), besides the common ones (VALIDATION_FAILED …). */
