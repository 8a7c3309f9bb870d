import {
  CERTIFICATE_MAX_AGE_MONTHS_AT_INSPECTION,
  CERTIFICATE_VALID_YEARS,
  type RecordCertificateRequest,
} from '@zusammen/shared/contracts';
import { addMonths } from './calendar-dates';

/** Field → problem codes; empty when the dates may be recorded. */
export type CertificateDateProblems = Partial<Record<'issuedOn' | 'inspectedOn', string[]>>;

/**
 * The § 72a ledger's date rules: nothing in the future, inspected on or after the issue date, and the
 * certificate at most CERTIFICATE_MAX_AGE_MONTHS_AT_INSPECTION months old when inspected (invariant 5, also
 * a CHECK on the table). `today` is Borken's date. Dates are YYYY-MM-DD, so they compare as text.
 */
export function certificateDateProblems(
  dates: Pick<RecordCertificateRequest, 'issuedOn' | 'inspectedOn'>,
  today: string,
): CertificateDateProblems {
  const problems: CertificateDateProblems = {};
  const add = (field: keyof CertificateDateProblems, code: string) =>
    (problems[field] = [...(problems[field] ?? []), code]);
  if (dates.inspectedOn > today) add('inspectedOn', 'IN_FUTURE');
  if (dates.issuedOn > today) add('issuedOn', 'IN_FUTURE');
  if (dates.issuedOn > dates.inspectedOn) add('issuedOn', 'AFTER_INSPECTION');
  else if (dates.issuedOn < addMonths(dates.inspectedOn, -CERTIFICATE_MAX_AGE_MONTHS_AT_INSPECTION))
    add('issuedOn', 'TOO_OLD_AT_INSPECTION');
  return problems;
}

/** When the certificate must be inspected again: issue date + CERTIFICATE_VALID_YEARS. */
export function certificateRenewalDueOn(issuedOn: string): string {
  return addMonths(issuedOn, CERTIFICATE_VALID_YEARS * 12);
}
