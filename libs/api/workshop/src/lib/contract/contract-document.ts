import {
  CYCLE_TYPES,
  type CycleType,
  type DepositStatus,
  type FeeStatus,
  type Locale,
  type RentalAccessory,
} from '@zusammen/shared/contracts';
import { CONTRACT_TEXTS, contractClauses, fillPlaceholders } from './contract-texts';
import type { RentalContractInput } from './rental-contract-input';

/** One block of the contract as the PDF lays it out; `rtl` blocks are set right-aligned with bidi runs. */
export type ContractBlock =
  | { kind: 'title'; text: string; rtl: boolean }
  | { kind: 'text'; text: string; rtl: boolean }
  | { kind: 'note'; text: string; rtl: boolean }
  | { kind: 'clause'; number: number; text: string; rtl: boolean }
  | { kind: 'fields'; rows: readonly (readonly [string, string])[] }
  | { kind: 'divider' }
  | {
      kind: 'signatures';
      /** Headings and labels: German, then the translation (when there is one). */
      heading: string;
      borrowerLabel: string;
      /** The borrower's label in their language (absent for German). */
      borrowerLabelTranslated: { text: string; rtl: boolean } | null;
      deskLabel: string;
      borrowerName: string;
      deskPersonName: string;
      place: string;
      /** PNG bytes of an on-screen signature; null → lines to sign on paper. */
      signaturePng: Buffer | null;
      signedNote: string | null;
    };

const CYCLE_TYPE_DE: Readonly<Record<CycleType, string>> = {
  city: 'Stadtrad',
  trekking: 'Trekkingrad',
  mtb: 'Mountainbike',
  children: 'Kinderrad',
  cargo: 'Lastenrad',
  tricycle: 'Dreirad',
};
const FEE_STATUS_DE: Readonly<Record<FeeStatus, string>> = {
  paid: 'bezahlt',
  waived: 'erlassen',
  open: 'noch offen',
};
const DEPOSIT_STATUS_DE: Readonly<Record<DepositStatus, string>> = {
  held: 'hinterlegt',
  returned: 'zurückgezahlt',
  kept: 'einbehalten',
  waived: 'erlassen',
};
const ACCESSORY_DE: Readonly<Record<RentalAccessory, string>> = {
  lock: 'Schloss mit Schlüssel',
  lights: 'Beleuchtung',
  helmet: 'Helm',
  basket: 'Korb',
  child_seat: 'Kindersitz',
};

const PNG_DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/=\s]+)$/;
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function isRtl(locale: Locale): boolean {
  return locale === 'ar' || locale === 'fa';
}

/** `2026-03-10` → `10.03.2026` (the same digits in every language of the contract). */
export function contractDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}

/** Cents as euros, German style: `2000` → `20,00 €`. */
export function contractMoney(cents: number): string {
  const euros = Math.floor(cents / 100);
  return `${euros.toLocaleString('de-DE')},${String(cents % 100).padStart(2, '0')} €`;
}

/** The PNG of an on-screen signature, or null when the data URL is missing or not a PNG. */
export function signaturePng(dataUrl: string | null | undefined): Buffer | null {
  const match = dataUrl ? PNG_DATA_URL.exec(dataUrl) : null;
  if (!match) return null;
  const bytes = Buffer.from(match[1], 'base64');
  return bytes.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC) ? bytes : null;
}

function fieldRows(input: RentalContractInput): [string, string][] {
  const bike = input.bike;
  const cycleType = (CYCLE_TYPES as readonly string[]).includes(bike.cycleType)
    ? CYCLE_TYPE_DE[bike.cycleType as CycleType]
    : bike.cycleType;
  const fee =
    input.contractType === 'leihe'
      ? 'unentgeltlich'
      : `${contractMoney(input.feeCents)} (${FEE_STATUS_DE[input.feeStatus]})`;
  const deposit =
    input.depositCents === 0
      ? 'keine'
      : `${contractMoney(input.depositCents)} (${DEPOSIT_STATUS_DE[input.depositStatus]})`;
  return [
    ['Vertrag', `${input.rentalId} · Fassung ${input.contractVersion}`],
    ['Fahrrad', [bike.inventoryNo, bike.make, cycleType].filter(Boolean).join(' · ')],
    ['Rahmennummer', bike.frameNo ?? 'keine'],
    ['Ausgabe am', contractDate(input.handedOutOn)],
    ['Rückgabe bis', contractDate(input.dueOn)],
    ['Entgelt', fee],
    ['Kaution', deposit],
    ['Zubehör', input.accessories.map((a) => ACCESSORY_DE[a]).join(', ') || 'keines'],
    [
      'Sicherheitsprüfung',
      `am ${contractDate(input.inspection.performedOn)}, gültig bis ${contractDate(input.inspection.validUntil)}`,
    ],
    ['Ausgegeben von', input.deskPersonName],
  ];
}

/** The contract as blocks: the binding German text, then (other locales) the marked translation, then signatures. */
export function buildContractDocument(input: RentalContractInput): ContractBlock[] {
  const type = input.contractType;
  const values = {
    borrower: input.borrowerName,
    inspectedOn: contractDate(input.inspection.performedOn),
    validUntil: contractDate(input.inspection.validUntil),
    dueOn: contractDate(input.dueOn),
    date: contractDate(input.handedOutOn),
  };
  const de = CONTRACT_TEXTS.de;
  const blocks: ContractBlock[] = [
    { kind: 'title', text: de.title[type], rtl: false },
    { kind: 'text', text: fillPlaceholders(de.parties[type], values), rtl: false },
    { kind: 'fields', rows: fieldRows(input) },
    ...contractClauses(de, type).map((text, i): ContractBlock => ({
      kind: 'clause',
      number: i + 1,
      text: fillPlaceholders(text, values),
      rtl: false,
    })),
  ];
  const translated = input.locale === 'de' ? null : CONTRACT_TEXTS[input.locale];
  if (translated) {
    const rtl = isRtl(input.locale);
    blocks.push(
      { kind: 'divider' },
      { kind: 'note', text: de.translationNote, rtl: false },
      { kind: 'note', text: translated.translationNote, rtl },
      { kind: 'title', text: translated.title[type], rtl },
      { kind: 'text', text: fillPlaceholders(translated.parties[type], values), rtl },
      { kind: 'note', text: translated.detailsAbove, rtl },
      ...contractClauses(translated, type).map((text, i): ContractBlock => ({
        kind: 'clause',
        number: i + 1,
        text: fillPlaceholders(text, values),
        rtl,
      })),
    );
  }
  const png =
    input.signature.kind === 'on_screen' ? signaturePng(input.signature.pngDataUrl) : null;
  blocks.push({
    kind: 'signatures',
    heading: de.signatures,
    borrowerLabel: de.borrowerSignature[type],
    borrowerLabelTranslated: translated
      ? { text: translated.borrowerSignature[type], rtl: isRtl(input.locale) }
      : null,
    deskLabel: de.deskSignature,
    borrowerName: input.borrowerName,
    deskPersonName: input.deskPersonName,
    place: `Borken, ${contractDate(input.handedOutOn)}`,
    signaturePng: png,
    signedNote: png ? fillPlaceholders(de.signedOnScreen, values) : null,
  });
  return blocks;
}
