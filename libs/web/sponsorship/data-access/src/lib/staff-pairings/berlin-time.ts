// The town's zone (APP_TIME_ZONE of @zusammen/web/core, which this data-access library may not import).
const BORKEN_TIME_ZONE = 'Europe/Berlin';

/** The wall clock of `timeZone` at `instant`, as numbers. */
function wallClock(instant: number, timeZone: string): number[] {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return [part('year'), part('month'), part('day'), part('hour'), part('minute')];
}

/** Minutes `timeZone` is ahead of UTC at `instant` (60 for Berlin in winter, 120 in summer). */
function offsetMinutes(instant: number, timeZone: string): number {
  const [year, month, day, hour, minute] = wallClock(instant, timeZone);
  return Math.round((Date.UTC(year, month - 1, day, hour, minute) - instant) / 60_000);
}

/**
 * A date and a time typed into the form (`YYYY-MM-DD`, `HH:MM`), read as Borken time, as an ISO instant;
 * null when either is empty or malformed. The first meeting is agreed in local time, whatever zone the
 * coordinator's browser is set to.
 */
export function localDateTimeToIso(
  date: string,
  time: string,
  timeZone: string = BORKEN_TIME_ZONE,
): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const guess = asUtc - offsetMinutes(asUtc, timeZone) * 60_000;
  // Near a clock change the offset at the guess may differ from the one at the wall-clock time.
  const instant = asUtc - offsetMinutes(guess, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** An ISO instant as the date and time fields show it in Borken (to prefill a rescheduling). */
export function isoToLocalDateTime(
  iso: string,
  timeZone: string = BORKEN_TIME_ZONE,
): { date: string; time: string } | null {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return null;
  const [year, month, day, hour, minute] = wallClock(instant, timeZone);
  const two = (n: number): string => String(n).padStart(2, '0');
  return { date: `${year}-${two(month)}-${two(day)}`, time: `${two(hour)}:${two(minute)}` };
}
