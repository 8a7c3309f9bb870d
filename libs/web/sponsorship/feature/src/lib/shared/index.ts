// Form pieces for the sponsorship vocabulary, shared by the volunteer's page and the staff pages.
export { AvailabilityGridComponent } from './availability-grid/availability-grid.component';
export { DistrictSelectComponent } from './district-select/district-select.component';
export { formatDay } from './format-day';
export { LanguagesEditorComponent } from './languages-editor/languages-editor.component';
export type { SponsorshipLanguageCode } from './sponsorship-languages';
export { SPONSORSHIP_LANGUAGE_CODES, isKnownLanguageCode } from './sponsorship-languages';
export { SupportAreasComponent } from './support-areas/support-areas.component';
