import type { OpeningHours, RoomDetail, RoomUpdateRequest } from '@zusammen/shared/contracts';
import { isWallTime, minutesOf } from './berlin-calendar';

/** One weekday of the opening-hours editor (1 = Monday … 7 = Sunday). */
export interface OpeningDayDraft {
  weekday: number;
  open: boolean;
  opens: string;
  closes: string;
}

/** The room settings form as typed. */
export interface RoomSettingsDraft {
  days: OpeningDayDraft[];
  setupMinutes: string;
  teardownMinutes: string;
  requiresApproval: boolean;
  maxDaysAhead: string;
  keyLocation: string;
}

export type RoomSettingsField =
  | `opens-${number}`
  | `closes-${number}`
  | 'setupMinutes'
  | 'teardownMinutes'
  | 'maxDaysAhead'
  | 'keyLocation';
export type RoomSettingsProblem = 'required' | 'order' | 'range' | 'tooLong';

export const MAX_BUFFER_MINUTES = 240;
export const MAX_DAYS_AHEAD = 730;
export const MAX_KEY_LOCATION_LENGTH = 200;

/**
 * The form for a room: one span per weekday (a weekday with several spans is shown from its first opening
 * to its last closing), the buffers, approval, how far ahead and where the key is.
 */
export function roomSettingsDraft(room: RoomDetail): RoomSettingsDraft {
  const days = Array.from({ length: 7 }, (_, i): OpeningDayDraft => {
    const weekday = i + 1;
    const entries = room.openingHours.filter((h) => h.weekday === weekday);
    if (entries.length === 0) return { weekday, open: false, opens: '09:00', closes: '17:00' };
    const opens = entries.map((h) => h.opens).sort()[0];
    const closes = entries.map((h) => h.closes).sort()[entries.length - 1];
    return { weekday, open: true, opens: opens.slice(0, 5), closes: closes.slice(0, 5) };
  });
  return {
    days,
    setupMinutes: String(room.setupMinutes),
    teardownMinutes: String(room.teardownMinutes),
    requiresApproval: room.requiresApproval,
    maxDaysAhead: String(room.maxDaysAhead),
    keyLocation: room.keyLocation ?? '',
  };
}

function whole(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

export function roomSettingsProblems(
  draft: RoomSettingsDraft,
): Partial<Record<RoomSettingsField, RoomSettingsProblem>> {
  const problems: Partial<Record<RoomSettingsField, RoomSettingsProblem>> = {};
  for (const day of draft.days) {
    if (!day.open) continue;
    const opensOk = isWallTime(day.opens);
    const closesOk = isWallTime(day.closes) || day.closes === '24:00';
    if (!opensOk) problems[`opens-${day.weekday}`] = 'required';
    if (!closesOk) problems[`closes-${day.weekday}`] = 'required';
    else if (opensOk && minutesOf(day.closes) <= minutesOf(day.opens)) {
      problems[`closes-${day.weekday}`] = 'order';
    }
  }
  for (const field of ['setupMinutes', 'teardownMinutes'] as const) {
    const value = whole(draft[field]);
    if (value === null || value > MAX_BUFFER_MINUTES) problems[field] = 'range';
  }
  const ahead = whole(draft.maxDaysAhead);
  if (ahead === null || ahead < 1 || ahead > MAX_DAYS_AHEAD) problems.maxDaysAhead = 'range';
  if (draft.keyLocation.trim().length > MAX_KEY_LOCATION_LENGTH) problems.keyLocation = 'tooLong';
  return problems;
}

export function openingHoursOf(days: readonly OpeningDayDraft[]): OpeningHours[] {
  return days
    .filter((day) => day.open)
    .map((day) => ({ weekday: day.weekday, opens: day.opens, closes: day.closes }));
}

export function roomUpdateOf(draft: RoomSettingsDraft): RoomUpdateRequest {
  const keyLocation = draft.keyLocation.trim();
  return {
    openingHours: openingHoursOf(draft.days),
    setupMinutes: Number(draft.setupMinutes),
    teardownMinutes: Number(draft.teardownMinutes),
    requiresApproval: draft.requiresApproval,
    maxDaysAhead: Number(draft.maxDaysAhead),
    keyLocation: keyLocation === '' ? null : keyLocation,
  };
}
