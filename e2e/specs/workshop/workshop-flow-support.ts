import { expect } from '@playwright/test';
import type {
  BikeAction,
  BikeDetail,
  BikeIntakeRequest,
  InspectionRequest,
  InspectionTemplateView,
  WorkOrderDetail,
} from '@zusammen/shared/contracts';
import { CSRF_COOKIE, CSRF_HEADER, WORKSHOP_ROUTES } from '@zusammen/shared/contracts';
import type { ApiSession } from '../booking/event-registration-support';
import { borkenDate } from '../sponsorship/staff-support';

/**
 * Set-up steps of workshop-flow.spec.ts done through the API (the inventory pages have their own specs):
 * a donated bike taken in, repaired under a work order and passed by an inspection.
 */

async function patch<T>(api: ApiSession, url: string, data: unknown): Promise<T> {
  const response = await api.page.request.patch(url, {
    data,
    headers: { [CSRF_HEADER]: await csrf(api) },
  });
  expect(response.status(), `${url}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

async function csrf(api: ApiSession): Promise<string> {
  const cookies = await api.page.context().cookies();
  return cookies.find((c) => c.name === CSRF_COOKIE)?.value ?? '';
}

export async function intakeBike(api: ApiSession, make: string): Promise<BikeDetail> {
  const request: BikeIntakeRequest = {
    frameNoStatus: 'present',
    frameNo: `WBK${Date.now().toString(36).toUpperCase()}`,
    make,
    model: 'Tour',
    colours: ['blue'],
    cycleType: 'city',
    frameSizeCm: 53,
    wheelEtrto: '37-622',
    wheelInches: 28,
    propulsion: 'pedal',
    lighting: 'dynamo',
    condition: 'fair',
    source: 'donation',
    receivedOn: borkenDate(0),
    donorName: 'Familie Terhorst',
    receiptIssued: true,
  };
  const { status, body } = await api.post<BikeDetail>(WORKSHOP_ROUTES.bikes, request);
  expect(status, JSON.stringify(body)).toBe(201);
  return body;
}

/** Moves the bike on through the allowed actions until `until` is allowed (or reached). */
export async function moveBike(
  api: ApiSession,
  bikeId: string,
  path: readonly BikeAction[],
): Promise<BikeDetail> {
  let bike = await api.get<BikeDetail>(`${WORKSHOP_ROUTES.bikes}/${bikeId}`);
  for (const action of path) {
    if (!bike.allowedActions.includes(action)) continue;
    const { status, body } = await api.post<BikeDetail>(
      `${WORKSHOP_ROUTES.bikes}/${bikeId}/transition`,
      { action, version: bike.version },
    );
    expect(status, `${action}: ${JSON.stringify(body)}`).toBe(200);
    bike = body;
  }
  return bike;
}

/** A work order for the bike, worked through to done. */
export async function repairBike(api: ApiSession, bikeId: string): Promise<WorkOrderDetail> {
  const { status, body } = await api.post<WorkOrderDetail>(WORKSHOP_ROUTES.workOrders, {
    bikeId,
    problem: 'Bremsen schleifen, Licht hinten defekt',
    tasks: ['Bremsen einstellen', 'Rücklicht tauschen'],
  });
  expect(status, JSON.stringify(body)).toBe(201);
  let order = body;
  for (const next of ['queued', 'in_progress', 'done'] as const) {
    if (order.status === next || order.status === 'done') continue;
    order = await patch<WorkOrderDetail>(api, `${WORKSHOP_ROUTES.workOrders}/${order.id}`, {
      version: order.version,
      status: next,
      tasks: order.tasks.map((t) => ({ ...t, done: true })),
    });
  }
  expect(order.status).toBe('done');
  return order;
}

/** A passed inspection: every item of the current checklist passes. */
export async function passInspection(api: ApiSession, bikeId: string): Promise<void> {
  const template = await api.get<InspectionTemplateView>(WORKSHOP_ROUTES.inspectionTemplate);
  const request: InspectionRequest = {
    templateVersion: template.version,
    items: Object.fromEntries(template.items.map((item) => [item.key, 'pass' as const])),
  };
  const { status, body } = await api.post(
    `${WORKSHOP_ROUTES.bikes}/${bikeId}/inspections`,
    request,
  );
  expect(status, JSON.stringify(body)).toBe(201);
}
