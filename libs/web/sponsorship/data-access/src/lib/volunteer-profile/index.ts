export { VolunteerProfileApi } from './volunteer-profile.api';
export type { VolunteerProfileLoadState } from './volunteer-profile.store';
export { VolunteerProfileStore } from './volunteer-profile.store';
