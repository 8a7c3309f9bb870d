import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { LocaleService } from '@zusammen/web/core';
import {
  WorkOrderDetailStore,
  berlinToday,
  minutesOfInput,
} from '@zusammen/web/workshop/data-access';
import type { InventoryProblem } from '../shared/inventory-problem';
import { inventoryFailureOf } from '../shared/inventory-problem';
import { formatDay, formatMinutes } from '../shared/inventory-format';

/** Time spent on a work order: the entries so far and a form (worker, date, minutes). */
@Component({
  selector: 'zl-order-time',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <section
      *transloco="let t; prefix: 'workshopInventory.order'"
      class="section"
      aria-labelledby="order-time-heading"
    >
      <h2 id="order-time-heading">{{ t('timeTitle') }}</h2>
      @if (store.order(); as order) {
        @if (order.time.length === 0) {
          <p class="muted">{{ t('noTime') }}</p>
        } @else {
          <ul class="cards" data-testid="order-time">
            @for (entry of order.time; track entry.id) {
              <li class="card line">
                <span
                  ><bdi>{{ entry.workerName }}</bdi> · {{ day(entry.workedOn) }}</span
                >
                <span>
                  {{ minutes(entry.minutes) }}
                  @if (!entry.approved) {
                    · <span class="muted">{{ t('pending') }}</span>
                  }
                </span>
              </li>
            }
          </ul>
        }
        @if (open()) {
          <form
            class="form card"
            novalidate
            (submit)="submit($event)"
            [attr.aria-label]="t('logTime')"
          >
            <div class="field">
              <label for="time-worker">{{ t('worker') }}</label>
              <select id="time-worker" (change)="workerId.set($any($event.target).value)">
                <option value="">{{ t('chooseWorker') }}</option>
                @for (w of store.workers(); track w.id) {
                  <option [value]="w.id" [selected]="workerId() === w.id">
                    {{ w.displayName }}
                  </option>
                }
              </select>
            </div>
            <div class="field">
              <label for="time-date">{{ t('workedOn') }}</label>
              <input
                id="time-date"
                type="date"
                [max]="today"
                [value]="workedOn()"
                (change)="workedOn.set($any($event.target).value)"
              />
            </div>
            <div class="field">
              <label for="time-minutes">{{ t('minutes') }}</label>
              <input
                id="time-minutes"
                type="text"
                inputmode="numeric"
                dir="ltr"
                aria-describedby="time-minutes-hint"
                [value]="minutesText()"
                (input)="minutesText.set($any($event.target).value)"
              />
              <p id="time-minutes-hint" class="field__hint">{{ t('minutesHint') }}</p>
            </div>
            <p class="live" role="status">
              @if (invalid()) {
                <span class="field__error">{{ t('timeInvalid') }}</span>
              }
            </p>
            @if (failure(); as p) {
              <p
                *transloco="let pr; prefix: 'workshopInventory.problems'"
                class="status status--error"
                role="alert"
              >
                {{ pr(p) }}
              </p>
            }
            <button type="submit" class="button" [disabled]="busy()" data-testid="log-time">
              {{ t('logTime') }}
            </button>
          </form>
        }
      }
    </section>
  `,
  styleUrl: './work-orders.scss',
})
export class OrderTimeComponent {
  readonly open = input(true);
  protected readonly store = inject(WorkOrderDetailStore);
  private readonly locale = inject(LocaleService).current;
  protected readonly today = berlinToday();
  protected readonly workerId = signal('');
  protected readonly workedOn = signal(this.today);
  protected readonly minutesText = signal('');
  protected readonly invalid = signal(false);
  protected readonly busy = signal(false);
  protected readonly failure = signal<InventoryProblem | null>(null);

  protected day(date: string): string {
    return formatDay(date, this.locale());
  }

  protected minutes(value: number): string {
    return formatMinutes(value, this.locale());
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const minutes = minutesOfInput(this.minutesText());
    const valid =
      !!this.workerId() && !!this.workedOn() && this.workedOn() <= this.today && minutes !== null;
    this.invalid.set(!valid);
    if (!valid || minutes === null) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      await this.store.logTime({ workerId: this.workerId(), workedOn: this.workedOn(), minutes });
      this.minutesText.set('');
    } catch (error) {
      this.failure.set(inventoryFailureOf(error).problem);
    } finally {
      this.busy.set(false);
    }
  }
}
