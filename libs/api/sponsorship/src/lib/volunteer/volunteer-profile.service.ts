import { Injectable } from '@nestjs/common';
import { type ActingUser, AuditLog } from '@zusammen/api/identity';
import {
  AVAILABILITY_SLOTS,
  SponsorshipErrorCode,
  SUPPORT_AREAS,
  type VolunteerProfileRequest,
  type VolunteerProfileResponse,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { loadProfileOfUser } from './volunteer-rows';
import { VolunteerException } from './volunteer.exception';

/** Vocabulary order, so stored lists read the same however the client sent them. */
const inVocabularyOrder = <T extends string>(vocabulary: readonly T[], values: readonly T[]): T[] =>
  vocabulary.filter((value) => values.includes(value));

/** The volunteer's own profile (GET/PUT /api/sponsorship/me). */
@Injectable()
export class VolunteerProfileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async own(userId: string): Promise<VolunteerProfileResponse> {
    const profile = await loadProfileOfUser(this.dataSource.manager, userId);
    if (!profile) throw new VolunteerException(SponsorshipErrorCode.VolunteerProfileMissing);
    return profile;
  }

  /**
   * Creates the profile (status `registered`, recorded as `volunteer.registered`) or updates it; the status
   * is never touched here — only staff change it.
   */
  async save(
    actor: ActingUser,
    request: VolunteerProfileRequest,
  ): Promise<VolunteerProfileResponse> {
    return this.dataSource.transaction(async (manager) => {
      const [{ id, created }]: { id: string; created: boolean }[] = await manager.query(
        `INSERT INTO volunteer (user_id, languages, district, max_distance_km, availability, support_areas,
                                capacity, accepts_families_with_children, gender_preference, gender, about)
         VALUES ($1, $2::jsonb, $3, $4, $5::text[], $6::text[], $7, $8, $9, $10, $11)
         ON CONFLICT (user_id) DO UPDATE SET
           languages = EXCLUDED.languages, district = EXCLUDED.district,
           max_distance_km = EXCLUDED.max_distance_km, availability = EXCLUDED.availability,
           support_areas = EXCLUDED.support_areas, capacity = EXCLUDED.capacity,
           accepts_families_with_children = EXCLUDED.accepts_families_with_children,
           gender_preference = EXCLUDED.gender_preference, gender = EXCLUDED.gender,
           about = EXCLUDED.about, updated_at = now()
         RETURNING id, (xmax = 0) AS created`,
        [
          actor.id,
          JSON.stringify(request.languages.map(({ code, level }) => ({ code, level }))),
          request.district,
          request.maxDistanceKm,
          inVocabularyOrder(AVAILABILITY_SLOTS, request.availability),
          inVocabularyOrder(SUPPORT_AREAS, request.supportAreas),
          request.capacity,
          request.acceptsFamiliesWithChildren,
          request.genderPreference,
          // absent (an older client) counts as not stated, like an explicit null
          request.gender ?? null,
          request.about,
        ],
      );
      if (created)
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'volunteer.registered',
          subjectType: 'volunteer',
          subjectId: id,
          requestId: actor.requestId,
        });
      const profile = await loadProfileOfUser(manager, actor.id);
      if (!profile) throw new Error('volunteer profile vanished inside its own transaction');
      return profile;
    });
  }
}
