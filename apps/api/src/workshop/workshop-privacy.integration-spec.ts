import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createTestApp,
  expectApiError,
  uniqueSuffix,
  type SignedInUser,
} from '@zusammen/api/testing';
import { PRIVACY_ROUTES, type PersonalDataExport } from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import {
  insertPassedInspection,
  insertTestBike,
  insertTestBorrower,
  insertTestRental,
} from './workshop-reports-fixtures';

const PASSWORD = 'Borken-Fahrrad-2026';

describe('Fahrradwerkstatt: personal data export and erasure (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let desk: SignedInUser;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    desk = await createSignedInUser(app, {
      password: PASSWORD,
      roles: ['workshop'],
      displayName: `Ausgabe ${uniqueSuffix()}`,
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  /** A resident with a borrower record, eligibility, briefing, a waiting-list entry and one returned rental. */
  async function borrowerWithHistory(active: boolean) {
    const person = await createSignedInUser(app, {
      password: PASSWORD,
      roles: ['resident'],
      locale: 'ar',
    });
    const borrowerId = await insertTestBorrower(db, {
      displayName: person.user.displayName,
      userId: person.user.id,
      phone: '0176 5550 0000',
      locale: 'ar',
    });
    await db.query(
      `INSERT INTO eligibility_check (borrower_id, legal_basis, document_type_seen, verified_by_id, verified_on, valid_until)
       VALUES ($1, 'asylblg', 'benefit_notice', $2, '2026-10-01', '2027-03-31')`,
      [borrowerId, desk.user.id],
    );
    await db.query(
      `INSERT INTO briefing (borrower_id, language, interpreter, trainer_id, held_on, acknowledged)
       VALUES ($1, 'ar', true, $2, '2026-10-02', true)`,
      [borrowerId, desk.user.id],
    );
    await db.query(
      `INSERT INTO bike_waitlist_entry (borrower_id, cycle_type, wheel_inches) VALUES ($1, 'trekking', 14)`,
      [borrowerId],
    );
    const bike = await insertTestBike(db, { receivedOn: '2026-09-01' });
    const inspection = await insertPassedInspection(
      db,
      bike.id,
      desk.user.id,
      '2026-10-03T09:00:00Z',
    );
    const rentalId = await insertTestRental(db, {
      bikeId: bike.id,
      borrowerId,
      inspectionId: inspection,
      handedOutAt: '2026-10-04T10:00:00Z',
      dueOn: '2026-11-01',
      returnedAt: active ? null : '2026-10-30T15:00:00Z',
    });
    return { person, borrowerId, bike, rentalId };
  }

  const erase = (person: SignedInUser) =>
    app.inject({
      method: 'POST',
      url: PRIVACY_ROUTES.eraseAccount,
      headers: person.headers,
      payload: { password: PASSWORD },
      remoteAddress: `10.78.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`,
    });

  it('exports the borrower record, eligibility without documents, briefings, rentals and waiting list', async () => {
    const { person, borrowerId, bike, rentalId } = await borrowerWithHistory(false);
    const response = await app.inject({
      method: 'GET',
      url: PRIVACY_ROUTES.dataExport,
      headers: person.headers,
    });
    expect(response.statusCode).toBe(200);
    const section = response.json<PersonalDataExport>().sections['bikeRentals'];
    expect(section).toEqual({
      borrower: expect.objectContaining({
        id: borrowerId,
        displayName: person.user.displayName,
        phone: '0176 5550 0000',
        preferredLocale: 'ar',
        reminderChannel: 'in_app',
      }),
      eligibility: [{ legalBasis: 'asylblg', verifiedOn: '2026-10-01', validUntil: '2027-03-31' }],
      briefings: [
        {
          topicVersion: 1,
          language: 'ar',
          interpreter: true,
          heldOn: '2026-10-02',
          acknowledged: true,
          ridingCheckPassed: null,
        },
      ],
      rentals: [
        expect.objectContaining({
          id: rentalId,
          bikeLabel: bike.label,
          status: 'returned',
          handedOutAt: '2026-10-04T10:00:00.000Z',
          dueOn: '2026-11-01',
          returnedAt: '2026-10-30T15:00:00.000Z',
          damage: [],
        }),
      ],
      waitlist: [
        expect.objectContaining({ cycleType: 'trekking', wheelInches: 14, status: 'waiting' }),
      ],
    });
    // the desk worker who verified and briefed is another person; the document seen is not exported
    expect(response.body).not.toContain(desk.user.displayName);
    expect(response.body).not.toContain('benefit_notice');
  });

  it('has no bikeRentals section for people who never borrowed', async () => {
    const person = await createSignedInUser(app, { password: PASSWORD, roles: ['resident'] });
    const response = await app.inject({
      method: 'GET',
      url: PRIVACY_ROUTES.dataExport,
      headers: person.headers,
    });
    expect(response.json<PersonalDataExport>().sections).not.toHaveProperty('bikeRentals');
  });

  it('refuses the erasure while a bike is on loan, and keeps everything', async () => {
    const { person, borrowerId } = await borrowerWithHistory(true);
    const body = expectApiError(await erase(person), 409, 'CONFLICT');
    expect(body.details).toEqual({ reason: 'BORROWER_HAS_ACTIVE_RENTAL', activeRentals: 1 });
    const [row]: { user_id: string | null }[] = await db.query(
      `SELECT user_id FROM borrower WHERE id = $1`,
      [borrowerId],
    );
    expect(row.user_id).toBe(person.user.id);
    const [account]: { erased_at: Date | null }[] = await db.query(
      `SELECT erased_at FROM user_account WHERE id = $1`,
      [person.user.id],
    );
    expect(account.erased_at).toBeNull();
  });

  it('anonymises the borrower, deletes eligibility and waiting list, keeps the rentals', async () => {
    const { person, borrowerId, rentalId } = await borrowerWithHistory(false);
    expect((await erase(person)).statusCode).toBe(204);
    const [borrower] = await db.query(
      `SELECT user_id, display_name, phone, guardian_name, reminder_channel FROM borrower WHERE id = $1`,
      [borrowerId],
    );
    expect(borrower).toEqual({
      user_id: null,
      display_name: 'Gelöschte Person',
      phone: null,
      guardian_name: null,
      reminder_channel: 'phone',
    });
    for (const table of ['eligibility_check', 'bike_waitlist_entry'])
      expect(await db.query(`SELECT 1 FROM ${table} WHERE borrower_id = $1`, [borrowerId])).toEqual(
        [],
      );
    const rentals: { id: string; status: string }[] = await db.query(
      `SELECT id, status FROM rental WHERE borrower_id = $1`,
      [borrowerId],
    );
    expect(rentals).toEqual([{ id: rentalId, status: 'returned' }]);
  });

  it('releases a bike reserved for the person', async () => {
    const { person, borrowerId } = await borrowerWithHistory(false);
    const bike = await insertTestBike(db, { receivedOn: '2026-09-01', availability: 'reserved' });
    await db.query(
      `INSERT INTO rental (bike_id, borrower_id, status, reserved_until, contract_type, contract_version,
                           contract_locale, fee_cents, fee_status, deposit_cents, deposit_status)
       VALUES ($1, $2, 'reserved', now() + interval '1 day', 'miete', 1, 'ar', 500, 'open', 2000, 'held')`,
      [bike.id, borrowerId],
    );
    expect((await erase(person)).statusCode).toBe(204);
    const [row]: { availability: string; status: string; others_open: number }[] = await db.query(
      `SELECT b.availability, r.status,
              (SELECT count(*)::int FROM rental o WHERE o.bike_id = b.id AND o.status IN ('reserved', 'active')
                 AND o.borrower_id <> $2) AS others_open
         FROM bike b JOIN rental r ON r.bike_id = b.id AND r.borrower_id = $2 WHERE b.id = $1`,
      [bike.id, borrowerId],
    );
    expect(row.status).toBe('cancelled');
    // free again, or already offered to whoever waits longest for a city bike (other specs share the database)
    expect(row).toEqual(
      row.availability === 'available'
        ? { availability: 'available', status: 'cancelled', others_open: 0 }
        : { availability: 'reserved', status: 'cancelled', others_open: 1 },
    );
  });
});
