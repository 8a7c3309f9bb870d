import type { AuditLog } from '@zusammen/api/identity';
import { OPEN_PAIRING_STATES, type VolunteerStatus } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { PROGRAMME_TIME_ZONE } from '../volunteer/calendar-dates';
import { borkenClock, certificateDeletionCutoff } from './follow-up-dates';

/**
 * Why a § 72a ledger entry was deleted (sponsorship.md § 3): the person did not start (rejected or withdrawn
 * without ever having a pairing), or the activity ended (inactive or withdrawn, no open pairing, the last one
 * ended or declined at least three months ago).
 */
export type CertificateDeletionRule = 'not_started' | 'activity_ended';

export const NOT_STARTED_STATUSES: readonly VolunteerStatus[] = ['rejected', 'withdrawn'];
export const ACTIVITY_ENDED_STATUSES: readonly VolunteerStatus[] = ['inactive', 'withdrawn'];

export interface DeletedCertificate {
  volunteerId: string;
  rule: CertificateDeletionRule;
}

/**
 * Job `certificate-deletion`: deletes the ledger entries the rules above name, in one statement (a repeated or
 * parallel run deletes nothing twice), and audits each deletion with the volunteer id and the rule only. A
 * declined pairing ends on the Borken day it was declined. Runs at any hour: deletion is due at once.
 */
export async function deleteLapsedCertificates(
  manager: EntityManager,
  audit: AuditLog,
  now: Date,
): Promise<DeletedCertificate[]> {
  const { today } = borkenClock(now);
  const rows: { volunteer_id: string; rule: CertificateDeletionRule }[] = await manager.query(
    `WITH history AS (
       SELECT v.id AS volunteer_id, v.status,
              count(p.id) AS pairings,
              count(p.id) FILTER (WHERE p.state = ANY($1::text[])) AS open_pairings,
              max(CASE WHEN p.state = 'ended' THEN p.ended_on
                       WHEN p.state = 'declined' THEN (p.state_since AT TIME ZONE $2)::date END) AS last_end
         FROM conduct_certificate_check cc
         JOIN volunteer v ON v.id = cc.volunteer_id
         LEFT JOIN pairing p ON p.volunteer_id = v.id
        GROUP BY v.id, v.status
     ), lapsed AS (
       SELECT volunteer_id,
              CASE WHEN status = ANY($3::text[]) AND pairings = 0 THEN 'not_started'
                   ELSE 'activity_ended' END AS rule
         FROM history
        WHERE (status = ANY($3::text[]) AND pairings = 0)
           OR (status = ANY($4::text[]) AND pairings > 0 AND open_pairings = 0 AND last_end <= $5::date)
     ), deleted AS (
       DELETE FROM conduct_certificate_check cc USING lapsed l
        WHERE cc.volunteer_id = l.volunteer_id
       RETURNING cc.volunteer_id, l.rule
     )
     SELECT volunteer_id, rule FROM deleted ORDER BY volunteer_id`,
    [
      OPEN_PAIRING_STATES,
      PROGRAMME_TIME_ZONE,
      NOT_STARTED_STATUSES,
      ACTIVITY_ENDED_STATUSES,
      certificateDeletionCutoff(today),
    ],
  );
  for (const row of rows) {
    await audit.record(manager, {
      actorId: null,
      action: 'certificate.deleted',
      subjectType: 'volunteer',
      subjectId: row.volunteer_id,
      details: { rule: row.rule },
    });
  }
  return rows.map((row) => ({ volunteerId: row.volunteer_id, rule: row.rule }));
}
