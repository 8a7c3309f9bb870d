import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  createSignedInUser,
  createTestApp,
  createUserAccount,
  expectApiError,
  type SignedInUser,
} from '@zusammen/api/testing';
import {
  WORKSHOP_ROUTES,
  type BorrowerDetail,
  type BorrowerSummary,
  type RentalDetail,
} from '@zusammen/shared/contracts';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import {
  createLendableBike,
  daysFromToday,
  DESK_PASSWORD,
  handoutRequest,
} from './counter-fixtures';

/** Borrowers at the desk: register with or without an account, eligibility, briefing, block, search, gate. */
describe('workshop borrowers (integration)', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let desk: SignedInUser;

  const post = (url: string, payload: object) =>
    app.inject({ method: 'POST', url, headers: desk.headers, payload });
  const patch = (id: string, payload: object) =>
    app.inject({
      method: 'PATCH',
      url: `${WORKSHOP_ROUTES.borrowers}/${id}`,
      headers: desk.headers,
      payload,
    });
  const register = async (payload: object = {}): Promise<BorrowerDetail> => {
    const response = await post(WORKSHOP_ROUTES.borrowers, {
      displayName: 'Amina Haddad',
      phone: '0176 1234567',
      preferredLocale: 'ar',
      reminderChannel: 'phone',
      ...payload,
    });
    expect(response.statusCode).toBe(201);
    return response.json<BorrowerDetail>();
  };

  beforeAll(async () => {
    app = await createTestApp({ imports: [AppModule] });
    db = app.get(DataSource);
    desk = await createSignedInUser(app, { password: DESK_PASSWORD, roles: ['workshop'] });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('registers someone without an account (phone reminders); the gate lists what is missing', async () => {
    const borrower = await register();
    expect(borrower).toMatchObject({
      displayName: 'Amina Haddad',
      hasAccount: false,
      email: null,
      reminderChannel: 'phone',
      gate: { refusals: ['ELIGIBILITY_MISSING', 'BRIEFING_MISSING'], openRentals: 0 },
    });
    expectApiError(
      await post(WORKSHOP_ROUTES.borrowers, {
        displayName: 'Ohne Konto',
        preferredLocale: 'de',
        reminderChannel: 'email',
      }),
      422,
      'VALIDATION_FAILED',
    );
  });

  it('links an account by e-mail once; unknown or already linked addresses → 422 ACCOUNT_NOT_LINKABLE', async () => {
    const account = await createUserAccount(db, { roles: ['resident'] });
    const linked = await register({
      accountEmail: account.email?.toUpperCase(),
      reminderChannel: 'email',
    });
    expect(linked).toMatchObject({
      hasAccount: true,
      email: account.email,
      reminderChannel: 'email',
    });
    expectApiError(
      await post(WORKSHOP_ROUTES.borrowers, {
        displayName: 'Zweiter',
        preferredLocale: 'de',
        reminderChannel: 'in_app',
        accountEmail: account.email,
      }),
      422,
      'ACCOUNT_NOT_LINKABLE',
    );
    expectApiError(
      await post(WORKSHOP_ROUTES.borrowers, {
        displayName: 'Niemand',
        preferredLocale: 'de',
        reminderChannel: 'in_app',
        accountEmail: 'nobody-here@test.invalid',
      }),
      422,
      'ACCOUNT_NOT_LINKABLE',
    );
  });

  it('eligibility: no copy, dates checked (validUntil ≥ verifiedOn, ≤ 24 months); briefing must be acknowledged', async () => {
    const borrower = await register({ displayName: 'Oleksandr Kovalenko', preferredLocale: 'uk' });
    const url = `${WORKSHOP_ROUTES.borrowers}/${borrower.id}`;
    expectApiError(
      await post(`${url}/eligibility`, {
        legalBasis: 'sgb2',
        documentTypeSeen: 'jobcenter_letter',
        verifiedOn: daysFromToday(-1),
        validUntil: daysFromToday(-2),
      }),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await post(`${url}/eligibility`, {
        legalBasis: 'sgb2',
        documentTypeSeen: 'jobcenter_letter',
        validUntil: daysFromToday(800),
      }),
      422,
      'VALIDATION_FAILED',
    );
    expectApiError(
      await post(`${url}/eligibility`, {
        legalBasis: 'sgb2',
        documentTypeSeen: 'jobcenter_letter',
        validUntil: daysFromToday(100),
        documentCopy: 'data:application/pdf;base64,AAAA',
      }),
      422,
      'VALIDATION_FAILED',
    );
    const eligible = await post(`${url}/eligibility`, {
      legalBasis: 'sgb2',
      documentTypeSeen: 'jobcenter_letter',
      validUntil: daysFromToday(180),
    });
    expect(eligible.statusCode).toBe(201);
    expect(eligible.json<BorrowerDetail>()).toMatchObject({
      gate: {
        eligibleUntil: daysFromToday(180),
        eligibilityBasis: 'sgb2',
        refusals: ['BRIEFING_MISSING'],
      },
      eligibility: [{ legalBasis: 'sgb2', verifiedByName: desk.user.displayName }],
    });
    expectApiError(
      await post(`${url}/briefings`, {
        language: 'uk',
        interpreter: false,
        heldOn: daysFromToday(0),
        acknowledged: false,
      }),
      422,
      'SIGNATURE_REQUIRED',
    );
    expectApiError(
      await post(`${url}/briefings`, {
        language: 'pl',
        interpreter: false,
        heldOn: daysFromToday(0),
        acknowledged: true,
      }),
      422,
      'VALIDATION_FAILED',
    );
    const briefed = await post(`${url}/briefings`, {
      language: 'uk',
      interpreter: true,
      heldOn: daysFromToday(0),
      acknowledged: true,
      ridingCheckPassed: true,
    });
    expect(briefed.json<BorrowerDetail>()).toMatchObject({
      gate: { briefed: true, refusals: [] },
      briefings: [
        {
          language: 'uk',
          interpreter: true,
          acknowledged: true,
          trainerName: desk.user.displayName,
        },
      ],
    });
  });

  it('blocks with a reason and unblocks; minors need the guardian’s consent', async () => {
    const borrower = await register({ displayName: 'Gesperrte Person' });
    expectApiError(
      await patch(borrower.id, { blockedUntil: daysFromToday(30) }),
      422,
      'VALIDATION_FAILED',
    );
    const blocked = await patch(borrower.id, {
      blockedUntil: daysFromToday(30),
      blockReason: 'Rad beschädigt',
    });
    expect(blocked.json<BorrowerDetail>()).toMatchObject({
      blockReason: 'Rad beschädigt',
      gate: { blockedUntil: daysFromToday(30) },
    });
    expect(blocked.json<BorrowerDetail>().gate.refusals).toContain('BORROWER_BLOCKED');
    const unblocked = await patch(borrower.id, { blockedUntil: null });
    expect(unblocked.json<BorrowerDetail>()).toMatchObject({
      blockReason: null,
      gate: { blockedUntil: null },
    });
    expect(unblocked.json<BorrowerDetail>().gate.refusals).not.toContain('BORROWER_BLOCKED');
    expectApiError(
      await post(WORKSHOP_ROUTES.borrowers, {
        displayName: 'Kind',
        preferredLocale: 'fa',
        reminderChannel: 'phone',
        isMinor: true,
      }),
      422,
      'VALIDATION_FAILED',
    );
    const minor = await register({
      isMinor: true,
      guardianName: 'Mutter',
      guardianConsentOn: daysFromToday(-3),
    });
    expect(minor).toMatchObject({ isMinor: true, guardianConsentOn: daysFromToday(-3) });
  });

  it('finds borrowers by name, phone and the inventory number of a rented bike', async () => {
    const unique = `Suche${Date.now()}`;
    const borrower = await register({ displayName: `${unique} Rahimi`, phone: '+49 2861 998877' });
    await post(`${WORKSHOP_ROUTES.borrowers}/${borrower.id}/eligibility`, {
      legalBasis: 'asylblg',
      documentTypeSeen: 'benefit_notice',
      validUntil: daysFromToday(60),
    });
    await post(`${WORKSHOP_ROUTES.borrowers}/${borrower.id}/briefings`, {
      language: 'fa',
      interpreter: false,
      heldOn: daysFromToday(0),
      acknowledged: true,
    });
    const bike = await createLendableBike(db, desk.user.id);
    const rental = await post(WORKSHOP_ROUTES.rentals, handoutRequest(bike.id, borrower.id));
    expect(rental.statusCode).toBe(201);
    const search = async (q: string) =>
      (
        await app.inject({
          url: `${WORKSHOP_ROUTES.borrowers}?q=${encodeURIComponent(q)}`,
          headers: desk.headers,
        })
      ).json<BorrowerSummary[]>();
    expect((await search(unique.toLowerCase())).map((b) => b.id)).toEqual([borrower.id]);
    expect((await search('2861998877')).map((b) => b.id)).toContain(borrower.id);
    expect((await search(rental.json<RentalDetail>().bikeLabel)).map((b) => b.id)).toContain(
      borrower.id,
    );
    const detail = await app.inject({
      url: `${WORKSHOP_ROUTES.borrowers}/${borrower.id}`,
      headers: desk.headers,
    });
    expect(detail.json<BorrowerDetail>()).toMatchObject({
      gate: { openRentals: 1, refusals: ['RENTAL_LIMIT_REACHED'] },
      rentals: [{ id: rental.json<RentalDetail>().id, status: 'active' }],
    });
  });

  it('names and phones are for the workshop role only; unknown ids → 404', async () => {
    const borrower = await register({ displayName: 'Vertraulich' });
    for (const roles of [['resident'], ['staff']] as const) {
      const other = await createSignedInUser(app, { password: DESK_PASSWORD, roles: [...roles] });
      const response = await app.inject({
        url: `${WORKSHOP_ROUTES.borrowers}/${borrower.id}`,
        headers: other.headers,
      });
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain('Vertraulich');
    }
    expectApiError(
      await app.inject({ url: `${WORKSHOP_ROUTES.borrowers}/not-a-uuid`, headers: desk.headers }),
      404,
      'BORROWER_NOT_FOUND',
    );
  });
});
