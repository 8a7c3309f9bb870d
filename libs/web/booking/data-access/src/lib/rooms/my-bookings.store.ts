import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  BookingCancelRequest,
  BookingChangeRequest,
  RoomBookingSummary,
} from '@zusammen/shared/contracts';
import { addDays, todayInBerlin } from './berlin-calendar';
import { RoomBookingApi } from './room-booking.api';

export type MyBookingsState = 'loading' | 'ready' | 'failed';

/**
 * How many days "my bookings" covers, today included: the longest range the API lists (series are
 * materialised 12 months ahead).
 */
export const MY_BOOKINGS_DAYS = 400;

/**
 * The organizer's own bookings from today on (/raeume/meine), with change and cancel. The write methods
 * reject with the HTTP error (list unchanged); on success the list is read again, since a change of a series
 * touches many dates.
 */
@Injectable()
export class MyBookingsStore {
  private readonly api = inject(RoomBookingApi);

  private readonly loadState = signal<MyBookingsState>('loading');
  private readonly list = signal<RoomBookingSummary[]>([]);

  readonly state = this.loadState.asReadonly();
  /** Earliest first. */
  readonly bookings = computed(() =>
    [...this.list()].sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  );

  async load(now: Date = new Date()): Promise<void> {
    this.loadState.set('loading');
    const today = todayInBerlin(now);
    try {
      // Local dates: the API reads `to` as the whole last day.
      this.list.set(await this.api.mine(today, addDays(today, MY_BOOKINGS_DAYS - 1)));
      this.loadState.set('ready');
    } catch {
      this.loadState.set('failed');
    }
  }

  async change(id: string, request: BookingChangeRequest): Promise<RoomBookingSummary[]> {
    const changed = await this.api.change(id, request);
    await this.load();
    return changed;
  }

  async cancel(id: string, request: BookingCancelRequest): Promise<RoomBookingSummary[]> {
    const cancelled = await this.api.cancel(id, request);
    await this.load();
    return cancelled;
  }
}
