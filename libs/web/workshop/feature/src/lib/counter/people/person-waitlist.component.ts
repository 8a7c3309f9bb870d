import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CycleType } from '@zusammen/shared/contracts';
import { CYCLE_TYPES } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { BorrowersStore } from '@zusammen/web/workshop/data-access';
import type { CounterProblem } from '../shared/counter-problem';
import { counterFailureOf } from '../shared/counter-problem';
import { formatInstant } from '../shared/counter-format';

/** The person's places on the waiting list, and a new one by bike type and size. */
@Component({
  selector: 'zl-person-waitlist',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      @let entries = store.borrower()?.waitlist ?? [];
      @if (entries.length > 0) {
        <ul class="entries">
          @for (e of entries; track e.id) {
            <li>
              {{ t('workshopEnum.cycleType.' + e.cycleType) }} ·
              {{ t('workshopEnum.waitlistStatus.' + e.status) }}
              @if (e.position) {
                · {{ t('workshopCounter.waitlist.position', { n: e.position }) }}
              }
              @if (e.offeredBikeLabel) {
                ·
                {{
                  t('workshopCounter.waitlist.offer', {
                    bike: e.offeredBikeLabel,
                    until: instant(e.offerExpiresAt),
                  })
                }}
              }
            </li>
          }
        </ul>
      }
      <form
        class="form"
        novalidate
        (submit)="add($event, minInput.value, maxInput.value, wheelInput.value)"
      >
        <div class="pair">
          <div class="field">
            <label for="wait-type">{{ t('workshopCounter.waitlist.type') }}</label>
            <select #typeSelect id="wait-type" (change)="type.set($any(typeSelect.value))">
              @for (c of types; track c) {
                <option [value]="c" [selected]="c === type()">
                  {{ t('workshopEnum.cycleType.' + c) }}
                </option>
              }
            </select>
          </div>
          <div class="field">
            <label for="wait-wheel">{{ t('workshopCounter.waitlist.wheel') }}</label>
            <input
              #wheelInput
              id="wait-wheel"
              type="number"
              inputmode="numeric"
              min="12"
              max="29"
            />
          </div>
        </div>
        <div class="pair">
          <div class="field">
            <label for="wait-min">{{ t('workshopCounter.waitlist.frameMin') }}</label>
            <input #minInput id="wait-min" type="number" inputmode="numeric" min="20" max="70" />
          </div>
          <div class="field">
            <label for="wait-max">{{ t('workshopCounter.waitlist.frameMax') }}</label>
            <input #maxInput id="wait-max" type="number" inputmode="numeric" min="20" max="70" />
          </div>
        </div>
        <div class="live" role="status">
          @if (saved()) {
            <p class="status status--success">{{ t('workshopCounter.waitlist.added') }}</p>
          }
        </div>
        <div class="live" role="alert">
          @if (problem(); as key) {
            <p class="status status--error">{{ t('workshopCounter.problems.' + key) }}</p>
          }
        </div>
        <button
          type="submit"
          class="button button--outlined submit"
          [disabled]="store.busy() !== null"
        >
          {{ t('workshopCounter.waitlist.add') }}
        </button>
      </form>
    </ng-container>
  `,
  styleUrl: './_person-form.scss',
})
export class PersonWaitlistComponent {
  protected readonly store = inject(BorrowersStore);
  private readonly locale = inject(LocaleService).current;
  protected readonly types = CYCLE_TYPES;
  protected readonly type = signal<CycleType>('city');
  protected readonly saved = signal(false);
  protected readonly problem = signal<CounterProblem | null>(null);

  protected instant(iso: string | null): string {
    return formatInstant(iso, this.locale());
  }

  protected async add(event: Event, min: string, max: string, wheel: string): Promise<void> {
    event.preventDefault();
    this.saved.set(false);
    this.problem.set(null);
    const number = (value: string): number | null => (value.trim() ? Number(value) : null);
    try {
      await this.store.addToWaitlist({
        cycleType: this.type(),
        frameSizeMinCm: number(min),
        frameSizeMaxCm: number(max),
        wheelInches: number(wheel),
      });
      this.saved.set(true);
    } catch (error: unknown) {
      this.problem.set(counterFailureOf(error).problem);
    }
  }
}
