import type { Routes } from '@angular/router';
import { VolunteerProfileStore } from '@zusammen/web/sponsorship/data-access';

/** Under /patenschaft (role volunteer, guarded on the parent route): own profile and vetting progress. */
export const VOLUNTEER_SPONSORSHIP_ROUTES: Routes = [
  {
    path: '',
    title: 'volunteerProfile.pageTitle',
    providers: [VolunteerProfileStore],
    loadComponent: () =>
      import('./volunteer-profile/volunteer-profile-page.component').then(
        (m) => m.VolunteerProfilePageComponent,
      ),
  },
];

/** Under /verwaltung/patenschaften (staff, admin, guarded on the parent route): volunteers with vetting, families. */
export const STAFF_SPONSORSHIP_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'paten' },
  {
    path: 'paten',
    title: 'staffVolunteers.pageTitle',
    loadComponent: () =>
      import('./staff-volunteers/staff-volunteers-page.component').then(
        (m) => m.StaffVolunteersPageComponent,
      ),
  },
  {
    path: 'paten/:id',
    title: 'staffVolunteers.detail.pageTitle',
    loadComponent: () =>
      import('./staff-volunteers/staff-volunteer-detail-page.component').then(
        (m) => m.StaffVolunteerDetailPageComponent,
      ),
  },
  {
    path: 'familien',
    title: 'staffFamilies.pageTitle',
    loadComponent: () =>
      import('./staff-families/staff-families-page.component').then(
        (m) => m.StaffFamiliesPageComponent,
      ),
  },
  {
    path: 'familien/neu',
    title: 'staffFamilies.form.newPageTitle',
    loadComponent: () =>
      import('./staff-families/staff-family-page.component').then(
        (m) => m.StaffFamilyPageComponent,
      ),
  },
  {
    path: 'familien/:id',
    title: 'staffFamilies.form.pageTitle',
    loadComponent: () =>
      import('./staff-families/staff-family-page.component').then(
        (m) => m.StaffFamilyPageComponent,
      ),
  },
];
