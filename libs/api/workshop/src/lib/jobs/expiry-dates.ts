import { addDays } from '@zusammen/shared/util';
import { addMonths } from '../rentals/rental-dates';

/** Bikes on loan whose inspection runs out within this many days: the borrower is asked to bring them in. */
export const INSPECTION_WARNING_DAYS = 7;
/** Borrowers are reminded this many days before their recorded eligibility ends. */
export const ELIGIBILITY_WARNING_DAYS = 30;
/** § 548 watch: alerts this many months after the return while a damage case is open. */
export const CLAIM_ALERT_MONTHS = { four_months: 4, five_months: 5 } as const;
export type ClaimAlertStage = keyof typeof CLAIM_ALERT_MONTHS;

/** Whether an inspection valid until `validUntil` (a Borken day) needs the warning on `today`. */
export function inspectionExpiringDue(validUntil: string, today: string): boolean {
  return validUntil >= today && validUntil <= addDays(today, INSPECTION_WARNING_DAYS);
}

/** Whether an eligibility valid until `validUntil` is in its reminder window on `today`. */
export function eligibilityExpiringDue(validUntil: string, today: string): boolean {
  return validUntil >= today && validUntil <= addDays(today, ELIGIBILITY_WARNING_DAYS);
}

/**
 * The § 548 alert due for a case whose bike came back on `returnedOn`: the latest stage reached (a job that was
 * down sends the current one only), none before + 4 months or once the deadline has passed.
 */
export function claimAlertStage(
  returnedOn: string,
  claimDeadline: string,
  today: string,
): ClaimAlertStage | null {
  if (isTimeBarred(claimDeadline, today)) return null;
  if (today >= addMonths(returnedOn, CLAIM_ALERT_MONTHS.five_months)) return 'five_months';
  if (today >= addMonths(returnedOn, CLAIM_ALERT_MONTHS.four_months)) return 'four_months';
  return null;
}

/** A claim can still be raised on the deadline day itself; from the day after it is time-barred. */
export function isTimeBarred(claimDeadline: string, today: string): boolean {
  return today > claimDeadline;
}
