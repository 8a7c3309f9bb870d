export type { VolunteerListQuery } from './staff-volunteers.api';
export { StaffVolunteersApi, volunteerUrl } from './staff-volunteers.api';
export { staffListParams } from './staff-list-query';
export {
  VOLUNTEER_NEXT_STATUSES,
  missingVettingSteps,
  nextVolunteerStatuses,
  statusChangeNeedsReason,
} from './volunteer-transitions';
