import type { Routes } from '@angular/router';
import {
  MatchRunsStore,
  MyPairingsStore,
  VolunteerPairingStore,
  VolunteerProfileStore,
} from '@zusammen/web/sponsorship/data-access';

/**
 * Under /patenschaft (role volunteer, guarded on the parent route): own profile, vetting progress and the
 * overview of pairings; `tandems/:id` is one pairing with answers and the contact log.
 */
export const VOLUNTEER_SPONSORSHIP_ROUTES: Routes = [
  {
    path: '',
    title: 'volunteerProfile.pageTitle',
    providers: [VolunteerProfileStore, MyPairingsStore],
    loadComponent: () =>
      import('./volunteer-profile/volunteer-profile-page.component').then(
        (m) => m.VolunteerProfilePageComponent,
      ),
  },
  {
    path: 'tandems/:id',
    title: 'volunteerPairings.pageTitle',
    providers: [VolunteerPairingStore],
    loadComponent: () =>
      import('./volunteer-pairings/volunteer-pairing-page.component').then(
        (m) => m.VolunteerPairingPageComponent,
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
  {
    path: 'tandems',
    title: 'staffPairings.pageTitle',
    loadComponent: () =>
      import('./staff-pairings/staff-pairings-page.component').then(
        (m) => m.StaffPairingsPageComponent,
      ),
  },
  {
    path: 'tandems/:id',
    title: 'staffPairings.detail.pageTitle',
    loadComponent: () =>
      import('./staff-pairings/staff-pairing-detail-page.component').then(
        (m) => m.StaffPairingDetailPageComponent,
      ),
  },
  {
    path: 'vorschlaege',
    title: 'matchRuns.pageTitle',
    providers: [MatchRunsStore],
    loadComponent: () =>
      import('./match-runs/match-runs-page.component').then((m) => m.MatchRunsPageComponent),
  },
  {
    path: 'berichte',
    title: 'sponsorshipReports.pageTitle',
    loadComponent: () =>
      import('./sponsorship-reports/sponsorship-reports-page.component').then(
        (m) => m.SponsorshipReportsPageComponent,
      ),
  },
  {
    path: 'einstellungen',
    title: 'sponsorshipSettings.pageTitle',
    loadComponent: () =>
      import('./sponsorship-settings/sponsorship-settings-page.component').then(
        (m) => m.SponsorshipSettingsPageComponent,
      ),
  },
];
