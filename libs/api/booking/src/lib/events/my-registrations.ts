import type {
  LocalizedText,
  MyRegistration,
  RegistrationStatus,
  WaitlistStatus,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { loadEventSummaries } from './event-summaries';
import { waitlistPositions } from './waitlist-promotion';

interface ItemRow {
  kind: 'registration' | 'waitlist';
  id: string;
  occurrence_id: string;
  event_id: string;
  title: LocalizedText;
  party_size: number;
  status: RegistrationStatus | WaitlistStatus;
  offered_seats: number | null;
  offer_expires_at: Date | null;
  starts_at: Date;
}

/** Whose items: a person's current ones, or one registration / entry (the answer of a command). */
export type MyRegistrationsFilter =
  { personId: string } | { registrationId: string } | { waitlistEntryId: string };

/**
 * Registrations and waiting-list entries with their dates (as summaries), by date. For a person: active
 * registrations and open entries of dates that have not ended, including dates cancelled meanwhile (the
 * registration stays active, the date says `cancelled`).
 */
export async function loadMyRegistrations(
  manager: EntityManager,
  filter: MyRegistrationsFilter,
  now: Date,
): Promise<MyRegistration[]> {
  let registrationWhere = 'false';
  let entryWhere = 'false';
  let params: unknown[];
  if ('personId' in filter) {
    registrationWhere = `r.person_id = $1 AND r.status IN ('requested', 'confirmed', 'checked_in') AND o.ends_at > $2`;
    entryWhere = `w.person_id = $1 AND w.status IN ('waiting', 'offered') AND o.ends_at > $2`;
    params = [filter.personId, now.toISOString()];
  } else if ('registrationId' in filter) {
    registrationWhere = `r.id = $1`;
    params = [filter.registrationId];
  } else {
    entryWhere = `w.id = $1`;
    params = [filter.waitlistEntryId];
  }
  const rows: ItemRow[] = await manager.query(
    `SELECT 'registration' AS kind, r.id, r.occurrence_id, o.event_id, e.title, r.party_size, r.status,
            NULL::int AS offered_seats, NULL::timestamptz AS offer_expires_at, o.starts_at
       FROM registration r
       JOIN event_occurrence o ON o.id = r.occurrence_id
       JOIN booking_event e ON e.id = o.event_id
      WHERE ${registrationWhere}
     UNION ALL
     SELECT 'waitlist' AS kind, w.id, w.occurrence_id, o.event_id, e.title, w.party_size, w.status,
            w.offered_seats, w.offer_expires_at, o.starts_at
       FROM waitlist_entry w
       JOIN event_occurrence o ON o.id = w.occurrence_id
       JOIN booking_event e ON e.id = o.event_id
      WHERE ${entryWhere}
      ORDER BY starts_at, kind, id`,
    params,
  );
  if (rows.length === 0) return [];
  const summaries = await loadEventSummaries(
    manager,
    [...new Set(rows.map((row) => row.event_id))],
    { kind: 'all' },
    now,
  );
  const occurrences = new Map(
    summaries.flatMap((summary) =>
      summary.occurrences.map((occurrence) => [occurrence.id, occurrence] as const),
    ),
  );
  const positions = await waitlistPositions(
    manager,
    rows.filter((row) => row.kind === 'waitlist').map((row) => row.id),
  );
  return rows.flatMap((row) => {
    const occurrence = occurrences.get(row.occurrence_id);
    if (!occurrence) return [];
    return [
      {
        kind: row.kind,
        id: row.id,
        occurrence,
        eventTitle: row.title,
        partySize: row.party_size,
        status: row.status,
        position: row.kind === 'waitlist' ? (positions.get(row.id) ?? null) : null,
        offeredSeats: row.status === 'offered' ? row.offered_seats : null,
        offerExpiresAt:
          row.status === 'offered' && row.offer_expires_at
            ? new Date(row.offer_expires_at).toISOString()
            : null,
      },
    ];
  });
}
