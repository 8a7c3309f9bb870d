import { loadMatchFamily, loadMatchVolunteer } from '@zusammen/api/sponsorship';
import type {
  CheckInKind,
  EndReason,
  PairingAction,
  PairingState,
} from '@zusammen/shared/contracts';
import { DEFAULT_MATCH_WEIGHTS, districtDistanceKm, scorePair } from '@zusammen/shared/util';
import type { EntityManager } from 'typeorm';

/**
 * Patenmodell pairings for the demo: one in every state with a believable history, so staff see the
 * "needs attention" queue filled (an offer waiting for an answer, an active pairing without contact for
 * weeks) and volunteers see their own pairing pages. Scores are computed by the matching core from the
 * demo profiles, as an offer would store them. Idempotent: a pairing is keyed by volunteer and family.
 */

interface DemoStep {
  action: PairingAction | 'offer';
  daysAgo: number;
  /** Who acted: the coordinator (default) or the volunteer. */
  by?: 'volunteer';
  reason?: string;
  note?: string;
}

interface DemoCheckIn {
  daysAgo: number;
  kind: CheckInKind;
  minutes: number;
  topics: string[];
  pulse?: number;
  note?: string;
  by?: 'staff' | 'proxy';
  staffOnly?: boolean;
}

interface DemoPairing {
  volunteerEmail: string;
  familyName: string;
  commitmentMonths: 6 | 12;
  steps: DemoStep[];
  checkIns?: DemoCheckIn[];
  /** schedule_intro: the first meeting this many days ahead, at 17:00 Borken time. */
  introInDays?: number;
  pausedForDays?: number;
  endReason?: EndReason;
}

const STAFF_EMAIL = 'staff@demo.zusammenleben.invalid';
const INTRO_PLACE = 'Haus der Begegnung, Raum 2 (Heidener Straße)';

export const DEMO_PAIRINGS: readonly DemoPairing[] = [
  {
    // active for months, but the last contact is 25 days old: "no contact" in the attention queue
    volunteerEmail: 'volunteer7@demo.zusammenleben.invalid',
    familyName: 'Hiba Khalil',
    commitmentMonths: 12,
    steps: [
      { action: 'offer', daysAgo: 140 },
      { action: 'accept', daysAgo: 138, by: 'volunteer' },
      { action: 'schedule_intro', daysAgo: 137 },
      { action: 'hold_intro', daysAgo: 130 },
      { action: 'confirm', daysAgo: 100, note: 'Beide möchten weitermachen; Termine dienstags.' },
    ],
    checkIns: [
      { daysAgo: 127, kind: 'meeting', minutes: 90, topics: ['authorities'], pulse: 4 },
      {
        daysAgo: 120,
        kind: 'accompaniment',
        minutes: 120,
        topics: ['authorities', 'housing'],
        pulse: 4,
      },
      { daysAgo: 113, kind: 'meeting', minutes: 60, topics: ['school'], pulse: 5 },
      { daysAgo: 105, kind: 'phone', minutes: 20, topics: ['school'], pulse: 4 },
      { daysAgo: 80, kind: 'meeting', minutes: 90, topics: ['german', 'school'], pulse: 4 },
      {
        daysAgo: 52,
        kind: 'meeting',
        minutes: 60,
        topics: ['work'],
        pulse: 3,
        by: 'proxy',
        note: 'Rückmeldung der Familie über die Sprachmittlerin: zufrieden, wünscht Hilfe bei der Jobsuche.',
      },
      {
        daysAgo: 25,
        kind: 'accompaniment',
        minutes: 150,
        topics: ['health'],
        pulse: 4,
        by: 'staff',
        staffOnly: true,
        note: 'Telefonat mit Herrn Wessendorf: viel Arbeit, möchte aber weitermachen.',
      },
    ],
  },
  {
    volunteerEmail: 'volunteer7@demo.zusammenleben.invalid',
    familyName: 'Mariia Tkachenko',
    commitmentMonths: 6,
    steps: [
      { action: 'offer', daysAgo: 4 },
      { action: 'accept', daysAgo: 2, by: 'volunteer' },
    ],
  },
  {
    volunteerEmail: 'volunteer7@demo.zusammenleben.invalid',
    familyName: 'Nasrin Sadeghi',
    commitmentMonths: 6,
    steps: [
      { action: 'offer', daysAgo: 330 },
      { action: 'accept', daysAgo: 328, by: 'volunteer' },
      { action: 'schedule_intro', daysAgo: 327 },
      { action: 'hold_intro', daysAgo: 320 },
      { action: 'confirm', daysAgo: 290 },
      {
        action: 'end',
        daysAgo: 40,
        reason: 'completed',
        note: 'Familie kommt gut allein zurecht.',
      },
    ],
    checkIns: [
      { daysAgo: 318, kind: 'meeting', minutes: 90, topics: ['authorities'], pulse: 4 },
      { daysAgo: 310, kind: 'meeting', minutes: 60, topics: ['german'], pulse: 4 },
      { daysAgo: 300, kind: 'meeting', minutes: 60, topics: ['german'], pulse: 5 },
      { daysAgo: 200, kind: 'meeting', minutes: 120, topics: ['work'], pulse: 5 },
      { daysAgo: 60, kind: 'meeting', minutes: 60, topics: ['leisure'], pulse: 5 },
    ],
    endReason: 'completed',
  },
  {
    volunteerEmail: 'volunteer8@demo.zusammenleben.invalid',
    familyName: 'Svitlana Moroz',
    commitmentMonths: 6,
    steps: [
      { action: 'offer', daysAgo: 30 },
      { action: 'accept', daysAgo: 29, by: 'volunteer' },
      { action: 'schedule_intro', daysAgo: 27 },
      { action: 'hold_intro', daysAgo: 20 },
    ],
    checkIns: [
      { daysAgo: 13, kind: 'meeting', minutes: 60, topics: ['german', 'school'], pulse: 4 },
      { daysAgo: 6, kind: 'meeting', minutes: 75, topics: ['leisure'], pulse: 5 },
    ],
  },
  {
    volunteerEmail: 'volunteer8@demo.zusammenleben.invalid',
    familyName: 'Fatima Rahimi',
    commitmentMonths: 6,
    steps: [
      { action: 'offer', daysAgo: 35 },
      { action: 'decline', daysAgo: 33, by: 'volunteer', reason: 'distance' },
    ],
  },
  {
    // waiting for the volunteer's answer for over a week: "offer waiting"
    volunteerEmail: 'volunteer9@demo.zusammenleben.invalid',
    familyName: 'Fatima Rahimi',
    commitmentMonths: 6,
    steps: [{ action: 'offer', daysAgo: 9 }],
  },
  {
    volunteerEmail: 'volunteer9@demo.zusammenleben.invalid',
    familyName: 'Tetiana Shevchenko',
    commitmentMonths: 12,
    steps: [
      { action: 'offer', daysAgo: 8 },
      { action: 'accept', daysAgo: 7, by: 'volunteer' },
      { action: 'schedule_intro', daysAgo: 5 },
    ],
    introInDays: 3,
  },
  {
    volunteerEmail: 'volunteer10@demo.zusammenleben.invalid',
    familyName: 'Hevin Aydin',
    commitmentMonths: 6,
    steps: [
      { action: 'offer', daysAgo: 200 },
      { action: 'accept', daysAgo: 198, by: 'volunteer' },
      { action: 'schedule_intro', daysAgo: 196 },
      { action: 'hold_intro', daysAgo: 190 },
      { action: 'confirm', daysAgo: 160 },
      { action: 'end', daysAgo: 60, reason: 'contact_faded', note: 'Treffen sind eingeschlafen.' },
    ],
    checkIns: [
      { daysAgo: 185, kind: 'meeting', minutes: 60, topics: ['german'], pulse: 3 },
      { daysAgo: 175, kind: 'meeting', minutes: 60, topics: ['german'], pulse: 3 },
      { daysAgo: 165, kind: 'message', minutes: 10, topics: ['german'], pulse: 2 },
      { daysAgo: 120, kind: 'phone', minutes: 15, topics: ['leisure'], pulse: 2 },
    ],
    endReason: 'contact_faded',
  },
  {
    volunteerEmail: 'volunteer10@demo.zusammenleben.invalid',
    familyName: 'Abdi Warsame',
    commitmentMonths: 12,
    steps: [
      { action: 'offer', daysAgo: 58 },
      { action: 'accept', daysAgo: 57, by: 'volunteer' },
      { action: 'schedule_intro', daysAgo: 55 },
      { action: 'hold_intro', daysAgo: 50 },
      { action: 'confirm', daysAgo: 28 },
      { action: 'pause', daysAgo: 10, by: 'volunteer', note: 'Knie-OP, etwa drei Wochen.' },
    ],
    checkIns: [
      { daysAgo: 47, kind: 'meeting', minutes: 90, topics: ['work'], pulse: 4 },
      { daysAgo: 40, kind: 'accompaniment', minutes: 120, topics: ['authorities'], pulse: 4 },
      { daysAgo: 33, kind: 'meeting', minutes: 60, topics: ['work'], pulse: 5 },
      { daysAgo: 20, kind: 'meeting', minutes: 60, topics: ['work'], pulse: 4 },
    ],
    pausedForDays: 20,
  },
];

const TO_STATE: Record<DemoStep['action'], PairingState> = {
  offer: 'offered',
  accept: 'accepted',
  decline: 'declined',
  schedule_intro: 'intro_scheduled',
  hold_intro: 'trial',
  confirm: 'active',
  pause: 'paused',
  resume: 'active',
  end: 'ended',
};

const idOf = async (manager: EntityManager, sql: string, key: string): Promise<string | null> => {
  const rows: { id: string }[] = await manager.query(sql, [key]);
  return rows[0]?.id ?? null;
};

async function insertPairing(manager: EntityManager, p: DemoPairing): Promise<boolean> {
  const volunteerId = await idOf(
    manager,
    `SELECT v.id FROM volunteer v JOIN user_account u ON u.id = v.user_id WHERE u.email = $1`,
    p.volunteerEmail,
  );
  const familyId = await idOf(
    manager,
    `SELECT id FROM family WHERE contact_name = $1`,
    p.familyName,
  );
  if (!volunteerId || !familyId) return false;
  const [{ exists }]: { exists: boolean }[] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM pairing WHERE volunteer_id = $1 AND family_id = $2) AS exists`,
    [volunteerId, familyId],
  );
  if (exists) return false;
  const volunteer = await loadMatchVolunteer(manager, volunteerId);
  const family = await loadMatchFamily(manager, familyId);
  if (!volunteer || !family) return false;
  const [{ user_id: volunteerUserId }]: { user_id: string }[] = await manager.query(
    `SELECT user_id FROM volunteer WHERE id = $1`,
    [volunteerId],
  );
  const staffId = await idOf(manager, `SELECT id FROM user_account WHERE email = $1`, STAFF_EMAIL);

  const offeredDaysAgo = p.steps[0].daysAgo;
  const [{ today }]: { today: string }[] = await manager.query(
    `SELECT (current_date - $1::int)::text AS today`,
    [offeredDaysAgo],
  );
  const score = scorePair(volunteer.volunteer, family.family, DEFAULT_MATCH_WEIGHTS, today);
  const [{ id: runId }]: { id: string }[] = await manager.query(
    `INSERT INTO match_run (kind, settings_version, weights, family_count, volunteer_count, total_score,
                            component_shares, duration_ms, created_by_id, created_at)
     VALUES ('single', 1, $1::jsonb, 1, 1, $2, $3::jsonb, 0, $4, now() - make_interval(days => $5::int))
     RETURNING id`,
    [
      JSON.stringify(
        Object.fromEntries(Object.entries(score.components).map(([k, c]) => [k, c.weight])),
      ),
      score.total,
      JSON.stringify(
        Object.fromEntries(
          Object.entries(score.components).map(([k, c]) => [
            k,
            score.total > 0 ? c.contribution / score.total : 0,
          ]),
        ),
      ),
      staffId,
      offeredDaysAgo,
    ],
  );
  const [{ id: proposalId }]: { id: string }[] = await manager.query(
    `INSERT INTO match_proposal (run_id, family_id, volunteer_id, score, breakdown, distance_km, status,
                                 decided_by_id, decided_at, created_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, 'offered', $7, now() - make_interval(days => $8::int),
             now() - make_interval(days => $8::int))
     RETURNING id`,
    [
      runId,
      familyId,
      volunteerId,
      score.total,
      JSON.stringify(score),
      Math.round(districtDistanceKm(volunteer.row.district, family.row.district) * 10) / 10,
      staffId,
      offeredDaysAgo,
    ],
  );

  const day = (action: DemoStep['action']) => p.steps.find((s) => s.action === action)?.daysAgo;
  const last = p.steps[p.steps.length - 1];
  const state = TO_STATE[last.action];
  const [{ id: pairingId }]: { id: string }[] = await manager.query(
    `INSERT INTO pairing (volunteer_id, family_id, proposal_id, coordinator_id, state, state_since,
                          commitment_months, intro_at, intro_place, trial_started_on, active_since,
                          paused_until, ended_on, end_kind, end_reason, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6::int), $7,
             CASE WHEN $8::int IS NULL THEN NULL
                  ELSE ((current_date + $8::int)::timestamp + interval '17 hours') AT TIME ZONE 'Europe/Berlin' END,
             CASE WHEN $8::int IS NULL AND $9::int IS NULL THEN NULL ELSE $10 END,
             current_date - $9::int, current_date - $11::int, current_date + $12::int,
             current_date - $13::int, $14, $15,
             now() - make_interval(days => $16::int), now() - make_interval(days => $6::int))
     RETURNING id`,
    [
      volunteerId,
      familyId,
      proposalId,
      staffId,
      state,
      last.daysAgo,
      p.commitmentMonths,
      state === 'intro_scheduled' ? (p.introInDays ?? 3) : null,
      day('hold_intro') ?? null,
      INTRO_PLACE,
      day('confirm') ?? null,
      state === 'paused' ? (p.pausedForDays ?? 14) : null,
      state === 'ended' ? last.daysAgo : null,
      state === 'ended'
        ? day('confirm') === undefined
          ? 'trial_not_continued'
          : p.endReason === 'completed'
            ? 'planned'
            : 'premature'
        : null,
      state === 'ended' ? (p.endReason ?? null) : null,
      offeredDaysAgo,
    ],
  );
  let from: PairingState | null = null;
  for (const step of p.steps) {
    const to = TO_STATE[step.action];
    await manager.query(
      `INSERT INTO pairing_transition (pairing_id, from_state, to_state, action, at, by_id, reason, note)
       VALUES ($1, $2, $3, $4, now() - make_interval(days => $5::int), $6, $7, $8)`,
      [
        pairingId,
        from,
        to,
        step.action,
        step.daysAgo,
        step.by === 'volunteer' ? volunteerUserId : staffId,
        step.reason ?? null,
        step.note ?? null,
      ],
    );
    from = to;
  }
  for (const c of p.checkIns ?? []) {
    await manager.query(
      `INSERT INTO check_in (pairing_id, occurred_on, kind, duration_minutes, topics, pulse, note,
                             note_visibility, entered_by, author_id, created_at)
       VALUES ($1, current_date - $2::int, $3, $4, $5::text[], $6, $7, $8, $9, $10,
               now() - make_interval(days => $2::int))`,
      [
        pairingId,
        c.daysAgo,
        c.kind,
        c.minutes,
        c.topics,
        c.pulse ?? null,
        c.note ?? null,
        c.staffOnly ? 'staff_only' : 'shared',
        c.by ?? 'volunteer',
        c.by ? staffId : volunteerUserId,
      ],
    );
  }
  const excluded =
    state === 'declined'
      ? 'declined'
      : state === 'ended' && p.endReason !== 'completed'
        ? 'dissolved'
        : null;
  if (excluded) {
    await manager.query(
      `INSERT INTO pair_exclusion (volunteer_id, family_id, cause, pairing_id, created_by_id)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [volunteerId, familyId, excluded, pairingId, staffId],
    );
  }
  // the family follows its newest pairing: open → in a pairing; completed → closed; otherwise waiting again
  const familyStatus =
    state === 'ended' && p.endReason === 'completed'
      ? 'closed'
      : state === 'declined' || state === 'ended'
        ? 'waiting'
        : 'in_pairing';
  await manager.query(
    `UPDATE family SET status = $2,
            waiting_since = CASE WHEN $3 THEN now() - make_interval(days => $4::int) ELSE waiting_since END
      WHERE id = $1`,
    [familyId, familyStatus, state === 'ended' && familyStatus === 'waiting', last.daysAgo],
  );
  return true;
}

/** Inserts the demo pairings that are missing (after the volunteers and families); returns how many. */
export async function insertPairingDemo(manager: EntityManager): Promise<number> {
  let inserted = 0;
  for (const pairing of DEMO_PAIRINGS) if (await insertPairing(manager, pairing)) inserted += 1;
  return inserted;
}
