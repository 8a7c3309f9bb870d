import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import type { SparePartView, WorkOrderDetail } from '@zusammen/shared/contracts';
import { WorkOrderDetailStore } from '@zusammen/web/workshop/data-access';
import { clean, counterTranslocoTesting, settle } from '../../counter/shared/counter-i18n.testing';
import { WorkOrderDetailPageComponent } from './work-order-detail-page.component';

const ORDER: WorkOrderDetail = {
  id: 'wo-1',
  bikeId: 'bike-7',
  bikeLabel: 'FR-0007',
  problem: 'Bremse hinten schleift',
  status: 'in_progress',
  assigneeName: null,
  tasksDone: 0,
  tasksTotal: 1,
  createdAt: '2026-11-20T09:00:00Z',
  completedAt: null,
  evaluation: null,
  tasks: [{ title: 'Bremszug tauschen', done: false }],
  delayReason: null,
  assigneeId: null,
  parts: [],
  time: [],
  partsCostCents: 0,
  minutesTotal: 0,
  version: 3,
};
const PART: SparePartView = {
  id: 'part-1',
  sku: 'BZ',
  name: 'Bremszug',
  unit: 'Stück',
  onHand: 2,
  reorderLevel: 2,
  unitCostCents: 350,
  low: false,
  active: true,
};

describe('WorkOrderDetailPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<WorkOrderDetailPageComponent>;
  const translate = (key: string, params?: Record<string, unknown>): string =>
    TestBed.inject(TranslocoService).translate(key, params);
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const $ = <T extends HTMLElement>(selector: string): T => el().querySelector(selector) as T;
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
    await settle();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [WorkOrderDetailPageComponent, counterTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        WorkOrderDetailStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WorkOrderDetailPageComponent);
    fixture.componentRef.setInput('id', 'wo-1');
    await stable();
    http.expectOne('/api/workshop/work-orders/wo-1').flush(ORDER);
    http.expectOne('/api/workshop/parts').flush([PART]);
    http.expectOne('/api/workshop/workers').flush([]);
    await stable();
  });

  afterEach(() => http.verify());

  it('offers the next statuses and asks why it waits for parts', async () => {
    const statuses = Array.from(el().querySelectorAll('[data-status]')).map((b) =>
      b.getAttribute('data-status'),
    );
    expect(statuses).toEqual(['awaiting_parts', 'done', 'cancelled']);
    $<HTMLButtonElement>('[data-status="awaiting_parts"]').click();
    await stable();
    const reason = $<HTMLInputElement>('#delay-reason');
    reason.value = 'Bremszug bestellt';
    reason.dispatchEvent(new Event('input'));
    reason.form?.dispatchEvent(new Event('submit', { cancelable: true }));
    await stable();
    const request = http.expectOne('/api/workshop/work-orders/wo-1');
    expect(request.request.body).toEqual({
      status: 'awaiting_parts',
      delayReason: 'Bremszug bestellt',
      version: 3,
    });
    request.flush({
      ...ORDER,
      status: 'awaiting_parts',
      delayReason: 'Bremszug bestellt',
      version: 4,
    });
    await stable();
    expect(clean($('[data-testid="order-status"]').textContent)).toContain('Bremszug bestellt');
  });

  it('says how many are on hand when a part is out of stock', async () => {
    const part = $<HTMLSelectElement>('#use-part');
    part.value = 'part-1';
    part.dispatchEvent(new Event('change'));
    const quantity = $<HTMLInputElement>('#use-quantity');
    quantity.value = '5';
    quantity.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>('[data-testid="use-part"]').click();
    await stable();
    const request = http.expectOne('/api/workshop/work-orders/wo-1/parts');
    expect(request.request.body).toEqual({ partId: 'part-1', quantity: 5, cannibalised: false });
    request.flush(
      { code: 'OUT_OF_STOCK', message: 'x', details: { onHand: 2, requested: 5 } },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(clean($('[data-testid="parts-error"]').textContent)).toBe(
      translate('workshopInventory.order.outOfStock', { onHand: 2, requested: 5 }),
    );
  });
});
