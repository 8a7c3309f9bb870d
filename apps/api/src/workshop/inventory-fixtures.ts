import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  INSPECTION_TEMPLATE_V1,
  WORKSHOP_ROUTES,
  type BikeAction,
  type BikeDetail,
  type BikeIntakeRequest,
  type InspectionItemResult,
  type SparePartView,
} from '@zusammen/shared/contracts';

/** A signed-in caller (SignedInUser of @zusammen/api/testing, which app code may not import). */
export interface Caller {
  headers: Record<string, string>;
}

export const WORKSHOP_PASSWORD = 'Fahrradwerkstatt-2026';
const { bikes, parts } = WORKSHOP_ROUTES;

export const DONATION: BikeIntakeRequest = {
  frameNoStatus: 'present',
  frameNo: 'WBK 123456',
  make: 'Gazelle',
  model: 'Orange C7',
  colours: ['grün'],
  // a size nobody on the other specs' or the demo's waiting lists asks for (the demo waits for children's
  // bikes of 30–36 cm with 24" wheels): a pass leaves these bikes `available`
  cycleType: 'children',
  frameSizeCm: 40,
  wheelInches: 20,
  wheelEtrto: '47-406',
  propulsion: 'pedal',
  lighting: 'dynamo',
  condition: 'good',
  source: 'donation',
  receivedOn: '2026-11-02',
  donorName: 'Familie Terhorst',
  receiptIssued: true,
};

export const LOST_AND_FOUND: BikeIntakeRequest = {
  ...DONATION,
  donorName: null,
  receiptIssued: false,
  source: 'lost_and_found',
  fundbueroRef: 'FB-2026-0815',
  foundOn: '2026-05-01',
  holdEndsOn: '2099-01-01',
};

/** Expects a 2xx answer and returns its body, or fails with the whole answer. */
export function ok<T>(response: { statusCode: number; body: string; json: <U>() => U }): T {
  if (response.statusCode >= 300) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json<T>();
}

export async function intake(
  app: NestFastifyApplication,
  team: Caller,
  overrides: Partial<BikeIntakeRequest> = {},
): Promise<BikeDetail> {
  return ok(
    await app.inject({
      method: 'POST',
      url: bikes,
      headers: team.headers,
      payload: { ...DONATION, ...overrides },
    }),
  );
}

export async function transition(
  app: NestFastifyApplication,
  team: Caller,
  bike: BikeDetail,
  action: BikeAction,
  extra: Record<string, unknown> = {},
): Promise<BikeDetail> {
  return ok(
    await app.inject({
      method: 'POST',
      url: `${bikes}/${bike.id}/transition`,
      headers: team.headers,
      payload: { action, version: bike.version, ...extra },
    }),
  );
}

/** A donated bike taken through assessment and repair to the inspection stand. */
export async function bikeAwaitingInspection(
  app: NestFastifyApplication,
  team: Caller,
  overrides: Partial<BikeIntakeRequest> = {},
): Promise<BikeDetail> {
  let bike = await intake(app, team, overrides);
  bike = await transition(app, team, bike, 'start_assessment');
  bike = await transition(app, team, bike, 'start_repair');
  return transition(app, team, bike, 'send_to_inspection');
}

export function checklist(
  overrides: Record<string, InspectionItemResult> = {},
): Record<string, InspectionItemResult> {
  return {
    ...Object.fromEntries(INSPECTION_TEMPLATE_V1.map((item) => [item.key, 'pass' as const])),
    ...overrides,
  };
}

export function inspect(
  app: NestFastifyApplication,
  team: Caller,
  bikeId: string,
  items: Record<string, InspectionItemResult> = checklist(),
) {
  return app.inject({
    method: 'POST',
    url: `${bikes}/${bikeId}/inspections`,
    headers: team.headers,
    payload: { templateVersion: 1, items },
  });
}

let skuCounter = 0;

/** A new part with `onHand` received into stock. */
export async function stockedPart(
  app: NestFastifyApplication,
  team: Caller,
  onHand: number,
  reorderLevel = 0,
): Promise<SparePartView> {
  skuCounter += 1;
  const part = ok<SparePartView>(
    await app.inject({
      method: 'POST',
      url: parts,
      headers: team.headers,
      payload: {
        sku: `T-${Date.now().toString(36)}-${skuCounter}`,
        name: 'Schlauch 28 × 1,75',
        unit: 'piece',
        reorderLevel,
        unitCostCents: 450,
      },
    }),
  );
  if (onHand === 0) return part;
  return ok(
    await app.inject({
      method: 'POST',
      url: `${parts}/${part.id}/movements`,
      headers: team.headers,
      payload: { kind: 'receipt', quantity: onHand },
    }),
  );
}
