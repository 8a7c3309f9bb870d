import type {
  BorrowerDetail,
  BorrowerSummary,
  BriefingView,
  EligibilityView,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { loadRentalSummaries } from '../rentals/rental-views';
import { borrowerNotFound } from '../rentals/counter.exception';
import { loadBorrowerGateFacts, loadSettings } from './borrower-facts';
import { toBorrowerGate } from './borrower-gate';
import { Borrower } from './borrower.entity';
import { loadWaitlistViews } from './waitlist-views';

/** Summaries with their gate, in the order of `borrowers`. */
export async function toBorrowerSummaries(
  manager: EntityManager,
  borrowers: readonly Borrower[],
  today: string,
): Promise<BorrowerSummary[]> {
  const settings = await loadSettings(manager);
  const facts = await loadBorrowerGateFacts(
    manager,
    borrowers.map((b) => b.id),
    today,
    settings.rentalLimit,
  );
  return borrowers.map((b) => {
    const gateFacts = facts.get(b.id);
    if (!gateFacts) throw new Error(`Gate facts of borrower ${b.id} missing`);
    return {
      id: b.id,
      displayName: b.displayName,
      phone: b.phone,
      hasAccount: b.userId !== null,
      preferredLocale: b.preferredLocale,
      reminderChannel: b.reminderChannel,
      gate: toBorrowerGate(gateFacts),
    };
  });
}

/** Everything the desk sees of one borrower (404 BORROWER_NOT_FOUND when unknown). */
export async function loadBorrowerDetail(
  manager: EntityManager,
  id: string,
  today: string,
): Promise<BorrowerDetail> {
  const borrower = await manager.findOneBy(Borrower, { id });
  if (!borrower) throw borrowerNotFound();
  const [summary] = await toBorrowerSummaries(manager, [borrower], today);
  const emails: { email: string | null }[] = borrower.userId
    ? await manager.query(`SELECT email FROM user_account WHERE id = $1`, [borrower.userId])
    : [];
  const eligibility: EligibilityView[] = (
    await manager.query(
      `SELECT c.id, c.legal_basis, c.document_type_seen, u.display_name AS verified_by_name,
              c.verified_on::text AS verified_on, c.valid_until::text AS valid_until
         FROM eligibility_check c LEFT JOIN user_account u ON u.id = c.verified_by_id
        WHERE c.borrower_id = $1 ORDER BY c.valid_until DESC, c.created_at DESC`,
      [id],
    )
  ).map((row: Record<string, string | null>) => ({
    id: row['id'],
    legalBasis: row['legal_basis'],
    documentTypeSeen: row['document_type_seen'],
    verifiedByName: row['verified_by_name'],
    verifiedOn: row['verified_on'],
    validUntil: row['valid_until'],
  })) as EligibilityView[];
  const briefings: BriefingView[] = (
    await manager.query(
      `SELECT f.id, f.topic_version, f.language, f.interpreter, u.display_name AS trainer_name,
              f.held_on::text AS held_on, f.acknowledged, f.riding_check_passed
         FROM briefing f LEFT JOIN user_account u ON u.id = f.trainer_id
        WHERE f.borrower_id = $1 ORDER BY f.held_on DESC, f.created_at DESC`,
      [id],
    )
  ).map((row: Record<string, unknown>) => ({
    id: row['id'],
    topicVersion: row['topic_version'],
    language: row['language'],
    interpreter: row['interpreter'],
    trainerName: row['trainer_name'],
    heldOn: row['held_on'],
    acknowledged: row['acknowledged'],
    ridingCheckPassed: row['riding_check_passed'],
  })) as BriefingView[];
  return {
    ...summary,
    email: emails[0]?.email ?? null,
    isMinor: borrower.isMinor,
    guardianName: borrower.guardianName,
    guardianConsentOn: borrower.guardianConsentOn,
    blockReason: borrower.blockReason,
    strikes: borrower.strikes,
    eligibility,
    briefings,
    rentals: await loadRentalSummaries(manager, 'r.borrower_id = $1', [id], today),
    waitlist: await loadWaitlistViews(manager, 'w.borrower_id = $1', [id]),
  };
}
