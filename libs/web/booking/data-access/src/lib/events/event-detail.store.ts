import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type { EventSummary, RegistrationResult } from '@zusammen/shared/contracts';
import { EventsApi } from './events.api';

export type EventDetailLoadState = 'loading' | 'ready' | 'notFound' | 'failed';

/**
 * One public event (/programm/:eventId) and the visitor's registration for one of its dates. Route-provided.
 * `register` rejects with the HTTP error (the page puts it into words); on success the event is read again
 * so the free places are current.
 */
@Injectable()
export class EventDetailStore {
  private readonly api = inject(EventsApi);

  private readonly loadState = signal<EventDetailLoadState>('loading');
  private readonly current = signal<EventSummary | null>(null);
  private readonly sending = signal(false);

  readonly state = this.loadState.asReadonly();
  readonly event = this.current.asReadonly();
  readonly busy = this.sending.asReadonly();

  async load(eventId: string): Promise<void> {
    this.loadState.set('loading');
    try {
      this.current.set(await this.api.publicEvent(eventId));
      this.loadState.set('ready');
    } catch (error: unknown) {
      this.current.set(null);
      const notFound =
        error instanceof HttpErrorResponse && error.status === HttpStatusCode.NotFound;
      this.loadState.set(notFound ? 'notFound' : 'failed');
    }
  }

  async register(
    occurrenceId: string,
    partySize: number,
    idempotencyKey: string,
  ): Promise<RegistrationResult> {
    this.sending.set(true);
    try {
      const result = await this.api.register(
        occurrenceId,
        { partySize, waitlist: true },
        idempotencyKey,
      );
      await this.refresh();
      return result;
    } finally {
      this.sending.set(false);
    }
  }

  /** Re-reads the event and keeps the old view when that fails. */
  async refresh(): Promise<void> {
    const event = this.current();
    if (!event) return;
    try {
      this.current.set(await this.api.publicEvent(event.id));
    } catch {
      // the old view stays; the next visit shows the rest
    }
  }
}
