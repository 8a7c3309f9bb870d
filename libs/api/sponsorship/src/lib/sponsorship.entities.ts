import { FAMILY_ENTITIES } from './family/family.entities';
import { VOLUNTEER_ENTITIES } from './volunteer/volunteer.entities';

/** Entities of the sponsorship context, for the explicit entity list of each process. */
export const SPONSORSHIP_ENTITIES = [...VOLUNTEER_ENTITIES, ...FAMILY_ENTITIES] as const;
