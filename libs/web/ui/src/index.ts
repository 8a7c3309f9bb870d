export type { LanguageOption } from './lib/language-switcher/language-option';
export { LanguageSwitcherComponent } from './lib/language-switcher/language-switcher.component';
export { NotificationBellComponent } from './lib/notification-bell/notification-bell.component';
