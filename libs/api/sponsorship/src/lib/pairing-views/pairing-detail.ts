import {
  allowedPairingActions,
  type CheckInRecord,
  type FamilyMember,
  type PairingDetail,
  type PairingState,
  type PairingTransitionRecord,
} from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { loadCurrentSettings } from '../settings/current-settings';
import { attentionReasons } from './attention-rules';
import {
  ATTENTION_INPUT_COLUMNS,
  ATTENTION_INPUTS_JOIN,
  type AttentionInputRow,
  attentionInputsOf,
} from './attention-sql';
import { checkInRecordOf, CHECK_IN_COLUMNS, type CheckInRow } from './check-in-record';
import type { PairingViewer } from './pairing-viewer';

/** The volunteer learns how to reach the family only once the first meeting is being arranged (§ 2). */
const CONTACT_HIDDEN_FROM_VOLUNTEER: readonly PairingState[] = ['offered', 'accepted', 'declined'];

/** The family's name, first names and contact details reach the volunteer once the first meeting is arranged. */
export function volunteerMaySeeFamilyContact(state: PairingState): boolean {
  return !CONTACT_HIDDEN_FROM_VOLUNTEER.includes(state);
}

interface DetailRow extends AttentionInputRow {
  id: string;
  commitment_months: 6 | 12;
  family_id: string;
  contact_name: string;
  district: PairingDetail['family']['district'];
  languages: PairingDetail['family']['languages'];
  needs: PairingDetail['family']['needs'];
  contact_channel: PairingDetail['family']['contactChannel'];
  contact_phone: string | null;
  volunteer_id: string;
  volunteer_user_id: string;
  volunteer_name: string;
  volunteer_email: string | null;
  volunteer_phone: string | null;
  coordinator_id: string | null;
  coordinator_name: string | null;
  intro_place: string | null;
  active_since: string | null;
  paused_until: string | null;
  ended_on: string | null;
  end_kind: PairingDetail['endKind'];
  end_reason: PairingDetail['endReason'];
  proposal_id: string;
  score: number;
  settings_version: number | null;
  override_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

interface TransitionRow {
  from_state: PairingState | null;
  to_state: PairingState;
  action: PairingTransitionRecord['action'];
  at: Date;
  by_id: string | null;
  by_name: string | null;
  reason: string | null;
  note: string | null;
}

/**
 * One pairing as `viewer` may see it, or null when it does not exist or (for a volunteer) is not theirs.
 * Raw SQL on purpose: the command services call this after their writes in the same transaction.
 */
export async function loadPairingDetail(
  manager: EntityManager,
  pairingId: string,
  viewer: PairingViewer,
  now: Date = new Date(),
): Promise<PairingDetail | null> {
  const [row]: DetailRow[] = await manager.query(
    `SELECT p.id, p.commitment_months, p.family_id, p.volunteer_id, p.coordinator_id, p.intro_place,
            p.active_since::text AS active_since, p.paused_until::text AS paused_until,
            p.ended_on::text AS ended_on, p.end_kind, p.end_reason, p.proposal_id, p.created_at, p.updated_at,
            ${ATTENTION_INPUT_COLUMNS},
            f.contact_name, f.district, f.languages, f.needs, f.contact_channel, f.contact_phone,
            v.user_id AS volunteer_user_id, u.display_name AS volunteer_name, u.email AS volunteer_email,
            u.phone AS volunteer_phone, co.display_name AS coordinator_name,
            m.score, m.reason AS override_reason, r.settings_version
       FROM pairing p
       ${ATTENTION_INPUTS_JOIN}
       JOIN family f ON f.id = p.family_id
       JOIN volunteer v ON v.id = p.volunteer_id
       JOIN user_account u ON u.id = v.user_id
       LEFT JOIN user_account co ON co.id = p.coordinator_id
       JOIN match_proposal m ON m.id = p.proposal_id
       JOIN match_run r ON r.id = m.run_id
      WHERE p.id = $1 AND ($2::uuid IS NULL OR p.volunteer_id = $2::uuid)`,
    [pairingId, viewer.kind === 'volunteer' ? viewer.volunteerId : null],
  );
  if (!row) return null;
  const isStaff = viewer.kind === 'staff';

  const members: FamilyMember[] = await manager.query(
    `SELECT alias, age_band AS "ageBand" FROM family_member WHERE family_id = $1 ORDER BY position`,
    [row.family_id],
  );
  const transitions: TransitionRow[] = await manager.query(
    `SELECT t.from_state, t.to_state, t.action, t.at, t.by_id, b.display_name AS by_name, t.reason, t.note
       FROM pairing_transition t LEFT JOIN user_account b ON b.id = t.by_id
      WHERE t.pairing_id = $1 ORDER BY t.id`,
    [pairingId],
  );
  const checkIns: CheckInRow[] = await manager.query(
    `SELECT ${CHECK_IN_COLUMNS} FROM check_in c LEFT JOIN user_account a ON a.id = c.author_id
      WHERE c.pairing_id = $1 ORDER BY c.occurred_on DESC, c.created_at DESC, c.id DESC`,
    [pairingId],
  );
  const settings = await loadCurrentSettings(manager);

  const history: PairingTransitionRecord[] = transitions.map((t) => ({
    from: t.from_state,
    to: t.to_state,
    action: t.action,
    at: t.at.toISOString(),
    by: t.by_id ? { id: t.by_id, displayName: t.by_name ?? '' } : null,
    reason: t.reason,
    note: isStaff || (t.by_id !== null && t.by_id === row.volunteer_user_id) ? t.note : null,
  }));
  const shareContact = isStaff || volunteerMaySeeFamilyContact(row.state);
  const checkInRecords: CheckInRecord[] = checkIns.map((c) => checkInRecordOf(c, viewer.kind));

  return {
    id: row.id,
    state: row.state,
    commitmentMonths: row.commitment_months,
    family: {
      id: row.family_id,
      contactName: shareContact ? row.contact_name : null,
      district: row.district,
      languages: row.languages,
      members: shareContact ? members : members.map((member) => ({ ...member, alias: null })),
      needs: row.needs,
      contactChannel: shareContact ? row.contact_channel : null,
      contactPhone: shareContact ? row.contact_phone : null,
    },
    volunteer: {
      id: row.volunteer_id,
      displayName: row.volunteer_name,
      email: isStaff ? row.volunteer_email : null,
      phone: isStaff ? row.volunteer_phone : null,
    },
    coordinator: row.coordinator_id
      ? { id: row.coordinator_id, displayName: row.coordinator_name ?? '' }
      : null,
    introAt: row.intro_at?.toISOString() ?? null,
    introPlace: row.intro_place,
    trialStartedOn: row.trial_started_on,
    activeSince: row.active_since,
    pausedUntil: row.paused_until,
    endedOn: row.ended_on,
    endKind: row.end_kind,
    endReason: row.end_reason,
    proposal: {
      id: row.proposal_id,
      score: Number(row.score),
      weightsVersion: row.settings_version ?? 0,
      overrideReason: row.override_reason,
    },
    history,
    checkIns: checkInRecords,
    allowedActions: allowedPairingActions(row.state, viewer.kind),
    trialMeetings: { done: row.trial_meetings_done, required: settings.trialMeetingsRequired },
    attention: attentionReasons(attentionInputsOf(row), settings, now),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
