import { Injectable, computed, inject, signal } from '@angular/core';
import type { BookingDecisionRequest, RoomBookingSummary } from '@zusammen/shared/contracts';
import { addDays, todayInBerlin } from './berlin-calendar';
import type { BookingGroup } from './booking-groups';
import { groupBySeries } from './booking-groups';
import { RoomBookingApi } from './room-booking.api';

/** Days ahead (today included) in which requests are listed: the API's longest range. */
export const PENDING_DAYS = 400;

export type PendingRequestsState = 'loading' | 'ready' | 'failed';

/**
 * Staff: booking requests waiting for a decision (/verwaltung/raeume/anfragen), a series as one request with
 * its date count. A decision goes to the series' first pending date; the API applies it to all of them.
 */
@Injectable()
export class PendingRequestsStore {
  private readonly api = inject(RoomBookingApi);

  private readonly loadState = signal<PendingRequestsState>('loading');
  private readonly list = signal<RoomBookingSummary[]>([]);
  private readonly deciding = signal<string | null>(null);

  readonly state = this.loadState.asReadonly();
  readonly groups = computed<BookingGroup[]>(() => groupBySeries(this.list()));
  /** The group key a decision is being sent for. */
  readonly busy = this.deciding.asReadonly();

  async load(now: Date = new Date()): Promise<void> {
    this.loadState.set('loading');
    const today = todayInBerlin(now);
    try {
      // Local dates, the longest range the API lists (400 days).
      this.list.set(await this.api.pending(today, addDays(today, PENDING_DAYS - 1)));
      this.loadState.set('ready');
    } catch {
      this.loadState.set('failed');
    }
  }

  /** Sends the decision; the decided dates leave the list. Rejects with the HTTP error. */
  async decide(
    group: BookingGroup,
    request: BookingDecisionRequest,
  ): Promise<RoomBookingSummary[]> {
    this.deciding.set(group.key);
    try {
      const decided = await this.api.decide(group.first.id, request);
      const ids = new Set([...decided.map((b) => b.id), ...group.bookings.map((b) => b.id)]);
      this.list.update((list) => list.filter((booking) => !ids.has(booking.id)));
      return decided;
    } finally {
      this.deciding.set(null);
    }
  }
}
