import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { WorkOrderStatus } from '@zusammen/shared/contracts';
import { WORK_ORDER_STATUSES } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { WorkOrdersStore } from '@zusammen/web/workshop/data-access';
import { InventoryNavComponent } from '../shared/inventory-nav.component';
import { formatInstant } from '../shared/inventory-format';

/** Work orders by status (/werkstatt/auftraege?status=…): cards on a phone, the same cards in a grid wider. */
@Component({
  selector: 'zl-work-order-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, InventoryNavComponent],
  template: `
    <ng-container *transloco="let e; prefix: 'workshopEnum'">
      <ng-container *transloco="let t; prefix: 'workshopInventory.orders'">
        <zl-inventory-nav />
        <h1>{{ t('title') }}</h1>
        <p>{{ t('intro') }}</p>
        <div class="field filter">
          <label for="orders-status">{{ t('status') }}</label>
          <select id="orders-status" (change)="filter($any($event.target).value)">
            <option value="" [selected]="!status()">{{ t('all') }}</option>
            @for (s of statuses; track s) {
              <option [value]="s" [selected]="status() === s">
                {{ e('workOrderStatus.' + s) }}
              </option>
            }
          </select>
        </div>
        @switch (store.state()) {
          @case ('loading') {
            <p class="status" role="status">{{ t('loading') }}</p>
          }
          @case ('failed') {
            <p class="status status--error" role="alert">{{ t('loadFailed') }}</p>
          }
          @case ('ready') {
            <p class="muted" role="status">{{ t('count', { count: store.orders().length }) }}</p>
            <ul class="cards orders" data-testid="work-orders">
              @for (o of store.orders(); track o.id) {
                <li class="card">
                  <a [routerLink]="['/werkstatt/auftraege', o.id]" class="problem"
                    ><bdi>{{ o.problem }}</bdi></a
                  >
                  <p class="line">
                    <span dir="ltr">{{ o.bikeLabel }}</span> ·
                    <strong>{{ e('workOrderStatus.' + o.status) }}</strong>
                  </p>
                  <p class="line muted">
                    {{ t('tasks', { done: o.tasksDone, total: o.tasksTotal }) }}
                    @if (o.assigneeName) {
                      · <bdi>{{ o.assigneeName }}</bdi>
                    }
                    · {{ when(o.createdAt) }}
                  </p>
                </li>
              } @empty {
                <li class="muted">{{ t('none') }}</li>
              }
            </ul>
          }
        }
      </ng-container>
    </ng-container>
  `,
  styleUrl: './work-orders.scss',
})
export class WorkOrderListPageComponent {
  /** `?status=` of the URL (component input binding). */
  readonly status = input<WorkOrderStatus | ''>('');
  protected readonly store = inject(WorkOrdersStore);
  private readonly router = inject(Router);
  private readonly locale = inject(LocaleService).current;
  protected readonly statuses = WORK_ORDER_STATUSES;

  constructor() {
    effect(() => {
      const status = this.status();
      const valid = (WORK_ORDER_STATUSES as readonly string[]).includes(status ?? '');
      untracked(() => void this.store.load(valid ? status : ''));
    });
  }

  protected filter(status: string): void {
    void this.router.navigate([], { queryParams: { status: status || null } });
  }

  protected when(iso: string): string {
    return formatInstant(iso, this.locale());
  }
}
