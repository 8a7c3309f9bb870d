import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { DamageDecision } from '@zusammen/shared/contracts';
import { DAMAGE_DECISIONS } from '@zusammen/shared/contracts';
import { centsOfInput } from '../shared/counter-format';

/** The decision on a damage case: none, repair, charge (amount), offset against the deposit. */
@Component({
  selector: 'zl-damage-decision',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <form class="form" novalidate *transloco="let t" (submit)="submit($event)">
      <fieldset class="group">
        <legend>{{ t('workshopCounter.damage.decision') }}</legend>
        <div class="choices">
          @for (d of decisions; track d) {
            <label class="choice">
              <input
                type="radio"
                [name]="'decision-' + caseId()"
                [checked]="decision() === d"
                (change)="decision.set(d)"
              />
              {{ t('workshopEnum.damageDecision.' + d) }}
            </label>
          }
        </div>
      </fieldset>
      @if (decision() === 'charge') {
        <div class="field amount">
          <label [for]="'charge-' + caseId()">{{ t('workshopCounter.damage.charged') }}</label>
          <input
            #amountInput
            type="text"
            inputmode="decimal"
            dir="ltr"
            [id]="'charge-' + caseId()"
            [value]="amount()"
            [attr.aria-invalid]="invalid()"
            [attr.aria-describedby]="invalid() ? 'charge-error-' + caseId() : null"
            (input)="amount.set(amountInput.value)"
          />
          @if (invalid()) {
            <p class="field__error" [id]="'charge-error-' + caseId()">
              {{ t('workshopCounter.damage.chargedInvalid') }}
            </p>
          }
        </div>
      }
      <button type="submit" class="button submit" [disabled]="busy() || !decision()">
        {{ t('workshopCounter.damage.decide') }}
      </button>
    </form>
  `,
  styleUrl: './damage-decision.component.scss',
})
export class DamageDecisionComponent {
  readonly caseId = input.required<string>();
  readonly busy = input(false);
  readonly decided = output<{ decision: DamageDecision; chargedCents: number | null }>();
  protected readonly decisions = DAMAGE_DECISIONS;
  protected readonly decision = signal<DamageDecision | null>(null);
  protected readonly invalid = signal(false);
  protected readonly amount = signal('');

  protected submit(event: Event): void {
    event.preventDefault();
    const decision = this.decision();
    if (!decision) return;
    const cents = decision === 'charge' ? centsOfInput(this.amount()) : null;
    this.invalid.set(decision === 'charge' && (cents === null || Number.isNaN(cents)));
    if (this.invalid()) return;
    this.decided.emit({ decision, chargedCents: cents });
  }
}
