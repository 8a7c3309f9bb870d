import { hashPassword } from '@zusammen/api/identity';
import type { Locale, OpeningHours, Role, RoomAccessibility } from '@zusammen/shared/contracts';
import { insertBookingDemo } from './booking-demo';
import { insertSponsorshipDemo } from './sponsorship-demo';
import { insertWorkshopDemo } from './workshop-demo';
import type { DataSource, EntityManager } from 'typeorm';

/** The one password of every demo account (demo data only; never used with DATABASE_URL unless DEMO_DATA=true). */
export const DEMO_PASSWORD = 'Borken-Demo-2026';

interface DemoRoom {
  slug: string;
  name: string;
  capacity: number;
  accessibility: RoomAccessibility[];
  features: string[];
  setupMinutes: number;
  teardownMinutes: number;
  requiresApproval: boolean;
  /** Bookable hours per weekday (1 = Monday); Sunday closed everywhere. */
  openingHours: OpeningHours[];
  maxDaysAhead: number;
  keyLocation: string;
}

/** Monday to Friday 08:00–22:00, Saturday 09:00–`saturdayCloses`. */
function houseHours(saturdayCloses = '18:00'): OpeningHours[] {
  return [
    ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '22:00' })),
    { weekday: 6, opens: '09:00', closes: saturdayCloses },
  ];
}

/** Rooms of the Haus der Begegnung. */
export const DEMO_ROOMS: readonly DemoRoom[] = [
  {
    slug: 'grosser-saal',
    name: 'Großer Saal',
    capacity: 60,
    accessibility: ['step_free', 'hearing_loop'],
    features: ['beamer', 'sound_system', 'stage'],
    setupMinutes: 30,
    teardownMinutes: 30,
    requiresApproval: true,
    openingHours: houseHours('22:00'),
    maxDaysAhead: 180,
    keyLocation:
      'Empfang im Erdgeschoss: Schlüssel 1 gegen Unterschrift, Rückgabe in den Briefkasten neben der Eingangstür',
  },
  {
    slug: 'seminarraum',
    name: 'Seminarraum',
    capacity: 20,
    accessibility: [],
    features: ['beamer', 'whiteboard'],
    setupMinutes: 15,
    teardownMinutes: 15,
    requiresApproval: false,
    openingHours: houseHours(),
    maxDaysAhead: 365,
    keyLocation: 'Schlüsselkasten neben dem Empfang, Fach 2',
  },
  {
    slug: 'begegnungscafe',
    name: 'Küche / Begegnungscafé',
    capacity: 15,
    accessibility: [],
    features: ['kitchen', 'coffee_machine'],
    setupMinutes: 15,
    teardownMinutes: 30,
    requiresApproval: false,
    openingHours: houseHours(),
    maxDaysAhead: 365,
    keyLocation:
      'Schlüsselkasten neben dem Empfang, Fach 3; Geschirrspüler bitte vor dem Gehen starten',
  },
  {
    slug: 'beratungsraum',
    name: 'Beratungsraum',
    capacity: 4,
    accessibility: ['step_free'],
    features: ['quiet_room'],
    setupMinutes: 0,
    teardownMinutes: 0,
    requiresApproval: false,
    openingHours: houseHours()
      .filter((h) => h.weekday <= 5)
      .map((h) => ({ ...h, closes: '18:00' })),
    maxDaysAhead: 90,
    keyLocation: 'Nur über das Beratungsbüro (Raum 1.04)',
  },
  {
    slug: 'kreativraum',
    name: 'Kreativraum',
    capacity: 12,
    accessibility: [],
    features: ['sink', 'craft_supplies'],
    setupMinutes: 15,
    teardownMinutes: 30,
    requiresApproval: false,
    openingHours: houseHours(),
    maxDaysAhead: 365,
    keyLocation: 'Schlüsselkasten neben dem Empfang, Fach 5',
  },
];

interface DemoUser {
  /** Lower case; null for a resident without email (staff act for them at the desk). */
  email: string | null;
  displayName: string;
  roles: Role[];
  locale: Locale;
  /**
   * Accounts in the other states an admin meets: `invited` (made by an admin, no password yet, address not
   * confirmed) and `deactivated` (cannot sign in). Neither is a demo login.
   */
  state?: 'invited' | 'deactivated';
}

/** Two people per role, names from the town's communities, locales mixed. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'admin@demo.zusammenleben.invalid',
    displayName: 'Sabine Hüsing',
    roles: ['admin'],
    locale: 'de',
  },
  {
    email: 'admin2@demo.zusammenleben.invalid',
    displayName: 'Reza Karimi',
    roles: ['admin'],
    locale: 'fa',
  },
  {
    email: 'staff@demo.zusammenleben.invalid',
    displayName: 'Martina Terhorst',
    roles: ['staff'],
    locale: 'de',
  },
  {
    email: 'staff2@demo.zusammenleben.invalid',
    displayName: 'Olena Kovalenko',
    roles: ['staff'],
    locale: 'uk',
  },
  {
    email: 'volunteer@demo.zusammenleben.invalid',
    displayName: 'Heinz Schulte',
    roles: ['volunteer'],
    locale: 'de',
  },
  {
    email: 'volunteer2@demo.zusammenleben.invalid',
    displayName: 'Leyla Haddad',
    roles: ['volunteer'],
    locale: 'ar',
  },
  {
    email: 'organizer@demo.zusammenleben.invalid',
    displayName: 'Ahmad Al-Masri',
    roles: ['organizer'],
    locale: 'ar',
  },
  {
    email: 'organizer2@demo.zusammenleben.invalid',
    displayName: 'Anna Böing',
    roles: ['organizer'],
    locale: 'en',
  },
  {
    email: 'workshop@demo.zusammenleben.invalid',
    displayName: 'Klaus Wessels',
    roles: ['workshop'],
    locale: 'de',
  },
  {
    email: 'workshop2@demo.zusammenleben.invalid',
    displayName: 'Dmytro Shevchenko',
    roles: ['workshop'],
    locale: 'uk',
  },
  {
    email: 'resident@demo.zusammenleben.invalid',
    displayName: 'Maryam Ahmadi',
    roles: ['resident'],
    locale: 'fa',
  },
  { email: null, displayName: 'Yusuf Hamdan', roles: ['resident'], locale: 'ar' },
  {
    email: 'volunteer3@demo.zusammenleben.invalid',
    displayName: 'Gisela Tenhumberg',
    roles: ['volunteer'],
    locale: 'de',
  },
  {
    email: 'volunteer4@demo.zusammenleben.invalid',
    displayName: 'Samir Khoury',
    roles: ['volunteer'],
    locale: 'ar',
  },
  {
    email: 'volunteer5@demo.zusammenleben.invalid',
    displayName: 'Oksana Bondarenko',
    roles: ['volunteer'],
    locale: 'uk',
  },
  {
    email: 'volunteer6@demo.zusammenleben.invalid',
    displayName: 'Mehmet Yıldız',
    roles: ['volunteer'],
    locale: 'de',
  },
  {
    email: 'volunteer7@demo.zusammenleben.invalid',
    displayName: 'Bernd Wessendorf',
    roles: ['volunteer'],
    locale: 'de',
  },
  {
    email: 'volunteer8@demo.zusammenleben.invalid',
    displayName: 'Anna Overesch',
    roles: ['volunteer'],
    locale: 'de',
  },
  {
    email: 'volunteer9@demo.zusammenleben.invalid',
    displayName: 'Yasmin Saleh',
    roles: ['volunteer'],
    locale: 'ar',
  },
  {
    email: 'volunteer10@demo.zusammenleben.invalid',
    displayName: 'Klaus Hüging',
    roles: ['volunteer'],
    locale: 'de',
  },
  {
    email: 'invited@demo.zusammenleben.invalid',
    displayName: 'Jana Kleine-Büning',
    roles: ['staff'],
    locale: 'de',
    state: 'invited',
  },
  {
    email: 'deactivated@demo.zusammenleben.invalid',
    displayName: 'Thomas Rensing',
    roles: ['volunteer'],
    locale: 'de',
    state: 'deactivated',
  },
];

export interface DemoLogin {
  email: string;
  roles: Role[];
}

/** What start-up prints: every demo account that can log in (all share {@link DEMO_PASSWORD}). */
export const DEMO_LOGINS: readonly DemoLogin[] = DEMO_USERS.filter(
  (u): u is DemoUser & { email: string } => u.email !== null && u.state === undefined,
).map((u) => ({ email: u.email, roles: [...u.roles] }));

export interface SeedResult {
  roomsInserted: number;
  usersInserted: number;
  /** Patenmodell: volunteer profiles and families added. */
  volunteersInserted: number;
  familiesInserted: number;
  pairingsInserted: number;
  /** Haus der Begegnung: room bookings (dates), events and registrations added. */
  bookingsInserted: number;
  eventsInserted: number;
  registrationsInserted: number;
  /** Fahrradwerkstatt: bikes (with their histories), rentals and borrowers added. */
  bikesInserted: number;
  bikeRentalsInserted: number;
  borrowersInserted: number;
}

async function insertRooms(manager: EntityManager): Promise<number> {
  let inserted = 0;
  for (const room of DEMO_ROOMS) {
    const rows: unknown[] = await manager.query(
      `INSERT INTO "room" ("slug", "name", "capacity", "accessibility", "features", "setup_minutes", "teardown_minutes", "requires_approval")
       VALUES ($1, $2, $3, $4::text[], $5::text[], $6, $7, $8)
       ON CONFLICT ON CONSTRAINT "uq_room_slug" DO NOTHING
       RETURNING "id"`,
      [
        room.slug,
        room.name,
        room.capacity,
        room.accessibility,
        room.features,
        room.setupMinutes,
        room.teardownMinutes,
        room.requiresApproval,
      ],
    );
    inserted += rows.length;
  }
  return inserted;
}

/**
 * Opening hours, booking horizon and key location of the demo rooms, for rooms that have none yet (databases
 * seeded before the booking schema); a room staff already set up keeps its settings.
 */
async function setUpRooms(manager: EntityManager): Promise<void> {
  for (const room of DEMO_ROOMS) {
    await manager.query(
      `UPDATE "room" SET "opening_hours" = $2::jsonb, "max_days_ahead" = $3, "key_location" = $4, "updated_at" = now()
        WHERE "slug" = $1 AND "opening_hours" = '[]'::jsonb AND "key_location" IS NULL`,
      [room.slug, JSON.stringify(room.openingHours), room.maxDaysAhead, room.keyLocation],
    );
  }
}

async function insertUsers(
  manager: EntityManager,
  passwordHash: () => Promise<string>,
): Promise<number> {
  const emails = DEMO_USERS.flatMap((u) => (u.email ? [u.email] : []));
  const existing: { email: string }[] = await manager.query(
    `SELECT "email" FROM "user_account" WHERE "email" = ANY($1::text[])`,
    [emails],
  );
  const known = new Set(existing.map((row) => row.email));
  let inserted = 0;
  for (const user of DEMO_USERS) {
    // Known accounts are skipped before hashing (argon2id is deliberately slow); ON CONFLICT covers races.
    if (user.email !== null && known.has(user.email)) continue;
    // Accounts without email have no natural key in the table: match them by name among email-less rows.
    const rows: unknown[] =
      user.email === null
        ? await manager.query(
            `INSERT INTO "user_account" ("email", "display_name", "roles", "locale", "password_hash")
             SELECT NULL, $1, $2::text[], $3, NULL
             WHERE NOT EXISTS (SELECT 1 FROM "user_account" WHERE "email" IS NULL AND "display_name" = $1)
             RETURNING "id"`,
            [user.displayName, user.roles, user.locale],
          )
        : await manager.query(
            `INSERT INTO "user_account"
               ("email", "display_name", "roles", "locale", "password_hash", "email_verified_at", "is_active", "created_by_id")
             VALUES ($1, $2, $3::text[], $4, $5, CASE WHEN $6 THEN NULL ELSE now() END, $7,
                     CASE WHEN $6 THEN (SELECT "id" FROM "user_account" WHERE "email" = $8) END)
             ON CONFLICT ON CONSTRAINT "uq_user_account_email" DO NOTHING
             RETURNING "id"`,
            [
              user.email,
              user.displayName,
              user.roles,
              user.locale,
              user.state === 'invited' ? null : await passwordHash(),
              user.state === 'invited',
              user.state !== 'deactivated',
              DEMO_USERS[0].email,
            ],
          );
    inserted += rows.length;
  }
  return inserted;
}

/**
 * Loads the Borken demo data: idempotent (natural keys + ON CONFLICT DO NOTHING), so running it on
 * every start inserts nothing the second time and never overwrites edits.
 */
export async function seedDemoData(dataSource: DataSource): Promise<SeedResult> {
  let hash: Promise<string> | undefined;
  const passwordHash = (): Promise<string> => (hash ??= hashPassword(DEMO_PASSWORD));
  return dataSource.transaction(async (manager) => {
    const roomsInserted = await insertRooms(manager);
    const usersInserted = await insertUsers(manager, passwordHash);
    const sponsorship = await insertSponsorshipDemo(manager);
    await setUpRooms(manager);
    const booking = await insertBookingDemo(manager, DEMO_ROOMS);
    const workshop = await insertWorkshopDemo(manager);
    return {
      roomsInserted,
      usersInserted,
      volunteersInserted: sponsorship.volunteers,
      familiesInserted: sponsorship.families,
      pairingsInserted: sponsorship.pairings,
      bookingsInserted: booking.bookings,
      eventsInserted: booking.events,
      registrationsInserted: booking.registrations,
      bikesInserted: workshop.bikes,
      bikeRentalsInserted: workshop.rentals,
      borrowersInserted: workshop.borrowers,
    };
  });
}
