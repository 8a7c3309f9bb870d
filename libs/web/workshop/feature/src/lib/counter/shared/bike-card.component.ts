import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { BikeSummary } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { formatDay } from './counter-format';

/** A bike at the desk: number, make and type, and both states (technical state and availability). */
@Component({
  selector: 'zl-counter-bike-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    @let b = bike();
    <div class="bike" *transloco="let t" data-testid="counter-bike">
      <p class="bike__title">
        <strong
          ><bdi>{{ b.label }}</bdi></strong
        >
        · <bdi>{{ b.make }}{{ b.model ? ' ' + b.model : '' }}</bdi>
      </p>
      <p class="bike__meta">
        {{ t('workshopEnum.cycleType.' + b.cycleType) }}
        @if (b.frameSizeCm) {
          · {{ t('workshopCounter.bike.frame', { cm: b.frameSizeCm }) }}
        }
        @if (b.wheelInches) {
          · {{ t('workshopCounter.bike.wheel', { inches: b.wheelInches }) }}
        }
      </p>
      <dl class="states">
        <div>
          <dt>{{ t('workshopCounter.bike.technicalState') }}</dt>
          <dd>
            <span class="badge" [class.badge--ok]="b.technicalState === 'roadworthy'">{{
              t('workshopEnum.technicalState.' + b.technicalState)
            }}</span>
            @if (b.roadworthyUntil) {
              <span class="until">{{
                t('workshopCounter.bike.roadworthyUntil', { date: day(b.roadworthyUntil) })
              }}</span>
            }
          </dd>
        </div>
        <div>
          <dt>{{ t('workshopCounter.bike.availability') }}</dt>
          <dd>
            <span
              class="badge"
              [class.badge--ok]="b.availability === 'available'"
              [class.badge--warn]="b.overdue"
              >{{ t('workshopEnum.availability.' + b.availability) }}</span
            >
            @if (b.overdue) {
              <span class="until">{{ t('workshopCounter.bike.overdue') }}</span>
            }
          </dd>
        </div>
      </dl>
    </div>
  `,
  styleUrl: './bike-card.component.scss',
})
export class CounterBikeCardComponent {
  readonly bike = input.required<BikeSummary>();
  private readonly locale = inject(LocaleService).current;

  protected day(date: string): string {
    return formatDay(date, this.locale());
  }
}
