import type { EntityManager } from 'typeorm';
import { insertPairingDemo } from './pairing-demo';

/**
 * Patenmodell demo data: volunteers in each vetting state and waiting families, so that a newcomer sees the
 * programme at once — staff can open a family and compute suggestions (one family has no consent yet, to show
 * the "why no candidate?" counters). Idempotent: volunteers are keyed by their account (one profile per
 * account), families by contact name. Dates are relative to the day the data is loaded.
 */

interface DemoVolunteer {
  email: string;
  status: 'approved' | 'in_vetting';
  languages: { code: string; level: 'basic' | 'good' | 'fluent' | 'native' }[];
  district: string;
  maxDistanceKm: number;
  availability: string[];
  supportAreas: string[];
  capacity: number;
  acceptsChildren: boolean;
  /** Self-declared gender; null = not stated (then only families without a preference get them). */
  gender: 'female' | 'male' | 'diverse' | null;
  about: string;
  steps: ('info_event' | 'interview' | 'training' | 'self_commitment')[];
  /** A clear certificate inspected this many days ago (issued two weeks before the inspection). */
  certificateInspectedDaysAgo?: number;
}

export const DEMO_VOLUNTEERS: readonly DemoVolunteer[] = [
  {
    email: 'volunteer3@demo.zusammenleben.invalid',
    status: 'approved',
    languages: [
      { code: 'de', level: 'native' },
      { code: 'en', level: 'good' },
    ],
    district: 'innenstadt',
    maxDistanceKm: 8,
    availability: ['tue-afternoon', 'thu-afternoon', 'sat-morning'],
    supportAreas: ['school', 'authorities', 'german'],
    capacity: 2,
    acceptsChildren: true,
    gender: 'female',
    about: 'Grundschullehrerin im Ruhestand, hilft gern bei Hausaufgaben und Briefen vom Amt.',
    steps: ['info_event', 'interview', 'training', 'self_commitment'],
    certificateInspectedDaysAgo: 120,
  },
  {
    email: 'volunteer4@demo.zusammenleben.invalid',
    status: 'approved',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'de', level: 'fluent' },
    ],
    district: 'gemen',
    maxDistanceKm: 10,
    availability: ['tue-afternoon', 'wed-evening', 'thu-afternoon'],
    supportAreas: ['authorities', 'work', 'housing'],
    capacity: 1,
    acceptsChildren: true,
    gender: 'male',
    about:
      'Kam 2015 selbst nach Borken, arbeitet als Elektriker und kennt die Wege durch die Ämter.',
    steps: ['info_event', 'interview', 'training'],
    certificateInspectedDaysAgo: 30,
  },
  {
    email: 'volunteer5@demo.zusammenleben.invalid',
    status: 'approved',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'ru', level: 'fluent' },
      { code: 'de', level: 'good' },
    ],
    district: 'weseke',
    maxDistanceKm: 6,
    availability: ['mon-evening', 'sat-morning', 'sat-afternoon'],
    supportAreas: ['german', 'leisure', 'health'],
    capacity: 1,
    acceptsChildren: false,
    gender: 'female',
    about: 'Pflegekraft, begleitet gern zu Arztterminen und übt Deutsch im Alltag.',
    steps: ['info_event', 'interview', 'training'],
  },
  {
    email: 'volunteer6@demo.zusammenleben.invalid',
    status: 'in_vetting',
    languages: [
      { code: 'tr', level: 'native' },
      { code: 'de', level: 'native' },
    ],
    district: 'hoxfeld',
    maxDistanceKm: 12,
    availability: ['fri-afternoon', 'sun-afternoon'],
    supportAreas: ['leisure', 'work'],
    capacity: 1,
    acceptsChildren: true,
    // not stated: proposed only to families without a gender preference (H5)
    gender: null,
    about: 'Trainer im Fußballverein, möchte Jugendliche in Ausbildung begleiten.',
    steps: ['info_event', 'interview'],
  },
  // volunteers 7–10 carry the demo pairings (pairing-demo.ts)
  {
    email: 'volunteer7@demo.zusammenleben.invalid',
    status: 'approved',
    languages: [
      { code: 'de', level: 'native' },
      { code: 'en', level: 'good' },
    ],
    district: 'innenstadt',
    maxDistanceKm: 10,
    availability: ['tue-evening', 'sat-morning', 'sat-afternoon'],
    supportAreas: ['authorities', 'housing', 'work', 'school'],
    capacity: 2,
    acceptsChildren: true,
    gender: 'male',
    about: 'Verwaltungsfachwirt, seit 2016 Pate; kennt Jobcenter, Wohngeld und Schulanmeldung.',
    steps: ['info_event', 'interview', 'training', 'self_commitment'],
    certificateInspectedDaysAgo: 400,
  },
  {
    email: 'volunteer8@demo.zusammenleben.invalid',
    status: 'approved',
    languages: [
      { code: 'de', level: 'native' },
      { code: 'en', level: 'fluent' },
      { code: 'ru', level: 'basic' },
    ],
    district: 'gemen',
    maxDistanceKm: 5,
    availability: ['mon-afternoon', 'wed-afternoon', 'fri-afternoon'],
    supportAreas: ['school', 'german', 'leisure'],
    capacity: 1,
    acceptsChildren: true,
    gender: 'female',
    about:
      'Studentin der Sozialen Arbeit, spielt Handball und übt gern Deutsch beim Spazierengehen.',
    steps: ['info_event', 'interview', 'training'],
    certificateInspectedDaysAgo: 60,
  },
  {
    email: 'volunteer9@demo.zusammenleben.invalid',
    status: 'approved',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'de', level: 'fluent' },
      { code: 'en', level: 'good' },
    ],
    district: 'borkenwirthe',
    maxDistanceKm: 12,
    availability: ['tue-afternoon', 'thu-evening', 'sun-afternoon'],
    supportAreas: ['health', 'authorities', 'german'],
    capacity: 2,
    acceptsChildren: true,
    gender: 'female',
    about: 'Medizinische Fachangestellte, übersetzt bei Arztterminen und hilft bei Anträgen.',
    steps: ['info_event', 'interview', 'training', 'self_commitment'],
    certificateInspectedDaysAgo: 90,
  },
  {
    // the certificate is due for re-inspection in about five months: renewal reminders are due
    email: 'volunteer10@demo.zusammenleben.invalid',
    status: 'approved',
    languages: [
      { code: 'de', level: 'native' },
      { code: 'en', level: 'good' },
    ],
    district: 'burlo',
    maxDistanceKm: 15,
    availability: ['mon-morning', 'wed-morning', 'thu-morning'],
    supportAreas: ['work', 'authorities', 'german'],
    capacity: 1,
    acceptsChildren: false,
    gender: 'male',
    about:
      'Ehemaliger Ausbildungsleiter eines Maschinenbaubetriebs, begleitet zu Bewerbungen und Praktika.',
    steps: ['info_event', 'interview', 'training'],
    certificateInspectedDaysAgo: 5 * 365 - 150,
  },
];

interface DemoFamily {
  contactName: string;
  contactChannel: 'phone' | 'messenger' | 'via_staff';
  contactPhone: string | null;
  preferredLocale: 'ar' | 'fa' | 'uk' | 'en';
  district: string;
  languages: { code: string; level: 'basic' | 'good' | 'fluent' | 'native' }[];
  members: { alias: string; ageBand: string; gender: 'female' | 'male' | null }[];
  needs: string[];
  availability: string[];
  /** Gender of the volunteer the family wishes for; absent = no preference. */
  volunteerGenderPreference?: 'female' | 'male';
  interpreterAvailable: boolean;
  urgent: boolean;
  waitingDays: number;
  consent: boolean;
}

export const DEMO_FAMILIES: readonly DemoFamily[] = [
  {
    contactName: 'Amal Al-Hassan',
    contactChannel: 'messenger',
    contactPhone: '+49 151 23456789',
    preferredLocale: 'ar',
    district: 'gemen',
    languages: [{ code: 'ar', level: 'native' }],
    members: [
      { alias: 'Amal', ageBand: '27-64', gender: 'female' },
      { alias: 'Khaled', ageBand: '27-64', gender: 'male' },
      { alias: 'Lina', ageBand: '6-11', gender: 'female' },
      { alias: 'Omar', ageBand: '12-17', gender: 'male' },
    ],
    needs: ['school', 'authorities'],
    availability: ['tue-afternoon', 'thu-afternoon'],
    interpreterAvailable: false,
    urgent: false,
    waitingDays: 45,
    consent: true,
  },
  {
    contactName: 'Zahra Hosseini',
    contactChannel: 'via_staff',
    contactPhone: null,
    preferredLocale: 'fa',
    district: 'innenstadt',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'en', level: 'basic' },
    ],
    members: [
      { alias: 'Zahra', ageBand: '27-64', gender: 'female' },
      { alias: 'Ali', ageBand: '0-5', gender: 'male' },
    ],
    needs: ['health', 'authorities'],
    availability: ['tue-afternoon', 'sat-morning'],
    interpreterAvailable: true,
    urgent: true,
    waitingDays: 10,
    consent: true,
  },
  {
    contactName: 'Iryna Melnyk',
    contactChannel: 'phone',
    contactPhone: '+49 160 9876543',
    preferredLocale: 'uk',
    district: 'weseke',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'ru', level: 'fluent' },
    ],
    members: [
      { alias: 'Iryna', ageBand: '27-64', gender: 'female' },
      { alias: 'Halyna', ageBand: '65+', gender: 'female' },
    ],
    needs: ['german', 'health', 'leisure'],
    availability: ['sat-morning', 'mon-evening'],
    // two women who wish for a Patin: the female volunteers who speak Ukrainian or Russian are proposed
    volunteerGenderPreference: 'female',
    interpreterAvailable: false,
    urgent: false,
    waitingDays: 70,
    consent: true,
  },
  {
    contactName: 'Ruth Tesfay',
    contactChannel: 'via_staff',
    contactPhone: null,
    preferredLocale: 'en',
    district: 'marbeck',
    languages: [
      { code: 'ti', level: 'native' },
      { code: 'en', level: 'basic' },
    ],
    members: [
      { alias: 'Ruth', ageBand: '18-26', gender: 'female' },
      { alias: 'Selam', ageBand: '0-5', gender: 'female' },
    ],
    needs: ['german', 'housing'],
    availability: ['wed-afternoon'],
    interpreterAvailable: true,
    urgent: false,
    waitingDays: 3,
    // consent not yet recorded: suggestions show why nobody is proposed
    consent: false,
  },
  // families 5–12 are in (or were in) the demo pairings (pairing-demo.ts)
  {
    contactName: 'Hiba Khalil',
    contactChannel: 'messenger',
    contactPhone: '+49 152 11223344',
    preferredLocale: 'ar',
    district: 'innenstadt',
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'basic' },
    ],
    members: [
      { alias: 'Hiba', ageBand: '27-64', gender: 'female' },
      { alias: 'Yousef', ageBand: '27-64', gender: 'male' },
      { alias: 'Sara', ageBand: '6-11', gender: 'female' },
    ],
    needs: ['authorities', 'school', 'housing'],
    availability: ['tue-evening', 'sat-morning'],
    interpreterAvailable: true,
    urgent: false,
    waitingDays: 170,
    consent: true,
  },
  {
    contactName: 'Mariia Tkachenko',
    contactChannel: 'phone',
    contactPhone: '+49 157 55512345',
    preferredLocale: 'uk',
    district: 'innenstadt',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'en', level: 'good' },
    ],
    members: [
      { alias: 'Mariia', ageBand: '27-64', gender: 'female' },
      { alias: 'Ivan', ageBand: '65+', gender: 'male' },
    ],
    needs: ['authorities', 'health'],
    availability: ['sat-morning', 'tue-evening'],
    interpreterAvailable: false,
    urgent: false,
    waitingDays: 25,
    consent: true,
  },
  {
    contactName: 'Nasrin Sadeghi',
    contactChannel: 'phone',
    contactPhone: '+49 171 4455667',
    preferredLocale: 'fa',
    district: 'innenstadt',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'en', level: 'good' },
    ],
    members: [
      { alias: 'Nasrin', ageBand: '27-64', gender: 'female' },
      { alias: 'Reza', ageBand: '27-64', gender: 'male' },
    ],
    needs: ['work', 'authorities'],
    availability: ['sat-afternoon'],
    interpreterAvailable: false,
    urgent: false,
    waitingDays: 360,
    consent: true,
  },
  {
    contactName: 'Svitlana Moroz',
    contactChannel: 'messenger',
    contactPhone: '+49 159 0102030',
    preferredLocale: 'uk',
    district: 'gemen',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'ru', level: 'native' },
      { code: 'en', level: 'basic' },
    ],
    members: [
      { alias: 'Svitlana', ageBand: '27-64', gender: 'female' },
      { alias: 'Maksym', ageBand: '12-17', gender: 'male' },
    ],
    needs: ['school', 'german'],
    availability: ['mon-afternoon', 'wed-afternoon'],
    interpreterAvailable: false,
    urgent: false,
    waitingDays: 50,
    consent: true,
  },
  {
    contactName: 'Fatima Rahimi',
    contactChannel: 'via_staff',
    contactPhone: null,
    preferredLocale: 'fa',
    district: 'borkenwirthe',
    languages: [
      { code: 'fa', level: 'native' },
      { code: 'de', level: 'basic' },
    ],
    members: [
      { alias: 'Fatima', ageBand: '27-64', gender: 'female' },
      { alias: 'Hamid', ageBand: '65+', gender: 'male' },
    ],
    needs: ['health', 'authorities'],
    availability: ['tue-afternoon', 'thu-evening'],
    interpreterAvailable: true,
    urgent: true,
    waitingDays: 60,
    consent: true,
  },
  {
    contactName: 'Tetiana Shevchenko',
    contactChannel: 'phone',
    contactPhone: '+49 176 33221100',
    preferredLocale: 'uk',
    district: 'borkenwirthe',
    languages: [
      { code: 'uk', level: 'native' },
      { code: 'de', level: 'good' },
    ],
    members: [
      { alias: 'Tetiana', ageBand: '27-64', gender: 'female' },
      { alias: 'Sofiia', ageBand: '0-5', gender: 'female' },
    ],
    needs: ['health', 'german'],
    availability: ['sun-afternoon', 'tue-afternoon'],
    interpreterAvailable: false,
    urgent: false,
    waitingDays: 40,
    consent: true,
  },
  {
    contactName: 'Hevin Aydin',
    contactChannel: 'messenger',
    contactPhone: '+49 155 7788990',
    preferredLocale: 'en',
    district: 'burlo',
    languages: [
      { code: 'ku', level: 'native' },
      { code: 'tr', level: 'fluent' },
      { code: 'de', level: 'basic' },
    ],
    members: [{ alias: 'Hevin', ageBand: '18-26', gender: 'female' }],
    needs: ['german', 'work'],
    availability: ['mon-morning', 'wed-morning'],
    interpreterAvailable: false,
    urgent: false,
    waitingDays: 230,
    consent: true,
  },
  {
    contactName: 'Abdi Warsame',
    contactChannel: 'phone',
    contactPhone: '+49 162 9988776',
    preferredLocale: 'en',
    district: 'burlo',
    languages: [
      { code: 'so', level: 'native' },
      { code: 'en', level: 'good' },
    ],
    members: [
      { alias: 'Abdi', ageBand: '27-64', gender: 'male' },
      { alias: 'Hodan', ageBand: '27-64', gender: 'female' },
    ],
    needs: ['work', 'authorities'],
    availability: ['mon-morning', 'thu-morning'],
    interpreterAvailable: false,
    urgent: false,
    waitingDays: 90,
    consent: true,
  },
];

const STAFF_EMAIL = 'staff@demo.zusammenleben.invalid';

async function insertVolunteers(manager: EntityManager): Promise<number> {
  let inserted = 0;
  for (const v of DEMO_VOLUNTEERS) {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO "volunteer" ("user_id", "status", "languages", "district", "max_distance_km", "availability",
                                "support_areas", "capacity", "accepts_families_with_children", "gender", "about")
       SELECT u."id", $2, $3::jsonb, $4, $5, $6::text[], $7::text[], $8, $9, $10, $11
         FROM "user_account" u WHERE u."email" = $1
       ON CONFLICT ("user_id") DO NOTHING
       RETURNING "id"`,
      [
        v.email,
        v.status,
        JSON.stringify(v.languages),
        v.district,
        v.maxDistanceKm,
        v.availability,
        v.supportAreas,
        v.capacity,
        v.acceptsChildren,
        v.gender,
        v.about,
      ],
    );
    if (rows.length === 0) continue;
    inserted += 1;
    const volunteerId = rows[0].id;
    for (const [index, kind] of v.steps.entries()) {
      await manager.query(
        `INSERT INTO "vetting_step" ("volunteer_id", "kind", "completed_on", "recorded_by_id")
         SELECT $1, $2, current_date - $3::int, (SELECT "id" FROM "user_account" WHERE "email" = $4)`,
        [volunteerId, kind, 200 - index * 20, STAFF_EMAIL],
      );
    }
    if (v.certificateInspectedDaysAgo !== undefined) {
      await manager.query(
        `INSERT INTO "conduct_certificate_check"
           ("volunteer_id", "issued_on", "inspected_on", "relevant_entry", "renewal_due_on", "recorded_by_id")
         SELECT $1, current_date - ($2::int + 14), current_date - $2::int, false,
                (current_date - ($2::int + 14) + interval '5 years')::date,
                (SELECT "id" FROM "user_account" WHERE "email" = $3)`,
        [volunteerId, v.certificateInspectedDaysAgo, STAFF_EMAIL],
      );
    }
  }
  return inserted;
}

async function insertFamilies(manager: EntityManager): Promise<number> {
  let inserted = 0;
  for (const f of DEMO_FAMILIES) {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO "family" ("contact_name", "contact_channel", "contact_phone", "preferred_locale", "district",
                             "languages", "needs", "availability", "volunteer_gender_preference",
                             "interpreter_available", "urgent", "waiting_since", "created_by_id")
       SELECT $1, $2, $3, $4, $5, $6::jsonb, $7::text[], $8::text[], $13, $9, $10,
              now() - make_interval(days => $11::int), (SELECT "id" FROM "user_account" WHERE "email" = $12)
        WHERE NOT EXISTS (SELECT 1 FROM "family" WHERE "contact_name" = $1)
       RETURNING "id"`,
      [
        f.contactName,
        f.contactChannel,
        f.contactPhone,
        f.preferredLocale,
        f.district,
        JSON.stringify(f.languages),
        f.needs,
        f.availability,
        f.interpreterAvailable,
        f.urgent,
        f.waitingDays,
        STAFF_EMAIL,
        f.volunteerGenderPreference ?? 'none',
      ],
    );
    if (rows.length === 0) continue;
    inserted += 1;
    const familyId = rows[0].id;
    for (const [position, m] of f.members.entries()) {
      await manager.query(
        `INSERT INTO "family_member" ("family_id", "alias", "age_band", "gender", "position")
         VALUES ($1, $2, $3, $4, $5)`,
        [familyId, m.alias, m.ageBand, m.gender, position],
      );
    }
    if (f.consent) {
      await manager.query(
        `INSERT INTO "family_consent" ("family_id", "text_version", "scope", "granted_on", "recorded_by_id")
         SELECT $1, 'patenschaft-2026-11', 'matching,contact-sharing', current_date - $2::int,
                (SELECT "id" FROM "user_account" WHERE "email" = $3)`,
        [familyId, f.waitingDays, STAFF_EMAIL],
      );
    }
  }
  return inserted;
}

/** Inserts what is missing; returns how many volunteer profiles, families and pairings were added. */
export async function insertSponsorshipDemo(
  manager: EntityManager,
): Promise<{ volunteers: number; families: number; pairings: number }> {
  const volunteers = await insertVolunteers(manager);
  const families = await insertFamilies(manager);
  return { volunteers, families, pairings: await insertPairingDemo(manager) };
}
