import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  afterNextRender,
  Injector,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SparePartView } from '@zusammen/shared/contracts';
import { PartsStore } from '@zusammen/web/workshop/data-access';
import type { InventoryFailure } from '../shared/inventory-problem';
import { inventoryFailureOf } from '../shared/inventory-problem';

/** A receipt or correction of one part's stock (an inline dialog under the table). */
@Component({
  selector: 'zl-part-movement-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <form
      *transloco="let t; prefix: 'workshopInventory.parts'"
      class="form card"
      novalidate
      data-testid="part-movement-form"
      [attr.aria-labelledby]="'movement-heading'"
      (submit)="submit($event)"
    >
      <h3 id="movement-heading" #heading tabindex="-1">
        {{ t(kind() === 'receipt' ? 'receiptTitle' : 'correctionTitle', { name: part().name }) }}
      </h3>
      <div class="field">
        <label for="movement-quantity">{{ t('quantity') }}</label>
        <input
          id="movement-quantity"
          type="text"
          inputmode="numeric"
          dir="ltr"
          [attr.aria-invalid]="invalid()"
          [attr.aria-describedby]="kind() === 'correction' ? 'movement-hint' : null"
          (input)="quantity.set($any($event.target).value)"
        />
        @if (kind() === 'correction') {
          <p id="movement-hint" class="field__hint">{{ t('correctionHint') }}</p>
        }
      </div>
      <div class="field">
        <label for="movement-note">{{ t('note') }}</label>
        <input
          id="movement-note"
          type="text"
          maxlength="300"
          (input)="note.set($any($event.target).value)"
        />
      </div>
      <p class="live" role="status">
        @if (invalid()) {
          <span class="field__error">{{ t('quantityInvalid') }}</span>
        }
      </p>
      @if (failure(); as f) {
        <p
          *transloco="let pr; prefix: 'workshopInventory.problems'"
          class="status status--error"
          role="alert"
        >
          {{ pr(f.problem) }}
        </p>
      }
      <div class="actions">
        <button type="submit" class="button" [disabled]="busy()" data-testid="movement-save">
          {{ t('save') }}
        </button>
        <button type="button" class="button button--outlined" (click)="closed.emit(null)">
          {{ t('cancel') }}
        </button>
      </div>
    </form>
  `,
  styleUrl: './parts-page.component.scss',
})
export class PartMovementFormComponent {
  readonly part = input.required<SparePartView>();
  readonly kind = input.required<'receipt' | 'correction'>();
  /** The part after the booking, or null when cancelled. */
  readonly closed = output<SparePartView | null>();

  private readonly store = inject(PartsStore);
  protected readonly quantity = signal('');
  protected readonly note = signal('');
  protected readonly invalid = signal(false);
  protected readonly busy = signal(false);
  protected readonly failure = signal<InventoryFailure | null>(null);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    afterNextRender(() => this.heading().nativeElement.focus(), { injector: inject(Injector) });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const text = this.quantity().trim().replace('−', '-');
    const quantity = /^-?\d{1,5}$/.test(text) ? Number(text) : NaN;
    const valid =
      this.kind() === 'receipt' ? quantity > 0 : Number.isInteger(quantity) && quantity !== 0;
    this.invalid.set(!valid);
    if (!valid) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      const part = await this.store.addMovement(this.part().id, {
        kind: this.kind(),
        quantity,
        note: this.note().trim() || null,
      });
      this.closed.emit(part);
    } catch (error) {
      this.failure.set(inventoryFailureOf(error));
    } finally {
      this.busy.set(false);
    }
  }
}
