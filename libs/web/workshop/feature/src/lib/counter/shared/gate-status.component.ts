import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { BorrowerGate } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { formatCount, formatDay } from './counter-format';

/**
 * Where a person stands at the gate: eligible until, briefed, blocked, open rentals. Each line says its state
 * in words and with a sign (never by colour alone).
 */
@Component({
  selector: 'zl-gate-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ul class="gate" *transloco="let t" data-testid="gate-status">
      @let g = gate();
      <li [class.bad]="!g.eligibleUntil || eligibilityExpired()">
        <span aria-hidden="true">{{ !g.eligibleUntil || eligibilityExpired() ? '✗' : '✓' }}</span>
        @if (!g.eligibleUntil) {
          {{ t('workshopCounter.gate.noEligibility') }}
        } @else if (eligibilityExpired()) {
          {{ t('workshopCounter.gate.eligibilityExpired', { date: day(g.eligibleUntil) }) }}
        } @else {
          {{ t('workshopCounter.gate.eligibleUntil', { date: day(g.eligibleUntil) }) }}
          @if (g.eligibilityBasis) {
            ({{ t('workshopEnum.eligibilityBasis.' + g.eligibilityBasis) }})
          }
        }
      </li>
      <li [class.bad]="!g.briefed">
        <span aria-hidden="true">{{ g.briefed ? '✓' : '✗' }}</span>
        {{ g.briefed ? t('workshopCounter.gate.briefed') : t('workshopCounter.gate.notBriefed') }}
      </li>
      @if (g.blockedUntil) {
        <li class="bad">
          <span aria-hidden="true">✗</span>
          {{ t('workshopCounter.gate.blockedUntil', { date: day(g.blockedUntil) }) }}
        </li>
      }
      <li [class.bad]="g.openRentals > 0">
        <span aria-hidden="true">{{ g.openRentals > 0 ? '!' : '✓' }}</span>
        {{ t('workshopCounter.gate.openRentals', { count: count(g.openRentals) }) }}
      </li>
    </ul>
  `,
  styles: `
    .gate {
      display: grid;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      gap: 0.5rem;
      overflow-wrap: anywhere;
    }
    span {
      flex: none;
      inline-size: 1.25rem;
      font-weight: 700;
      color: var(--mat-sys-primary);
    }
    .bad span {
      color: var(--mat-sys-error);
    }
  `,
})
export class GateStatusComponent {
  readonly gate = input.required<BorrowerGate>();
  /** Today in Borken (`YYYY-MM-DD`). */
  readonly today = input.required<string>();
  private readonly locale = inject(LocaleService).current;

  protected readonly eligibilityExpired = computed(() => {
    const until = this.gate().eligibleUntil;
    return !!until && until < this.today();
  });

  protected day(date: string): string {
    return formatDay(date, this.locale());
  }

  protected count(value: number): string {
    return formatCount(value, this.locale());
  }
}
