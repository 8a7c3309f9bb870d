import type { MatchWeights } from '@zusammen/shared/contracts';
import { normaliseMatchWeights } from '@zusammen/shared/util';
import type { EntityManager } from 'typeorm';

/** The newest `sponsorship_settings` version, as every matching, offer and follow-up rule uses it. */
export interface CurrentSponsorshipSettings {
  version: number;
  /** As the programme lead entered them (relative). */
  weights: MatchWeights;
  /** Σ = 1, ready for the matching core. */
  normalisedWeights: MatchWeights;
  noContactDays: number;
  trialMeetingsRequired: number;
  minScore: number;
  createdById: string | null;
  createdAt: Date;
}

interface SettingsRow {
  version: number;
  weights: MatchWeights;
  no_contact_days: number;
  trial_meetings_required: number;
  min_score: number;
  created_by_id: string | null;
  created_at: Date;
}

/**
 * Reads the newest settings version. The migration inserts version 1, so there always is one; pass
 * `forShare` inside a command that must not run against settings changed under it (a settings change locks
 * the newest row `FOR UPDATE` before it adds the next version, so it waits for such commands and they for it).
 */
export async function loadCurrentSettings(
  manager: EntityManager,
  options: { forShare?: boolean; forUpdate?: boolean } = {},
): Promise<CurrentSponsorshipSettings> {
  const lock = options.forUpdate ? ' FOR UPDATE' : options.forShare ? ' FOR SHARE' : '';
  const rows: SettingsRow[] = await manager.query(
    `SELECT version, weights, no_contact_days, trial_meetings_required, min_score, created_by_id, created_at
       FROM sponsorship_settings ORDER BY version DESC LIMIT 1${lock}`,
  );
  const [row] = rows;
  if (!row) throw new Error('sponsorship_settings has no row: run the migrations');
  return {
    version: row.version,
    weights: row.weights,
    normalisedWeights: normaliseMatchWeights(row.weights),
    noContactDays: row.no_contact_days,
    trialMeetingsRequired: row.trial_meetings_required,
    minScore: Number(row.min_score),
    createdById: row.created_by_id,
    createdAt: row.created_at,
  };
}
