import {
  ErasesPersonalData,
  ProvidesPersonalData,
  type PersonalDataErasureHook,
  type PersonalDataSource,
} from '@zusammen/api/identity';
import type { EntityManager } from 'typeorm';

interface ExportRow {
  id: string;
  status: string;
  status_reason: string | null;
  profile: Record<string, unknown>;
  created_at: Date;
  updated_at: Date;
}

/**
 * The person's Patenmodell data in their export (Art. 15): the volunteer profile with status and reason, the
 * vetting steps and the § 72a ledger entry (dates and yes/no). Who recorded a step is another person, so only
 * the dates appear. Nothing (undefined, so the JSON has no `sponsorship` key) for people who never registered
 * as volunteers.
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
                'genderPreference', v.gender_preference, 'about', v.about) AS profile
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
    };
  }
}

/**
 * Erasure (Art. 17): the volunteer row goes, and with it (cascade) the vetting steps and the ledger entry.
 * The account row is anonymised, not deleted, so its cascade would never fire. Until pairings exist nothing
 * of a volunteer needs keeping; pairings will then keep their statistics without the person.
 */
@ErasesPersonalData()
export class VolunteerErasure implements PersonalDataErasureHook {
  readonly name = 'sponsorship-volunteer';

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM volunteer WHERE user_id = $1`, [userId]);
  }
}
