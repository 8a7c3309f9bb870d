import { SnakeNamingStrategy } from '@zusammen/api/core';
import { AuditLog, IDENTITY_ENTITIES } from '@zusammen/api/identity';
import { NOTIFICATION_ENTITIES, NotificationOutbox } from '@zusammen/api/notifications';
import {
  createIsolatedSchema,
  createUserAccount,
  type IsolatedSchema,
} from '@zusammen/api/testing';
import type { NotificationType, PairingState, VolunteerStatus } from '@zusammen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { deleteLapsedCertificates } from './certificate-deletion';
import { sendCertificateRenewals } from './certificate-renewals';
import { addDays } from './follow-up-dates';
import type { FollowUpResult } from './follow-up-result';
import { sendNoContactAlerts } from './no-contact-alerts';
import { sendSponsorshipDigests } from './sponsorship-digest';

/**
 * The scheduled follow-up jobs against real PostgreSQL, with the clock passed in: rows created once, a second run
 * creates nothing, and the § 72a deletion rules. Own copies of the tables (the jobs read "all pairings").
 */
const TABLES = [
  'user_account',
  'notification',
  'audit_event',
  'sponsorship_settings',
  'volunteer',
  'family',
  'pairing',
  'check_in',
  'conduct_certificate_check',
];

/** Wednesday 10 June 2026, 10:00 in Borken (ISO week 2026-W24). */
const NOW = new Date('2026-06-10T08:00:00Z');
const TODAY = '2026-06-10';
const WEEK = '2026-W24';
/** The migration's default weights. */
const WEIGHTS = {
  language: 0.25,
  proximity: 0.2,
  availability: 0.15,
  lifeStage: 0.1,
  needsFit: 0.15,
  waitingBonus: 0.1,
  urgency: 0.05,
};

/** Code-unit order (the database's collation may order text differently). */
const byFirst = (a: unknown[], b: unknown[]): number =>
  String(a[0]) < String(b[0]) ? -1 : String(a[0]) > String(b[0]) ? 1 : 0;

interface NotificationRow {
  idempotency_key: string;
  type: NotificationType;
  recipient_id: string;
  payload: Record<string, unknown>;
}

describe('Patenmodell scheduled follow-up (integration)', () => {
  let schema: IsolatedSchema;
  let db: DataSource;
  const outbox = new NotificationOutbox();
  const audit = new AuditLog();

  beforeAll(async () => {
    schema = await createIsolatedSchema('follow_up', TABLES);
    db = new DataSource({
      type: 'postgres',
      url: schema.url,
      entities: [...IDENTITY_ENTITIES, ...NOTIFICATION_ENTITIES],
      namingStrategy: new SnakeNamingStrategy(),
    });
    await db.initialize();
  });

  afterAll(async () => {
    await db?.destroy();
    await schema?.drop();
  });

  beforeEach(async () => {
    await db.query(
      `TRUNCATE notification, audit_event, check_in, pairing, conduct_certificate_check, family, volunteer,
                sponsorship_settings, user_account CASCADE`,
    );
    // version 1 as the migration writes it, known to the tests whatever the defaults become
    await settings(1, { noContactDays: 21, trialMeetingsRequired: 3 });
  });

  // ---- data, inserted with SQL as the pairing API would leave it ----

  async function settings(
    version: number,
    values: { noContactDays: number; trialMeetingsRequired: number },
  ): Promise<void> {
    await db.query(
      `INSERT INTO sponsorship_settings (version, weights, no_contact_days, trial_meetings_required, min_score)
       VALUES ($1, $4::jsonb, $2, $3, 0.2)`,
      [version, values.noContactDays, values.trialMeetingsRequired, JSON.stringify(WEIGHTS)],
    );
  }

  const staff = async (overrides: { isActive?: boolean; roles?: ('staff' | 'admin')[] } = {}) =>
    (await createUserAccount(db, { roles: overrides.roles ?? ['staff'], ...overrides })).id;

  async function volunteer(
    status: VolunteerStatus = 'approved',
  ): Promise<{ id: string; userId: string }> {
    const user = await createUserAccount(db, { roles: ['volunteer'] });
    const [{ id }] = await db.query(
      `INSERT INTO volunteer (user_id, status, languages, district, max_distance_km, accepts_families_with_children)
       VALUES ($1, $2, '[]', 'gemen', 10, true) RETURNING id`,
      [user.id, status],
    );
    return { id, userId: user.id };
  }

  async function family(
    status: 'waiting' | 'in_pairing' | 'closed' = 'in_pairing',
  ): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO family (contact_name, contact_channel, preferred_locale, district, languages, status)
       VALUES ('Familie Test', 'phone', 'de', 'weseke', '[]', $1) RETURNING id`,
      [status],
    );
    return id;
  }

  async function pairing(options: {
    state: PairingState;
    volunteerId?: string;
    coordinatorId?: string | null;
    trialStartedOn?: string;
    endedOn?: string;
    /** When the current state was entered (Borken noon of this day). */
    stateSinceOn?: string;
  }): Promise<string> {
    const volunteerId = options.volunteerId ?? (await volunteer()).id;
    const ended = options.state === 'ended';
    const [{ id }] = await db.query(
      `INSERT INTO pairing (volunteer_id, family_id, proposal_id, coordinator_id, state, state_since, commitment_months,
                            trial_started_on, ended_on, end_kind, end_reason)
       VALUES ($1, $2, gen_random_uuid(), $3, $4, COALESCE(($5::date + time '12:00') AT TIME ZONE 'Europe/Berlin', now()),
               6, $6, $7, $8, $9)
       RETURNING id`,
      [
        volunteerId,
        await family(),
        options.coordinatorId ?? null,
        options.state,
        options.stateSinceOn ?? null,
        options.trialStartedOn ?? null,
        options.endedOn ?? null,
        ended ? 'planned' : null,
        ended ? 'completed' : null,
      ],
    );
    return id;
  }

  async function checkIn(pairingId: string, occurredOn: string): Promise<void> {
    await db.query(
      `INSERT INTO check_in (pairing_id, occurred_on, kind, duration_minutes, entered_by)
       VALUES ($1, $2, 'meeting', 60, 'volunteer')`,
      [pairingId, occurredOn],
    );
  }

  async function certificate(volunteerId: string, renewalDueOn: string): Promise<void> {
    const issuedOn = addDays(renewalDueOn, -5 * 365);
    await db.query(
      `INSERT INTO conduct_certificate_check (volunteer_id, issued_on, inspected_on, relevant_entry, renewal_due_on)
       VALUES ($1, $2, $2, false, $3)`,
      [volunteerId, issuedOn, renewalDueOn],
    );
  }

  const notifications = (type: NotificationType): Promise<NotificationRow[]> =>
    db.query(
      `SELECT idempotency_key, type, recipient_id, payload FROM notification WHERE type = $1
        ORDER BY idempotency_key`,
      [type],
    );

  const run = (
    job: (manager: EntityManager, outbox: NotificationOutbox, now: Date) => Promise<FollowUpResult>,
    now: Date = NOW,
  ): Promise<FollowUpResult> => db.transaction((manager) => job(manager, outbox, now));

  // ---- no contact ----

  describe('sponsorship-no-contact', () => {
    it('alerts the coordinator once a week when the last contact is 21 days old, not at 20', async () => {
      const coordinator = await staff();
      const silent = await pairing({
        state: 'active',
        coordinatorId: coordinator,
        trialStartedOn: '2026-03-01',
      });
      await checkIn(silent, '2026-04-01');
      await checkIn(silent, addDays(TODAY, -21));
      const recent = await pairing({
        state: 'active',
        coordinatorId: coordinator,
        trialStartedOn: '2026-03-01',
      });
      await checkIn(recent, addDays(TODAY, -20));

      expect(await run(sendNoContactAlerts)).toEqual({ created: 1, existing: 0 });
      expect(await notifications('pairing-no-contact')).toEqual([
        {
          idempotency_key: `pairing-no-contact/${silent}/${WEEK}/${coordinator}`,
          type: 'pairing-no-contact',
          recipient_id: coordinator,
          payload: { pairingId: silent, days: 21 },
        },
      ]);

      // later the same day (the job runs hourly): nothing new
      expect(await run(sendNoContactAlerts, new Date('2026-06-10T18:00:00Z'))).toEqual({
        created: 0,
        existing: 1,
      });
      expect(await notifications('pairing-no-contact')).toHaveLength(1);

      // next Monday, still no contact: a new alert, now for 26 days (and the other pairing reached 21 by then)
      expect(await run(sendNoContactAlerts, new Date('2026-06-15T06:00:00Z'))).toEqual({
        created: 2,
        existing: 0,
      });
      const nextWeek = (await notifications('pairing-no-contact')).filter((row) =>
        row.idempotency_key.includes('/2026-W25/'),
      );
      expect(
        nextWeek.map((row) => row.payload).sort((a, b) => Number(a['days']) - Number(b['days'])),
      ).toEqual([
        { pairingId: recent, days: 25 },
        { pairingId: silent, days: 26 },
      ]);
    });

    it('counts from the trial start when no contact is logged, and ignores paused and closed pairings', async () => {
      const coordinator = await staff();
      const trial = await pairing({
        state: 'trial',
        coordinatorId: coordinator,
        trialStartedOn: addDays(TODAY, -30),
      });
      await pairing({ state: 'paused', coordinatorId: coordinator, trialStartedOn: '2026-01-05' });
      await pairing({
        state: 'ended',
        coordinatorId: coordinator,
        trialStartedOn: '2026-01-05',
        endedOn: '2026-02-01',
      });
      await pairing({ state: 'offered', coordinatorId: coordinator });
      await pairing({ state: 'intro_scheduled', coordinatorId: coordinator });

      await run(sendNoContactAlerts);

      expect((await notifications('pairing-no-contact')).map((row) => row.payload)).toEqual([
        { pairingId: trial, days: 30 },
      ]);
    });

    it('alerts every active staff member when the pairing has no coordinator or the coordinator left', async () => {
      const teamA = await staff();
      const teamB = await staff();
      await staff({ isActive: false });
      await staff({ roles: ['admin'] });
      const left = await staff({ isActive: false });
      const orphan = await pairing({
        state: 'active',
        coordinatorId: null,
        trialStartedOn: '2026-01-05',
      });
      const abandoned = await pairing({
        state: 'active',
        coordinatorId: left,
        trialStartedOn: '2026-01-05',
      });

      expect(await run(sendNoContactAlerts)).toEqual({ created: 4, existing: 0 });
      const rows = await notifications('pairing-no-contact');
      expect(rows.map((row) => [row.payload['pairingId'], row.recipient_id]).sort()).toEqual(
        [
          [orphan, teamA],
          [orphan, teamB],
          [abandoned, teamA],
          [abandoned, teamB],
        ].sort(),
      );
      expect(await run(sendNoContactAlerts)).toEqual({ created: 0, existing: 4 });
    });

    it('uses the newest settings version', async () => {
      const coordinator = await staff();
      const p = await pairing({
        state: 'active',
        coordinatorId: coordinator,
        trialStartedOn: '2026-01-05',
      });
      await checkIn(p, addDays(TODAY, -25));
      await settings(2, { noContactDays: 30, trialMeetingsRequired: 3 });

      expect(await run(sendNoContactAlerts)).toEqual({ created: 0, existing: 0 });
    });

    it('sends nothing before 07:00 in Borken', async () => {
      const coordinator = await staff();
      await pairing({ state: 'active', coordinatorId: coordinator, trialStartedOn: '2026-01-05' });

      expect(await run(sendNoContactAlerts, new Date('2026-06-10T04:59:00Z'))).toEqual({
        created: 0,
        existing: 0,
      });
      expect(await run(sendNoContactAlerts, new Date('2026-06-10T05:00:00Z'))).toEqual({
        created: 1,
        existing: 0,
      });
    });
  });

  // ---- weekly digest ----

  describe('sponsorship-digest', () => {
    /** Monday 15 June 2026 (2026-W25), 07:00 in Borken. */
    const MONDAY_7 = new Date('2026-06-15T05:00:00Z');

    async function seedWeek(): Promise<void> {
      await pairing({ state: 'offered' });
      await pairing({ state: 'offered' });
      await pairing({ state: 'accepted' });
      const ready = await pairing({ state: 'trial', trialStartedOn: '2026-05-20' });
      for (const day of ['2026-05-20', '2026-05-27', '2026-06-10']) await checkIn(ready, day);
      const notYet = await pairing({ state: 'trial', trialStartedOn: '2026-05-20' });
      for (const day of ['2026-05-27', '2026-06-10']) await checkIn(notYet, day);
      const silent = await pairing({ state: 'active', trialStartedOn: '2026-02-01' });
      await checkIn(silent, '2026-05-01');
      await family('waiting');
      await family('waiting');
      await family('closed');
      // certificates: due in 5 months and overdue count; 7 months ahead or of an inactive volunteer do not
      const dueSoon = await volunteer('approved');
      await certificate(dueSoon.id, '2026-11-10');
      const overdue = await volunteer('paused');
      await certificate(overdue.id, '2026-06-01');
      const later = await volunteer('approved');
      await certificate(later.id, '2027-01-20');
      const gone = await volunteer('inactive');
      await certificate(gone.id, '2026-07-01');
    }

    it('sends every active staff member the week’s counts once, from Monday 07:00', async () => {
      await seedWeek();
      const first = await staff();
      const second = await staff();
      await staff({ isActive: false });
      await volunteer();

      expect(await run(sendSponsorshipDigests, new Date('2026-06-15T04:59:00Z'))).toEqual({
        created: 0,
        existing: 0,
      });
      expect(await run(sendSponsorshipDigests, MONDAY_7)).toEqual({ created: 2, existing: 0 });

      const rows = await notifications('sponsorship-digest');
      expect(rows.map((row) => row.idempotency_key).sort()).toEqual(
        [`sponsorship-digest/${first}/2026-W25`, `sponsorship-digest/${second}/2026-W25`].sort(),
      );
      expect(rows[0].payload).toEqual({
        week: '2026-W25',
        offersWaiting: 2,
        introsToArrange: 1,
        noContact: 1,
        trialsReady: 1,
        certificatesDueSoon: 2,
        familiesWaiting: 2,
      });
      expect(rows[1].payload).toEqual(rows[0].payload);

      // the hourly runs of the rest of the week add nothing
      expect(await run(sendSponsorshipDigests, new Date('2026-06-17T10:00:00Z'))).toEqual({
        created: 0,
        existing: 0,
      });
      // next Monday: a new digest each
      expect(await run(sendSponsorshipDigests, new Date('2026-06-22T05:00:00Z'))).toEqual({
        created: 2,
        existing: 0,
      });
    });

    it('catches up later in the week for someone who has no digest yet, without sending the others a second', async () => {
      const first = await staff();
      await run(sendSponsorshipDigests, MONDAY_7);
      const newcomer = await staff();

      expect(await run(sendSponsorshipDigests, new Date('2026-06-17T10:00:00Z'))).toEqual({
        created: 1,
        existing: 0,
      });
      expect(
        (await notifications('sponsorship-digest')).map((row) => row.recipient_id).sort(),
      ).toEqual([first, newcomer].sort());
    });

    it('counts a trial as ready only with the configured number of contacts since the trial start', async () => {
      await staff();
      const p = await pairing({ state: 'trial', trialStartedOn: '2026-06-01' });
      await checkIn(p, '2026-06-02');
      await checkIn(p, '2026-06-09');
      await settings(2, { noContactDays: 21, trialMeetingsRequired: 2 });

      await run(sendSponsorshipDigests, MONDAY_7);

      expect((await notifications('sponsorship-digest'))[0].payload['trialsReady']).toBe(1);
    });
  });

  // ---- § 72a renewal reminders ----

  describe('certificate-renewal', () => {
    it('reminds the volunteer and their coordinators six months and one month before, once per stage', async () => {
      const coordinator = await staff();
      await staff(); // not this volunteer's coordinator
      const person = await volunteer('approved');
      await certificate(person.id, '2026-12-01');
      await pairing({
        state: 'active',
        volunteerId: person.id,
        coordinatorId: coordinator,
        trialStartedOn: '2026-03-01',
      });
      await pairing({
        state: 'ended',
        volunteerId: person.id,
        coordinatorId: await staff(),
        trialStartedOn: '2025-01-01',
        endedOn: '2025-06-01',
      });

      // 31 May: still more than six months ahead
      expect(await run(sendCertificateRenewals, new Date('2026-05-31T08:00:00Z'))).toEqual({
        created: 0,
        existing: 0,
      });
      // 1 June: due − 6 months
      expect(await run(sendCertificateRenewals, new Date('2026-06-01T08:00:00Z'))).toEqual({
        created: 2,
        existing: 0,
      });
      expect(await run(sendCertificateRenewals, new Date('2026-10-31T08:00:00Z'))).toEqual({
        created: 0,
        existing: 2,
      });
      // 1 November: due − 1 month
      expect(await run(sendCertificateRenewals, new Date('2026-11-01T08:00:00Z'))).toEqual({
        created: 2,
        existing: 0,
      });
      // from the due day on: nothing
      expect(await run(sendCertificateRenewals, new Date('2026-12-01T08:00:00Z'))).toEqual({
        created: 0,
        existing: 0,
      });

      const rows = await notifications('certificate-renewal');
      const key = (stage: string, recipient: string) =>
        `certificate-renewal/${person.id}/2026-12-01/${stage}/${recipient}`;
      expect(rows.map((row) => [row.idempotency_key, row.payload]).sort(byFirst)).toEqual(
        [
          [
            key('six_months', person.userId),
            {
              volunteerId: person.id,
              renewalDueOn: '2026-12-01',
              stage: 'six_months',
              audience: 'volunteer',
            },
          ],
          [
            key('six_months', coordinator),
            {
              volunteerId: person.id,
              renewalDueOn: '2026-12-01',
              stage: 'six_months',
              audience: 'staff',
            },
          ],
          [
            key('one_month', person.userId),
            {
              volunteerId: person.id,
              renewalDueOn: '2026-12-01',
              stage: 'one_month',
              audience: 'volunteer',
            },
          ],
          [
            key('one_month', coordinator),
            {
              volunteerId: person.id,
              renewalDueOn: '2026-12-01',
              stage: 'one_month',
              audience: 'staff',
            },
          ],
        ].sort(byFirst),
      );
    });

    it('tells every active staff member when the volunteer has no open pairing', async () => {
      const teamA = await staff();
      const teamB = await staff();
      await staff({ isActive: false });
      const person = await volunteer('paused');
      await certificate(person.id, addDays(TODAY, 20));

      expect(await run(sendCertificateRenewals)).toEqual({ created: 3, existing: 0 });
      expect(
        (await notifications('certificate-renewal'))
          .map((row) => [row.recipient_id, row.payload['audience'], row.payload['stage']])
          .sort(),
      ).toEqual(
        [
          [person.userId, 'volunteer', 'one_month'],
          [teamA, 'staff', 'one_month'],
          [teamB, 'staff', 'one_month'],
        ].sort(),
      );
    });

    it('leaves out volunteers who are not approved or paused', async () => {
      await staff();
      for (const status of ['registered', 'in_vetting', 'inactive', 'withdrawn'] as const) {
        const person = await volunteer(status);
        await certificate(person.id, addDays(TODAY, 20));
      }

      expect(await run(sendCertificateRenewals)).toEqual({ created: 0, existing: 0 });
    });
  });

  // ---- § 72a deletion ----

  describe('certificate-deletion', () => {
    async function withCertificate(status: VolunteerStatus): Promise<string> {
      const person = await volunteer(status);
      await certificate(person.id, '2030-01-01');
      return person.id;
    }

    const remaining = async (): Promise<string[]> =>
      (await db.query(`SELECT volunteer_id FROM conduct_certificate_check`))
        .map((row: { volunteer_id: string }) => row.volunteer_id)
        .sort();

    it('deletes the entry of a person who did not start, and audits it without personal data', async () => {
      const rejected = await withCertificate('rejected');
      const withdrawn = await withCertificate('withdrawn');
      const approved = await withCertificate('approved');
      const inVetting = await withCertificate('in_vetting');

      const deleted = await db.transaction((m) => deleteLapsedCertificates(m, audit, NOW));

      expect(deleted).toEqual(
        expect.arrayContaining([
          { volunteerId: rejected, rule: 'not_started' },
          { volunteerId: withdrawn, rule: 'not_started' },
        ]),
      );
      expect(deleted).toHaveLength(2);
      expect(await remaining()).toEqual([approved, inVetting].sort());
      const entries = await db.query(
        `SELECT actor_id, action, subject_type, subject_id, details FROM audit_event`,
      );
      expect(
        entries.sort((a: { subject_id: string }, b: { subject_id: string }) =>
          a.subject_id < b.subject_id ? -1 : 1,
        ),
      ).toEqual(
        [rejected, withdrawn].sort().map((id) => ({
          actor_id: null,
          action: 'certificate.deleted',
          subject_type: 'volunteer',
          subject_id: id,
          details: { rule: 'not_started' },
        })),
      );

      // a second run finds nothing and audits nothing
      expect(await db.transaction((m) => deleteLapsedCertificates(m, audit, NOW))).toEqual([]);
      expect(await db.query(`SELECT count(*)::int AS n FROM audit_event`)).toEqual([{ n: 2 }]);
    });

    it('deletes three months after the last pairing ended or was declined, not a day earlier', async () => {
      const endedLongAgo = await withCertificate('inactive');
      await pairing({
        state: 'ended',
        volunteerId: endedLongAgo,
        trialStartedOn: '2025-06-01',
        endedOn: '2026-03-10',
      });
      const endedRecently = await withCertificate('inactive');
      await pairing({
        state: 'ended',
        volunteerId: endedRecently,
        trialStartedOn: '2025-06-01',
        endedOn: '2026-03-11',
      });
      const declinedLongAgo = await withCertificate('withdrawn');
      await pairing({
        state: 'declined',
        volunteerId: declinedLongAgo,
        stateSinceOn: '2026-02-01',
      });
      // the last of several pairings counts
      const lastRecent = await withCertificate('inactive');
      await pairing({
        state: 'ended',
        volunteerId: lastRecent,
        trialStartedOn: '2024-01-01',
        endedOn: '2025-01-01',
      });
      await pairing({ state: 'declined', volunteerId: lastRecent, stateSinceOn: '2026-05-01' });
      // an open pairing keeps it, however old the others are
      const stillOpen = await withCertificate('inactive');
      await pairing({
        state: 'ended',
        volunteerId: stillOpen,
        trialStartedOn: '2024-01-01',
        endedOn: '2025-01-01',
      });
      await pairing({ state: 'paused', volunteerId: stillOpen, trialStartedOn: '2025-06-01' });
      // approved volunteers keep theirs
      const approved = await withCertificate('approved');
      await pairing({
        state: 'ended',
        volunteerId: approved,
        trialStartedOn: '2024-01-01',
        endedOn: '2025-01-01',
      });

      const deleted = await db.transaction((m) => deleteLapsedCertificates(m, audit, NOW));

      expect(deleted.sort((a, b) => a.volunteerId.localeCompare(b.volunteerId))).toEqual(
        [
          { volunteerId: endedLongAgo, rule: 'activity_ended' },
          { volunteerId: declinedLongAgo, rule: 'activity_ended' },
        ].sort((a, b) => a.volunteerId.localeCompare(b.volunteerId)),
      );
      expect(await remaining()).toEqual([endedRecently, lastRecent, stillOpen, approved].sort());

      // a day later the recently ended one is due as well
      const nextDay = await db.transaction((m) =>
        deleteLapsedCertificates(m, audit, new Date('2026-06-11T08:00:00Z')),
      );
      expect(nextDay).toEqual([{ volunteerId: endedRecently, rule: 'activity_ended' }]);
    });
  });
});
