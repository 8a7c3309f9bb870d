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
    path: 'registrieren',
    title: 'signUp.pageTitle',
    loadComponent: () =>
      import('./pages/sign-up/sign-up-page.component').then((m) => m.SignUpPageComponent),
  },
  {
    path: 'e-mail-bestaetigen',
    title: 'verifyEmail.pageTitle',
    loadComponent: () =>
      import('./pages/verify-email/verify-email-page.component').then(
        (m) => m.VerifyEmailPageComponent,
      ),
  },
  {
    path: 'passwort-vergessen',
    title: 'forgotPassword.pageTitle',
    loadComponent: () =>
      import('./pages/forgot-password/forgot-password-page.component').then(
        (m) => m.ForgotPasswordPageComponent,
      ),
  },
  {
    path: 'passwort-neu',
    title: 'resetPassword.pageTitle',
    loadComponent: () =>
      import('./pages/reset-password/reset-password-page.component').then(
        (m) => m.ResetPasswordPageComponent,
      ),
  },
  {
    path: 'einstellungen/benachrichtigungen',
    title: 'notificationSettings.pageTitle',
    canActivate: [requireSignedIn],
    loadComponent: () =>
      import('./pages/notification-settings/notification-settings-page.component').then(
        (m) => m.NotificationSettingsPageComponent,
      ),
  },
  {
    path: 'verwaltung/benutzer',
    title: 'adminUsers.pageTitle',
    canActivate: [requireRole('admin')],
    loadComponent: () =>
      import('./pages/admin-users/admin-users-page.component').then(
        (m) => m.AdminUsersPageComponent,
      ),
  },
  {
    path: 'verwaltung/benutzer/:id',
    title: 'adminUserDetail.pageTitle',
    canActivate: [requireRole('admin')],
    loadComponent: () =>
      import('./pages/admin-users/admin-user-detail-page.component').then(
        (m) => m.AdminUserDetailPageComponent,
      ),
  },
  {
    path: 'verwaltung/schalter',
    title: 'deskResidents.pageTitle',
    canActivate: [requireRole('staff', 'admin')],
    loadComponent: () =>
      import('./pages/desk-residents/desk-residents-page.component').then(
        (m) => m.DeskResidentsPageComponent,
      ),
  },
  {
    path: 'verwaltung/protokoll',
    title: 'auditLog.pageTitle',
    canActivate: [requireRole('staff', 'admin')],
    loadComponent: () =>
      import('./pages/audit-log/audit-log-page.component').then((m) => m.AuditLogPageComponent),
  },
  {
    path: 'patenschaft',
    canActivate: [requireRole('volunteer')],
    loadChildren: () =>
      import('@zusammen/web/sponsorship/feature').then((m) => m.VOLUNTEER_SPONSORSHIP_ROUTES),
  },
  {
    path: 'verwaltung/patenschaften',
    canActivate: [requireRole('staff', 'admin')],
    loadChildren: () =>
      import('@zusammen/web/sponsorship/feature').then((m) => m.STAFF_SPONSORSHIP_ROUTES),
  },
  {
    path: 'programm',
    loadChildren: () => import('@zusammen/web/booking/feature').then((m) => m.PROGRAMME_ROUTES),
  },
  {
    path: 'meine-termine',
    canActivate: [requireSignedIn],
    loadChildren: () => import('@zusammen/web/booking/feature').then((m) => m.MY_DATES_ROUTES),
  },
  {
    path: 'raeume/veranstaltungen',
    canActivate: [requireRole('organizer', 'staff', 'admin')],
    loadChildren: () =>
      import('@zusammen/web/booking/feature').then((m) => m.ORGANIZER_EVENT_ROUTES),
  },
  {
    path: 'verwaltung/raeume/termine',
    canActivate: [requireRole('organizer', 'staff', 'admin')],
    loadChildren: () => import('@zusammen/web/booking/feature').then((m) => m.CHECK_IN_ROUTES),
  },
  {
    path: 'raeume',
    canActivate: [requireRole('organizer', 'staff', 'admin')],
    loadChildren: () =>
      import('@zusammen/web/booking/feature').then((m) => m.ORGANIZER_ROOM_ROUTES),
  },
  {
    path: 'verwaltung/raeume',
    canActivate: [requireRole('staff', 'admin')],
    loadChildren: () => import('@zusammen/web/booking/feature').then((m) => m.STAFF_ROOM_ROUTES),
  },
  {
    path: 'werkstatt',
    canActivate: [requireRole('workshop', 'staff', 'admin')],
    loadChildren: () => import('@zusammen/web/workshop/feature').then((m) => m.WORKSHOP_ROUTES),
  },
  {
    path: 'mein-fahrrad',
    canActivate: [requireRole('resident')],
    loadChildren: () => import('@zusammen/web/workshop/feature').then((m) => m.MY_BIKE_ROUTES),
  },
  {
    path: '**',
    title: 'notFound.pageTitle',
    loadComponent: () =>
      import('./pages/not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
  },
];
