import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createTestApp,
  expectApiError,
  uniqueSuffix,
  type SignedInUser,
} from '@zusammen/api/testing';
import { WORKSHOP_ROUTES, type WorkshopReport } from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import {
  insertPassedInspection,
  insertTestBike,
  insertTestBorrower,
  insertTestRental,
} from './workshop-reports-fixtures';

const PASSWORD = 'Borken-Werkstatt-2026';
const reports = WORKSHOP_ROUTES.reports;
/** A quarter long past, so rows of the other specs (written now) do not fall into it. */
const PERIOD = 'from=2023-01&to=2023-03';
const UNTIL = Date.parse('2023-03-31T22:00:00Z'); // 2023-04-01 00:00 Berlin (summer time)
const DAY = 86_400_000;

describe('Fahrradwerkstatt: reports (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let workshop: SignedInUser;
  let staff: SignedInUser;
  let resident: SignedInUser;
  const suffix = uniqueSuffix();
  const sku = `TEST-${suffix}`;
  const names = { a: `Ahmad Test ${suffix}`, b: `Samir Test ${suffix}`, v: `Vera Test ${suffix}` };

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    [workshop, staff, resident] = await Promise.all([
      createSignedInUser(app, { password: PASSWORD, roles: ['workshop'] }),
      createSignedInUser(app, { password: PASSWORD, roles: ['staff'] }),
      createSignedInUser(app, { password: PASSWORD, roles: ['resident'] }),
    ]);
    const inspector = workshop.user.id;
    const borrower = await insertTestBorrower(db, { displayName: `Leihende ${suffix}` });
    const other = await insertTestBorrower(db, { displayName: `Leihender ${suffix}` });
    const a = await insertTestBike(db, { receivedOn: '2023-01-10' });
    const b = await insertTestBike(db, { receivedOn: '2023-01-20', source: 'lost_and_found' });
    await insertTestBike(db, {
      receivedOn: '2023-02-15',
      source: 'purchase',
      technicalState: 'retired',
      retirementReason: 'parts_donor',
      updatedAt: '2023-03-15T12:00:00Z',
    });
    await insertTestBike(db, { receivedOn: '2023-03-31', technicalState: 'intake' });
    // retired through the API: the audit entry of the transition dates it, not the later row change
    const retired = await insertTestBike(db, {
      receivedOn: '2023-01-05',
      source: 'purchase',
      technicalState: 'retired',
      retirementReason: 'scrap',
      updatedAt: '2023-03-20T12:00:00Z',
    });
    await db.query(
      `INSERT INTO audit_event (occurred_at, actor_id, action, subject_type, subject_id, details) VALUES
         ('2023-01-25T09:00:00Z', $2, 'workshop.bike-transition', 'bike', $1, '{"from":"defective","to":"retired"}'),
         ('2023-03-20T12:00:00Z', $2, 'workshop.bike-updated', 'bike', $1, '{}')`,
      [retired.id, workshop.user.id],
    );
    for (const bike of [a, b]) {
      const inspection = await insertPassedInspection(
        db,
        bike.id,
        inspector,
        '2023-02-01T11:00:00Z',
        60,
      );
      await insertTestRental(db, {
        bikeId: bike.id,
        borrowerId: bike === a ? borrower : other,
        inspectionId: inspection,
        handedOutAt: bike === a ? '2023-02-10T10:00:00Z' : '2023-03-05T10:00:00Z',
        dueOn: bike === a ? '2023-03-10' : '2023-04-02',
        returnedAt: bike === a ? '2023-02-20T10:00:00Z' : null,
      });
    }
    const [{ id: partId }]: { id: string }[] = await db.query(
      `INSERT INTO spare_part (sku, name, on_hand, unit_cost_cents) VALUES ($1, 'Schlauch 28"', 6, 450) RETURNING id`,
      [sku],
    );
    await db.query(
      `INSERT INTO stock_movement (part_id, kind, quantity, on_hand_after, unit_cost_cents, created_at) VALUES
         ($1, 'receipt', 10, 10, 450, '2023-01-05T10:00:00Z'),
         ($1, 'consumption', -3, 7, 450, '2023-02-12T10:00:00Z'),
         ($1, 'cannibalised', -1, 6, 450, '2023-03-01T10:00:00Z')`,
      [partId],
    );
    const workers: { id: string }[] = await db.query(
      `INSERT INTO workshop_worker (display_name, programme) VALUES ($1, 'asylblg_5'), ($2, 'asylblg_5'), ($3, 'volunteer')
       RETURNING id`,
      [names.a, names.b, names.v],
    );
    await db.query(
      `INSERT INTO time_entry (worker_id, programme, worked_on, minutes, approved_by_id, approved_at) VALUES
         ($1, 'asylblg_5', '2023-02-03', 120, $4, '2023-02-04T08:00:00Z'),
         ($2, 'asylblg_5', '2023-02-03', 90, $4, '2023-02-04T08:00:00Z'),
         ($2, 'asylblg_5', '2023-02-06', 30, NULL, NULL),
         ($3, 'volunteer', '2023-03-01', 60, $4, '2023-03-02T08:00:00Z')`,
      [workers[0].id, workers[1].id, workers[2].id, workshop.user.id],
    );
  });

  afterAll(async () => {
    await app?.close();
  });

  const get = (url: string, who: SignedInUser = workshop) =>
    app.inject({ method: 'GET', url, headers: who.headers });

  it('counts bikes per month, use, utilisation, parts and hours of the period', async () => {
    const response = await get(`${reports}?${PERIOD}`);
    expect(response.statusCode).toBe(200);
    const report = response.json<WorkshopReport>();
    expect(report.months).toEqual([
      {
        month: '2023-01',
        takenIn: { donation: 1, lost_and_found: 1, purchase: 1 },
        refurbished: 0,
        handedOut: 0,
        returned: 0,
        retired: 1,
      },
      {
        month: '2023-02',
        takenIn: { donation: 0, lost_and_found: 0, purchase: 1 },
        refurbished: 2,
        handedOut: 1,
        returned: 1,
        retired: 0,
      },
      {
        month: '2023-03',
        takenIn: { donation: 1, lost_and_found: 0, purchase: 0 },
        refurbished: 0,
        handedOut: 1,
        returned: 0,
        retired: 1,
      },
    ]);
    // bike B is still out at the end of March; A, B and the one in intake are in the fleet, the retired one not
    expect(report.inUse).toBe(1);
    expect(report.fleet).toBeGreaterThanOrEqual(3);
    const lendableFrom = Date.parse('2023-02-01T11:00:00Z');
    const loanDays = 10 + (UNTIL - Date.parse('2023-03-05T10:00:00Z')) / DAY;
    const lendableDays = (2 * (UNTIL - lendableFrom)) / DAY;
    expect(report.utilisation).toBeCloseTo(loanDays / lendableDays, 4);
    expect(report.partsUsed).toContainEqual({
      sku,
      name: 'Schlauch 28"',
      quantity: 4,
      costCents: 1800,
    });
    expect(report.partsCostCents).toBeGreaterThanOrEqual(1800);
    expect(report.hours).toEqual([
      { programme: 'volunteer', minutesApproved: 60, minutesPending: 0, people: 1 },
      { programme: 'asylblg_5', minutesApproved: 210, minutesPending: 30, people: 2 },
      { programme: 'sgb2_16d', minutesApproved: 0, minutesPending: 0, people: 0 },
    ]);
    // aggregates only
    expect(response.body).not.toContain(names.a);
  });

  it('gives the same numbers as CSV for Excel, with person counts below 5 suppressed', async () => {
    const response = await get(`${reports}/report.csv?${PERIOD}`, staff);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="fahrradwerkstatt-bericht-2023-01-2023-03.csv"',
    );
    expect(response.body.startsWith('\uFEFFKennzahl;Wert\r\n')).toBe(true);
    const lines = response.body.split('\r\n');
    expect(lines).toContain('Im Verleih am Ende des Zeitraums;1');
    expect(lines).toContain('2023-02;0;0;1;2;1;1;0');
    expect(lines).toContain(`${sku};"Schlauch 28""";4;18,00`);
    expect(lines).toContain('Arbeitsgelegenheit § 5 AsylbLG;210;30;3,50;<5');
    expect(lines).toContain('Ehrenamt;60;0;1,00;<5');
  });

  it('exports the approved hours per person for staff, with the § 5 AsylbLG allowance', async () => {
    const response = await get(`${reports}/hours.csv?month=2023-02`, staff);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="fahrradwerkstatt-stunden-2023-02.csv"',
    );
    expect(response.body.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'Monat;Name;Programm;Minuten genehmigt;Stunden;Satz (EUR/Std.);Betrag (EUR)',
      `2023-02;${names.a};Arbeitsgelegenheit § 5 AsylbLG;120;2,00;0,80;1,60`,
      `2023-02;${names.b};Arbeitsgelegenheit § 5 AsylbLG;90;1,50;0,80;1,20`,
      '2023-02;Summe;;210;3,50;;2,80',
      '',
    ]);
  });

  it('keeps the person-level export from the workshop team and the reports from residents', async () => {
    expectApiError(await get(`${reports}/hours.csv?month=2023-02`), 403, 'FORBIDDEN');
    expectApiError(await get(`${reports}?${PERIOD}`, resident), 403, 'FORBIDDEN');
    expectApiError(await get(`${reports}/report.csv?${PERIOD}`, resident), 403, 'FORBIDDEN');
  });

  it('refuses malformed or too long periods with 422', async () => {
    const bad = expectApiError(await get(`${reports}?from=2023-13&to=x`), 422, 'VALIDATION_FAILED');
    expect(bad.details).toMatchObject({ from: expect.any(Array), to: expect.any(Array) });
    expectApiError(await get(`${reports}?from=2023-05&to=2023-01`), 422, 'VALIDATION_FAILED');
    expectApiError(await get(`${reports}?from=2020-01&to=2023-01`), 422, 'VALIDATION_FAILED');
    expectApiError(await get(`${reports}/hours.csv?month=2023-2`, staff), 422, 'VALIDATION_FAILED');
  });
});
