import type { Routes } from '@angular/router';
import {
  BorrowersStore,
  DamageCasesStore,
  HandoutStore,
  MyBikeStore,
  RentalDetailStore,
  RentalsStore,
  WaitlistStore,
} from '@zusammen/web/workshop/data-access';

/** Under /werkstatt: the rental desk (Ausgabe), borrowers, rentals and call list, damage cases, waiting list. */
export const COUNTER_ROUTES: Routes = [
  {
    path: 'ausgabe',
    title: 'workshopCounter.desk.title',
    providers: [HandoutStore],
    loadComponent: () =>
      import('./desk/counter-page.component').then((m) => m.CounterPageComponent),
  },
  {
    path: 'ausleihen',
    title: 'workshopCounter.rentals.title',
    providers: [RentalsStore],
    loadComponent: () =>
      import('./rentals/rentals-page.component').then((m) => m.RentalsPageComponent),
  },
  {
    path: 'ausleihen/:rentalId',
    title: 'workshopCounter.rental.title',
    providers: [RentalDetailStore],
    loadComponent: () =>
      import('./rentals/rental-page.component').then((m) => m.RentalPageComponent),
  },
  {
    path: 'personen',
    title: 'workshopCounter.people.title',
    providers: [BorrowersStore],
    loadComponent: () =>
      import('./people/people-page.component').then((m) => m.PeoplePageComponent),
  },
  {
    path: 'personen/neu',
    title: 'workshopCounter.people.newTitle',
    providers: [BorrowersStore],
    loadComponent: () =>
      import('./people/person-new-page.component').then((m) => m.PersonNewPageComponent),
  },
  {
    path: 'personen/:borrowerId',
    title: 'workshopCounter.person.title',
    providers: [BorrowersStore],
    loadComponent: () =>
      import('./people/person-page.component').then((m) => m.PersonPageComponent),
  },
  {
    path: 'warteliste',
    title: 'workshopCounter.waitlist.title',
    providers: [WaitlistStore],
    loadComponent: () =>
      import('./waitlist/waitlist-page.component').then((m) => m.WaitlistPageComponent),
  },
  {
    path: 'schaeden',
    title: 'workshopCounter.damage.title',
    providers: [DamageCasesStore],
    loadComponent: () =>
      import('./damage/damage-page.component').then((m) => m.DamagePageComponent),
  },
];

/** Under /mein-fahrrad (resident): own rentals, due dates, waiting list. */
export const MY_BIKE_ROUTES: Routes = [
  {
    path: '',
    title: 'workshopCounter.mine.title',
    providers: [MyBikeStore],
    loadComponent: () => import('./mine/my-bike-page.component').then((m) => m.MyBikePageComponent),
  },
];
