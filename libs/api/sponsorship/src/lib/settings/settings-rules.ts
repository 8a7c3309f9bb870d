import type { FieldErrors } from '@zusammen/api/core';
import { MATCH_COMPONENTS, type MatchWeights } from '@zusammen/shared/contracts';
import { SETTINGS_LIMITS } from './sponsorship-settings.entity';

/**
 * What is wrong with a set of relative weights, by field (`weights.language`, … and `weights` for the sum):
 * every component present, a finite number within 0–100, and at least one above 0 (otherwise nothing could be
 * normalised). The DTO checks the types first; this is the whole rule, so the service and the spec share it.
 */
export function weightsProblems(
  weights: Partial<Record<string, unknown>>,
  field = 'weights',
): FieldErrors {
  const problems: FieldErrors = {};
  const { min, max } = SETTINGS_LIMITS.weight;
  let sum = 0;
  for (const component of MATCH_COMPONENTS) {
    const value = weights[component];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems[`${field}.${component}`] = [`${component} must be a number`];
    } else if (value < min || value > max) {
      problems[`${field}.${component}`] = [`${component} must be between ${min} and ${max}`];
    } else {
      sum += value;
    }
  }
  for (const key of Object.keys(weights)) {
    if (!(MATCH_COMPONENTS as readonly string[]).includes(key)) {
      problems[`${field}.${key}`] = [`${key} is not a score component`];
    }
  }
  if (Object.keys(problems).length === 0 && !(sum > 0)) {
    problems[field] = ['at least one weight must be above 0'];
  }
  return problems;
}

/** The checked weights, typed (call after `weightsProblems` found nothing). */
export function toMatchWeights(weights: MatchWeights): MatchWeights {
  return Object.fromEntries(MATCH_COMPONENTS.map((c) => [c, weights[c]])) as MatchWeights;
}
