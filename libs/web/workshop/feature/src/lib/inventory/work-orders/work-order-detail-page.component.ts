import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { WorkOrderStatus } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import {
  WorkOrderDetailStore,
  isOpenOrder,
  nextStatuses,
} from '@zusammen/web/workshop/data-access';
import { InventoryNavComponent } from '../shared/inventory-nav.component';
import type { InventoryProblem } from '../shared/inventory-problem';
import { inventoryFailureOf } from '../shared/inventory-problem';
import { formatMinutes, formatMoney } from '../shared/inventory-format';
import { OrderPartsComponent } from './order-parts.component';
import { OrderTimeComponent } from './order-time.component';

/**
 * One work order (/werkstatt/auftraege/:id): status changes (awaiting parts asks for the delay reason),
 * tasks as a checklist, parts used, time spent and the totals.
 */
@Component({
  selector: 'zl-work-order-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    InventoryNavComponent,
    OrderPartsComponent,
    OrderTimeComponent,
  ],
  templateUrl: './work-order-detail-page.component.html',
  styleUrl: './work-orders.scss',
})
export class WorkOrderDetailPageComponent {
  readonly id = input.required<string>();
  protected readonly store = inject(WorkOrderDetailStore);
  private readonly locale = inject(LocaleService).current;

  protected readonly busy = signal(false);
  protected readonly problem = signal<InventoryProblem | null>(null);
  protected readonly saved = signal<WorkOrderStatus | null>(null);
  protected readonly askDelay = signal(false);
  protected readonly delayReason = signal('');
  protected readonly delayMissing = signal(false);
  protected readonly newTask = signal('');

  protected readonly order = computed(() => this.store.order());
  protected readonly next = computed(() => {
    const order = this.order();
    return order ? nextStatuses(order.status) : [];
  });
  protected readonly open = computed(() => {
    const order = this.order();
    return !!order && isOpenOrder(order.status);
  });

  constructor() {
    effect(() => {
      const value = this.id();
      untracked(() => void this.store.load(value));
    });
  }

  protected money(cents: number): string {
    return formatMoney(cents, this.locale());
  }

  protected minutes(value: number): string {
    return formatMinutes(value, this.locale());
  }

  protected changeStatus(status: WorkOrderStatus): void {
    if (status === 'awaiting_parts') {
      this.askDelay.set(true);
      this.delayMissing.set(false);
      return;
    }
    void this.send({ status });
  }

  protected confirmDelay(event: Event): void {
    event.preventDefault();
    const reason = this.delayReason().trim();
    this.delayMissing.set(!reason);
    if (!reason) return;
    this.askDelay.set(false);
    void this.send({ status: 'awaiting_parts', delayReason: reason });
  }

  protected toggleTask(index: number, done: boolean): void {
    const tasks = (this.order()?.tasks ?? []).map((task, i) =>
      i === index ? { ...task, done } : task,
    );
    void this.send({ tasks });
  }

  protected addTask(event: Event): void {
    event.preventDefault();
    const title = this.newTask().trim();
    if (!title) return;
    const tasks = [...(this.order()?.tasks ?? []), { title: title.slice(0, 200), done: false }];
    this.newTask.set('');
    void this.send({ tasks });
  }

  private async send(change: Parameters<WorkOrderDetailStore['update']>[0]): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    this.saved.set(null);
    try {
      await this.store.update(change);
      if (change.status) this.saved.set(change.status);
    } catch (error) {
      this.problem.set(inventoryFailureOf(error).problem);
      await this.store.load(this.id());
    } finally {
      this.busy.set(false);
    }
  }
}
