import { Injectable, computed, inject, signal } from '@angular/core';
import type { RoomAvailability, RoomDetail } from '@zusammen/shared/contracts';
import { todayInBerlin } from './berlin-calendar';
import type { CalendarView, ViewRange } from './calendar-view';
import { viewDates, viewRange } from './calendar-view';
import { RoomBookingApi } from './room-booking.api';

export type RoomCalendarState = 'loading' | 'ready' | 'failed';

/** What the calendar shows: a view, the day it is anchored on and (week and day views) one room. */
export interface CalendarPosition {
  view: CalendarView;
  anchor: string;
  roomId: string | null;
}

/**
 * The room calendar of /raeume: one request per view for every room (`GET /api/booking/availability`),
 * filtered to one room here for the week and day views, so switching rooms needs no request. A slower answer
 * for an earlier position is dropped. Provided on the route.
 */
@Injectable()
export class RoomCalendarStore {
  private readonly api = inject(RoomBookingApi);

  private readonly position = signal<CalendarPosition>({
    view: 'week',
    anchor: todayInBerlin(),
    roomId: null,
  });
  private readonly loadState = signal<RoomCalendarState>('loading');
  private readonly data = signal<RoomAvailability[]>([]);
  /** The range the data belongs to (a view switch inside the same range needs no request). */
  private readonly loadedRange = signal<ViewRange | null>(null);

  readonly view = computed(() => this.position().view);
  readonly anchor = computed(() => this.position().anchor);
  readonly state = this.loadState.asReadonly();
  readonly availability = this.data.asReadonly();
  readonly rooms = computed<RoomDetail[]>(() => this.data().map((entry) => entry.room));
  readonly dates = computed(() => viewDates(this.view(), this.anchor()));
  /** The room of the week and day views: the chosen one, else the first. */
  readonly room = computed<RoomAvailability | null>(() => {
    const all = this.data();
    const wanted = this.position().roomId;
    return all.find((entry) => entry.room.id === wanted) ?? all[0] ?? null;
  });

  /** Moves the calendar and loads what it then shows (nothing when the range is already loaded). */
  async show(position: CalendarPosition): Promise<void> {
    this.position.set(position);
    const range = viewRange(position.view, position.anchor);
    const loaded = this.loadedRange();
    if (this.loadState() === 'ready' && loaded?.from === range.from && loaded.to === range.to)
      return;
    await this.load();
  }

  /** Reads the shown range again (after a booking, or a retry). */
  async load(): Promise<void> {
    const position = this.position();
    const range = viewRange(position.view, position.anchor);
    this.loadState.set('loading');
    try {
      const data = await this.api.availability(range.from, range.to);
      if (this.position() !== position) return;
      this.data.set(data);
      this.loadedRange.set(range);
      this.loadState.set('ready');
    } catch {
      if (this.position() !== position) return;
      this.loadedRange.set(null);
      this.loadState.set('failed');
    }
  }
}
