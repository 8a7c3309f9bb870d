import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  CheckInRow,
  DeskRegistrationRequest,
  EventSummary,
  RegistrationResult,
} from '@zusammen/shared/contracts';
import type { RegistrationDecision } from './events.api';
import { EventsApi } from './events.api';

export type CheckInLoadState = 'loading' | 'ready' | 'notFound' | 'forbidden' | 'failed';
/** What is being sent: an action on one registration (its id), or the desk form. */
export type CheckInBusy =
  { registrationId: string; action: 'checkIn' | RegistrationDecision } | 'desk' | null;

/**
 * The list of one date at the door (/verwaltung/raeume/termine/:occurrenceId): who comes, with how many,
 * checked in or not; requests to confirm; walk-ins registered at the desk. Route-provided. Commands reject
 * with the HTTP error (list unchanged).
 */
@Injectable()
export class CheckInStore {
  private readonly api = inject(EventsApi);

  private readonly loadState = signal<CheckInLoadState>('loading');
  private readonly list = signal<readonly CheckInRow[]>([]);
  private readonly currentEvent = signal<EventSummary | null>(null);
  private readonly occurrenceId = signal<string | null>(null);
  private readonly sending = signal<CheckInBusy>(null);

  readonly state = this.loadState.asReadonly();
  readonly rows = this.list.asReadonly();
  readonly event = this.currentEvent.asReadonly();
  readonly busy = this.sending.asReadonly();
  readonly occurrence = computed(() => {
    const id = this.occurrenceId();
    return this.currentEvent()?.occurrences.find((o) => o.id === id) ?? null;
  });
  /** People expected (registered and not cancelled) and people already in, counted by party size. */
  readonly counts = computed(() => {
    let expected = 0;
    let arrived = 0;
    let requested = 0;
    for (const row of this.list()) {
      if (row.status === 'confirmed' || row.status === 'checked_in') expected += row.partySize;
      if (row.status === 'checked_in') arrived += row.partySize;
      if (row.status === 'requested') requested += 1;
    }
    return { expected, arrived, requested };
  });

  /**
   * Loads the list and, for the heading, the event: by `eventId` when the link names it, else by looking
   * through the caller's own events. The list shows without the heading when neither finds it.
   */
  async load(occurrenceId: string, eventId: string | null): Promise<void> {
    this.loadState.set('loading');
    this.occurrenceId.set(occurrenceId);
    this.currentEvent.set(null);
    try {
      const [rows, event] = await Promise.all([
        this.api.checkInList(occurrenceId),
        this.findEvent(occurrenceId, eventId),
      ]);
      this.list.set(rows);
      this.currentEvent.set(event);
      this.loadState.set('ready');
    } catch (error: unknown) {
      this.list.set([]);
      const status = error instanceof HttpErrorResponse ? error.status : 0;
      this.loadState.set(
        status === HttpStatusCode.NotFound
          ? 'notFound'
          : status === HttpStatusCode.Forbidden
            ? 'forbidden'
            : 'failed',
      );
    }
  }

  async checkIn(registrationId: string): Promise<CheckInRow> {
    this.sending.set({ registrationId, action: 'checkIn' });
    try {
      const row = await this.api.checkIn(registrationId);
      this.list.update((rows) =>
        rows.map((r) => (r.registrationId === row.registrationId ? row : r)),
      );
      return row;
    } finally {
      this.sending.set(null);
    }
  }

  async decide(registrationId: string, decision: RegistrationDecision): Promise<void> {
    this.sending.set({ registrationId, action: decision });
    try {
      await this.api.decide(registrationId, decision);
      await this.refresh();
    } finally {
      this.sending.set(null);
    }
  }

  async deskRegister(request: DeskRegistrationRequest): Promise<RegistrationResult> {
    const occurrenceId = this.occurrenceId();
    if (!occurrenceId) throw new Error('No date loaded');
    this.sending.set('desk');
    try {
      const result = await this.api.deskRegister(occurrenceId, request);
      await this.refresh();
      return result;
    } finally {
      this.sending.set(null);
    }
  }

  /** Re-reads the list (and the seat counts); false, old view kept, when that fails. */
  async refresh(): Promise<boolean> {
    const occurrenceId = this.occurrenceId();
    if (!occurrenceId) return false;
    try {
      const eventId = this.currentEvent()?.id ?? null;
      const [rows, event] = await Promise.all([
        this.api.checkInList(occurrenceId),
        eventId ? this.api.event(eventId).catch(() => this.currentEvent()) : this.currentEvent(),
      ]);
      this.list.set(rows);
      this.currentEvent.set(event);
      return true;
    } catch {
      return false;
    }
  }

  private async findEvent(
    occurrenceId: string,
    eventId: string | null,
  ): Promise<EventSummary | null> {
    try {
      if (eventId) {
        const event = await this.api.event(eventId);
        if (event.occurrences.some((o) => o.id === occurrenceId)) return event;
      }
      const mine = await this.api.myEvents();
      return mine.find((event) => event.occurrences.some((o) => o.id === occurrenceId)) ?? null;
    } catch {
      return null;
    }
  }
}
