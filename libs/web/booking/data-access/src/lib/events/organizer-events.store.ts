import { Injectable, computed, inject, signal } from '@angular/core';
import type { EventRequest, EventSummary, RoomSummary } from '@zusammen/shared/contracts';
import { addDays, berlinToday } from './berlin-time';
import type { BookingChoice } from './booking-choices';
import { bookingChoices } from './booking-choices';
import { EventsApi } from './events.api';

export type OrganizerEventsLoadState = 'loading' | 'ready' | 'failed';

/** How far ahead the event form offers bookings (the longest a room can be booked ahead). */
export const BOOKING_CHOICE_DAYS_AHEAD = 366;

/**
 * The organizer's events (/raeume/veranstaltungen) with their dates, and the data of the form that puts a
 * new event on one of the organizer's bookings. Route-provided. Commands reject with the HTTP error.
 */
@Injectable()
export class OrganizerEventsStore {
  private readonly api = inject(EventsApi);

  private readonly loadState = signal<OrganizerEventsLoadState>('loading');
  private readonly list = signal<readonly EventSummary[]>([]);
  private readonly formState = signal<OrganizerEventsLoadState>('loading');
  private readonly choiceList = signal<readonly BookingChoice[]>([]);
  private readonly roomList = signal<readonly RoomSummary[]>([]);
  /** The date being cancelled, or 'create'. */
  private readonly sending = signal<string | null>(null);

  readonly state = this.loadState.asReadonly();
  readonly events = this.list.asReadonly();
  readonly formDataState = this.formState.asReadonly();
  readonly choices = this.choiceList.asReadonly();
  readonly busy = this.sending.asReadonly();
  private readonly capacities = computed(
    () => new Map(this.roomList().map((room) => [room.id, room.capacity])),
  );

  async load(): Promise<void> {
    this.loadState.set('loading');
    try {
      this.list.set(await this.api.myEvents());
      this.loadState.set('ready');
    } catch {
      this.list.set([]);
      this.loadState.set('failed');
    }
  }

  /** The bookings an event can go on, and the rooms' capacities (the form's limit). */
  async loadFormData(now: Date = new Date()): Promise<void> {
    this.formState.set('loading');
    const from = berlinToday(now);
    try {
      const [bookings, rooms] = await Promise.all([
        this.api.myBookings({ from, to: addDays(from, BOOKING_CHOICE_DAYS_AHEAD) }),
        this.api.rooms(),
      ]);
      this.choiceList.set(bookingChoices(bookings, now));
      this.roomList.set(rooms);
      this.formState.set('ready');
    } catch {
      this.choiceList.set([]);
      this.formState.set('failed');
    }
  }

  /** Approved occupancy of a room, null while unknown. */
  roomCapacity(roomId: string): number | null {
    return this.capacities().get(roomId) ?? null;
  }

  async create(request: EventRequest): Promise<EventSummary> {
    this.sending.set('create');
    try {
      const created = await this.api.createEvent(request);
      this.list.update((events) => [...events.filter((e) => e.id !== created.id), created]);
      this.choiceList.update((choices) => choices.filter((c) => c.bookingId !== request.bookingId));
      return created;
    } finally {
      this.sending.set(null);
    }
  }

  /** Cancels one date; everyone registered or waiting is told. The list is read again afterwards. */
  async cancelOccurrence(occurrenceId: string): Promise<void> {
    this.sending.set(occurrenceId);
    try {
      await this.api.cancelOccurrence(occurrenceId);
      try {
        this.list.set(await this.api.myEvents());
      } catch {
        this.list.update((events) =>
          events.map((event) => ({
            ...event,
            occurrences: event.occurrences.map((o) =>
              o.id === occurrenceId ? { ...o, status: 'cancelled' as const } : o,
            ),
          })),
        );
      }
    } finally {
      this.sending.set(null);
    }
  }
}
