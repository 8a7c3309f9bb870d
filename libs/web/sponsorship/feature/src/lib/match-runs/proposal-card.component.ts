import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CommitmentMonths, MatchProposalItem } from '@zusammen/shared/contracts';
import { COMMITMENT_MONTHS } from '@zusammen/shared/contracts';
import { LocaleService, focusAfterRender, formatDateTime } from '@zusammen/web/core';
import { MatchRunsStore } from '@zusammen/web/sponsorship/data-access';
import { formatDay } from '../shared';
import { fitLevelOf, formatKm, formatPercent } from '../staff-families/candidates/candidate-format';
import { ScoreBreakdownComponent } from '../staff-families/candidates/score-breakdown.component';
import { isolated } from '../staff-volunteers/bidi-isolate';
import type { ProposalProblem } from './proposal-problem';
import { proposalProblemOf } from './proposal-problem';

/** The open form of a card: none, the offer (commitment) or the rejection (reason). */
type Panel = 'none' | 'offer' | 'reject';

export const REJECT_REASON_MAX = 500;

/**
 * One proposal of a run: who with whom, how well they fit (with the breakdown on request), and the staff
 * decision while it is open: offer it (6 or 12 months), reject it with a reason, or choose someone else on
 * the family's page. What happened is announced in the card's live region, which then takes the focus.
 */
@Component({
  selector: 'zl-proposal-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, ScoreBreakdownComponent],
  templateUrl: './proposal-card.component.html',
  styleUrl: './proposal-card.component.scss',
})
export class ProposalCardComponent {
  readonly proposal = input.required<MatchProposalItem>();

  private readonly store = inject(MatchRunsStore);
  private readonly locale = inject(LocaleService);
  private readonly injector = inject(Injector);

  protected readonly months = COMMITMENT_MONTHS;
  protected readonly reasonMax = REJECT_REASON_MAX;
  protected readonly panel = signal<Panel>('none');
  protected readonly expanded = signal(false);
  protected readonly busy = signal(false);
  protected readonly commitment = signal<CommitmentMonths | null>(null);
  protected readonly commitmentMissing = signal(false);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);
  protected readonly done = signal<'offered' | 'rejected' | null>(null);
  protected readonly problem = signal<ProposalProblem | null>(null);

  protected readonly key = computed(() => `proposal-${this.proposal().id}`);
  protected readonly isOpen = computed(() => this.proposal().status === 'open');

  private readonly liveBox = viewChild<ElementRef<HTMLElement>>('liveBox');
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly offerToggle = viewChild<ElementRef<HTMLElement>>('offerToggle');
  private readonly rejectToggle = viewChild<ElementRef<HTMLElement>>('rejectToggle');

  protected readonly isolated = isolated;
  protected readonly fitLevel = fitLevelOf;

  protected percent(share: number): string {
    return formatPercent(share, this.locale.current());
  }

  protected km(distance: number): string {
    return formatKm(distance, this.locale.current());
  }

  protected day(iso: string): string {
    return formatDay(iso, this.locale.current());
  }

  protected moment(iso: string): string {
    return formatDateTime(iso, this.locale.current());
  }

  /** Opens one form (closing the other) and puts the keyboard into it; a second press closes it. */
  protected toggle(panel: Exclude<Panel, 'none'>): void {
    if (this.panel() === panel) {
      this.close();
      return;
    }
    this.panel.set(panel);
    this.problem.set(null);
    this.commitmentMissing.set(false);
    this.reasonMissing.set(false);
    const first = `${this.key()}-${panel === 'offer' ? 'months-6' : 'reason'}`;
    focusAfterRender(this.injector, () => document.getElementById(first));
  }

  /** Closes the open form and returns the keyboard to the button that opened it. */
  protected close(): void {
    const panel = this.panel();
    this.panel.set('none');
    focusAfterRender(
      this.injector,
      () => (panel === 'reject' ? this.rejectToggle() : this.offerToggle())?.nativeElement,
    );
  }

  protected async offer(event: Event): Promise<void> {
    event.preventDefault();
    const months = this.commitment();
    this.commitmentMissing.set(months === null);
    if (months === null) {
      focusAfterRender(this.injector, () => document.getElementById(`${this.key()}-months-6`));
      return;
    }
    await this.decide('offered', () => this.store.offer(this.proposal().id, months));
  }

  protected async reject(event: Event): Promise<void> {
    event.preventDefault();
    const reason = this.reason().trim();
    this.reasonMissing.set(reason === '');
    if (reason === '') {
      focusAfterRender(this.injector, () => document.getElementById(`${this.key()}-reason`));
      return;
    }
    await this.decide('rejected', () => this.store.reject(this.proposal().id, reason));
  }

  private async decide(outcome: 'offered' | 'rejected', action: () => Promise<unknown>) {
    this.busy.set(true);
    this.problem.set(null);
    this.done.set(null);
    try {
      await action();
      this.panel.set('none');
      this.done.set(outcome);
      focusAfterRender(this.injector, () => this.liveBox()?.nativeElement);
    } catch (error) {
      const problem = proposalProblemOf(error);
      this.problem.set(problem);
      focusAfterRender(this.injector, () => this.problemBox()?.nativeElement);
      // Someone else decided meanwhile: show the proposal as it is now.
      if (problem.key === 'proposalNotOpen') void this.store.refresh().catch(() => undefined);
    } finally {
      this.busy.set(false);
    }
  }
}
