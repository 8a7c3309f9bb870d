import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { LocaleService } from '@zusammen/web/core';
import { WorkOrderDetailStore } from '@zusammen/web/workshop/data-access';
import type { InventoryFailure } from '../shared/inventory-problem';
import { inventoryFailureOf } from '../shared/inventory-problem';
import { formatMoney } from '../shared/inventory-format';

/** Parts used on a work order: the lines so far and a form to take a part from stock (shows what is on hand). */
@Component({
  selector: 'zl-order-parts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <section
      *transloco="let t; prefix: 'workshopInventory.order'"
      class="section"
      aria-labelledby="order-parts-heading"
    >
      <h2 id="order-parts-heading">{{ t('partsTitle') }}</h2>
      @if (store.order(); as order) {
        @if (order.parts.length === 0) {
          <p class="muted">{{ t('noParts') }}</p>
        } @else {
          <ul class="cards" data-testid="order-parts">
            @for (line of order.parts; track line.movementId) {
              <li class="card line">
                <span
                  ><bdi>{{ line.name }}</bdi> &ngsp;<span class="muted" dir="ltr"
                    >({{ line.sku }})</span
                  ></span
                >
                <span
                  >{{ t('quantity', { count: line.quantity }) }} ·
                  {{ money(line.unitCostCents * line.quantity) }}</span
                >
                @if (line.kind === 'cannibalised') {
                  <span class="muted">{{ t('fromDonor') }}</span>
                }
              </li>
            }
          </ul>
        }
        @if (open()) {
          <form
            class="form card"
            novalidate
            (submit)="submit($event)"
            [attr.aria-label]="t('usePart')"
          >
            <div class="field">
              <label for="use-part">{{ t('part') }}</label>
              <select id="use-part" (change)="partId.set($any($event.target).value)">
                <option value="">{{ t('choosePart') }}</option>
                @for (part of store.parts(); track part.id) {
                  <option [value]="part.id" [selected]="partId() === part.id">
                    {{ part.name }} ({{ t('onHand', { count: part.onHand }) }})
                  </option>
                }
              </select>
            </div>
            <div class="field qty">
              <label for="use-quantity">{{ t('quantityLabel') }}</label>
              <input
                id="use-quantity"
                type="number"
                inputmode="numeric"
                min="1"
                max="99"
                [value]="quantity()"
                (input)="quantity.set($any($event.target).value)"
              />
            </div>
            <label class="choice">
              <input
                type="checkbox"
                [checked]="cannibalised()"
                (change)="cannibalised.set($any($event.target).checked)"
              />
              {{ t('cannibalised') }}
            </label>
            <p class="live" role="status">
              @if (missing()) {
                <span class="field__error">{{ t('partMissing') }}</span>
              }
            </p>
            @if (failure(); as f) {
              <p class="status status--error" role="alert" data-testid="parts-error">
                @if (f.problem === 'outOfStock') {
                  {{
                    t('outOfStock', {
                      onHand: f.details['onHand'] ?? 0,
                      requested: f.details['requested'] ?? quantity(),
                    })
                  }}
                } @else {
                  <ng-container *transloco="let pr; prefix: 'workshopInventory.problems'">{{
                    pr(f.problem)
                  }}</ng-container>
                }
              </p>
            }
            <button type="submit" class="button" [disabled]="busy()" data-testid="use-part">
              {{ t('usePart') }}
            </button>
          </form>
        }
      }
    </section>
  `,
  styleUrl: './work-orders.scss',
})
export class OrderPartsComponent {
  readonly open = input(true);
  protected readonly store = inject(WorkOrderDetailStore);
  private readonly locale = inject(LocaleService).current;
  protected readonly partId = signal('');
  protected readonly quantity = signal('1');
  protected readonly cannibalised = signal(false);
  protected readonly missing = signal(false);
  protected readonly busy = signal(false);
  protected readonly failure = signal<InventoryFailure | null>(null);
  private readonly qty = computed(() => Number(this.quantity()));

  protected money(cents: number): string {
    return formatMoney(cents, this.locale());
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const quantity = this.qty();
    const valid = !!this.partId() && Number.isInteger(quantity) && quantity >= 1;
    this.missing.set(!valid);
    if (!valid) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      await this.store.useParts({
        partId: this.partId(),
        quantity,
        cannibalised: this.cannibalised(),
      });
      this.partId.set('');
      this.quantity.set('1');
      this.cannibalised.set(false);
    } catch (error) {
      this.failure.set(inventoryFailureOf(error));
    } finally {
      this.busy.set(false);
    }
  }
}
