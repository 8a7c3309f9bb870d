import type { OpeningHours } from '@zusammen/shared/contracts';

const minutes = (time: string): number => {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
};

/** Problems of a week's opening hours (field `openingHours`): closing after opening, no overlaps within a day. */
export function openingHoursProblems(hours: readonly OpeningHours[]): string[] {
  const problems: string[] = [];
  for (const entry of hours) {
    if (minutes(entry.closes) <= minutes(entry.opens))
      problems.push(
        `weekday ${entry.weekday}: closes must be after opens (${entry.opens}–${entry.closes})`,
      );
  }
  for (let weekday = 1; weekday <= 7; weekday++) {
    const day = hours
      .filter((h) => h.weekday === weekday)
      .sort((a, b) => minutes(a.opens) - minutes(b.opens));
    for (let i = 1; i < day.length; i++) {
      if (minutes(day[i].opens) < minutes(day[i - 1].closes))
        problems.push(`weekday ${weekday}: opening hours overlap`);
    }
  }
  return problems;
}
