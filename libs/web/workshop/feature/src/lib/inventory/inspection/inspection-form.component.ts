import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { InspectionItemResult, InspectionTemplateView } from '@zusammen/shared/contracts';
import { FormErrorSummaryComponent, type FormErrorItem } from '@zusammen/web/ui';
import type { InspectionAnswers } from '@zusammen/web/workshop/data-access';
import {
  failedItems,
  inspectionProblems,
  inspectionResultOf,
} from '@zusammen/web/workshop/data-access';
import type { CheckAnswer } from '../../shared/check-items.component';
import { CheckItemsComponent } from '../../shared/check-items.component';

/** A complete checklist the user chose to save. */
export interface InspectionSubmit {
  answers: InspectionAnswers;
  notes: string;
}

/**
 * The safety inspection checklist: one pass / fail / n.a. group per item, notes, and the result as it
 * stands (shown before saving). Unanswered items and n.a. on a mandatory item stop the save with an error
 * summary.
 */
@Component({
  selector: 'zl-inspection-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, CheckItemsComponent, FormErrorSummaryComponent],
  template: `
    <form
      *transloco="let t; prefix: 'workshopInventory.inspection'"
      class="form"
      novalidate
      data-testid="inspection-form"
      [attr.aria-label]="t('formLabel')"
      (submit)="submit($event)"
    >
      @if (showProblems() && summaryItems().length > 0) {
        <zl-form-error-summary
          summaryId="inspection-errors"
          [level]="2"
          [heading]="t('errorsTitle')"
          [items]="summaryItems()"
        />
      }
      <p class="muted">{{ t('version', { version: template().version }) }}</p>
      <zl-check-items
        idPrefix="inspection"
        [items]="template().items"
        [answers]="answers()"
        [problems]="showProblems() ? problems() : {}"
        [disabled]="busy()"
        (answer)="set($event)"
      />
      <div class="field">
        <label for="inspection-notes">{{ t('notes') }}</label>
        <textarea
          id="inspection-notes"
          rows="3"
          maxlength="2000"
          [value]="notes()"
          (input)="notes.set($any($event.target).value)"
        ></textarea>
      </div>
      <section
        class="result"
        aria-live="polite"
        data-testid="inspection-result"
        [attr.data-result]="result()"
      >
        <h2>{{ t('resultTitle') }}</h2>
        @switch (result()) {
          @case ('passed') {
            <p class="status status--success">{{ t('resultPassed') }}</p>
          }
          @case ('failed') {
            <p class="status status--error">
              {{ t('resultFailed', { count: failed().length }) }}
              {{ failedLabels() }}
            </p>
          }
          @default {
            <p class="status">{{ t('resultOpen', { count: open() }) }}</p>
          }
        }
      </section>
      <div class="actions">
        <button type="submit" class="button" [disabled]="busy()" data-testid="inspection-save">
          {{ busy() ? t('saving') : t('save') }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .form {
      display: grid;
      gap: 1rem;
    }
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .field {
      display: grid;
      gap: 0.25rem;
    }
    label {
      font-weight: 600;
    }
    textarea {
      padding: 0.5rem 0.75rem;
      font: inherit;
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-highest);
      border: 2px solid var(--mat-sys-outline);
      border-radius: 0.5rem;
    }
    .result h2 {
      margin: 0 0 0.25rem;
      font-size: 1.25rem;
    }
    .actions {
      display: flex;
      gap: 0.75rem;
    }
  `,
})
export class InspectionFormComponent {
  readonly template = input.required<InspectionTemplateView>();
  readonly busy = input(false);
  readonly save = output<InspectionSubmit>();

  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);
  protected readonly answers = signal<Record<string, InspectionItemResult>>({});
  protected readonly notes = signal('');
  protected readonly showProblems = signal(false);

  protected readonly problems = computed(() =>
    inspectionProblems(this.template().items, this.answers()),
  );
  protected readonly result = computed(() =>
    inspectionResultOf(this.template().items, this.answers()),
  );
  protected readonly failed = computed(() => failedItems(this.template().items, this.answers()));
  protected readonly open = computed(() => Object.keys(this.problems()).length);
  protected readonly failedLabels = computed(() =>
    this.failed()
      .map((key) => this.transloco.translate(`workshopCheck.${key}`))
      .join(', '),
  );
  protected readonly summaryItems = computed<FormErrorItem[]>(() =>
    Object.entries(this.problems()).map(([key, problem]) => ({
      targetId: `inspection-${key}`,
      text: `${this.transloco.translate(`workshopCheck.${key}`)}: ${this.transloco.translate(
        `workshopInventory.shared.checkProblem.${problem}`,
      )}`,
    })),
  );

  private readonly summary = viewChild(FormErrorSummaryComponent);

  protected set(answer: CheckAnswer): void {
    this.answers.update((a) => ({ ...a, [answer.key]: answer.result }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    if (this.result() === null) {
      this.showProblems.set(true);
      afterNextRender(() => this.summary()?.element().focus(), { injector: this.injector });
      return;
    }
    this.save.emit({ answers: this.answers(), notes: this.notes() });
  }
}
