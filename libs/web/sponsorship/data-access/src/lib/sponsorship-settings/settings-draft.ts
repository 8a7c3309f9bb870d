import type {
  MatchComponent,
  MatchWeights,
  SponsorshipSettingsRequest,
  SponsorshipSettingsResponse,
} from '@zusammen/shared/contracts';
import { MATCH_COMPONENTS } from '@zusammen/shared/contracts';

/** Bounds of the settings form (the database checks the follow-up ones too). */
export const SETTINGS_LIMITS = {
  weight: { min: 0, max: 10, step: 0.05 },
  noContactDays: { min: 7, max: 90 },
  trialMeetingsRequired: { min: 1, max: 10 },
  minScore: { min: 0, max: 1, step: 0.05 },
} as const;

/** The settings form as typed: number fields hold their text, so a half-typed value is never lost. */
export interface SettingsDraft {
  weights: Record<MatchComponent, string>;
  noContactDays: string;
  trialMeetingsRequired: string;
  minScore: string;
}

/**
 * A field to fix, in form order: one weight, the weights as a whole (all zero), a follow-up rule, or the
 * form when the server names nothing we know.
 */
export type SettingsField =
  | `weights.${MatchComponent}`
  | 'weights'
  | 'noContactDays'
  | 'trialMeetingsRequired'
  | 'minScore'
  | 'form';

export const SETTINGS_FIELDS: readonly SettingsField[] = [
  ...MATCH_COMPONENTS.map((c) => `weights.${c}` as const),
  'weights',
  'noContactDays',
  'trialMeetingsRequired',
  'minScore',
  'form',
];

/** A typed number; a decimal comma counts as a point. `null` for empty or not a number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

export function settingsDraftOf(settings: SponsorshipSettingsResponse): SettingsDraft {
  return {
    weights: Object.fromEntries(
      MATCH_COMPONENTS.map((c) => [c, String(settings.weights[c])]),
    ) as Record<MatchComponent, string>,
    noContactDays: String(settings.noContactDays),
    trialMeetingsRequired: String(settings.trialMeetingsRequired),
    minScore: String(settings.minScore),
  };
}

/** A typed weight, or null when it is no number or outside 0–10. */
export function weightOf(text: string): number | null {
  const value = parseDecimal(text);
  const { min, max } = SETTINGS_LIMITS.weight;
  return value !== null && value >= min && value <= max ? value : null;
}

/**
 * Each weight's share of the sum (what it will count, Σ = 1), as the programme lead types. A weight that
 * is not a valid number has no share and counts as 0 for the others; all null when nothing is above 0.
 */
export function weightShares(
  weights: Readonly<Record<MatchComponent, string>>,
): Record<MatchComponent, number | null> {
  const values = MATCH_COMPONENTS.map((c) => [c, weightOf(weights[c])] as const);
  const sum = values.reduce((total, [, value]) => total + (value ?? 0), 0);
  return Object.fromEntries(
    values.map(([c, value]) => [c, value === null || sum <= 0 ? null : value / sum]),
  ) as Record<MatchComponent, number | null>;
}

function integerIn(text: string, min: number, max: number): boolean {
  const value = parseDecimal(text);
  return value !== null && Number.isInteger(value) && value >= min && value <= max;
}

/** The weights to send, or null while any of them is invalid or all are 0. */
export function weightsOf(weights: Readonly<Record<MatchComponent, string>>): MatchWeights | null {
  const parsed = MATCH_COMPONENTS.map((c) => [c, weightOf(weights[c])] as const);
  if (parsed.some(([, value]) => value === null)) return null;
  if (parsed.every(([, value]) => value === 0)) return null;
  return Object.fromEntries(parsed) as MatchWeights;
}

/** Weight fields to fix, then `weights` when every weight is valid but all are 0. */
export function invalidWeightFields(
  weights: Readonly<Record<MatchComponent, string>>,
): SettingsField[] {
  const invalid: SettingsField[] = MATCH_COMPONENTS.filter(
    (c) => weightOf(weights[c]) === null,
  ).map((c) => `weights.${c}` as const);
  if (invalid.length === 0 && weightsOf(weights) === null) invalid.push('weights');
  return invalid;
}

/** Every field to fix, in form order (empty when the draft can be sent). */
export function invalidSettingsFields(draft: SettingsDraft): SettingsField[] {
  const invalid = invalidWeightFields(draft.weights);
  const { noContactDays, trialMeetingsRequired, minScore } = SETTINGS_LIMITS;
  if (!integerIn(draft.noContactDays, noContactDays.min, noContactDays.max)) {
    invalid.push('noContactDays');
  }
  if (
    !integerIn(draft.trialMeetingsRequired, trialMeetingsRequired.min, trialMeetingsRequired.max)
  ) {
    invalid.push('trialMeetingsRequired');
  }
  const score = parseDecimal(draft.minScore);
  if (score === null || score < minScore.min || score > minScore.max) invalid.push('minScore');
  return invalid;
}

/** What is sent; call only when {@link invalidSettingsFields} is empty. */
export function settingsRequestOf(draft: SettingsDraft): SponsorshipSettingsRequest {
  const weights = weightsOf(draft.weights);
  if (!weights) throw new RangeError('The weights are not valid');
  return {
    weights,
    noContactDays: Number(parseDecimal(draft.noContactDays)),
    trialMeetingsRequired: Number(parseDecimal(draft.trialMeetingsRequired)),
    minScore: Number(parseDecimal(draft.minScore)),
  };
}

/**
 * The server's 422 field names (`weights.language`, `noContactDays`, …) as form fields, in form order;
 * `form` when it named none we know.
 */
export function settingsFieldsOf(serverFields: readonly string[]): SettingsField[] {
  const named = new Set<SettingsField>();
  for (const name of serverFields) {
    const known = SETTINGS_FIELDS.find((field) => field !== 'form' && field === name);
    named.add(known ?? (name.startsWith('weights') ? 'weights' : 'form'));
  }
  const fields = SETTINGS_FIELDS.filter((field) => named.has(field));
  return fields.length > 0 ? fields : ['form'];
}
