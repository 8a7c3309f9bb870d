import { randomUUID } from 'node:crypto';
import { Controller, Get, Module, Param, Post } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiCoreModule } from '@zusammen/api/core';
import {
  IDENTITY_ENTITIES,
  IdentityModule,
  Public,
  RoutePolicies,
  UndeclaredRoutesError,
  type AccessPolicy,
  type RoutePolicy,
} from '@zusammen/api/identity';
import { createTestApp, createUserAccount, signInForTest } from '@zusammen/api/testing';
import { ROLES, type Role } from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Matrix-Passwort-2026';

function describePolicy(policy: AccessPolicy | undefined): string {
  if (!policy) return 'UNDECLARED';
  return policy.kind === 'roles' ? `roles: ${policy.roles.join(', ')}` : policy.kind;
}

/** What the declared policy promises for a caller (undefined: anonymous). */
function expectedOutcome(policy: AccessPolicy, role: Role | undefined): 'allowed' | 401 | 403 {
  if (policy.kind === 'public') return 'allowed';
  if (role === undefined) return 401;
  if (policy.kind === 'authenticated') return 'allowed';
  return policy.roles.includes(role) ? 'allowed' : 403;
}

describe('route policy: every route declares who may call it (integration)', () => {
  let app: NestFastifyApplication;
  let routes: RoutePolicy[];

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    routes = app.get(RoutePolicies).list();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('boots the real AppModule with every route declared, and lists them', () => {
    expect(routes.filter((route) => route.policy === undefined)).toEqual([]);
    expect(routes.map((r) => `${r.method} ${r.path} → ${describePolicy(r.policy)}`)).toEqual([
      'GET /api/admin/users → roles: admin',
      'POST /api/admin/users → roles: admin',
      'GET /api/admin/users/:id → roles: admin',
      'GET /api/admin/users/:id/data-export → roles: admin',
      'POST /api/admin/users/:id/deactivate → roles: admin',
      'POST /api/admin/users/:id/erase → roles: admin',
      'POST /api/admin/users/:id/reactivate → roles: admin',
      'PUT /api/admin/users/:id/roles → roles: admin',
      'POST /api/admin/users/:id/sessions/revoke → roles: admin',
      'POST /api/auth/password-reset → public',
      'POST /api/auth/password-reset/confirm → public',
      'GET /api/auth/session → authenticated',
      'POST /api/auth/sign-in → public',
      'POST /api/auth/sign-out → public',
      'POST /api/auth/sign-up → public',
      'POST /api/auth/verify-email → public',
      'POST /api/auth/verify-email/resend → public',
      'GET /api/booking/availability → roles: organizer, staff, admin',
      'GET /api/booking/bookings → roles: staff, admin',
      'POST /api/booking/bookings → roles: organizer, staff, admin',
      'GET /api/booking/bookings/:id → roles: organizer, staff, admin',
      'POST /api/booking/bookings/:id/cancel → roles: organizer, staff, admin',
      'POST /api/booking/bookings/:id/change → roles: organizer, staff, admin',
      'POST /api/booking/bookings/:id/decision → roles: staff, admin',
      'POST /api/booking/bookings/check → roles: organizer, staff, admin',
      'GET /api/booking/bookings/mine → roles: organizer, staff, admin',
      'GET /api/booking/quotas → roles: staff, admin',
      'PUT /api/booking/quotas/:organizerId → roles: staff, admin',
      'GET /api/booking/reports/utilisation → roles: staff, admin',
      'GET /api/booking/reports/utilisation.csv → roles: staff, admin',
      'GET /api/booking/rooms → roles: organizer, staff, admin',
      'PATCH /api/booking/rooms/:id → roles: staff, admin',
      'GET /api/calendar/feeds → authenticated',
      'POST /api/calendar/feeds → authenticated',
      'DELETE /api/calendar/feeds/:id → authenticated',
      'GET /api/calendar/feeds/:token → public',
      'GET /api/calendar/public.ics → public',
      'GET /api/desk/residents → roles: staff, admin',
      'POST /api/desk/residents → roles: staff, admin',
      'PATCH /api/desk/residents/:id → roles: staff, admin',
      'GET /api/dev/mail-preview → roles: admin',
      'GET /api/dev/mail-preview/:id → roles: admin',
      'POST /api/events → roles: organizer, staff, admin',
      'GET /api/events/:id → roles: organizer, staff, admin',
      'PATCH /api/events/:id → roles: organizer, staff, admin',
      'GET /api/events/me/registrations → authenticated',
      'GET /api/events/mine → roles: organizer, staff, admin',
      'POST /api/events/occurrences/:id/cancel → roles: organizer, staff, admin',
      'GET /api/events/occurrences/:id/check-in → roles: organizer, staff, admin',
      'POST /api/events/occurrences/:id/desk-registrations → roles: staff, admin',
      'POST /api/events/occurrences/:id/registrations → authenticated',
      'GET /api/events/public → public',
      'GET /api/events/public/:id → public',
      'POST /api/events/registrations/:id/cancel → authenticated',
      'POST /api/events/registrations/:id/check-in → roles: organizer, staff, admin',
      'POST /api/events/registrations/:id/decision → roles: organizer, staff, admin',
      'POST /api/events/waitlist/:id/accept → authenticated',
      'POST /api/events/waitlist/:id/decline → authenticated',
      'POST /api/events/waitlist/:id/withdraw → authenticated',
      'GET /api/health/live → public',
      'GET /api/health/ready → public',
      'POST /api/me/account/erase → authenticated',
      'GET /api/me/data-export → authenticated',
      'GET /api/me/notification-preferences → authenticated',
      'PUT /api/me/notification-preferences → authenticated',
      'POST /api/me/password → authenticated',
      'GET /api/me/profile → authenticated',
      'PATCH /api/me/profile → authenticated',
      'GET /api/metrics → public',
      'GET /api/notifications → authenticated',
      'POST /api/notifications/:id/read → authenticated',
      'POST /api/notifications/read-all → authenticated',
      'GET /api/notifications/unread-count → authenticated',
      'GET /api/rooms → public',
      'GET /api/sponsorship/families → roles: staff, admin',
      'POST /api/sponsorship/families → roles: staff, admin',
      'GET /api/sponsorship/families/:id → roles: staff, admin',
      'PUT /api/sponsorship/families/:id → roles: staff, admin',
      'GET /api/sponsorship/families/:id/candidates → roles: staff, admin',
      'POST /api/sponsorship/families/:id/consent → roles: staff, admin',
      'POST /api/sponsorship/families/:id/consent/withdraw → roles: staff, admin',
      'POST /api/sponsorship/match-runs → roles: staff, admin',
      'GET /api/sponsorship/match-runs/:id → roles: staff, admin',
      'GET /api/sponsorship/match-runs/latest → roles: staff, admin',
      'GET /api/sponsorship/me → roles: volunteer',
      'PUT /api/sponsorship/me → roles: volunteer',
      'GET /api/sponsorship/me/pairings → roles: volunteer',
      'GET /api/sponsorship/me/pairings/:id → roles: volunteer',
      'POST /api/sponsorship/me/pairings/:id/check-ins → roles: volunteer',
      'POST /api/sponsorship/me/pairings/:id/transitions → roles: volunteer',
      'GET /api/sponsorship/pairings → roles: staff, admin',
      'POST /api/sponsorship/pairings → roles: staff, admin',
      'GET /api/sponsorship/pairings/:id → roles: staff, admin',
      'POST /api/sponsorship/pairings/:id/check-ins → roles: staff, admin',
      'POST /api/sponsorship/pairings/:id/transitions → roles: staff, admin',
      'POST /api/sponsorship/proposals/:id/reject → roles: staff, admin',
      'GET /api/sponsorship/reports → roles: staff, admin',
      'GET /api/sponsorship/reports.csv → roles: staff, admin',
      'GET /api/sponsorship/settings → roles: staff, admin',
      'PUT /api/sponsorship/settings → roles: staff, admin',
      'GET /api/sponsorship/volunteers → roles: staff, admin',
      'GET /api/sponsorship/volunteers/:id → roles: staff, admin',
      'PUT /api/sponsorship/volunteers/:id/certificate → roles: staff, admin',
      'POST /api/sponsorship/volunteers/:id/status → roles: staff, admin',
      'POST /api/sponsorship/volunteers/:id/vetting-steps → roles: staff, admin',
      'GET /api/staff/audit-log → roles: staff, admin',
      'GET /api/staff/notifications → roles: staff, admin',
      'POST /api/staff/notifications/:id/cancel → roles: staff, admin',
      'POST /api/staff/notifications/:id/retry → roles: staff, admin',
      'GET /api/staff/notifications/health → roles: staff, admin',
      'POST /api/staff/notifications/mail-check → roles: staff, admin',
      'GET /api/system → public',
      'GET /api/workshop/bikes → roles: workshop, staff, admin',
      'POST /api/workshop/bikes → roles: workshop',
      'GET /api/workshop/bikes/:id → roles: workshop, staff, admin',
      'PATCH /api/workshop/bikes/:id → roles: workshop',
      'GET /api/workshop/bikes/:id/inspections → roles: workshop, staff, admin',
      'POST /api/workshop/bikes/:id/inspections → roles: workshop',
      'GET /api/workshop/bikes/:id/label.svg → roles: workshop, staff, admin',
      'POST /api/workshop/bikes/:id/photos → roles: workshop',
      'POST /api/workshop/bikes/:id/transition → roles: workshop',
      'GET /api/workshop/bikes/by-number/:no → roles: workshop, staff, admin',
      'GET /api/workshop/borrowers → roles: workshop',
      'POST /api/workshop/borrowers → roles: workshop',
      'GET /api/workshop/borrowers/:id → roles: workshop',
      'PATCH /api/workshop/borrowers/:id → roles: workshop',
      'POST /api/workshop/borrowers/:id/briefings → roles: workshop',
      'POST /api/workshop/borrowers/:id/eligibility → roles: workshop',
      'GET /api/workshop/damage-cases → roles: workshop',
      'POST /api/workshop/damage-cases/:id/decision → roles: workshop',
      'GET /api/workshop/inspection-template → roles: workshop, staff, admin',
      'GET /api/workshop/inspection-template/:version → roles: workshop, staff, admin',
      'GET /api/workshop/mine → roles: resident',
      'GET /api/workshop/parts → roles: workshop, staff, admin',
      'POST /api/workshop/parts → roles: workshop',
      'PATCH /api/workshop/parts/:id → roles: workshop',
      'GET /api/workshop/parts/:id/movements → roles: workshop, staff, admin',
      'POST /api/workshop/parts/:id/movements → roles: workshop',
      'GET /api/workshop/photos/:id → roles: workshop, staff, admin',
      'GET /api/workshop/rentals → roles: workshop',
      'POST /api/workshop/rentals → roles: workshop',
      'GET /api/workshop/rentals/:id → roles: workshop',
      'POST /api/workshop/rentals/:id/cancel → roles: workshop',
      'GET /api/workshop/rentals/:id/contract.pdf → roles: workshop',
      'POST /api/workshop/rentals/:id/extend → roles: workshop',
      'POST /api/workshop/rentals/:id/lost → roles: workshop',
      'POST /api/workshop/rentals/:id/return → roles: workshop',
      'POST /api/workshop/rentals/check → roles: workshop',
      'GET /api/workshop/reports → roles: workshop, staff, admin',
      'GET /api/workshop/reports/hours.csv → roles: staff, admin',
      'GET /api/workshop/reports/report.csv → roles: workshop, staff, admin',
      'GET /api/workshop/settings → roles: workshop, staff, admin',
      'PUT /api/workshop/settings → roles: staff, admin',
      'GET /api/workshop/time-entries → roles: workshop, staff, admin',
      'POST /api/workshop/time-entries/:id/approve → roles: workshop, staff, admin',
      'GET /api/workshop/waitlist → roles: workshop',
      'POST /api/workshop/waitlist → roles: workshop',
      'DELETE /api/workshop/waitlist/:id → roles: workshop',
      'GET /api/workshop/work-orders → roles: workshop, staff, admin',
      'POST /api/workshop/work-orders → roles: workshop',
      'GET /api/workshop/work-orders/:id → roles: workshop, staff, admin',
      'PATCH /api/workshop/work-orders/:id → roles: workshop',
      'POST /api/workshop/work-orders/:id/parts → roles: workshop',
      'POST /api/workshop/work-orders/:id/time → roles: workshop',
      'GET /api/workshop/workers → roles: workshop, staff, admin',
      'POST /api/workshop/workers → roles: workshop',
      'PATCH /api/workshop/workers/:id → roles: workshop',
    ]);
  });

  it('authorization matrix: every route as anonymous and as each role answers as declared', async () => {
    const db = app.get(DataSource);
    const users = new Map<Role | undefined, string>();
    for (const role of ROLES) {
      const email = `matrix-${role}-${randomUUID()}@test.invalid`;
      await createUserAccount(db, { email, roles: [role], password: PASSWORD });
      users.set(role, email);
    }

    // One session per role (argon2id makes each sign-in slow), renewed after a call that ended it.
    const sessions = new Map<Role, Record<string, string>>();
    const headersOf = async (role: Role | undefined) => {
      const email = users.get(role);
      if (role === undefined || email === undefined) return undefined;
      const known = sessions.get(role);
      if (known) return known;
      const headers = (await signInForTest(app, email, PASSWORD)).headers();
      sessions.set(role, headers);
      return headers;
    };

    const mismatches: string[] = [];
    for (const route of routes) {
      const url = route.path.replace(/:[A-Za-z0-9_]+/g, () => randomUUID());
      for (const role of [undefined, ...ROLES]) {
        if (!route.policy) throw new Error(`${route.path} is undeclared`);
        const headers = await headersOf(role);
        const response = await app.inject({
          method: route.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
          url,
          headers,
        });
        if (role !== undefined && response.headers['set-cookie'] !== undefined)
          sessions.delete(role);
        const expected = expectedOutcome(route.policy, role);
        const actual = response.statusCode;
        const ok = expected === 'allowed' ? actual !== 401 && actual !== 403 : actual === expected;
        if (!ok)
          mismatches.push(
            `${route.method} ${route.path} as ${role ?? 'anonymous'}: expected ${expected}, got ${actual} ${response.body.slice(0, 120)}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('keeps unknown routes a plain 404 for anonymous callers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/does-not-exist' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});

@Controller('undeclared-probe')
class UndeclaredProbeController {
  @Get()
  list(): string[] {
    return [];
  }

  @Post(':id')
  change(@Param('id') id: string): string {
    return id;
  }

  @Public()
  @Get('open')
  open(): string {
    return 'ok';
  }
}

@Module({ controllers: [UndeclaredProbeController] })
class UndeclaredProbeModule {}

describe('route policy boot check (integration)', () => {
  it('refuses to start an application with an undeclared route, naming each one', async () => {
    const boot = createTestApp({
      imports: [
        ApiCoreModule.forRoot({ entities: [...IDENTITY_ENTITIES] }),
        IdentityModule,
        UndeclaredProbeModule,
      ],
    });
    await expect(boot).rejects.toBeInstanceOf(UndeclaredRoutesError);
    const error = (await boot.catch((e: unknown) => e)) as UndeclaredRoutesError;
    expect(error.routes.map((r) => `${r.method} ${r.path} ${r.handler}`)).toEqual([
      'GET /api/undeclared-probe UndeclaredProbeController.list',
      'POST /api/undeclared-probe/:id UndeclaredProbeController.change',
    ]);
    expect(error.message).toContain('GET /api/undeclared-probe (UndeclaredProbeController.list)');
  });
});
