import {
  ErasesPersonalData,
  ProvidesPersonalData,
  type PersonalDataErasureHook,
  type PersonalDataSource,
} from '@zusammen/api/identity';
import { SponsorshipErrorCode } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { countOpenPairings } from '../pairing/open-pairings';
import { VolunteerException } from './volunteer.exception';

interface ExportRow {
  id: string;
  status: string;
  status_reason: string | null;
  profile: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
}

interface PairingExportRow {
  id: string;
  state: string;
  commitment_months: number;
  intro_at: Date | null;
  intro_place: string | null;
  trial_started_on: string | null;
  active_since: string | null;
  paused_until: string | null;
  ended_on: string | null;
  end_kind: string | null;
  end_reason: string | null;
  created_at: Date;
}

interface TransitionExportRow {
  pairing_id: string;
  action: string;
  from_state: string | null;
  to_state: string;
  at: Date;
  reason: string | null;
  by_me: boolean;
  note: string | null;
}

interface CheckInExportRow {
  pairing_id: string;
  occurred_on: string;
  kind: string;
  duration_minutes: number;
  topics: string[];
  pulse: number | null;
  note: string | null;
  created_at: Date;
}

/**
 * The person's Patenmodell data in their export (Art. 15): the volunteer profile with status and reason, the
 * vetting steps and the § 72a ledger entry (dates and yes/no), their pairings with the history (their own
 * notes only; the family appears by nothing but the pairing) and the contacts they logged. Who recorded a step
 * is another person, so only the dates appear. Nothing (undefined, so the JSON has no `sponsorship` key) for
 * people who never registered as volunteers.
 */
@ProvidesPersonalData()
export class VolunteerPersonalData implements PersonalDataSource {
  readonly section = 'sponsorship';

  async collect(manager: EntityManager, userId: string): Promise<unknown> {
    const rows: ExportRow[] = await manager.query(
      `SELECT v.id, v.status, v.status_reason, v.created_at, v.updated_at,
              jsonb_build_object(
                'languages', v.languages, 'district', v.district, 'maxDistanceKm', v.max_distance_km,
                'availability', v.availability, 'supportAreas', v.support_areas, 'capacity', v.capacity,
                'acceptsFamiliesWithChildren', v.accepts_families_with_children,
                'genderPreference', v.gender_preference, 'gender', v.gender, 'about', v.about) AS profile
         FROM volunteer v WHERE v.user_id = $1`,
      [userId],
    );
    const volunteer = rows[0];
    if (!volunteer) return undefined;
    const steps: { kind: string; completed_on: string }[] = await manager.query(
      `SELECT kind, completed_on::text AS completed_on FROM vetting_step
        WHERE volunteer_id = $1 ORDER BY completed_on, kind`,
      [volunteer.id],
    );
    const certificates: {
      issued_on: string;
      inspected_on: string;
      relevant_entry: boolean;
      renewal_due_on: string;
    }[] = await manager.query(
      `SELECT issued_on::text AS issued_on, inspected_on::text AS inspected_on, relevant_entry,
              renewal_due_on::text AS renewal_due_on
         FROM conduct_certificate_check WHERE volunteer_id = $1`,
      [volunteer.id],
    );
    const certificate = certificates[0];
    const pairings: PairingExportRow[] = await manager.query(
      `SELECT id, state, commitment_months, intro_at, intro_place, trial_started_on::text AS trial_started_on,
              active_since::text AS active_since, paused_until::text AS paused_until,
              ended_on::text AS ended_on, end_kind, end_reason, created_at
         FROM pairing WHERE volunteer_id = $1 ORDER BY created_at, id`,
      [volunteer.id],
    );
    const transitions: TransitionExportRow[] = await manager.query(
      `SELECT t.pairing_id, t.action, t.from_state, t.to_state, t.at, t.reason,
              (t.by_id IS NOT DISTINCT FROM $2::uuid) AS by_me,
              CASE WHEN t.by_id = $2::uuid THEN t.note END AS note
         FROM pairing_transition t JOIN pairing p ON p.id = t.pairing_id
        WHERE p.volunteer_id = $1 ORDER BY t.id`,
      [volunteer.id, userId],
    );
    const checkIns: CheckInExportRow[] = await manager.query(
      `SELECT pairing_id, occurred_on::text AS occurred_on, kind, duration_minutes, topics, pulse, note, created_at
         FROM check_in WHERE author_id = $1 ORDER BY occurred_on, created_at`,
      [userId],
    );
    return {
      volunteer: {
        id: volunteer.id,
        status: volunteer.status,
        statusReason: volunteer.status_reason,
        ...volunteer.profile,
        createdAt: volunteer.created_at.toISOString(),
        updatedAt: volunteer.updated_at.toISOString(),
      },
      vettingSteps: steps.map((s) => ({ kind: s.kind, completedOn: s.completed_on })),
      certificate: certificate
        ? {
            issuedOn: certificate.issued_on,
            inspectedOn: certificate.inspected_on,
            relevantEntry: certificate.relevant_entry,
            renewalDueOn: certificate.renewal_due_on,
          }
        : null,
      // only for people who were ever paired or logged a contact (the export of the others stays as it was)
      ...(pairings.length > 0 ? { pairings: pairings.map(toPairingExport(transitions)) } : {}),
      ...(checkIns.length > 0 ? { checkIns: checkIns.map(toCheckInExport) } : {}),
    };
  }
}

function toPairingExport(transitions: readonly TransitionExportRow[]) {
  return (p: PairingExportRow) => ({
    id: p.id,
    state: p.state,
    commitmentMonths: p.commitment_months,
    introAt: p.intro_at?.toISOString() ?? null,
    introPlace: p.intro_place,
    trialStartedOn: p.trial_started_on,
    activeSince: p.active_since,
    pausedUntil: p.paused_until,
    endedOn: p.ended_on,
    endKind: p.end_kind,
    endReason: p.end_reason,
    createdAt: p.created_at.toISOString(),
    history: transitions
      .filter((t) => t.pairing_id === p.id)
      .map((t) => ({
        action: t.action,
        from: t.from_state,
        to: t.to_state,
        at: t.at.toISOString(),
        reason: t.reason,
        byMe: t.by_me,
        note: t.note,
      })),
  });
}

function toCheckInExport(c: CheckInExportRow) {
  return {
    pairingId: c.pairing_id,
    occurredOn: c.occurred_on,
    kind: c.kind,
    durationMinutes: c.duration_minutes,
    topics: c.topics,
    pulse: c.pulse,
    note: c.note,
    createdAt: c.created_at.toISOString(),
  };
}

/**
 * Erasure (Art. 17). Without pairings the volunteer row goes, and with it (cascade) the vetting steps, the
 * ledger entry, proposals and pair exclusions. With pairings the row must stay (the pairings RESTRICT its
 * deletion, and the statistics need them): it is anonymised and made inactive instead — profile texts,
 * languages, availability, help areas and the stated gender cleared, vetting steps and the ledger entry
 * deleted — and the notes the person wrote (contacts, transitions) are cleared; the transition table's
 * trigger allows exactly that.
 * Open pairings must be ended or declined first (409 VOLUNTEER_HAS_OPEN_PAIRINGS), so the family is told
 * rather than left with a pairing without a person. The account row is anonymised, not deleted, by identity.
 */
@ErasesPersonalData()
export class VolunteerErasure implements PersonalDataErasureHook {
  readonly name = 'sponsorship-volunteer';

  async erase(manager: EntityManager, userId: string): Promise<void> {
    // the same lock an offer takes first, so no pairing opens while this runs
    const [volunteer]: { id: string }[] = await manager.query(
      `SELECT id FROM volunteer WHERE user_id = $1 FOR UPDATE`,
      [userId],
    );
    if (!volunteer) return;
    const openPairings = await countOpenPairings(manager, volunteer.id);
    if (openPairings > 0)
      throw new VolunteerException(SponsorshipErrorCode.VolunteerHasOpenPairings, { openPairings });
    const [{ paired }]: { paired: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM pairing WHERE volunteer_id = $1) AS paired`,
      [volunteer.id],
    );
    if (!paired) {
      await manager.query(`DELETE FROM volunteer WHERE id = $1`, [volunteer.id]);
      return;
    }
    await manager.query(
      `UPDATE check_in SET note = NULL WHERE author_id = $1 AND note IS NOT NULL`,
      [userId],
    );
    await manager.query(
      `UPDATE pairing_transition SET note = NULL WHERE by_id = $1 AND note IS NOT NULL`,
      [userId],
    );
    await manager.query(`DELETE FROM vetting_step WHERE volunteer_id = $1`, [volunteer.id]);
    await manager.query(`DELETE FROM conduct_certificate_check WHERE volunteer_id = $1`, [
      volunteer.id,
    ]);
    await manager.query(
      `UPDATE volunteer
          SET status = 'inactive', status_reason = NULL, languages = '[]'::jsonb, availability = '{}',
              support_areas = '{}', gender_preference = 'none', gender = NULL, about = '',
              updated_at = now()
        WHERE id = $1`,
      [volunteer.id],
    );
  }
}
