import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SparePartView } from '@zusammen/shared/contracts';
import { PartsStore } from '@zusammen/web/workshop/data-access';
import { centsOfInput } from '../../counter/shared/counter-format';
import type { InventoryProblem } from '../shared/inventory-problem';
import { inventoryFailureOf } from '../shared/inventory-problem';

/** A new spare part: SKU, name, unit, reorder level and unit cost. */
@Component({
  selector: 'zl-part-new-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <form
      #form
      *transloco="let t; prefix: 'workshopInventory.parts'"
      class="form new-part"
      novalidate
      aria-labelledby="new-part-heading"
      (submit)="submit($event, form)"
    >
      <h2 id="new-part-heading">{{ t('newTitle') }}</h2>
      <div class="grid2">
        <div class="field">
          <label for="part-sku">{{ t('sku') }}</label>
          <input id="part-sku" name="sku" type="text" dir="ltr" maxlength="40" />
        </div>
        <div class="field">
          <label for="part-name">{{ t('name') }}</label>
          <input id="part-name" name="name" type="text" maxlength="120" />
        </div>
        <div class="field">
          <label for="part-unit">{{ t('unit') }}</label>
          <input id="part-unit" name="unit" type="text" maxlength="20" value="Stück" />
        </div>
        <div class="field">
          <label for="part-reorder">{{ t('reorderLevel') }}</label>
          <input
            id="part-reorder"
            name="reorderLevel"
            type="text"
            inputmode="numeric"
            dir="ltr"
            value="2"
          />
        </div>
        <div class="field">
          <label for="part-cost">{{ t('unitCost') }}</label>
          <input id="part-cost" name="unitCost" type="text" inputmode="decimal" dir="ltr" />
        </div>
      </div>
      <p class="live" role="status">
        @if (invalid()) {
          <span class="field__error">{{ t('createInvalid') }}</span>
        } @else if (created(); as name) {
          <span class="status status--success">{{ t('created', { name }) }}</span>
        }
      </p>
      @if (failure(); as p) {
        <p
          *transloco="let pr; prefix: 'workshopInventory.problems'"
          class="status status--error"
          role="alert"
        >
          {{ pr(p) }}
        </p>
      }
      <button type="submit" class="button" [disabled]="busy()">{{ t('create') }}</button>
    </form>
  `,
  styleUrl: './parts-page.component.scss',
})
export class PartNewFormComponent {
  readonly createdPart = output<SparePartView>();
  private readonly store = inject(PartsStore);
  protected readonly invalid = signal(false);
  protected readonly busy = signal(false);
  protected readonly created = signal<string | null>(null);
  protected readonly failure = signal<InventoryProblem | null>(null);

  protected async submit(event: Event, form: HTMLFormElement): Promise<void> {
    event.preventDefault();
    const data = new FormData(form);
    const text = (name: string): string => String(data.get(name) ?? '').trim();
    const reorder = /^\d{1,5}$/.test(text('reorderLevel')) ? Number(text('reorderLevel')) : NaN;
    const cents = centsOfInput(text('unitCost'));
    const valid =
      !!text('sku') &&
      !!text('name') &&
      !!text('unit') &&
      reorder >= 0 &&
      cents !== null &&
      !Number.isNaN(cents);
    this.invalid.set(!valid);
    this.created.set(null);
    if (!valid || cents === null) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      const part = await this.store.create({
        sku: text('sku'),
        name: text('name'),
        unit: text('unit'),
        reorderLevel: reorder,
        unitCostCents: cents,
      });
      this.created.set(part.name);
      form.reset();
      this.createdPart.emit(part);
    } catch (error) {
      this.failure.set(inventoryFailureOf(error).problem);
    } finally {
      this.busy.set(false);
    }
  }
}
