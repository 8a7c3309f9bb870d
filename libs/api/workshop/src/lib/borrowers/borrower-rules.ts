import { ValidationFailedException } from '@zusammen/api/core';
import type { Borrower } from './borrower.entity';

/** The rules the table also checks, as field errors (422) instead of a constraint violation. */
export function checkBorrower(borrower: Borrower, today: string): void {
  const problems: Record<string, string[]> = {};
  if (borrower.userId === null && borrower.reminderChannel !== 'phone')
    problems['reminderChannel'] = ['without a linked account the reminder channel must be phone'];
  if (borrower.isMinor && borrower.guardianConsentOn === null)
    problems['guardianConsentOn'] = ['a minor needs the written consent of a guardian'];
  if (borrower.guardianConsentOn !== null && borrower.guardianConsentOn > today)
    problems['guardianConsentOn'] = ['guardianConsentOn must not lie in the future'];
  if (borrower.blockedUntil !== null && !borrower.blockReason)
    problems['blockReason'] = ['a block needs a reason'];
  if (Object.keys(problems).length > 0) throw new ValidationFailedException(problems);
}
