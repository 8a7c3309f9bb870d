export type { FamilyListQuery } from './staff-families.api';
export { StaffFamiliesApi, familyUrl } from './staff-families.api';
export type { FamilyDraft, FamilyMemberDraft } from './family-draft';
export {
  emptyFamilyDraft,
  emptyMember,
  familyDraftOf,
  familyRequestOf,
  hasMinor,
} from './family-draft';
