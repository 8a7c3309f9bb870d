export type { LanguageOption } from './lib/language-switcher/language-option';
export { LanguageSwitcherComponent } from './lib/language-switcher/language-switcher.component';
export { LocaleSelectComponent } from './lib/locale-select/locale-select.component';
export { NotificationBellComponent } from './lib/notification-bell/notification-bell.component';
export { PasswordInputComponent } from './lib/password-input/password-input.component';
export * from './lib/staff-list';
