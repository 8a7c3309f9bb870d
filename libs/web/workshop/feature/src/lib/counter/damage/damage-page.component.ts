import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { DamageCaseView } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { CLAIM_DEADLINE_WARNING_DAYS, DamageCasesStore } from '@zusammen/web/workshop/data-access';
import { CounterNavComponent } from '../shared/counter-nav.component';
import type { CounterProblem } from '../shared/counter-problem';
import { counterFailureOf } from '../shared/counter-problem';
import { formatCount, formatDay, formatMoney } from '../shared/counter-format';
import { DamageDecisionComponent } from './damage-decision.component';

/**
 * Damage cases (/werkstatt/schaeden): description, estimate, photos, days to the § 548 BGB deadline (flagged
 * under 60 days), and the decision for open cases.
 */
@Component({
  selector: 'zl-damage-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, CounterNavComponent, DamageDecisionComponent],
  templateUrl: './damage-page.component.html',
  styleUrl: './damage-page.component.scss',
})
export class DamagePageComponent {
  protected readonly store = inject(DamageCasesStore);
  private readonly locale = inject(LocaleService).current;
  protected readonly warningDays = CLAIM_DEADLINE_WARNING_DAYS;
  protected readonly problem = signal<CounterProblem | null>(null);
  protected readonly decided = signal<string | null>(null);

  constructor() {
    void this.store.load();
  }

  protected day(date: string): string {
    return formatDay(date, this.locale());
  }

  protected money(cents: number | null): string {
    return formatMoney(cents, this.locale());
  }

  protected count(value: number): string {
    return formatCount(value, this.locale());
  }

  protected urgent(c: DamageCaseView): boolean {
    return c.status === 'open' && c.daysToDeadline < this.warningDays;
  }

  protected async decide(
    c: DamageCaseView,
    request: { decision: DamageCaseView['decision']; chargedCents: number | null },
  ): Promise<void> {
    this.problem.set(null);
    this.decided.set(null);
    if (!request.decision) return;
    try {
      await this.store.decide(c.id, {
        decision: request.decision,
        chargedCents: request.chargedCents,
      });
      this.decided.set(c.bikeLabel);
    } catch (error: unknown) {
      this.problem.set(counterFailureOf(error).problem);
    }
  }
}
