export type { LanguageOption } from './lib/language-switcher/language-option';
export { LanguageSwitcherComponent } from './lib/language-switcher/language-switcher.component';
