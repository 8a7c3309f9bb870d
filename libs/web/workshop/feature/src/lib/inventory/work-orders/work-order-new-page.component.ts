import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { BikeDetailStore, WorkOrdersStore, tasksOfText } from '@zusammen/web/workshop/data-access';
import type { InventoryProblem } from '../shared/inventory-problem';
import { inventoryFailureOf } from '../shared/inventory-problem';

/** A new work order for a bike (/werkstatt/auftraege/neu?fahrrad=<bikeId>): problem, assessment, tasks. */
@Component({
  selector: 'zl-work-order-new-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink],
  template: `
    <ng-container *transloco="let t; prefix: 'workshopInventory.newOrder'">
      @if (fahrrad()) {
        <a class="back" [routerLink]="['/werkstatt/fahrraeder', fahrrad()]">{{ t('back') }}</a>
      }
      <h1 id="new-order-heading">
        {{ t('title') }}
        @if (bikes.bike(); as bike) {
          <span dir="ltr">{{ bike.label }}</span>
        }
      </h1>
      @if (!fahrrad() || bikes.state() === 'notFound') {
        <p class="status status--error" role="alert">{{ t('noBike') }}</p>
        <a routerLink="/werkstatt/fahrraeder">{{ t('toBikes') }}</a>
      } @else {
        <form class="form" novalidate aria-labelledby="new-order-heading" (submit)="submit($event)">
          <div class="field">
            <label for="order-problem">{{ t('problem') }}</label>
            <input
              id="order-problem"
              type="text"
              maxlength="200"
              [attr.aria-invalid]="problemMissing()"
              [attr.aria-describedby]="problemMissing() ? 'order-problem-error' : null"
              [value]="problemText()"
              (input)="problemText.set($any($event.target).value)"
            />
            @if (problemMissing()) {
              <p id="order-problem-error" class="field__error">{{ t('problemMissing') }}</p>
            }
          </div>
          <div class="field">
            <label for="order-evaluation">{{ t('evaluation') }}</label>
            <textarea
              id="order-evaluation"
              rows="3"
              maxlength="2000"
              (input)="evaluation.set($any($event.target).value)"
            ></textarea>
          </div>
          <div class="field">
            <label for="order-tasks">{{ t('tasks') }}</label>
            <textarea
              id="order-tasks"
              rows="5"
              aria-describedby="order-tasks-hint"
              (input)="tasks.set($any($event.target).value)"
            ></textarea>
            <p id="order-tasks-hint" class="field__hint">{{ t('tasksHint') }}</p>
          </div>
          @if (failure(); as p) {
            <p
              *transloco="let pr; prefix: 'workshopInventory.problems'"
              class="status status--error"
              role="alert"
            >
              {{ pr(p) }}
            </p>
          }
          <div class="actions">
            <button
              type="submit"
              class="button"
              [disabled]="busy()"
              data-testid="create-work-order"
            >
              {{ t('submit') }}
            </button>
          </div>
        </form>
      }
    </ng-container>
  `,
  styleUrl: './work-orders.scss',
})
export class WorkOrderNewPageComponent {
  /** `?fahrrad=<bikeId>` */
  readonly fahrrad = input<string>('');
  protected readonly bikes = inject(BikeDetailStore);
  private readonly orders = inject(WorkOrdersStore);
  private readonly router = inject(Router);

  protected readonly problemText = signal('');
  protected readonly evaluation = signal('');
  protected readonly tasks = signal('');
  protected readonly problemMissing = signal(false);
  protected readonly busy = signal(false);
  protected readonly failure = signal<InventoryProblem | null>(null);

  constructor() {
    effect(() => {
      const bikeId = this.fahrrad();
      if (bikeId) untracked(() => void this.bikes.load(bikeId));
    });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const problem = this.problemText().trim();
    this.problemMissing.set(!problem);
    if (!problem) {
      document.getElementById('order-problem')?.focus();
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    try {
      const order = await this.orders.create({
        bikeId: this.fahrrad(),
        problem,
        evaluation: this.evaluation().trim() || null,
        tasks: tasksOfText(this.tasks()),
      });
      await this.router.navigate(['/werkstatt/auftraege', order.id]);
    } catch (error) {
      this.failure.set(inventoryFailureOf(error).problem);
    } finally {
      this.busy.set(false);
    }
  }
}
