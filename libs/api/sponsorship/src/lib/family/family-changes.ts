import type { FamilyRequest } from '@zusammen/shared/contracts';

/** The stored form of a request's fields: absent optionals are null, set-like lists are sorted. */
function comparable(request: FamilyRequest): Record<keyof FamilyRequest, unknown> {
  return {
    contactName: request.contactName,
    contactChannel: request.contactChannel,
    contactPhone: request.contactPhone ?? null,
    preferredLocale: request.preferredLocale,
    district: request.district,
    languages: request.languages.map(({ code, level }) => [code, level]),
    members: request.members.map(({ alias, ageBand, gender }) => [alias, ageBand, gender ?? null]),
    needs: [...request.needs].sort(),
    availability: [...request.availability].sort(),
    volunteerGenderPreference: request.volunteerGenderPreference,
    interpreterAvailable: request.interpreterAvailable,
    urgent: request.urgent,
    staffNote: request.staffNote ?? null,
  };
}

/**
 * Names of the fields a full replace changes, for the `family.updated` audit entry (names only, never values:
 * the audit log holds no personal data). Member and language order count (staff chose it); needs and
 * availability are sets.
 */
export function changedFamilyFields(
  before: FamilyRequest,
  after: FamilyRequest,
): (keyof FamilyRequest)[] {
  const old = comparable(before);
  const next = comparable(after);
  return (Object.keys(next) as (keyof FamilyRequest)[]).filter(
    (field) => JSON.stringify(old[field]) !== JSON.stringify(next[field]),
  );
}
