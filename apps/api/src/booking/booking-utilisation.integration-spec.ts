import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createRoom,
  createSignedInUser,
  createTestApp,
  expectApiError,
  type SignedInUser,
} from '@zusammen/api/testing';
import {
  BOOKING_ROUTES,
  type BookingCreated,
  type BookingRequest,
  type OpeningHours,
  type RoomUtilisationRow,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Haus-der-Begegnung-2026';
const { bookings, utilisation } = BOOKING_ROUTES;
/** Monday to Friday 08:00–18:00, and Sundays all day (to see the DST night of 28 March 2027). */
const HOURS: OpeningHours[] = [
  ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
  { weekday: 7, opens: '00:00', closes: '24:00' },
];

describe('Haus der Begegnung: utilisation report (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let staff: SignedInUser;
  let olga: SignedInUser;
  let roomId: string;

  async function booked(who: SignedInUser, body: Partial<BookingRequest>): Promise<BookingCreated> {
    const response = await app.inject({
      method: 'POST',
      url: bookings,
      headers: who.headers,
      payload: { roomId, title: 'Elterncafé', ...body },
    });
    expect(response.statusCode === 201 ? 201 : `${response.statusCode} ${response.body}`).toBe(201);
    return response.json<BookingCreated>();
  }

  const report = (query: string, who: SignedInUser = staff) =>
    app.inject({ method: 'GET', url: `${utilisation}${query}`, headers: who.headers });

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    staff = await createSignedInUser(app, { password: PASSWORD, roles: ['staff'] });
    olga = await createSignedInUser(app, {
      password: PASSWORD,
      roles: ['organizer'],
      displayName: 'Olga Organisatorin',
    });
    roomId = (await createRoom(db, { name: `Auslastungsraum ${Date.now()}` })).id;
    await db.query(
      `UPDATE room SET opening_hours = $2::jsonb, max_days_ahead = 730, requires_approval = false WHERE id = $1`,
      [roomId, JSON.stringify(HOURS)],
    );
    // February 2027: 20 weekdays × 10 h = 200 h open, minus a closed Wednesday = 190 h
    await booked(staff, {
      date: '2027-02-10',
      startTime: '07:00',
      endTime: '20:00',
      kind: 'blackout',
      title: 'Betriebsausflug',
    });
    // 3 × 2 h confirmed; a cancelled date does not count
    const series = await booked(olga, {
      date: '2027-02-01',
      startTime: '10:00',
      endTime: '12:00',
      rule: { frequency: 'WEEKLY', byWeekday: ['MO'], count: 4 },
    });
    const cancel = await app.inject({
      method: 'POST',
      url: `${bookings}/${series.bookings[3].id}/cancel`,
      headers: olga.headers,
      payload: { scope: 'this' },
    });
    expect(cancel.statusCode).toBe(200);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('hours booked (confirmed bookings, clipped to the month) over hours open (opening hours minus closures)', async () => {
    const response = await report('?from=2027-02&to=2027-03');
    expect(response.statusCode).toBe(200);
    const rows = response.json<RoomUtilisationRow[]>().filter((row) => row.roomId === roomId);
    expect(rows).toEqual([
      {
        roomId,
        roomName: expect.stringMatching(/^Auslastungsraum/),
        month: '2027-02',
        hoursOpen: 190 + 4 * 24,
        hoursBooked: 6,
        share: Math.round((6 / (190 + 96)) * 10_000) / 10_000,
      },
      {
        roomId,
        roomName: expect.any(String),
        month: '2027-03',
        // 23 weekdays × 10 h, Sundays 7, 14, 21 × 24 h and 28 March with 23 h (clocks go forward)
        hoursOpen: 230 + 3 * 24 + 23,
        hoursBooked: 0,
        share: 0,
      },
    ]);
  });

  it('downloads the same rows as CSV without personal data; staff only; bad months are 422', async () => {
    const response = await report('.csv?from=2027-02&to=2027-02');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('raumauslastung-2027-02-2027-02.csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('month;roomId;room;hoursOpen;hoursBooked;share');
    const mine = lines.find((line) => line.includes(roomId));
    expect(mine).toMatch(new RegExp(`^2027-02;${roomId};Auslastungsraum \\d+;286;6;0,021$`));
    expect(response.body).not.toContain('Olga');

    expectApiError(await report('?from=2027-13'), 422, 'VALIDATION_FAILED');
    expectApiError(await report('?from=2027-05&to=2027-02'), 422, 'VALIDATION_FAILED');
    expectApiError(await report('?from=2025-01&to=2027-02'), 422, 'VALIDATION_FAILED');
    expectApiError(await report('', olga), 403, 'FORBIDDEN');
  });
});
