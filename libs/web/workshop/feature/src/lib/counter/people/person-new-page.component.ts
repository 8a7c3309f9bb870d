import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { BorrowerCreateRequest } from '@zusammen/shared/contracts';
import { BorrowersStore } from '@zusammen/web/workshop/data-access';
import { BorrowerFormComponent } from '../shared/borrower-form.component';
import { CounterNavComponent } from '../shared/counter-nav.component';
import type { CounterProblem } from '../shared/counter-problem';
import { counterFailureOf } from '../shared/counter-problem';

/** A new person (/werkstatt/personen/neu); afterwards their page, to record eligibility and briefing. */
@Component({
  selector: 'zl-person-new-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, CounterNavComponent, BorrowerFormComponent],
  template: `
    <ng-container *transloco="let t">
      <zl-counter-nav />
      <a class="back" routerLink="/werkstatt/personen">{{ t('workshopCounter.person.back') }}</a>
      <h1>{{ t('workshopCounter.people.newTitle') }}</h1>
      <p>{{ t('workshopCounter.people.newIntro') }}</p>
      <zl-borrower-form
        [busy]="store.busy() === 'create'"
        (submitted)="create($event)"
        (cancelled)="back()"
      />
      <div role="alert" class="live">
        @if (problem(); as key) {
          <p class="status status--error">{{ t('workshopCounter.problems.' + key) }}</p>
        }
      </div>
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
      padding-block-end: 2rem;
    }
    .back {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
    }
  `,
})
export class PersonNewPageComponent {
  protected readonly store = inject(BorrowersStore);
  private readonly router = inject(Router);
  protected readonly problem = signal<CounterProblem | null>(null);
  private readonly form = viewChild(BorrowerFormComponent);

  protected async create(request: BorrowerCreateRequest): Promise<void> {
    this.problem.set(null);
    try {
      const created = await this.store.create(request);
      await this.router.navigate(['/werkstatt/personen', created.id]);
    } catch (error: unknown) {
      const failure = counterFailureOf(error);
      if (failure.problem === 'accountNotLinkable')
        this.form()?.showProblems({ accountEmail: 'invalid' });
      else this.problem.set(failure.problem);
    }
  }

  protected back(): void {
    void this.router.navigate(['/werkstatt/personen']);
  }
}
