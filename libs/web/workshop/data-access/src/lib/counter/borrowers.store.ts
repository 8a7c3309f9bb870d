import { Injectable, inject, signal } from '@angular/core';
import type {
  BikeWaitlistRequest,
  BorrowerCreateRequest,
  BorrowerDetail,
  BorrowerSummary,
  BorrowerUpdateRequest,
  BriefingRequest,
  EligibilityRequest,
} from '@zusammen/shared/contracts';
import { CounterApi } from './counter.api';
import type { LoadState } from '../inventory/load-state';
import { failedStateOf } from '../inventory/load-state';

export type BorrowerAction = 'create' | 'eligibility' | 'briefing' | 'block' | 'waitlist';

/**
 * People at the desk (/werkstatt/personen…): search, add, and one person with eligibility, briefing, block
 * and waiting list. Route-provided; commands reject with the HTTP error.
 */
@Injectable()
export class BorrowersStore {
  private readonly api = inject(CounterApi);
  private readonly searchState = signal<LoadState | 'idle'>('idle');
  private readonly found = signal<readonly BorrowerSummary[]>([]);
  private readonly loadState = signal<LoadState>('loading');
  private readonly current = signal<BorrowerDetail | null>(null);
  private readonly sending = signal<BorrowerAction | null>(null);
  private searchNo = 0;

  readonly listState = this.searchState.asReadonly();
  readonly results = this.found.asReadonly();
  readonly state = this.loadState.asReadonly();
  readonly borrower = this.current.asReadonly();
  readonly busy = this.sending.asReadonly();

  async search(q: string): Promise<void> {
    const no = ++this.searchNo;
    this.searchState.set('loading');
    try {
      const rows = await this.api.borrowers(q.trim());
      if (no !== this.searchNo) return;
      this.found.set(rows);
      this.searchState.set('ready');
    } catch (error: unknown) {
      if (no !== this.searchNo) return;
      this.found.set([]);
      this.searchState.set(failedStateOf(error));
    }
  }

  async load(borrowerId: string): Promise<void> {
    this.loadState.set('loading');
    try {
      this.current.set(await this.api.borrower(borrowerId));
      this.loadState.set('ready');
    } catch (error: unknown) {
      this.current.set(null);
      this.loadState.set(failedStateOf(error));
    }
  }

  create(request: BorrowerCreateRequest): Promise<BorrowerDetail> {
    return this.run('create', () => this.api.createBorrower(request));
  }

  recordEligibility(request: EligibilityRequest): Promise<BorrowerDetail> {
    return this.run('eligibility', (id) => this.api.recordEligibility(id, request));
  }

  recordBriefing(request: BriefingRequest): Promise<BorrowerDetail> {
    return this.run('briefing', (id) => this.api.recordBriefing(id, request));
  }

  /** Blocks until a date with a reason, or lifts the block (`blockedUntil: null`). */
  setBlock(
    request: Pick<BorrowerUpdateRequest, 'blockedUntil' | 'blockReason'>,
  ): Promise<BorrowerDetail> {
    return this.run('block', (id) => this.api.updateBorrower(id, request));
  }

  async addToWaitlist(request: Omit<BikeWaitlistRequest, 'borrowerId'>): Promise<BorrowerDetail> {
    return this.run('waitlist', async (id) => {
      await this.api.addToWaitlist({ ...request, borrowerId: id });
      return this.api.borrower(id);
    });
  }

  private async run(
    action: BorrowerAction,
    call: (borrowerId: string) => Promise<BorrowerDetail>,
  ): Promise<BorrowerDetail> {
    const borrowerId = this.current()?.id ?? '';
    if (action !== 'create' && !borrowerId) throw new Error('No person loaded');
    this.sending.set(action);
    try {
      const detail = await call(borrowerId);
      this.current.set(detail);
      this.loadState.set('ready');
      return detail;
    } finally {
      this.sending.set(null);
    }
  }
}
