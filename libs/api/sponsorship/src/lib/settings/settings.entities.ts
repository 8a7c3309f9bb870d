import { SponsorshipSettings } from './sponsorship-settings.entity';

/** The versioned Patenmodell settings. */
export const SETTINGS_ENTITIES = [SponsorshipSettings] as const;
