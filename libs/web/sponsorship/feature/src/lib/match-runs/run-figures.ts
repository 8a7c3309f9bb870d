import type { MatchComponent, MatchWeights } from '@zusammen/shared/contracts';
import { MATCH_COMPONENTS } from '@zusammen/shared/contracts';

/** A run's weights as shares of their sum (runs may store them as entered); raw when they sum to 0. */
export function weightSharesOf(weights: MatchWeights): MatchWeights {
  const sum = MATCH_COMPONENTS.reduce((total, c) => total + Math.max(weights[c] ?? 0, 0), 0);
  return Object.fromEntries(
    MATCH_COMPONENTS.map((c) => [c, sum > 0 ? Math.max(weights[c] ?? 0, 0) / sum : 0]),
  ) as MatchWeights;
}

/** Above this share of the total score one component outweighs all the others together. */
export const DOMINANT_SHARE = 0.5;

/** The component that contributed most, and whether it outweighs all others together. */
export function largestShare(
  shares: Readonly<Record<MatchComponent, number>>,
): { component: MatchComponent; share: number; dominant: boolean } | null {
  let best: { component: MatchComponent; share: number } | null = null;
  for (const component of MATCH_COMPONENTS) {
    const share = shares[component] ?? 0;
    if (share > 0 && (best === null || share > best.share)) best = { component, share };
  }
  return best && { ...best, dominant: best.share > DOMINANT_SHARE };
}

/** How long the computation took, in the reader's language: milliseconds below a second. */
export function formatDuration(ms: number, locale: string): string {
  return ms < 1000
    ? new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'millisecond',
        maximumFractionDigits: 0,
      }).format(ms)
    : new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: 'second',
        maximumFractionDigits: 1,
      }).format(ms / 1000);
}

/** A sum of scores, two decimals at most (e.g. "7,42"). */
export function formatScore(score: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(score);
}
