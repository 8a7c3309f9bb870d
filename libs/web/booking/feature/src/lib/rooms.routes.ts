import type { Routes } from '@angular/router';
import {
  MyBookingsStore,
  PendingRequestsStore,
  RoomCalendarStore,
} from '@zusammen/web/booking/data-access';

/** Under /raeume (organizer, staff): room calendars, booking form, own bookings and events. */
export const ORGANIZER_ROOM_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'rooms.calendar.pageTitle',
    providers: [RoomCalendarStore],
    loadComponent: () =>
      import('./rooms/calendar/room-calendar-page.component').then(
        (m) => m.RoomCalendarPageComponent,
      ),
  },
  {
    path: 'buchen',
    title: 'rooms.form.pageTitle',
    loadComponent: () =>
      import('./rooms/booking-form/booking-form-page.component').then(
        (m) => m.BookingFormPageComponent,
      ),
  },
  {
    path: 'meine',
    title: 'rooms.mine.pageTitle',
    providers: [MyBookingsStore],
    loadComponent: () =>
      import('./rooms/my-bookings/my-bookings-page.component').then(
        (m) => m.MyBookingsPageComponent,
      ),
  },
];

/** Under /verwaltung/raeume (staff, admin): approvals, room settings, quotas, closures, utilisation. */
export const STAFF_ROOM_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'anfragen' },
  {
    path: 'anfragen',
    title: 'rooms.requests.pageTitle',
    providers: [PendingRequestsStore],
    loadComponent: () =>
      import('./rooms/staff/staff-requests-page.component').then(
        (m) => m.StaffRequestsPageComponent,
      ),
  },
  {
    path: 'einstellungen',
    title: 'rooms.settings.pageTitle',
    loadComponent: () =>
      import('./rooms/staff/room-settings-page.component').then((m) => m.RoomSettingsPageComponent),
  },
  {
    path: 'sperrzeiten',
    title: 'rooms.closures.pageTitle',
    loadComponent: () =>
      import('./rooms/staff/closures-page.component').then((m) => m.ClosuresPageComponent),
  },
  {
    path: 'kontingente',
    title: 'rooms.quotas.pageTitle',
    loadComponent: () =>
      import('./rooms/staff/quotas-page.component').then((m) => m.QuotasPageComponent),
  },
  {
    path: 'auslastung',
    title: 'rooms.utilisation.pageTitle',
    loadComponent: () =>
      import('./rooms/staff/utilisation-page.component').then((m) => m.UtilisationPageComponent),
  },
];
