import type { Routes } from '@angular/router';
import { requireRole, requireSignedIn } from '@zusammen/web/core';

/** Route paths (German slugs, as the town uses them). `title` values are i18n keys. */
export const APP_ROUTES: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'landing.pageTitle',
    loadComponent: () =>
      import('./pages/landing/landing-page.component').then((m) => m.LandingPageComponent),
  },
  {
    path: 'kontakt',
    title: 'contacts.pageTitle',
    loadComponent: () =>
      import('./pages/contacts/contacts-page.component').then((m) => m.ContactsPageComponent),
  },
  {
    path: 'anmelden',
    title: 'signIn.pageTitle',
    loadComponent: () =>
      import('./pages/sign-in/sign-in-page.component').then((m) => m.SignInPageComponent),
  },
  {
    path: 'konto',
    title: 'account.pageTitle',
    canActivate: [requireSignedIn],
    loadComponent: () =>
      import('./pages/account/account-page.component').then((m) => m.AccountPageComponent),
  },
  {
    path: 'benachrichtigungen',
    title: 'notifications.pageTitle',
    canActivate: [requireSignedIn],
    loadComponent: () =>
      import('./pages/notifications/notifications-page.component').then(
        (m) => m.NotificationsPageComponent,
      ),
  },
  {
    path: 'verwaltung/benachrichtigungen',
    title: 'staffNotifications.pageTitle',
    canActivate: [requireRole('staff', 'admin')],
    loadComponent: () =>
      import('./pages/staff-notifications/staff-notifications-page.component').then(
        (m) => m.StaffNotificationsPageComponent,
      ),
  },
  {
    path: '**',
    title: 'notFound.pageTitle',
    loadComponent: () =>
      import('./pages/not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
  },
];
