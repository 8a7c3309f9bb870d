import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EligibilityBasis, EligibilityDocument } from '@zusammen/shared/contracts';
import { ELIGIBILITY_BASES, ELIGIBILITY_DOCUMENTS } from '@zusammen/shared/contracts';
import { BorrowersStore, berlinToday } from '@zusammen/web/workshop/data-access';
import type { CounterProblem } from '../shared/counter-problem';
import { counterFailureOf } from '../shared/counter-problem';

/** Records an eligibility check: legal basis, the document seen (no copy is taken), valid until. */
@Component({
  selector: 'zl-eligibility-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <form
      class="form"
      novalidate
      *transloco="let t"
      (submit)="submit($event)"
      data-testid="eligibility-form"
    >
      <p class="status status--success no-copy" data-testid="no-copy-note">
        {{ t('workshopCounter.eligibility.noCopy') }}
      </p>
      <div class="pair">
        <div class="field">
          <label for="elig-basis">{{ t('workshopCounter.eligibility.basis') }}</label>
          <select #basisSelect id="elig-basis" (change)="basis.set($any(basisSelect.value))">
            @for (b of bases; track b) {
              <option [value]="b" [selected]="b === basis()">
                {{ t('workshopEnum.eligibilityBasis.' + b) }}
              </option>
            }
          </select>
        </div>
        <div class="field">
          <label for="elig-document">{{ t('workshopCounter.eligibility.document') }}</label>
          <select #docSelect id="elig-document" (change)="document.set($any(docSelect.value))">
            @for (d of documents; track d) {
              <option [value]="d" [selected]="d === document()">
                {{ t('workshopEnum.eligibilityDocument.' + d) }}
              </option>
            }
          </select>
        </div>
      </div>
      <div class="pair">
        <div class="field">
          <label for="elig-verified">{{ t('workshopCounter.eligibility.verifiedOn') }}</label>
          <input
            #verifiedInput
            id="elig-verified"
            type="date"
            [max]="today"
            [value]="verifiedOn()"
            (change)="verifiedOn.set(verifiedInput.value)"
          />
        </div>
        <div class="field">
          <label for="elig-until">{{ t('workshopCounter.eligibility.validUntil') }}</label>
          <input
            #untilInput
            id="elig-until"
            type="date"
            [min]="today"
            [value]="validUntil()"
            [attr.aria-invalid]="invalid()"
            [attr.aria-describedby]="invalid() ? 'elig-until-error' : null"
            (change)="validUntil.set(untilInput.value)"
          />
          @if (invalid()) {
            <p id="elig-until-error" class="field__error">
              {{ t('workshopCounter.eligibility.validUntilInvalid') }}
            </p>
          }
        </div>
      </div>
      <div class="live" role="status">
        @if (saved()) {
          <p class="status status--success">{{ t('workshopCounter.eligibility.saved') }}</p>
        }
      </div>
      <div class="live" role="alert">
        @if (problem(); as key) {
          <p class="status status--error">{{ t('workshopCounter.problems.' + key) }}</p>
        }
      </div>
      <button
        type="submit"
        class="button submit"
        data-testid="eligibility-submit"
        [disabled]="store.busy() !== null"
      >
        {{ t('workshopCounter.eligibility.submit') }}
      </button>
    </form>
  `,
  styleUrl: './_person-form.scss',
})
export class EligibilityFormComponent {
  protected readonly store = inject(BorrowersStore);
  protected readonly bases = ELIGIBILITY_BASES;
  protected readonly documents = ELIGIBILITY_DOCUMENTS;
  protected readonly today = berlinToday();
  protected readonly basis = signal<EligibilityBasis>('asylblg');
  protected readonly document = signal<EligibilityDocument>('benefit_notice');
  protected readonly verifiedOn = signal(this.today);
  protected readonly validUntil = signal('');
  protected readonly invalid = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<CounterProblem | null>(null);

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.saved.set(false);
    this.problem.set(null);
    const until = this.validUntil();
    this.invalid.set(!until || until < this.today);
    if (this.invalid()) {
      document.getElementById('elig-until')?.focus();
      return;
    }
    try {
      await this.store.recordEligibility({
        legalBasis: this.basis(),
        documentTypeSeen: this.document(),
        verifiedOn: this.verifiedOn() || this.today,
        validUntil: until,
      });
      this.saved.set(true);
    } catch (error: unknown) {
      this.problem.set(counterFailureOf(error).problem);
    }
  }
}
