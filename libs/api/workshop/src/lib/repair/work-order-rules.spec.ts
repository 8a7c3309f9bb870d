import { isOpenWorkOrder, workOrderStatusChangeAllowed } from './work-order-rules';

describe('work order status rules', () => {
  it('follows draft → queued → in_progress → done', () => {
    expect(workOrderStatusChangeAllowed('draft', 'queued')).toBe(true);
    expect(workOrderStatusChangeAllowed('queued', 'in_progress')).toBe(true);
    expect(workOrderStatusChangeAllowed('in_progress', 'done')).toBe(true);
  });

  it('in_progress ⇄ awaiting_parts', () => {
    expect(workOrderStatusChangeAllowed('in_progress', 'awaiting_parts')).toBe(true);
    expect(workOrderStatusChangeAllowed('awaiting_parts', 'in_progress')).toBe(true);
    expect(workOrderStatusChangeAllowed('awaiting_parts', 'done')).toBe(false);
  });

  it('skipping steps is refused', () => {
    expect(workOrderStatusChangeAllowed('draft', 'done')).toBe(false);
    expect(workOrderStatusChangeAllowed('queued', 'done')).toBe(false);
    expect(workOrderStatusChangeAllowed('queued', 'awaiting_parts')).toBe(false);
  });

  it('done and cancelled are final', () => {
    for (const from of ['done', 'cancelled'] as const) {
      expect(isOpenWorkOrder(from)).toBe(false);
      for (const to of ['draft', 'queued', 'in_progress', 'done', 'cancelled'] as const)
        expect(workOrderStatusChangeAllowed(from, to)).toBe(false);
    }
  });

  it('every open status may be cancelled', () => {
    for (const from of ['draft', 'queued', 'in_progress', 'awaiting_parts'] as const)
      expect(workOrderStatusChangeAllowed(from, 'cancelled')).toBe(true);
  });
});
