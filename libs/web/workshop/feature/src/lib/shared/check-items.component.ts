import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { InspectionItemResult, InspectionTemplateItem } from '@zusammen/shared/contracts';
import type { InspectionAnswers } from '@zusammen/web/workshop/data-access';
import { choicesOf } from '@zusammen/web/workshop/data-access';

/** One answer given on the checklist. */
export interface CheckAnswer {
  key: string;
  result: InspectionItemResult;
}

/**
 * The StVZO checklist as one radio group per item (In Ordnung / Mangel / Entfällt) with the legal reference
 * and a short explanation; mandatory items offer no "n.a.". Large touch targets for a phone at the bike.
 * Used by the inspection page and the return check at the desk.
 */
@Component({
  selector: 'zl-check-items',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ol *transloco="let t" class="items">
      @for (item of items(); track item.key) {
        <li>
          <fieldset
            class="item"
            [id]="idPrefix() + '-' + item.key"
            [attr.data-testid]="'check-' + item.key"
            [attr.data-result]="resultOf(item.key)"
            [attr.aria-describedby]="describedBy(item.key)"
          >
            <legend>
              <span class="label">{{ t('workshopCheck.' + item.key) }}</span>
              @if (item.stvzoRef) {
                &ngsp;<span class="ref">{{ item.stvzoRef }}</span>
              }
              @if (!item.mandatory) {
                &ngsp;<span class="ref">{{ t('workshopInventory.shared.optionalItem') }}</span>
              }
            </legend>
            <p class="hint" [id]="idPrefix() + '-' + item.key + '-hint'">
              {{ t('workshopCheck.hint.' + item.key) }}
            </p>
            <div class="choices">
              @for (choice of choicesOf(item); track choice) {
                <label class="choice" [attr.data-choice]="choice">
                  <input
                    type="radio"
                    [name]="idPrefix() + '-' + item.key"
                    [value]="choice"
                    [checked]="answers()[item.key] === choice"
                    [disabled]="disabled()"
                    (change)="answer.emit({ key: item.key, result: choice })"
                  />
                  <span>{{ t('workshopEnum.itemResult.' + choice) }}</span>
                </label>
              }
            </div>
            @if (problems()[item.key]; as problem) {
              <p class="error" [id]="idPrefix() + '-' + item.key + '-error'">
                {{ t('workshopInventory.shared.checkProblem.' + problem) }}
              </p>
            }
          </fieldset>
        </li>
      }
    </ol>
  `,
  styles: `
    .items {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      margin: 0;
      padding: 0.75rem;
      min-inline-size: 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 0.5rem;
    }
    .item[data-result='fail'] {
      border-color: var(--mat-sys-error);
      border-inline-start-width: 0.375rem;
    }
    legend {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.5rem;
      padding-inline: 0.25rem;
    }
    .label {
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    .ref {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.9375rem;
    }
    .hint {
      margin: 0 0 0.5rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 3rem;
      min-inline-size: 6.5rem;
      padding-inline: 0.75rem;
      border: 2px solid var(--mat-sys-outline);
      border-radius: 0.5rem;
      cursor: pointer;
      font-weight: 600;
    }
    .choice:has(input:checked) {
      border-color: var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .choice[data-choice='fail']:has(input:checked) {
      border-color: var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .choice input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--mat-sys-primary);
    }
    .error {
      margin: 0.5rem 0 0;
      color: var(--mat-sys-error);
      font-weight: 600;
    }
  `,
})
export class CheckItemsComponent {
  readonly items = input.required<readonly InspectionTemplateItem[]>();
  readonly answers = input.required<InspectionAnswers>();
  /** Item key → `unanswered` | `mandatoryNa` (shown under the item). */
  readonly problems = input<Readonly<Record<string, string>>>({});
  /** Prefix of the ids (item fieldset: `<prefix>-<key>`, also the error summary's target). */
  readonly idPrefix = input('check');
  readonly disabled = input(false);
  readonly answer = output<CheckAnswer>();

  protected readonly choicesOf = choicesOf;

  protected resultOf(key: string): InspectionItemResult | null {
    return Object.hasOwn(this.answers(), key) ? this.answers()[key] : null;
  }

  protected describedBy(key: string): string {
    const base = `${this.idPrefix()}-${key}`;
    return this.problems()[key] ? `${base}-hint ${base}-error` : `${base}-hint`;
  }
}
