import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Locale } from '@zusammen/shared/contracts';
import { SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import { LOCALE_NATIVE_NAMES } from '@zusammen/web/core';
import { BorrowersStore, berlinToday } from '@zusammen/web/workshop/data-access';
import type { CounterProblem } from '../shared/counter-problem';
import { counterFailureOf } from '../shared/counter-problem';

/** Records the road-safety briefing: language, interpreter, date, acknowledged by the person. */
@Component({
  selector: 'zl-briefing-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <form
      class="form"
      novalidate
      *transloco="let t"
      (submit)="submit($event)"
      data-testid="briefing-form"
    >
      <div class="pair">
        <div class="field">
          <label for="brief-language">{{ t('workshopCounter.briefing.language') }}</label>
          <select #langSelect id="brief-language" (change)="language.set($any(langSelect.value))">
            @for (code of locales; track code) {
              <option [value]="code" [selected]="code === chosenLanguage()" [attr.lang]="code">
                {{ nativeNames[code] }}
              </option>
            }
          </select>
        </div>
        <div class="field">
          <label for="brief-held">{{ t('workshopCounter.briefing.heldOn') }}</label>
          <input
            #heldInput
            id="brief-held"
            type="date"
            [max]="today"
            [value]="heldOn()"
            (change)="heldOn.set(heldInput.value)"
          />
        </div>
      </div>
      <label class="choice">
        <input
          #interpreterBox
          type="checkbox"
          [checked]="interpreter()"
          (change)="interpreter.set(interpreterBox.checked)"
        />
        {{ t('workshopCounter.briefing.interpreter') }}
      </label>
      <label class="choice">
        <input
          #ridingBox
          type="checkbox"
          [checked]="riding()"
          (change)="riding.set(ridingBox.checked)"
        />
        {{ t('workshopCounter.briefing.ridingCheck') }}
      </label>
      <label class="choice">
        <input
          #ackBox
          type="checkbox"
          data-testid="briefing-acknowledged"
          [checked]="acknowledged()"
          [attr.aria-invalid]="missingAck()"
          [attr.aria-describedby]="missingAck() ? 'brief-ack-error' : 'brief-ack-hint'"
          (change)="acknowledged.set(ackBox.checked)"
        />
        {{ t('workshopCounter.briefing.acknowledged') }}
      </label>
      <p id="brief-ack-hint" class="field__hint">
        {{ t('workshopCounter.briefing.acknowledgedHint') }}
      </p>
      @if (missingAck()) {
        <p id="brief-ack-error" class="field__error">
          {{ t('workshopCounter.briefing.acknowledgedMissing') }}
        </p>
      }
      <div class="live" role="status">
        @if (saved()) {
          <p class="status status--success">{{ t('workshopCounter.briefing.saved') }}</p>
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
        data-testid="briefing-submit"
        [disabled]="store.busy() !== null"
      >
        {{ t('workshopCounter.briefing.submit') }}
      </button>
    </form>
  `,
  styleUrl: './_person-form.scss',
})
export class BriefingFormComponent {
  readonly defaultLanguage = input<Locale>('de');
  protected readonly store = inject(BorrowersStore);
  protected readonly locales = SUPPORTED_LOCALES;
  protected readonly nativeNames = LOCALE_NATIVE_NAMES;
  protected readonly today = berlinToday();
  protected readonly language = signal<Locale | null>(null);
  protected readonly chosenLanguage = computed(() => this.language() ?? this.defaultLanguage());
  protected readonly heldOn = signal(this.today);
  protected readonly interpreter = signal(false);
  protected readonly riding = signal(false);
  protected readonly acknowledged = signal(false);
  protected readonly missingAck = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<CounterProblem | null>(null);

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.saved.set(false);
    this.problem.set(null);
    this.missingAck.set(!this.acknowledged());
    if (this.missingAck()) return;
    try {
      await this.store.recordBriefing({
        language: this.chosenLanguage(),
        interpreter: this.interpreter(),
        heldOn: this.heldOn() || this.today,
        acknowledged: true,
        ridingCheckPassed: this.riding() ? true : null,
      });
      this.saved.set(true);
      this.acknowledged.set(false);
    } catch (error: unknown) {
      this.problem.set(counterFailureOf(error).problem);
    }
  }
}
