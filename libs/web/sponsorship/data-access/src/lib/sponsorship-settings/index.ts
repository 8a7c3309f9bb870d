export { SponsorshipSettingsApi } from './sponsorship-settings.api';
export type { SettingsDraft, SettingsField } from './settings-draft';
export {
  SETTINGS_FIELDS,
  SETTINGS_LIMITS,
  invalidSettingsFields,
  invalidWeightFields,
  parseDecimal,
  settingsDraftOf,
  settingsFieldsOf,
  settingsRequestOf,
  weightOf,
  weightShares,
  weightsOf,
} from './settings-draft';
