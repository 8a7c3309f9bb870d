import type { ContractType, Locale } from '@zusammen/shared/contracts';
import { AR_CONTRACT_TEXTS } from './contract-texts.ar';
import { DE_CONTRACT_TEXTS } from './contract-texts.de';
import { EN_CONTRACT_TEXTS } from './contract-texts.en';
import { FA_CONTRACT_TEXTS } from './contract-texts.fa';
import { UK_CONTRACT_TEXTS } from './contract-texts.uk';

/**
 * The contract's wording in one language. Placeholders: `{borrower}`, `{inspectedOn}`, `{validUntil}`, `{dueOn}`,
 * `{date}`. Right-to-left texts avoid brackets and quotation marks (the PDF lays out bidi runs without mirroring).
 */
export interface ContractTexts {
  title: Record<ContractType, string>;
  parties: Record<ContractType, string>;
  clauses: {
    subject: Record<ContractType, string>;
    roadworthy: string;
    use: string;
    lock: string;
    report: string;
    return: string;
    deposit: string;
    limitation: Record<ContractType, string>;
    liability: Record<ContractType, string>;
  };
  /** Marks the translated part: the German text is binding. */
  translationNote: string;
  /** The translated part has no data table: it points to the German one. */
  detailsAbove: string;
  signatures: string;
  borrowerSignature: Record<ContractType, string>;
  deskSignature: string;
  signedOnScreen: string;
}

/** German is binding; the others are printed after it in the borrower's language. */
export const CONTRACT_TEXTS: Readonly<Record<Locale, ContractTexts>> = {
  de: DE_CONTRACT_TEXTS,
  en: EN_CONTRACT_TEXTS,
  ar: AR_CONTRACT_TEXTS,
  fa: FA_CONTRACT_TEXTS,
  uk: UK_CONTRACT_TEXTS,
};

/** The clauses in contract order for a contract type. */
export function contractClauses(texts: ContractTexts, type: ContractType): string[] {
  const c = texts.clauses;
  return [
    c.subject[type],
    c.roadworthy,
    c.use,
    c.lock,
    c.report,
    c.return,
    c.deposit,
    c.limitation[type],
    c.liability[type],
  ];
}

/** Replaces `{name}` placeholders; unknown names stay visible (a spec catches them). */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
