import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { BorrowerCreateRequest, BorrowerSummary } from '@zusammen/shared/contracts';
import { focusAfterRender } from '@zusammen/web/core';
import { HandoutStore, berlinToday } from '@zusammen/web/workshop/data-access';
import { BorrowerFormComponent } from '../shared/borrower-form.component';
import type { CounterProblem } from '../shared/counter-problem';
import { counterFailureOf } from '../shared/counter-problem';
import { GateStatusComponent } from '../shared/gate-status.component';
import { RefusalListComponent } from '../shared/refusal-list.component';

/**
 * Step 2: the person, by name or phone, or added on the spot. Shows where they stand at the gate and every
 * refusal of `rentals/check` with what to do and a link to fix it; "check again" after fixing.
 */
@Component({
  selector: 'zl-borrower-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    BorrowerFormComponent,
    GateStatusComponent,
    RefusalListComponent,
  ],
  templateUrl: './borrower-step.component.html',
  styleUrl: './borrower-step.component.scss',
})
export class BorrowerStepComponent {
  protected readonly store = inject(HandoutStore);
  private readonly injector = inject(Injector);
  protected readonly today = berlinToday();
  protected readonly adding = signal(false);
  protected readonly problem = signal<CounterProblem | null>(null);
  protected readonly query = signal('');
  private readonly form = viewChild(BorrowerFormComponent);

  protected async search(event: Event, q: string): Promise<void> {
    event.preventDefault();
    this.query.set(q);
    this.problem.set(null);
    if (!q.trim()) return;
    try {
      await this.store.search(q.trim());
      focusAfterRender(this.injector, () => document.getElementById('borrower-results'));
    } catch (error: unknown) {
      this.problem.set(counterFailureOf(error).problem);
    }
  }

  protected async choose(borrower: BorrowerSummary): Promise<void> {
    this.problem.set(null);
    try {
      await this.store.chooseBorrower(borrower);
      this.focusNext();
    } catch (error: unknown) {
      this.problem.set(counterFailureOf(error).problem);
    }
  }

  protected async create(request: BorrowerCreateRequest): Promise<void> {
    this.problem.set(null);
    try {
      await this.store.createBorrower(request);
      this.adding.set(false);
      this.focusNext();
    } catch (error: unknown) {
      const failure = counterFailureOf(error);
      if (failure.problem === 'accountNotLinkable') {
        this.form()?.showProblems({ accountEmail: 'invalid' });
        return;
      }
      this.problem.set(failure.problem);
    }
  }

  protected async recheck(): Promise<void> {
    this.problem.set(null);
    try {
      await this.store.runCheck();
      this.focusNext();
    } catch (error: unknown) {
      this.problem.set(counterFailureOf(error).problem);
    }
  }

  /** The terms when the gate allows the handout, else the person with the refusals. */
  private focusNext(): void {
    focusAfterRender(this.injector, () =>
      this.store.step() === 'terms'
        ? document.getElementById('step-terms-heading')
        : document.getElementById('borrower-chosen'),
    );
  }

  protected other(): void {
    this.store.clearBorrower();
    focusAfterRender(this.injector, () => document.getElementById('borrower-query'));
  }
}
