import type { PairingTransitionRecord } from '@zusammen/shared/contracts';
import { DECLINE_REASONS, END_REASONS } from '@zusammen/shared/contracts';
import { APP_TIME_ZONE } from '@zusammen/web/core';

/**
 * The calendar day of an instant (e.g. when a state was entered) as people in Borken read it, e.g.
 * "26. November 2026"; a plain `YYYY-MM-DD` day is shown as that day.
 */
export function formatInstantDay(iso: string, locale: string): string {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const instant = new Date(dayOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: dayOnly ? 'UTC' : APP_TIME_ZONE,
  }).format(instant);
}

/**
 * The i18n key of a transition's reason code: decline reasons and end reasons have their own words; an
 * unknown code (e.g. from a later version) is shown as it is by the caller.
 */
export function reasonKeyOf(
  record: Pick<PairingTransitionRecord, 'action' | 'reason'>,
): string | null {
  const reason = record.reason;
  if (reason === null) return null;
  if (record.action === 'decline' && (DECLINE_REASONS as readonly string[]).includes(reason)) {
    return `staffPairings.declineReasons.${reason}`;
  }
  if (record.action === 'end' && (END_REASONS as readonly string[]).includes(reason)) {
    return `staffPairings.endReasons.${reason}`;
  }
  return null;
}
