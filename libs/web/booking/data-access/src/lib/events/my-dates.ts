import type { MyRegistration } from '@zusammen/shared/contracts';
import { ACTIVE_REGISTRATION_STATUSES } from '@zusammen/shared/contracts';

/** The signed-in person's registrations and waiting-list entries, as /meine-termine shows them. */
export interface MyDatesGroups {
  /** A place is offered from the waiting list and waits for an answer (soonest expiry first). */
  offers: MyRegistration[];
  /** Registered (or waiting for the organizer's approval), date still to come. */
  registered: MyRegistration[];
  /** On a waiting list, date still to come. */
  waiting: MyRegistration[];
  /** Over, cancelled, declined or expired (latest first). */
  earlier: MyRegistration[];
}

const startOf = (item: MyRegistration): number => Date.parse(item.occurrence.startsAt);

export function groupMyDates(
  items: readonly MyRegistration[],
  now: Date = new Date(),
): MyDatesGroups {
  const groups: MyDatesGroups = { offers: [], registered: [], waiting: [], earlier: [] };
  const at = now.getTime();
  for (const item of items) {
    const upcoming = Date.parse(item.occurrence.endsAt) > at;
    if (item.kind === 'registration') {
      const active = (ACTIVE_REGISTRATION_STATUSES as readonly string[]).includes(item.status);
      (active && upcoming ? groups.registered : groups.earlier).push(item);
    } else if (
      item.status === 'offered' &&
      upcoming &&
      item.offerExpiresAt !== null &&
      Date.parse(item.offerExpiresAt) > at
    ) {
      groups.offers.push(item);
    } else if (item.status === 'waiting' && upcoming) {
      groups.waiting.push(item);
    } else {
      groups.earlier.push(item);
    }
  }
  groups.offers.sort(
    (a, b) => Date.parse(a.offerExpiresAt ?? '') - Date.parse(b.offerExpiresAt ?? ''),
  );
  groups.registered.sort((a, b) => startOf(a) - startOf(b));
  groups.waiting.sort((a, b) => startOf(a) - startOf(b));
  groups.earlier.sort((a, b) => startOf(b) - startOf(a));
  return groups;
}

/** Whether the person may still cancel a registration (the date has not started). */
export function canCancel(item: MyRegistration, now: Date = new Date()): boolean {
  return (
    item.kind === 'registration' &&
    (item.status === 'requested' || item.status === 'confirmed') &&
    item.occurrence.status === 'scheduled' &&
    Date.parse(item.occurrence.startsAt) > now.getTime()
  );
}
