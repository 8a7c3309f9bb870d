import type { Routes } from '@angular/router';

/** Under /patenschaft (role volunteer): the volunteer's own profile and vetting progress (helper D fills this in). */
export const VOLUNTEER_SPONSORSHIP_ROUTES: Routes = [];

/** Under /verwaltung/patenschaften (staff, admin): volunteers with vetting, families (helper E fills this in). */
export const STAFF_SPONSORSHIP_ROUTES: Routes = [];
