import { FAMILY_ENTITIES } from './family/family.entities';
import { PAIRING_ENTITIES } from './pairing/pairing.entities';
import { PROPOSAL_ENTITIES } from './proposals/proposal.entities';
import { SETTINGS_ENTITIES } from './settings/settings.entities';
import { VOLUNTEER_ENTITIES } from './volunteer/volunteer.entities';

/** Entities of the sponsorship context, for the explicit entity list of each process. */
export const SPONSORSHIP_ENTITIES = [
  ...VOLUNTEER_ENTITIES,
  ...FAMILY_ENTITIES,
  ...SETTINGS_ENTITIES,
  ...PROPOSAL_ENTITIES,
  ...PAIRING_ENTITIES,
] as const;
