import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { LocaleService } from '@zusammen/web/core';
import { BorrowersStore, berlinToday } from '@zusammen/web/workshop/data-access';
import type { CounterProblem } from '../shared/counter-problem';
import { counterFailureOf } from '../shared/counter-problem';
import { formatDay } from '../shared/counter-format';

/** Blocks a person until a date with a reason (no handout meanwhile), or lifts the block. */
@Component({
  selector: 'zl-block-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      @let p = store.borrower();
      @if (p?.gate?.blockedUntil; as until) {
        <p class="status status--error">
          {{ t('workshopCounter.block.blockedUntil', { date: day(until) }) }}
          @if (p?.blockReason) {
            — <span dir="auto">{{ p?.blockReason }}</span>
          }
        </p>
        <button
          type="button"
          class="button button--outlined"
          [disabled]="store.busy() !== null"
          (click)="unblock()"
        >
          {{ t('workshopCounter.block.unblock') }}
        </button>
      } @else {
        <form class="form" novalidate (submit)="block($event, untilInput.value, reasonInput.value)">
          <div class="pair">
            <div class="field">
              <label for="block-until">{{ t('workshopCounter.block.until') }}</label>
              <input #untilInput id="block-until" type="date" [min]="today" />
            </div>
            <div class="field">
              <label for="block-reason">{{ t('workshopCounter.block.reason') }}</label>
              <input #reasonInput id="block-reason" type="text" dir="auto" autocomplete="off" />
            </div>
          </div>
          <button
            type="submit"
            class="button button--outlined submit"
            [disabled]="store.busy() !== null"
          >
            {{ t('workshopCounter.block.block') }}
          </button>
        </form>
      }
      <div class="live" role="alert">
        @if (problem(); as key) {
          <p class="status status--error">{{ t('workshopCounter.problems.' + key) }}</p>
        } @else if (incomplete()) {
          <p class="status status--error">{{ t('workshopCounter.block.incomplete') }}</p>
        }
      </div>
    </ng-container>
  `,
  styleUrl: './_person-form.scss',
})
export class BlockFormComponent {
  protected readonly store = inject(BorrowersStore);
  private readonly locale = inject(LocaleService).current;
  protected readonly today = berlinToday();
  protected readonly problem = signal<CounterProblem | null>(null);
  protected readonly incomplete = signal(false);

  protected day(date: string): string {
    return formatDay(date, this.locale());
  }

  protected async block(event: Event, until: string, reason: string): Promise<void> {
    event.preventDefault();
    this.incomplete.set(!until || !reason.trim());
    if (this.incomplete()) return;
    await this.save(until, reason.trim());
  }

  protected unblock(): Promise<void> {
    return this.save(null, null);
  }

  private async save(blockedUntil: string | null, blockReason: string | null): Promise<void> {
    this.problem.set(null);
    try {
      await this.store.setBlock({ blockedUntil, blockReason });
    } catch (error: unknown) {
      this.problem.set(counterFailureOf(error).problem);
    }
  }
}
