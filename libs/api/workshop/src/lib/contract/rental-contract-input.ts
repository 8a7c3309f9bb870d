import type {
  ContractType,
  DepositStatus,
  FeeStatus,
  Locale,
  RentalAccessory,
  SignatureKind,
} from '@zusammen/shared/contracts';

/**
 * Everything the rental contract PDF shows, gathered by the handout service from the frozen rental row.
 * Dates are `YYYY-MM-DD` (Europe/Berlin), money in cents. German is always the binding text; `locale` picks
 * the translation printed after it (none when `de`).
 */
export interface RentalContractInput {
  rentalId: string;
  contractType: ContractType;
  contractVersion: number;
  /** The borrower's language for the translated half. */
  locale: Locale;
  borrowerName: string;
  bike: {
    /** `FR-0042`. */
    inventoryNo: string;
    make: string | null;
    /** Cycle type code (`city`, `trekking`, …); printed through the contract texts' labels. */
    cycleType: string;
    frameNo: string | null;
  };
  /** Day of handout. */
  handedOutOn: string;
  dueOn: string;
  feeCents: number;
  feeStatus: FeeStatus;
  depositCents: number;
  depositStatus: DepositStatus;
  accessories: readonly RentalAccessory[];
  inspection: { performedOn: string; validUntil: string };
  /** The desk person who handed the bike out. */
  deskPersonName: string;
  signature: {
    kind: SignatureKind;
    /** `data:image/png;base64,…` when signed on screen; absent for paper. */
    pngDataUrl?: string | null;
  };
}
