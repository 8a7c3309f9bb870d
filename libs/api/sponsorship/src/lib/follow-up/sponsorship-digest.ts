import type { NotificationOutbox } from '@zusammen/api/notifications';
import type { NotificationPayloads } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { loadCurrentSettings } from '../settings/current-settings';
import { RENEWAL_VOLUNTEER_STATUSES } from './certificate-renewals';
import {
  borkenClock,
  followUpMailsOpen,
  isoWeek,
  noContactCutoff,
  RENEWAL_FIRST_REMINDER_MONTHS,
} from './follow-up-dates';
import { countInto, emptyResult, type FollowUpResult } from './follow-up-result';
import { findNoContactPairings } from './no-contact-alerts';

export type DigestCounts = Omit<NotificationPayloads['sponsorship-digest'], 'week'>;

export function digestKey(userId: string, week: string): string {
  return `sponsorship-digest/${userId}/${week}`;
}

/**
 * The week's counts on `today`: offers waiting for the volunteer's answer, accepted offers whose first meeting is
 * still to arrange, pairings without contact (the no-contact rule), trials with enough contacts to confirm,
 * certificates of approved or paused volunteers due within six months (overdue ones included: they need the
 * re-inspection most), and waiting families.
 */
export async function digestCounts(manager: EntityManager, today: string): Promise<DigestCounts> {
  const settings = await loadCurrentSettings(manager);
  const [row]: Omit<DigestCounts, 'noContact'>[] = await manager.query(
    `SELECT
       (SELECT count(*)::int FROM pairing WHERE state = 'offered') AS "offersWaiting",
       (SELECT count(*)::int FROM pairing WHERE state = 'accepted') AS "introsToArrange",
       (SELECT count(*)::int FROM pairing p
         WHERE p.state = 'trial'
           AND (SELECT count(*) FROM check_in c
                 WHERE c.pairing_id = p.id AND c.occurred_on >= p.trial_started_on) >= $1
       ) AS "trialsReady",
       (SELECT count(*)::int FROM conduct_certificate_check cc
          JOIN volunteer v ON v.id = cc.volunteer_id
         WHERE v.status = ANY($2::text[])
           AND (cc.renewal_due_on - make_interval(months => $3))::date <= $4::date
       ) AS "certificatesDueSoon",
       (SELECT count(*)::int FROM family WHERE status = 'waiting') AS "familiesWaiting"`,
    [
      settings.trialMeetingsRequired,
      RENEWAL_VOLUNTEER_STATUSES,
      RENEWAL_FIRST_REMINDER_MONTHS,
      today,
    ],
  );
  const noContact = await findNoContactPairings(
    manager,
    noContactCutoff(today, settings.noContactDays),
  );
  return { ...row, noContact: noContact.length };
}

/**
 * Job `sponsorship-digest`: every active staff member gets the week's counts once per ISO week (key
 * {@link digestKey}), from Monday 07:00 in Borken; a later run in the same week only reaches those who have no
 * digest for it yet. Counts are computed only when someone is still missing one.
 */
export async function sendSponsorshipDigests(
  manager: EntityManager,
  outbox: NotificationOutbox,
  now: Date,
): Promise<FollowUpResult> {
  const result = emptyResult();
  if (!followUpMailsOpen(now)) return result;
  const { today } = borkenClock(now);
  const week = isoWeek(today);
  const missing: { id: string }[] = await manager.query(
    `SELECT u.id FROM user_account u
      WHERE 'staff' = ANY(u.roles) AND u.is_active AND u.erased_at IS NULL
        -- digestKey(u.id, week)
        AND NOT EXISTS (
          SELECT 1 FROM notification n WHERE n.idempotency_key = 'sponsorship-digest/' || u.id || '/' || $1
        )
      ORDER BY u.id`,
    [week],
  );
  if (missing.length === 0) return result;
  const counts = await digestCounts(manager, today);
  for (const { id } of missing) {
    countInto(
      result,
      await outbox.add(manager, {
        type: 'sponsorship-digest',
        recipientId: id,
        payload: { week, ...counts },
        idempotencyKey: digestKey(id, week),
      }),
    );
  }
  return result;
}
