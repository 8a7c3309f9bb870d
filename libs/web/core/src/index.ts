export { acceptLanguageInterceptor } from './lib/http/accept-language.interceptor';
export { provideApiHttp } from './lib/http/provide-api-http';
export { sessionExpiredInterceptor } from './lib/http/session-expired.interceptor';
export { GermanFallbackMissingHandler } from './lib/i18n/german-fallback-missing.handler';
export { provideI18n } from './lib/i18n/provide-i18n';
export { SITE_NAME_KEY, TranslatedTitleStrategy } from './lib/i18n/translated-title.strategy';
export { TranslocoHttpLoader } from './lib/i18n/transloco-http.loader';
export type { InitialLocaleSources } from './lib/locale/initial-locale';
export {
  LOCALE_QUERY_PARAM,
  resolveInitialLocale,
  toSupportedLocale,
} from './lib/locale/initial-locale';
export { LocaleDirectionality } from './lib/locale/locale-directionality';
export { LOCALE_NATIVE_NAMES } from './lib/locale/locale-names';
export { LOCALE_CHOSEN_KEY, LOCALE_STORAGE_KEY, LocaleService } from './lib/locale/locale.service';
export type { TextDirection } from './lib/locale/text-direction';
export { textDirectionOf } from './lib/locale/text-direction';
export type { NavAudience, NavItem } from './lib/navigation/nav-item';
export { NAV_ITEMS } from './lib/navigation/nav-items';
export { visibleNavItems } from './lib/navigation/visible-nav-items';
export { ProfileApi } from './lib/profile/profile.api';
export type {
  FieldMessages,
  ProfileFailure,
  WeakPasswordReason,
} from './lib/profile/profile-error';
export { profileFailureOf, weakPasswordReasonOf } from './lib/profile/profile-error';
export { provideSession } from './lib/session/provide-session';
export { safeReturnUrl } from './lib/session/return-url';
export { requireRole, requireSignedIn, signInUrlTree } from './lib/session/session.guards';
export { ACCOUNT_PATH, RETURN_URL_PARAM, SIGN_IN_PATH } from './lib/session/session-paths';
export { SessionStore } from './lib/session/session.store';
export { SignOutAction } from './lib/session/sign-out.action';
export type { SessionStatus, SignInError, SignInOutcome } from './lib/session/sign-in-outcome';
export { APP_TIME_ZONE, formatDateTime } from './lib/notifications/format-date-time';
export { notificationTextKey } from './lib/notifications/notification-text-key';
export { NOTIFICATION_CURSOR_PARAM, NotificationsApi } from './lib/notifications/notifications.api';
export { UNREAD_REFRESH_MS, UnreadCountStore } from './lib/notifications/unread-count.store';
export * from './lib/admin';
export * from './lib/account';
