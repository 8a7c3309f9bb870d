import { Body, Controller, Module, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Public } from '@zusammen/api/identity';
import { loadMatchFamily, loadMatchVolunteer } from '@zusammen/api/sponsorship';
import { createRoom, createTestApp } from '@zusammen/api/testing';
import {
  PAIRING_STATES,
  type ApiErrorBody,
  type HealthResponse,
  type RoomSummary,
  type SystemInfoResponse,
} from '@zusammen/shared/contracts';
import { firstFailingFilter } from '@zusammen/shared/util';
import { Type } from 'class-transformer';
import { IsInt, IsString, Min, MinLength, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';
import { DEMO_LOGINS, DEMO_ROOMS, seedDemoData } from '../database/seeds/demo-data';
import { DEMO_PAIRINGS } from '../database/seeds/pairing-demo';
import { DEMO_FAMILIES } from '../database/seeds/sponsorship-demo';
import { AppModule } from './app.module';

class ProbeAddressDto {
  @IsString() @MinLength(5) postcode!: string;
}

class ProbeDto {
  @IsString() @MinLength(2) name!: string;
  @IsInt() @Min(1) partySize!: number;
  @ValidateNested() @Type(() => ProbeAddressDto) address!: ProbeAddressDto;
}

/** A test-only endpoint that exercises the real global ValidationPipe and error filter. */
@Public()
@Controller('test-probe')
class ProbeController {
  @Post()
  create(@Body() body: ProbeDto): { received: ProbeDto } {
    return { received: body };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('API (integration, real PostgreSQL + Redis)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule, ProbeModule] });
  });

  afterAll(async () => {
    await app?.close();
  });

  describe('health', () => {
    it('reports live without checking dependencies', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/health/live' });
      expect(res.statusCode).toBe(200);
      expect(res.json<HealthResponse>()).toEqual({
        status: 'ok',
        checks: { process: { status: 'up' } },
      });
    });

    it('reports ready when PostgreSQL and Redis answer', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(res.statusCode).toBe(200);
      expect(res.json<HealthResponse>()).toEqual({
        status: 'ok',
        checks: { database: { status: 'up' }, redis: { status: 'up' } },
      });
    });
  });

  describe('demo accounts', () => {
    it('has every login active and confirmed, plus an invited and a deactivated account', async () => {
      const db = app.get(DataSource);
      await seedDemoData(db);
      const rows: {
        email: string;
        active: boolean;
        verified: boolean;
        has_password: boolean;
        created_by: string | null;
      }[] = await db.query(
        `SELECT u.email, u.is_active AS active, u.email_verified_at IS NOT NULL AS verified,
                u.password_hash IS NOT NULL AS has_password, c.email AS created_by
           FROM user_account u LEFT JOIN user_account c ON c.id = u.created_by_id
          WHERE u.email LIKE '%@demo.zusammenleben.invalid'`,
      );
      const byEmail = new Map(rows.map((r) => [r.email, r]));
      for (const login of DEMO_LOGINS)
        expect(byEmail.get(login.email)).toMatchObject({
          active: true,
          verified: true,
          has_password: true,
        });
      expect(byEmail.get('invited@demo.zusammenleben.invalid')).toEqual({
        email: 'invited@demo.zusammenleben.invalid',
        active: true,
        verified: false,
        has_password: false,
        created_by: 'admin@demo.zusammenleben.invalid',
      });
      expect(byEmail.get('deactivated@demo.zusammenleben.invalid')).toMatchObject({
        active: false,
        has_password: true,
      });
      expect(DEMO_LOGINS.map((l) => l.email)).not.toContain('invited@demo.zusammenleben.invalid');
    });

    it('shows the Patenmodell working: volunteers in each vetting state, families waiting', async () => {
      const db = app.get(DataSource);
      await seedDemoData(db);
      const volunteers: { status: string; n: number }[] = await db.query(
        `SELECT v.status, count(*)::int AS n FROM volunteer v JOIN user_account u ON u.id = v.user_id
          WHERE u.email LIKE '%@demo.zusammenleben.invalid' GROUP BY v.status ORDER BY v.status`,
      );
      expect(volunteers).toEqual([
        { status: 'approved', n: 7 },
        { status: 'in_vetting', n: 1 },
      ]);
      const families: { contact_name: string; consents: number }[] = await db.query(
        `SELECT f.contact_name, (SELECT count(*)::int FROM family_consent c WHERE c.family_id = f.id) AS consents
           FROM family f WHERE f.contact_name = ANY($1) ORDER BY f.contact_name`,
        [DEMO_FAMILIES.map((f) => f.contactName)],
      );
      expect(families).toEqual(
        DEMO_FAMILIES.map((f) => ({
          contact_name: f.contactName,
          consents: f.consent ? 1 : 0,
        })).sort((a, b) => a.contact_name.localeCompare(b.contact_name)),
      );
    });

    it('has a family wishing for a Patin who is proposed the women among the volunteers (H5)', async () => {
      const db = app.get(DataSource);
      await seedDemoData(db);
      const [{ id: familyId, today }]: { id: string; today: string }[] = await db.query(
        `SELECT id, (now() AT TIME ZONE 'Europe/Berlin')::date::text AS today
           FROM family WHERE contact_name = 'Iryna Melnyk'`,
      );
      const family = await loadMatchFamily(db.manager, familyId);
      expect(family?.family.volunteerGenderPreference).toBe('female');
      const volunteers: { id: string; display_name: string; gender: string | null }[] =
        await db.query(
          `SELECT v.id, u.display_name, v.gender FROM volunteer v JOIN user_account u ON u.id = v.user_id
            WHERE u.email LIKE '%@demo.zusammenleben.invalid' ORDER BY u.display_name`,
        );
      // at least one demo volunteer left their gender unstated
      expect(volunteers.some((v) => v.gender === null)).toBe(true);
      const feasible: { name: string; gender: string | null }[] = [];
      for (const v of volunteers) {
        const loaded = await loadMatchVolunteer(db.manager, v.id);
        if (loaded && family && firstFailingFilter(loaded.volunteer, family.family, today) === null)
          feasible.push({ name: v.display_name, gender: v.gender });
      }
      expect(feasible).toContainEqual({ name: 'Oksana Bondarenko', gender: 'female' });
      expect(feasible.every((v) => v.gender === 'female')).toBe(true);
    });

    it('has a demo pairing in every state, each with a history that ends in its state', async () => {
      const db = app.get(DataSource);
      await seedDemoData(db);
      const again = await seedDemoData(db);
      expect(again.pairingsInserted).toBe(0);
      const pairings: { state: string; last_to: string }[] = await db.query(
        `SELECT p.state,
                (SELECT t.to_state FROM pairing_transition t WHERE t.pairing_id = p.id ORDER BY t.id DESC LIMIT 1)
                  AS last_to
           FROM pairing p JOIN family f ON f.id = p.family_id
          WHERE f.contact_name = ANY($1)`,
        [DEMO_PAIRINGS.map((p) => p.familyName)],
      );
      expect(pairings).toHaveLength(DEMO_PAIRINGS.length);
      expect(new Set(pairings.map((p) => p.state))).toEqual(new Set(PAIRING_STATES));
      for (const pairing of pairings) expect(pairing.last_to).toBe(pairing.state);
    });
  });

  describe('Haus der Begegnung demo', () => {
    const DEMO = '%@demo.zusammenleben.invalid';

    it('sets up the rooms and adds bookings, events, registrations and waiting lists in every state, once', async () => {
      const db = app.get(DataSource);
      await seedDemoData(db);
      const again = await seedDemoData(db);
      expect(again).toMatchObject({
        bookingsInserted: 0,
        eventsInserted: 0,
        registrationsInserted: 0,
      });

      const rooms: { slug: string; open_days: number; key_location: string | null }[] =
        await db.query(
          `SELECT slug, jsonb_array_length(opening_hours) AS open_days, key_location FROM room WHERE slug = ANY($1)`,
          [DEMO_ROOMS.map((r) => r.slug)],
        );
      expect(rooms).toHaveLength(DEMO_ROOMS.length);
      for (const room of rooms) {
        expect(room.open_days).toBeGreaterThanOrEqual(5);
        expect(room.key_location).toBeTruthy();
      }

      const bookings: { kind: string; status: string; is_override: boolean; n: number }[] =
        await db.query(
          `SELECT b.kind, b.status, b.is_override, count(*)::int AS n
           FROM room_booking b JOIN user_account c ON c.id = b.created_by_id
          WHERE c.email LIKE $1 AND b.idempotency_key IS NOT NULL OR b.series_id IN (
                  SELECT s.id FROM booking_series s JOIN user_account o ON o.id = s.organizer_id WHERE o.email LIKE $1)
          GROUP BY b.kind, b.status, b.is_override`,
          [DEMO],
        );
      const states = new Set(bookings.map((b) => `${b.kind}:${b.status}`));
      for (const state of [
        'booking:confirmed',
        'booking:pending',
        'booking:rejected',
        'booking:cancelled',
        'blackout:confirmed',
      ])
        expect(states).toContain(state);
      expect(bookings.some((b) => b.is_override)).toBe(true);
      const [series]: { exdates: string[]; dates: number }[] = await db.query(
        `SELECT s.exdates::text[] AS exdates, (SELECT count(*)::int FROM room_booking b WHERE b.series_id = s.id) AS dates
           FROM booking_series s JOIN user_account o ON o.id = s.organizer_id
          WHERE o.email LIKE $1 AND s.title = 'Deutsch-Café'`,
        [DEMO],
      );
      expect(series.dates).toBeGreaterThan(20);
      expect(series.exdates.length).toBeGreaterThanOrEqual(1);

      // invariant 5 for every demo date: seats_taken = registered party sizes + seats offered to the waiting list
      const dates: {
        id: string;
        status: string;
        capacity: number;
        seats_taken: number;
        registered: number;
        offered: number;
      }[] = await db.query(
        `SELECT o.id, o.status, o.capacity, o.seats_taken,
                (SELECT COALESCE(sum(r.party_size), 0)::int FROM registration r
                  WHERE r.occurrence_id = o.id AND r.status IN ('requested', 'confirmed', 'checked_in')) AS registered,
                (SELECT COALESCE(sum(w.offered_seats), 0)::int FROM waitlist_entry w
                  WHERE w.occurrence_id = o.id AND w.status = 'offered') AS offered
           FROM event_occurrence o JOIN booking_event e ON e.id = o.event_id
           JOIN user_account u ON u.id = e.organizer_id
          WHERE u.email LIKE $1`,
        [DEMO],
      );
      expect(dates.length).toBeGreaterThan(20);
      for (const date of dates) expect(date.seats_taken).toBe(date.registered + date.offered);
      expect(new Set(dates.map((d) => d.status))).toEqual(
        new Set(['scheduled', 'cancelled', 'cancelled_min_not_reached']),
      );
      expect(dates.some((d) => d.seats_taken === d.capacity && d.offered > 0)).toBe(true);

      const registrations: { status: string; channel: string; walk_in: boolean }[] = await db.query(
        `SELECT DISTINCT r.status, r.channel, r.person_id IS NULL AS walk_in
           FROM registration r WHERE r.occurrence_id = ANY($1::uuid[])`,
        [dates.map((d) => d.id)],
      );
      expect(new Set(registrations.map((r) => r.status))).toEqual(
        new Set(['requested', 'confirmed', 'checked_in', 'cancelled', 'declined']),
      );
      expect(registrations).toContainEqual({ status: 'confirmed', channel: 'desk', walk_in: true });
      const waitlist: { status: string }[] = await db.query(
        `SELECT DISTINCT status FROM waitlist_entry WHERE occurrence_id = ANY($1::uuid[])`,
        [dates.map((d) => d.id)],
      );
      expect(new Set(waitlist.map((w) => w.status))).toEqual(
        new Set(['waiting', 'offered', 'accepted', 'expired', 'closed']),
      );
    });
  });

  describe('rooms', () => {
    it('lists the seeded rooms ordered by name', async () => {
      await seedDemoData(app.get(DataSource));
      const extra = await createRoom(app.get(DataSource), {
        name: 'Aaa Testraum',
        capacity: 3,
        accessibility: ['step_free'],
      });

      const res = await app.inject({ method: 'GET', url: '/api/rooms' });

      expect(res.statusCode).toBe(200);
      const rooms = res.json<RoomSummary[]>();
      const slugs = rooms.map((r) => r.slug);
      for (const demo of DEMO_ROOMS) expect(slugs).toContain(demo.slug);
      expect(rooms.find((r) => r.slug === 'grosser-saal')).toMatchObject({
        name: 'Großer Saal',
        capacity: 60,
        accessibility: ['step_free', 'hearing_loop'],
      });
      expect(rooms.find((r) => r.id === extra.id)).toEqual({
        id: extra.id,
        slug: extra.slug,
        name: 'Aaa Testraum',
        capacity: 3,
        accessibility: ['step_free'],
        features: [],
      });
      const names = rooms.map((r) => r.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });
  });

  describe('system', () => {
    it('names the infrastructure in use without secrets', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/system' });
      expect(res.statusCode).toBe(200);
      const body = res.json<SystemInfoResponse>();
      expect(body).toMatchObject({ database: 'services', queue: 'bullmq' });
      expect(JSON.stringify(body)).not.toContain('postgres://');
    });
  });

  describe('errors', () => {
    it('answers 422 VALIDATION_FAILED with a field map, nested paths dotted', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/test-probe',
        payload: { name: 'x', partySize: 0, address: { postcode: '1' }, admin: true },
      });
      expect(res.statusCode).toBe(422);
      const body = res.json<ApiErrorBody>();
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(typeof body.message).toBe('string');
      const details = body.details as Record<string, string[]>;
      expect(Object.keys(details).sort()).toEqual([
        'address.postcode',
        'admin',
        'name',
        'partySize',
      ]);
      expect(details['admin']).toEqual(['property admin should not exist']);
    });

    it('accepts a valid body (the pipe transforms and whitelists)', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/test-probe',
        payload: { name: 'Familie Haddad', partySize: 4, address: { postcode: '46325' } },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toEqual({
        received: { name: 'Familie Haddad', partySize: 4, address: { postcode: '46325' } },
      });
    });

    it('answers malformed JSON with 400 BAD_REQUEST in the error shape', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/test-probe',
        headers: { 'content-type': 'application/json' },
        payload: '{"name": ',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<ApiErrorBody>()).toEqual({
        code: 'BAD_REQUEST',
        message: expect.any(String),
      });
    });

    it('answers an oversized body with 413 PAYLOAD_TOO_LARGE', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/test-probe',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }),
      });
      expect(res.statusCode).toBe(413);
      expect(res.json<ApiErrorBody>().code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('answers an unsupported media type with 415', async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/test-probe',
        headers: { 'content-type': 'application/xml' },
        payload: '<a/>',
      });
      expect(res.statusCode).toBe(415);
      expect(res.json<ApiErrorBody>().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('answers unknown /api routes with 404 NOT_FOUND JSON', async () => {
      const res = await app.inject({
        method: 'GET',
        url: '/api/does-not-exist',
        headers: { accept: 'text/html' },
      });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/json');
      expect(res.json<ApiErrorBody>()).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
    });
  });

  describe('request ids and headers', () => {
    it('echoes a valid x-request-id', async () => {
      const res = await app.inject({
        method: 'GET',
        url: '/api/health/live',
        headers: { 'x-request-id': 'lb-4711.abc_DEF' },
      });
      expect(res.headers['x-request-id']).toBe('lb-4711.abc_DEF');
    });

    it('replaces an invalid x-request-id with a new UUID', async () => {
      const res = await app.inject({
        method: 'GET',
        url: '/api/health/live',
        headers: { 'x-request-id': 'bad id\u0007<script>' },
      });
      expect(res.headers['x-request-id']).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
    });

    it('sets an x-request-id on error answers too', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/nowhere' });
      expect(res.headers['x-request-id']).toEqual(expect.any(String));
    });

    it('sends the security headers and the CSP for the Angular build', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/rooms' });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("img-src 'self' data:");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['strict-transport-security']).toContain('max-age=');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    });

    it('serves the OpenAPI document', async () => {
      const res = await app.inject({ method: 'GET', url: '/api/docs-json' });
      expect(res.statusCode).toBe(200);
      const doc = res.json<{ paths: Record<string, unknown> }>();
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining(['/api/rooms', '/api/health/ready', '/api/system']),
      );
    });
  });
});

describe('API readiness with Redis down (integration)', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    // Port 1 on loopback: nothing listens there, connections are refused at once.
    app = await createTestApp({ imports: [AppModule], env: { REDIS_URL: 'redis://127.0.0.1:1' } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers 503 with redis down and the database still up', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json<HealthResponse>()).toEqual({
      status: 'error',
      checks: {
        database: { status: 'up' },
        redis: { status: 'down', message: 'redis unreachable' },
      },
    });
  });

  it('stays live', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health/live' });
    expect(res.statusCode).toBe(200);
  });
});
