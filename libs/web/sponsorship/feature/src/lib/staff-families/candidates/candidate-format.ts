/** How well a candidate fits, in words: the total score is never shown as a number alone. */
export type FitLevel = 'veryGood' | 'good' | 'partial' | 'low';

/** Lower bounds of the fit levels (total score in [0, 1]), best first. */
const FIT_LEVELS: readonly (readonly [FitLevel, number])[] = [
  ['veryGood', 0.75],
  ['good', 0.5],
  ['partial', 0.25],
  ['low', 0],
];

export function fitLevelOf(total: number): FitLevel {
  return FIT_LEVELS.find(([, floor]) => total >= floor)?.[0] ?? 'low';
}

/** A share in [0, 1] as a whole percentage in the reader's language (e.g. "82 %" in German). */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** A straight-line distance in km, one decimal at most (e.g. "3,5 km"). */
export function formatKm(km: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: 1,
  }).format(km);
}

/** A count in the reader's digits, so it matches the percentages beside it. */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}
