import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AdminUsersService } from '@zusammen/api/accounts';
import { AccountTokens, UserAccount } from '@zusammen/api/identity';
import { NotificationOutbox } from '@zusammen/api/notifications';
import {
  createSignedInUser,
  createTestApp,
  createUserAccount,
  signInForTest,
  uniqueSuffix,
  type UserAccountOverrides,
  expectApiError,
} from '@zusammen/api/testing';
import {
  ADMIN_USER_ROUTES,
  AUTH_ROUTES,
  DESK_ROUTES,
  type DeskResident,
  type DeskResidentListResponse,
  type UserDetail,
  type UserListResponse,
  type UserSummary,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';

const PASSWORD = 'Borken-Verwaltung-2026';
const users = ADMIN_USER_ROUTES.users;

describe('admin user management and the desk (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let admin: { user: UserAccount; headers: Record<string, string> };

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    admin = await signedIn({ roles: ['admin'], displayName: 'Anna Admin' });
  });

  afterAll(async () => {
    await app?.close();
  });

  const signedIn = (overrides: UserAccountOverrides = {}) =>
    createSignedInUser(app, { password: PASSWORD, ...overrides });

  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    headers: Record<string, string> = admin.headers,
    payload?: object,
  ) => app.inject({ method, url, headers, payload });

  const auditOf = (subjectId: string) =>
    db.query(
      `SELECT actor_id, on_behalf_of_id, action, details FROM audit_event
        WHERE subject_type = 'user_account' AND subject_id = $1 ORDER BY id`,
      [subjectId],
    ) as Promise<
      {
        actor_id: string;
        on_behalf_of_id: string | null;
        action: string;
        details: Record<string, unknown>;
      }[]
    >;

  describe('list', () => {
    it('searches name and address, filters by role and status, and pages by name then id', async () => {
      const tag = `zz${uniqueSuffix()}`;
      const made = [
        await createUserAccount(db, { displayName: `Bert ${tag}`, roles: ['workshop'] }),
        await createUserAccount(db, { displayName: `amira ${tag}`, emailVerifiedAt: null }),
        await createUserAccount(db, { displayName: `Carla ${tag}`, isActive: false }),
        await createUserAccount(db, { displayName: `Dana ${tag}`, email: null }),
        await createUserAccount(db, {
          displayName: 'Ohne Kennung',
          email: `${tag}-mail@test.invalid`,
        }),
      ];

      const pages: UserSummary[][] = [];
      let cursor: string | null = null;
      do {
        const query = `q=${tag}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const response = await call('GET', `${users}?${query}`);
        expect(response.statusCode).toBe(200);
        const body = response.json<UserListResponse>();
        pages.push(body.items);
        cursor = body.nextCursor;
      } while (cursor);
      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      const expected = [...made].sort(
        (a, b) =>
          a.displayName.toLowerCase().localeCompare(b.displayName.toLowerCase(), 'en') ||
          a.id.localeCompare(b.id),
      );
      expect(pages.flat().map((u) => u.id)).toEqual(expected.map((u) => u.id));

      const byStatus = async (status: string) =>
        (await call('GET', `${users}?q=${tag}&status=${status}`))
          .json<UserListResponse>()
          .items.map((u) => u.displayName);
      expect(await byStatus('unverified')).toEqual([`amira ${tag}`]);
      expect(await byStatus('deactivated')).toEqual([`Carla ${tag}`]);
      expect(await byStatus('active')).toEqual([`Bert ${tag}`, `Dana ${tag}`, 'Ohne Kennung']);
      expect(await byStatus('erased')).toEqual([]);

      const workshop = await call('GET', `${users}?q=${tag}&role=workshop`);
      expect(workshop.json<UserListResponse>().items.map((u) => u.id)).toEqual([made[0].id]);

      const dana = pages.flat().find((u) => u.id === made[3].id);
      expect(dana).toMatchObject({ deskManaged: true, email: null, status: 'active' });
    });

    it('treats % and _ in the search text literally', async () => {
      const tag = uniqueSuffix();
      const percent = await createUserAccount(db, { displayName: `Rabatt 100% ${tag}` });
      await createUserAccount(db, { displayName: `Rabatt 1000 ${tag}` });
      const underscore = await createUserAccount(db, { displayName: `a_b ${tag}` });
      await createUserAccount(db, { displayName: `axb ${tag}` });

      const search = async (q: string) =>
        (await call('GET', `${users}?q=${encodeURIComponent(q)}`))
          .json<UserListResponse>()
          .items.map((u) => u.id);
      expect(await search(`100% ${tag}`)).toEqual([percent.id]);
      expect(await search(`a_b ${tag}`)).toEqual([underscore.id]);
    });

    it('answers bad queries with 422 and a field map', async () => {
      for (const query of [
        'limit=0',
        'limit=101',
        'limit=zwei',
        'status=gone',
        'role=king',
        'cursor=not-a-cursor',
        'unknown=1',
        `q=${'x'.repeat(101)}`,
      ]) {
        const body = expectApiError(
          await call('GET', `${users}?${query}`),
          422,
          'VALIDATION_FAILED',
        );
        expect(Object.keys(body.details as object)).toHaveLength(1);
      }
    });
  });

  describe('detail', () => {
    it('shows the account with its creator and active sessions, and records the view', async () => {
      const person = await signedIn({ displayName: 'Yusuf Demir', phone: '+49 2861 1' });
      const response = await call('GET', `${users}/${person.user.id}`);
      expect(response.statusCode).toBe(200);
      expect(response.json<UserDetail>()).toMatchObject({
        id: person.user.id,
        displayName: 'Yusuf Demir',
        phone: '+49 2861 1',
        activeSessions: 1,
        createdBy: null,
        status: 'active',
      });
      expect(await auditOf(person.user.id)).toEqual([
        expect.objectContaining({ actor_id: admin.user.id, action: 'user.viewed' }),
      ]);
    });

    it('answers 404 for an unknown or malformed id on every user route', async () => {
      for (const id of ['7d7c3a0e-0000-4000-8000-000000000000', 'not-a-uuid', '1']) {
        expectApiError(await call('GET', `${users}/${id}`), 404, 'NOT_FOUND');
        expectApiError(await call('GET', `${users}/${id}/data-export`), 404, 'NOT_FOUND');
        for (const action of ['deactivate', 'reactivate', 'sessions/revoke', 'erase'])
          expectApiError(await call('POST', `${users}/${id}/${action}`), 404, 'NOT_FOUND');
        expectApiError(
          await call('PUT', `${users}/${id}/roles`, admin.headers, { roles: ['staff'] }),
          404,
          'NOT_FOUND',
        );
      }
    });

    it('is for admins only', async () => {
      const staff = await signedIn({ roles: ['staff'] });
      expectApiError(await call('GET', users, staff.headers), 403, 'FORBIDDEN');
      expectApiError(await app.inject({ method: 'GET', url: users }), 401, 'UNAUTHENTICATED');
    });
  });

  describe('create', () => {
    it('creates an unverified account without password, an invitation link and its mail', async () => {
      const email = `neu-${uniqueSuffix()}@test.invalid`;
      const response = await call('POST', users, admin.headers, {
        email: `  ${email.toUpperCase()} `,
        displayName: ' Lena Vogel ',
        roles: ['staff', 'workshop', 'staff'],
        locale: 'en',
      });
      expect(response.statusCode).toBe(201);
      const created = response.json<UserDetail>();
      expect(created).toMatchObject({
        email,
        displayName: 'Lena Vogel',
        roles: ['staff', 'workshop'],
        locale: 'en',
        status: 'unverified',
        deskManaged: false,
        emailVerifiedAt: null,
        createdBy: { id: admin.user.id, displayName: 'Anna Admin' },
      });

      const [stored] = await db.query(
        `SELECT password_hash, created_by_id FROM user_account WHERE id = $1`,
        [created.id],
      );
      expect(stored).toEqual({ password_hash: null, created_by_id: admin.user.id });
      const tokens: { id: string; days: number; used_at: Date | null }[] = await db.query(
        `SELECT id, round(extract(epoch FROM expires_at - created_at) / 86400)::int AS days, used_at
           FROM account_token WHERE user_id = $1 AND purpose = 'invitation'`,
        [created.id],
      );
      expect(tokens).toEqual([{ id: expect.any(String), days: 7, used_at: null }]);
      const notifications = await db.query(
        `SELECT type, channel, payload, idempotency_key FROM notification WHERE recipient_id = $1`,
        [created.id],
      );
      expect(notifications).toEqual([
        {
          type: 'account-invitation',
          channel: 'email',
          payload: { tokenId: tokens[0].id, invitedById: admin.user.id },
          idempotency_key: `account-invitation/${tokens[0].id}`,
        },
      ]);
      expect(await auditOf(created.id)).toEqual([
        {
          actor_id: admin.user.id,
          on_behalf_of_id: null,
          action: 'user.created',
          details: { roles: ['staff', 'workshop'] },
        },
      ]);
      // the link in the mail is the token the table knows
      expect(app.get(AccountTokens).secretOf(tokens[0].id)).toEqual(expect.any(String));

      const again = await call('POST', users, admin.headers, {
        email,
        displayName: 'Doppelt',
        roles: ['staff'],
        locale: 'de',
      });
      expectApiError(again, 409, 'EMAIL_TAKEN');
    });

    it('refuses bad input per field', async () => {
      const body = expectApiError(
        await call('POST', users, admin.headers, {
          email: 'kein-at-zeichen',
          displayName: '  ',
          roles: [],
          locale: 'xx',
          isActive: true,
        }),
        422,
        'VALIDATION_FAILED',
      );
      expect(Object.keys(body.details as object).sort()).toEqual([
        'displayName',
        'email',
        'isActive',
        'locale',
        'roles',
      ]);
      expectApiError(await call('POST', users, admin.headers), 422, 'VALIDATION_FAILED');
      expectApiError(
        await call('POST', users, admin.headers, {
          email: 'x@test.invalid',
          displayName: 'X',
          roles: ['emperor'],
          locale: 'de',
        }),
        422,
        'VALIDATION_FAILED',
      );
    });
  });

  describe('roles', () => {
    it('changes roles and records old and new', async () => {
      const person = await createUserAccount(db, { roles: ['volunteer'] });
      const response = await call('PUT', `${users}/${person.id}/roles`, admin.headers, {
        roles: ['volunteer', 'organizer'],
      });
      expect(response.statusCode).toBe(200);
      expect(response.json<UserDetail>().roles).toEqual(['volunteer', 'organizer']);
      expect(await auditOf(person.id)).toEqual([
        expect.objectContaining({
          action: 'user.roles-changed',
          details: { oldRoles: ['volunteer'], newRoles: ['volunteer', 'organizer'] },
        }),
      ]);
      expectApiError(
        await call('PUT', `${users}/${person.id}/roles`, admin.headers, { roles: [] }),
        422,
        'VALIDATION_FAILED',
      );
      expectApiError(
        await call('PUT', `${users}/${person.id}/roles`, admin.headers, { roles: 'staff' }),
        422,
        'VALIDATION_FAILED',
      );
    });

    it('never lets an admin remove their own admin role', async () => {
      const self = await signedIn({ roles: ['admin', 'staff'] });
      expectApiError(
        await call('PUT', `${users}/${self.user.id}/roles`, self.headers, { roles: ['staff'] }),
        409,
        'SELF_CHANGE_FORBIDDEN',
      );
      const kept = await call('PUT', `${users}/${self.user.id}/roles`, self.headers, {
        roles: ['admin'],
      });
      expect(kept.statusCode).toBe(200);
    });

    it('refuses to take the admin role from the last active admin', async () => {
      const target = await createUserAccount(db, { roles: ['admin'] });
      const service = app.get(AdminUsersService);
      const runner = db.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        // stage "everybody else lost the role meanwhile" inside a transaction that is rolled back
        await runner.query(
          `UPDATE user_account SET is_active = false
            WHERE id IN (SELECT id FROM user_account WHERE 'admin' = ANY(roles) AND id <> $1
                          ORDER BY id FOR UPDATE)`,
          [target.id],
        );
        await expect(
          service.updateRolesIn(runner.manager, { id: admin.user.id, requestId: null }, target.id, [
            'staff',
          ]),
        ).rejects.toMatchObject({ code: 'LAST_ADMIN', status: 409 });
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
      const allowed = await call('PUT', `${users}/${target.id}/roles`, admin.headers, {
        roles: ['staff'],
      });
      expect(allowed.statusCode).toBe(200);
    });
  });

  describe('deactivate, reactivate, revoke sessions', () => {
    it('ends the person’s sessions at once and cancels their pending mail', async () => {
      const person = await signedIn({ roles: ['volunteer'] });
      const before = await app.inject({
        method: 'GET',
        url: AUTH_ROUTES.session,
        headers: person.headers,
      });
      expect(before.statusCode).toBe(200);
      await db.transaction((m) =>
        app.get(NotificationOutbox).add(m, {
          type: 'mail-check',
          recipientId: person.user.id,
          payload: { requestedById: admin.user.id },
          idempotencyKey: `mail-check/${uniqueSuffix()}`,
          deliverAfter: new Date(Date.now() + 3_600_000),
        }),
      );

      const response = await call('POST', `${users}/${person.user.id}/deactivate`);
      expect(response.statusCode).toBe(200);
      expect(response.json<UserDetail>()).toMatchObject({
        status: 'deactivated',
        activeSessions: 0,
      });
      const after = await app.inject({
        method: 'GET',
        url: AUTH_ROUTES.session,
        headers: person.headers,
      });
      expectApiError(after, 401, 'UNAUTHENTICATED');
      const statuses = await db.query(
        `SELECT status FROM notification WHERE recipient_id = $1 AND type = 'mail-check'`,
        [person.user.id],
      );
      expect(statuses).toEqual([{ status: 'cancelled' }]);
      expect((await auditOf(person.user.id)).map((r) => r.action)).toEqual(['user.deactivated']);
      expect((await auditOf(person.user.id))[0].details).toEqual({
        revokedSessions: 1,
        cancelledNotifications: 1,
      });
      const signIn = await app.inject({
        method: 'POST',
        url: AUTH_ROUTES.signIn,
        payload: { email: person.user.email, password: PASSWORD },
      });
      expect(signIn.statusCode).toBe(401);

      const back = await call('POST', `${users}/${person.user.id}/reactivate`);
      expect(back.json<UserDetail>().status).toBe('active');
      await signInForTest(app, person.user.email ?? '', PASSWORD);
    });

    it('refuses to deactivate oneself', async () => {
      expectApiError(
        await call('POST', `${users}/${admin.user.id}/deactivate`),
        409,
        'SELF_CHANGE_FORBIDDEN',
      );
    });

    it('revokes every session without deactivating', async () => {
      const person = await signedIn();
      const response = await call('POST', `${users}/${person.user.id}/sessions/revoke`);
      expect(response.statusCode).toBe(204);
      expectApiError(
        await app.inject({ method: 'GET', url: AUTH_ROUTES.session, headers: person.headers }),
        401,
        'UNAUTHENTICATED',
      );
      await signInForTest(app, person.user.email ?? '', PASSWORD);
    });

    it('changes nothing on an erased account', async () => {
      const person = await createUserAccount(db, { roles: ['volunteer'] });
      expect((await call('POST', `${users}/${person.id}/erase`)).statusCode).toBe(204);
      for (const action of ['deactivate', 'reactivate', 'sessions/revoke', 'erase'])
        expectApiError(
          await call('POST', `${users}/${person.id}/${action}`),
          409,
          'ACCOUNT_ERASED',
        );
      expectApiError(
        await call('PUT', `${users}/${person.id}/roles`, admin.headers, { roles: ['staff'] }),
        409,
        'ACCOUNT_ERASED',
      );
      expect((await call('GET', `${users}/${person.id}`)).json<UserDetail>()).toMatchObject({
        status: 'erased',
        displayName: 'Gelöschtes Konto',
        email: null,
      });
    });
  });

  describe('desk', () => {
    const residents = DESK_ROUTES.residents;

    it('registers, finds and updates a resident without email, audited for that person', async () => {
      const staff = await signedIn({ roles: ['staff'] });
      const tag = uniqueSuffix();
      const created = await call('POST', residents, staff.headers, {
        displayName: ` Samira Nouri ${tag} `,
        phone: '+49 2861 55',
        locale: 'fa',
      });
      expect(created.statusCode).toBe(201);
      const resident = created.json<DeskResident>();
      expect(resident).toMatchObject({
        displayName: `Samira Nouri ${tag}`,
        phone: '+49 2861 55',
        locale: 'fa',
      });
      const [row] = await db.query(
        `SELECT email, password_hash, roles, created_by_id FROM user_account WHERE id = $1`,
        [resident.id],
      );
      expect(row).toEqual({
        email: null,
        password_hash: null,
        roles: ['resident'],
        created_by_id: staff.user.id,
      });

      const found = await call('GET', `${residents}?q=nouri%20${tag}`, staff.headers);
      expect(found.json<DeskResidentListResponse>().items).toEqual([resident]);

      const updated = await call('PATCH', `${residents}/${resident.id}`, staff.headers, {
        phone: '',
        locale: 'fa',
        displayName: 'Samira N.',
      });
      expect(updated.statusCode).toBe(200);
      expect(updated.json<DeskResident>()).toMatchObject({ displayName: 'Samira N.', phone: null });
      expect(await auditOf(resident.id)).toEqual([
        {
          actor_id: staff.user.id,
          on_behalf_of_id: resident.id,
          action: 'resident.created',
          details: {},
        },
        {
          actor_id: staff.user.id,
          on_behalf_of_id: resident.id,
          action: 'resident.updated',
          details: { fields: ['displayName', 'phone'] },
        },
      ]);

      const byAdmin = await call('GET', `${residents}?q=Samira%20N.`, admin.headers);
      expect(byAdmin.json<DeskResidentListResponse>().items.map((r) => r.id)).toContain(
        resident.id,
      );
    });

    it('answers 404 for accounts that are not desk-managed residents', async () => {
      const staff = await signedIn({ roles: ['staff'] });
      const withEmail = await createUserAccount(db, { roles: ['resident'] });
      const volunteerWithoutEmail = await createUserAccount(db, {
        email: null,
        roles: ['volunteer'],
      });
      for (const id of [withEmail.id, volunteerWithoutEmail.id, 'kaputt'])
        expectApiError(
          await call('PATCH', `${residents}/${id}`, staff.headers, { displayName: 'Neu' }),
          404,
          'NOT_FOUND',
        );
    });

    it('is closed to volunteers and residents, and validates input', async () => {
      const volunteer = await signedIn({ roles: ['volunteer'] });
      const resident = await createUserAccount(db, { email: null, roles: ['resident'] });
      expectApiError(await call('GET', residents, volunteer.headers), 403, 'FORBIDDEN');
      expectApiError(
        await call('POST', residents, volunteer.headers, { displayName: 'X', locale: 'de' }),
        403,
        'FORBIDDEN',
      );
      expectApiError(
        await call('PATCH', `${residents}/${resident.id}`, volunteer.headers, {
          displayName: 'X',
        }),
        403,
        'FORBIDDEN',
      );

      const staff = await signedIn({ roles: ['staff'] });
      const body = expectApiError(
        await call('POST', residents, staff.headers, {
          displayName: '',
          phone: 'ruf mich an',
          locale: 'zz',
          email: 'x@test.invalid',
        }),
        422,
        'VALIDATION_FAILED',
      );
      expect(Object.keys(body.details as object).sort()).toEqual([
        'displayName',
        'email',
        'locale',
        'phone',
      ]);
      expectApiError(
        await call('PATCH', `${residents}/${resident.id}`, staff.headers, { roles: ['admin'] }),
        422,
        'VALIDATION_FAILED',
      );
      expectApiError(
        await call('GET', `${residents}?q=${'x'.repeat(101)}`, staff.headers),
        422,
        'VALIDATION_FAILED',
      );
    });
  });
});
