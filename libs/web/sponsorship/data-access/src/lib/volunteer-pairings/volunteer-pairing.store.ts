import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type {
  CheckInRecord,
  CheckInRequest,
  PairingDetail,
  PairingTransitionRequest,
} from '@zusammen/shared/contracts';
import { VolunteerPairingsApi } from './volunteer-pairings.api';

export type VolunteerPairingLoadState = 'loading' | 'ready' | 'notFound' | 'failed';
/** What the page is sending: a state change or a new contact. */
export type VolunteerPairingBusy = 'transition' | 'checkIn' | null;

/**
 * One of the volunteer's pairings (/patenschaft/tandems/:id): the detail, its state changes and contacts.
 * Provided on the route. The write methods reject with the HTTP error (state unchanged), which the page
 * turns into words; on success the store holds the server's current view of the pairing.
 */
@Injectable()
export class VolunteerPairingStore {
  private readonly api = inject(VolunteerPairingsApi);

  private readonly loadState = signal<VolunteerPairingLoadState>('loading');
  private readonly current = signal<PairingDetail | null>(null);
  private readonly sending = signal<VolunteerPairingBusy>(null);

  readonly state = this.loadState.asReadonly();
  readonly pairing = this.current.asReadonly();
  readonly busy = this.sending.asReadonly();

  async load(id: string): Promise<void> {
    this.loadState.set('loading');
    try {
      this.current.set(await this.api.get(id));
      this.loadState.set('ready');
    } catch (error: unknown) {
      this.current.set(null);
      const notFound =
        error instanceof HttpErrorResponse && error.status === HttpStatusCode.NotFound;
      this.loadState.set(notFound ? 'notFound' : 'failed');
    }
  }

  /** Sends a state change and keeps the pairing the server answers with. */
  async transition(request: PairingTransitionRequest): Promise<PairingDetail> {
    const id = this.requireId();
    this.sending.set('transition');
    try {
      const changed = await this.api.transition(id, request);
      this.current.set(changed);
      return changed;
    } finally {
      this.sending.set(null);
    }
  }

  /**
   * Logs a contact, shows it at once and then re-reads the pairing (trial count, attention flags). When the
   * re-read fails the new contact stays in the list; the next visit shows the rest.
   */
  async logCheckIn(request: CheckInRequest): Promise<CheckInRecord> {
    const id = this.requireId();
    this.sending.set('checkIn');
    try {
      const record = await this.api.logCheckIn(id, request);
      this.current.update((pairing) =>
        pairing ? { ...pairing, checkIns: [record, ...pairing.checkIns] } : pairing,
      );
      await this.refresh();
      return record;
    } finally {
      this.sending.set(null);
    }
  }

  /**
   * Re-reads the pairing without leaving the page's current view (e.g. after the server said the state
   * changed meanwhile). False when the re-read failed; the old view then stays.
   */
  async refresh(): Promise<boolean> {
    const pairing = this.current();
    if (!pairing) return false;
    try {
      this.current.set(await this.api.get(pairing.id));
      return true;
    } catch {
      return false;
    }
  }

  private requireId(): string {
    const pairing = this.current();
    if (!pairing) throw new Error('No pairing loaded');
    return pairing.id;
  }
}
