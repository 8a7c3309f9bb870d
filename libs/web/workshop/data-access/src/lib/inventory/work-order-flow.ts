import type { WorkOrderStatus } from '@zusammen/shared/contracts';

/** Status changes a work order offers (workshop.md § 2: draft → queued → in_progress ↔ awaiting_parts → done). */
const NEXT: Readonly<Record<WorkOrderStatus, readonly WorkOrderStatus[]>> = {
  draft: ['queued', 'cancelled'],
  queued: ['in_progress', 'cancelled'],
  in_progress: ['awaiting_parts', 'done', 'cancelled'],
  awaiting_parts: ['in_progress', 'cancelled'],
  done: [],
  cancelled: [],
};

export function nextStatuses(status: WorkOrderStatus): readonly WorkOrderStatus[] {
  return NEXT[status];
}

/** Done and cancelled orders take no more parts, time or task changes. */
export function isOpenOrder(status: WorkOrderStatus): boolean {
  return NEXT[status].length > 0;
}

/** Tasks typed one per line; blank lines dropped, each trimmed to 200 characters. */
export function tasksOfText(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim().slice(0, 200))
    .filter((line) => line.length > 0);
}

/** Minutes as typed: "90", "1:30" or "1,5 h"; null when it is no positive whole number of minutes ≤ 12 h. */
export function minutesOfInput(text: string): number | null {
  const value = text.trim().toLowerCase();
  let minutes: number;
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(value);
  const hours = /^(\d{1,2}(?:[.,]\d{1,2})?)\s*h$/.exec(value);
  if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]);
  else if (hours) minutes = Math.round(Number(hours[1].replace(',', '.')) * 60);
  else if (/^\d{1,3}$/.test(value)) minutes = Number(value);
  else return null;
  return minutes > 0 && minutes <= 720 ? minutes : null;
}
