import { REQUIRED_VETTING_STEPS, type VettingStepKind } from '@zusammen/shared/contracts';

/** Why a volunteer cannot be approved yet: the `details` of VETTING_INCOMPLETE. */
export interface ApprovalBlockers {
  missingSteps: VettingStepKind[];
  /** The recorded certificate has an entry relevant under § 72a. */
  relevantCertificateEntry: boolean;
}

/**
 * Approval needs every REQUIRED_VETTING_STEPS step and, when a certificate is recorded, one without a relevant
 * entry. A certificate itself is not required here: it is checked when the volunteer is paired with a
 * household with minors (invariant 4). Null when nothing blocks.
 */
export function approvalBlockers(
  doneSteps: readonly VettingStepKind[],
  certificate: { relevantEntry: boolean } | null,
): ApprovalBlockers | null {
  const missingSteps = REQUIRED_VETTING_STEPS.filter((kind) => !doneSteps.includes(kind));
  const relevantCertificateEntry = certificate?.relevantEntry === true;
  return missingSteps.length > 0 || relevantCertificateEntry
    ? { missingSteps, relevantCertificateEntry }
    : null;
}
