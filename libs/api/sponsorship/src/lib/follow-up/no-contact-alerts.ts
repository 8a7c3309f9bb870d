import type { NotificationOutbox } from '@zusammen/api/notifications';
import type { EntityManager } from 'typeorm';
import { loadCurrentSettings } from '../settings/current-settings';
import {
  borkenClock,
  daysBetween,
  followUpMailsOpen,
  isoWeek,
  noContactCutoff,
} from './follow-up-dates';
import { activeCoordinatorSql, activeStaffIds } from './follow-up-recipients';
import { countInto, emptyResult, type FollowUpResult } from './follow-up-result';

/** States whose contacts are followed up (a paused pairing expects none). */
export const NO_CONTACT_STATES = ['trial', 'active'] as const;

export interface NoContactPairing {
  pairingId: string;
  /** The coordinator while they can act; null sends the alert to every active staff member. */
  coordinatorId: string | null;
  /** The last logged contact, or the trial start when none is logged. */
  lastContactOn: string;
}

/**
 * Pairings in trial or active whose last contact (`check_in.occurred_on`, else `trial_started_on`) is on or before
 * `cutoff` (see {@link noContactCutoff}). The weekly digest counts the same rows.
 */
export async function findNoContactPairings(
  manager: EntityManager,
  cutoff: string,
): Promise<NoContactPairing[]> {
  const rows: { id: string; coordinator_id: string | null; last_contact_on: string }[] =
    await manager.query(
      `SELECT p.id, co.id AS coordinator_id, last_contact.on::text AS last_contact_on
         FROM pairing p
         CROSS JOIN LATERAL (
           SELECT COALESCE((SELECT max(c.occurred_on) FROM check_in c WHERE c.pairing_id = p.id),
                           p.trial_started_on) AS on
         ) last_contact
         LEFT JOIN user_account co ON co.id = p.coordinator_id AND ${activeCoordinatorSql('co')}
        WHERE p.state = ANY($1::text[]) AND last_contact.on <= $2::date
        ORDER BY p.id`,
      [NO_CONTACT_STATES, cutoff],
    );
  return rows.map((row) => ({
    pairingId: row.id,
    coordinatorId: row.coordinator_id,
    lastContactOn: row.last_contact_on,
  }));
}

/**
 * One alert per pairing, ISO week and recipient. The recipient is part of the key because a pairing without
 * coordinator alerts the whole team, and a coordinator who takes over mid-week still learns of it.
 */
export function noContactKey(pairingId: string, week: string, recipientId: string): string {
  return `pairing-no-contact/${pairingId}/${week}/${recipientId}`;
}

/**
 * Job `sponsorship-no-contact`: alerts the coordinator of each pairing without contact for `no_contact_days` (the
 * newest settings), or every active staff member when it has none. Keys ({@link noContactKey}): at most one alert per
 * pairing, week and recipient, however often the job runs. Nothing before 07:00 in Borken.
 */
export async function sendNoContactAlerts(
  manager: EntityManager,
  outbox: NotificationOutbox,
  now: Date,
): Promise<FollowUpResult> {
  const result = emptyResult();
  if (!followUpMailsOpen(now)) return result;
  const { today } = borkenClock(now);
  const settings = await loadCurrentSettings(manager);
  const pairings = await findNoContactPairings(
    manager,
    noContactCutoff(today, settings.noContactDays),
  );
  if (pairings.length === 0) return result;
  const week = isoWeek(today);
  const team = pairings.some((pairing) => pairing.coordinatorId === null)
    ? await activeStaffIds(manager)
    : [];
  for (const pairing of pairings) {
    const recipients = pairing.coordinatorId ? [pairing.coordinatorId] : team;
    for (const recipientId of recipients) {
      countInto(
        result,
        await outbox.add(manager, {
          type: 'pairing-no-contact',
          recipientId,
          payload: {
            pairingId: pairing.pairingId,
            days: daysBetween(pairing.lastContactOn, today),
          },
          idempotencyKey: noContactKey(pairing.pairingId, week, recipientId),
        }),
      );
    }
  }
  return result;
}
