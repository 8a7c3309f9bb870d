import type { CertificateRenewalPayload, NotificationOutbox } from '@zusammen/api/notifications';
import { OPEN_PAIRING_STATES, type VolunteerStatus } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import {
  borkenClock,
  followUpMailsOpen,
  RENEWAL_FIRST_REMINDER_MONTHS,
  renewalStage,
  type RenewalStage,
} from './follow-up-dates';
import { activeCoordinatorSql, activeStaffIds } from './follow-up-recipients';
import { countInto, emptyResult, type FollowUpResult } from './follow-up-result';

/** Volunteers whose certificate is followed up: those who may be (or are) paired. */
export const RENEWAL_VOLUNTEER_STATUSES: readonly VolunteerStatus[] = ['approved', 'paused'];

export function renewalKey(
  volunteerId: string,
  renewalDueOn: string,
  stage: RenewalStage,
  recipientId: string,
): string {
  return `certificate-renewal/${volunteerId}/${renewalDueOn}/${stage}/${recipientId}`;
}

interface DueCertificate {
  volunteer_id: string;
  renewal_due_on: string;
  /** Null when the volunteer's account is erased. */
  volunteer_user_id: string | null;
  /** Active coordinators of the volunteer's open pairings. */
  coordinator_ids: string[];
}

/**
 * Job `certificate-renewal`: for each approved or paused volunteer whose § 72a re-inspection is due within six
 * months (see {@link renewalStage}), a reminder to the volunteer and one to staff — the coordinators of the
 * volunteer's open pairings, or every active staff member when there are none — once per stage
 * (key {@link renewalKey}). Nothing before 07:00 in Borken.
 */
export async function sendCertificateRenewals(
  manager: EntityManager,
  outbox: NotificationOutbox,
  now: Date,
): Promise<FollowUpResult> {
  const result = emptyResult();
  if (!followUpMailsOpen(now)) return result;
  const { today } = borkenClock(now);
  // the SQL window is the six-month stage's (date − interval clamps month ends like addMonths)
  const certificates: DueCertificate[] = await manager.query(
    `SELECT cc.volunteer_id, cc.renewal_due_on::text AS renewal_due_on, u.id AS volunteer_user_id,
            COALESCE((
              SELECT array_agg(DISTINCT co.id ORDER BY co.id)
                FROM pairing p JOIN user_account co ON co.id = p.coordinator_id AND ${activeCoordinatorSql('co')}
               WHERE p.volunteer_id = cc.volunteer_id AND p.state = ANY($4::text[])
            ), '{}') AS coordinator_ids
       FROM conduct_certificate_check cc
       JOIN volunteer v ON v.id = cc.volunteer_id
       LEFT JOIN user_account u ON u.id = v.user_id AND u.erased_at IS NULL
      WHERE v.status = ANY($1::text[])
        AND cc.renewal_due_on > $2::date
        AND (cc.renewal_due_on - make_interval(months => $3))::date <= $2::date
      ORDER BY cc.volunteer_id`,
    [RENEWAL_VOLUNTEER_STATUSES, today, RENEWAL_FIRST_REMINDER_MONTHS, OPEN_PAIRING_STATES],
  );
  let team: string[] | undefined;
  for (const certificate of certificates) {
    const stage = renewalStage(today, certificate.renewal_due_on);
    if (!stage) continue;
    const send = async (recipientId: string, audience: 'volunteer' | 'staff') => {
      const payload: CertificateRenewalPayload = {
        volunteerId: certificate.volunteer_id,
        renewalDueOn: certificate.renewal_due_on,
        stage,
        audience,
      };
      countInto(
        result,
        await outbox.add(manager, {
          type: 'certificate-renewal',
          recipientId,
          payload,
          idempotencyKey: renewalKey(
            certificate.volunteer_id,
            certificate.renewal_due_on,
            stage,
            recipientId,
          ),
        }),
      );
    };
    if (certificate.volunteer_user_id) await send(certificate.volunteer_user_id, 'volunteer');
    const staff =
      certificate.coordinator_ids.length > 0
        ? certificate.coordinator_ids
        : (team ??= await activeStaffIds(manager));
    for (const recipientId of staff) await send(recipientId, 'staff');
  }
  return result;
}
