import type { Routes } from '@angular/router';
import {
  CheckInStore,
  EventDetailStore,
  MyDatesStore,
  OrganizerEventsStore,
  ProgrammeStore,
} from '@zusammen/web/booking/data-access';

/** Under /programm (public): what's on, event detail with registration. */
export const PROGRAMME_ROUTES: Routes = [
  {
    path: '',
    title: 'events.programme.pageTitle',
    providers: [ProgrammeStore],
    loadComponent: () =>
      import('./events/programme/programme-page.component').then((m) => m.ProgrammePageComponent),
  },
  {
    path: ':eventId',
    title: 'events.detail.pageTitle',
    providers: [EventDetailStore],
    loadComponent: () =>
      import('./events/programme/event-detail-page.component').then(
        (m) => m.EventDetailPageComponent,
      ),
  },
];

/** Under /meine-termine (signed in): own registrations, waiting-list offers, personal calendar feed. */
export const MY_DATES_ROUTES: Routes = [
  {
    path: '',
    title: 'events.myDates.pageTitle',
    providers: [MyDatesStore],
    loadComponent: () =>
      import('./events/my-dates/my-dates-page.component').then((m) => m.MyDatesPageComponent),
  },
];

/**
 * Under /raeume/veranstaltungen (organizer, staff; guarded on the parent route): the organizer's events with
 * their dates, seats and waiting lists; `neu` puts a new event on one of their bookings.
 */
export const ORGANIZER_EVENT_ROUTES: Routes = [
  {
    path: '',
    title: 'events.organizer.pageTitle',
    providers: [OrganizerEventsStore],
    loadComponent: () =>
      import('./events/organizer/organizer-events-page.component').then(
        (m) => m.OrganizerEventsPageComponent,
      ),
  },
  {
    path: 'neu',
    title: 'events.form.pageTitle',
    providers: [OrganizerEventsStore],
    loadComponent: () =>
      import('./events/organizer/event-form-page.component').then((m) => m.EventFormPageComponent),
  },
];

/**
 * Under /verwaltung/raeume/termine (staff, and organizers for their own dates; guarded on the parent route):
 * `:occurrenceId` is the list at the door (check-in, print, desk registration). `?veranstaltung=` names the
 * event for the heading.
 */
export const CHECK_IN_ROUTES: Routes = [
  {
    path: ':occurrenceId',
    title: 'events.checkIn.pageTitle',
    providers: [CheckInStore],
    loadComponent: () =>
      import('./events/check-in/check-in-page.component').then((m) => m.CheckInPageComponent),
  },
];
