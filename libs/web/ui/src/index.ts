export type { LanguageOption } from './lib/language-switcher/language-option';
export { LanguageSwitcherComponent } from './lib/language-switcher/language-switcher.component';
export { LocaleSelectComponent } from './lib/locale-select/locale-select.component';
export { NotificationBellComponent } from './lib/notification-bell/notification-bell.component';
export { PasswordInputComponent } from './lib/password-input/password-input.component';
export * from './lib/staff-list';
export {
  FormErrorSummaryComponent,
  type FormErrorItem,
} from './lib/form-error-summary/form-error-summary.component';
export { BarChartComponent, type ChartBar } from './lib/bar-chart/bar-chart.component';
export { SectionNavComponent, type SectionNavItem } from './lib/section-nav/section-nav.component';
