import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createTestApp,
  expectApiError,
  type SignedInUser,
} from '@zusammen/api/testing';
import { WORKSHOP_ROUTES, type WorkshopSettingsView } from '@zusammen/shared/contracts';
import { AppModule } from '../app/app.module';
import { ok, WORKSHOP_PASSWORD } from './inventory-fixtures';

const { settings } = WORKSHOP_ROUTES;

describe('Fahrradwerkstatt: settings (integration)', () => {
  let app: NestFastifyApplication;
  let team: SignedInUser;
  let staff: SignedInUser;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    team = await createSignedInUser(app, { password: WORKSHOP_PASSWORD, roles: ['workshop'] });
    staff = await createSignedInUser(app, { password: WORKSHOP_PASSWORD, roles: ['staff'] });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('the workshop reads, the coordinator sets; the contract version stays; the same values are restored', async () => {
    const before = ok<WorkshopSettingsView>(
      await app.inject({ method: 'GET', url: settings, headers: team.headers }),
    );
    const { updatedAt: _u, contractVersion: _c, ...request } = before;
    expectApiError(
      await app.inject({ method: 'PUT', url: settings, headers: team.headers, payload: request }),
      403,
      'FORBIDDEN',
    );
    const changed = ok<WorkshopSettingsView>(
      await app.inject({
        method: 'PUT',
        url: settings,
        headers: staff.headers,
        payload: { ...request, reservationHours: request.reservationHours === 48 ? 72 : 48 },
      }),
    );
    expect(changed.contractVersion).toBe(before.contractVersion);
    expect(changed.reservationHours).not.toBe(before.reservationHours);
    const restored = ok<WorkshopSettingsView>(
      await app.inject({ method: 'PUT', url: settings, headers: staff.headers, payload: request }),
    );
    expect({ ...restored, updatedAt: before.updatedAt }).toEqual(before);
  });

  it('refuses out-of-range values and a loan (Leihe) with a fee', async () => {
    const current = ok<WorkshopSettingsView>(
      await app.inject({ method: 'GET', url: settings, headers: staff.headers }),
    );
    const { updatedAt: _u, contractVersion: _c, ...request } = current;
    const invalid = expectApiError(
      await app.inject({
        method: 'PUT',
        url: settings,
        headers: staff.headers,
        payload: { ...request, inspectionValidityDays: 0, rentalLimit: 9 },
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(Object.keys(invalid.details as object).sort()).toEqual([
      'inspectionValidityDays',
      'rentalLimit',
    ]);
    expectApiError(
      await app.inject({
        method: 'PUT',
        url: settings,
        headers: staff.headers,
        payload: { ...request, contractType: 'leihe', feeCents: 500 },
      }),
      422,
      'VALIDATION_FAILED',
    );
  });
});
