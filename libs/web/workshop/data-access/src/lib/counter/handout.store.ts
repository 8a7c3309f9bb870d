import { HttpErrorResponse, HttpStatusCode } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  BikeDetail,
  BorrowerCreateRequest,
  BorrowerSummary,
  HandoutCheckResponse,
  HandoutRequest,
  RentalDetail,
} from '@zusammen/shared/contracts';
import { CounterApi } from './counter.api';

export type BikeLookup = 'idle' | 'loading' | 'found' | 'notFound' | 'failed';
export type HandoutStep = 'bike' | 'borrower' | 'terms' | 'done';
export type HandoutBusy = 'bike' | 'search' | 'create' | 'check' | 'handout' | null;

/** The terms the desk fills in; bike and person come from the steps before. */
export type HandoutTerms = Omit<HandoutRequest, 'bikeId' | 'borrowerId'>;

function newKey(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
}

/**
 * The handout at the counter (/werkstatt/ausgabe): find the bike, find or add the person, ask the gate
 * (`rentals/check`), then hand out with the terms and signature. Route-provided; commands reject with the
 * HTTP error and leave the state as it was.
 */
@Injectable()
export class HandoutStore {
  private readonly api = inject(CounterApi);

  private readonly bikeState = signal<BikeLookup>('idle');
  private readonly currentBike = signal<BikeDetail | null>(null);
  private readonly currentBorrower = signal<BorrowerSummary | null>(null);
  private readonly searchResults = signal<readonly BorrowerSummary[] | null>(null);
  private readonly checkResult = signal<HandoutCheckResponse | null>(null);
  private readonly rental = signal<RentalDetail | null>(null);
  private readonly sending = signal<HandoutBusy>(null);
  /** Idempotency key of the handout attempt; kept only while the last attempt got no answer. */
  private attemptKey: string | null = null;

  readonly lookup = this.bikeState.asReadonly();
  readonly bike = this.currentBike.asReadonly();
  readonly borrower = this.currentBorrower.asReadonly();
  readonly results = this.searchResults.asReadonly();
  readonly check = this.checkResult.asReadonly();
  readonly result = this.rental.asReadonly();
  readonly busy = this.sending.asReadonly();
  /** The bike can go out (as far as the bike is concerned) only when it is available or reserved. */
  readonly bikeLendable = computed(() => {
    const bike = this.currentBike();
    return !!bike && (bike.availability === 'available' || bike.availability === 'reserved');
  });
  /** The open rental of the bike, when it is on loan (for the return). */
  readonly openRental = computed(
    () =>
      this.currentBike()?.rentals.find((r) => r.status === 'active' || r.status === 'reserved') ??
      null,
  );
  readonly step = computed<HandoutStep>(() => {
    if (this.rental()) return 'done';
    if (!this.currentBike() || !this.bikeLendable()) return 'bike';
    if (!this.currentBorrower() || !this.checkResult() || this.checkResult()?.refusals.length)
      return 'borrower';
    return 'terms';
  });

  async findBike(inventoryNo: number): Promise<void> {
    this.sending.set('bike');
    this.bikeState.set('loading');
    this.currentBike.set(null);
    this.checkResult.set(null);
    try {
      this.currentBike.set(await this.api.bikeByNumber(inventoryNo));
      this.bikeState.set('found');
      if (this.currentBorrower()) await this.runCheck();
    } catch (error: unknown) {
      const notFound =
        error instanceof HttpErrorResponse && error.status === HttpStatusCode.NotFound;
      this.bikeState.set(notFound ? 'notFound' : 'failed');
    } finally {
      this.sending.set(null);
    }
  }

  clearBike(): void {
    this.currentBike.set(null);
    this.bikeState.set('idle');
    this.checkResult.set(null);
  }

  async search(q: string): Promise<void> {
    this.sending.set('search');
    try {
      this.searchResults.set(await this.api.borrowers(q));
    } finally {
      this.sending.set(null);
    }
  }

  async chooseBorrower(borrower: BorrowerSummary): Promise<void> {
    this.currentBorrower.set(borrower);
    this.checkResult.set(null);
    await this.runCheck();
  }

  async createBorrower(request: BorrowerCreateRequest): Promise<BorrowerSummary> {
    this.sending.set('create');
    try {
      const created = await this.api.createBorrower(request);
      this.currentBorrower.set(created);
    } finally {
      this.sending.set(null);
    }
    await this.runCheck();
    return this.currentBorrower() as BorrowerSummary;
  }

  clearBorrower(): void {
    this.currentBorrower.set(null);
    this.checkResult.set(null);
  }

  /** Asks the gate again (after fixing something on the person page, or a new bike). */
  async runCheck(): Promise<HandoutCheckResponse | null> {
    const bike = this.currentBike();
    const borrower = this.currentBorrower();
    if (!bike || !borrower) return null;
    this.sending.set('check');
    try {
      const [check, fresh] = await Promise.all([
        this.api.check({ bikeId: bike.id, borrowerId: borrower.id }),
        this.api.borrower(borrower.id).catch(() => borrower),
      ]);
      this.currentBorrower.set(fresh);
      this.checkResult.set(check);
      return check;
    } finally {
      this.sending.set(null);
    }
  }

  async handOut(terms: HandoutTerms): Promise<RentalDetail> {
    const bike = this.currentBike();
    const borrower = this.currentBorrower();
    if (!bike || !borrower) throw new Error('Bike and person first');
    this.attemptKey ??= newKey();
    this.sending.set('handout');
    try {
      const rental = await this.api.handOut(
        { ...terms, bikeId: bike.id, borrowerId: borrower.id },
        this.attemptKey,
      );
      this.attemptKey = null;
      this.rental.set(rental);
      return rental;
    } catch (error: unknown) {
      // No answer: the same key again on the retry, so a handout that did go through is not repeated.
      if (!(error instanceof HttpErrorResponse && error.status === 0)) this.attemptKey = null;
      throw error;
    } finally {
      this.sending.set(null);
    }
  }

  /** Starts the next handout (keeps nothing). */
  reset(): void {
    this.rental.set(null);
    this.currentBorrower.set(null);
    this.searchResults.set(null);
    this.clearBike();
    this.attemptKey = null;
  }
}
