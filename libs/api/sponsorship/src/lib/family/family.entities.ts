import { FamilyConsent } from './family-consent.entity';
import { FamilyMember } from './family-member.entity';
import { Family } from './family.entity';

/** Entities of families, members and consent. */
export const FAMILY_ENTITIES = [Family, FamilyMember, FamilyConsent] as const;
