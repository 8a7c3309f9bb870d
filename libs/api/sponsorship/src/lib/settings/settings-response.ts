import type { SponsorshipSettingsResponse } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { loadCurrentSettings } from './current-settings';

/** The newest settings version with the name of whoever saved it (null for the migration's version 1). */
export async function loadSettingsResponse(
  manager: EntityManager,
): Promise<SponsorshipSettingsResponse> {
  const settings = await loadCurrentSettings(manager);
  let updatedBy: SponsorshipSettingsResponse['updatedBy'] = null;
  if (settings.createdById) {
    const [user]: { id: string; display_name: string }[] = await manager.query(
      `SELECT id, display_name FROM user_account WHERE id = $1`,
      [settings.createdById],
    );
    if (user) updatedBy = { id: user.id, displayName: user.display_name };
  }
  return {
    version: settings.version,
    weights: settings.weights,
    normalisedWeights: settings.normalisedWeights,
    noContactDays: settings.noContactDays,
    trialMeetingsRequired: settings.trialMeetingsRequired,
    minScore: settings.minScore,
    updatedAt: settings.createdAt.toISOString(),
    updatedBy,
  };
}
