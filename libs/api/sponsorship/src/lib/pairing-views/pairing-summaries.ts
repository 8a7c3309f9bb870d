import type { PairingSummary } from '@zusammen/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { CurrentSponsorshipSettings } from '../settings/current-settings';
import { attentionReasons } from './attention-rules';
import {
  ATTENTION_INPUT_COLUMNS,
  ATTENTION_INPUTS_JOIN,
  type AttentionInputRow,
  attentionInputsOf,
} from './attention-sql';
import { volunteerMaySeeFamilyContact } from './pairing-detail';
import { STATE_SINCE_KEY_SQL } from './pairing-list-cursor';
import type { PairingViewer } from './pairing-viewer';

/** The list clock: one instant for every row, and Borken's date at it. */
export interface ViewClock {
  now: Date;
  today: string;
}

export interface SummaryRow extends AttentionInputRow {
  id: string;
  state_since_key: string;
  family_id: string;
  contact_name: string;
  district: PairingSummary['family']['district'];
  volunteer_id: string;
  volunteer_name: string;
  coordinator_id: string | null;
  coordinator_name: string | null;
  check_in_count: number;
}

/**
 * Rows of PairingSummary for `where` (conditions on `p`, `f`, `u` and `contacts`), newest state change first.
 * `params` are the query's positional parameters; `limit` is appended as the last one.
 */
export function querySummaryRows(
  manager: EntityManager,
  where: readonly string[],
  params: unknown[],
  options: { orderBy?: string; limit?: number } = {},
): Promise<SummaryRow[]> {
  const limit = options.limit === undefined ? '' : `LIMIT $${params.push(options.limit)}`;
  return manager.query(
    `SELECT p.id, ${STATE_SINCE_KEY_SQL} AS state_since_key, ${ATTENTION_INPUT_COLUMNS},
            p.family_id, f.contact_name, f.district, p.volunteer_id, u.display_name AS volunteer_name,
            p.coordinator_id, co.display_name AS coordinator_name
       FROM pairing p
       ${ATTENTION_INPUTS_JOIN}
       JOIN family f ON f.id = p.family_id
       JOIN volunteer v ON v.id = p.volunteer_id
       JOIN user_account u ON u.id = v.user_id
       LEFT JOIN user_account co ON co.id = p.coordinator_id
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${options.orderBy ?? 'p.state_since DESC, p.id'}
      ${limit}`,
    params,
  );
}

export function toPairingSummary(
  row: SummaryRow,
  settings: Pick<CurrentSponsorshipSettings, 'noContactDays' | 'trialMeetingsRequired'>,
  now: Date,
  viewer: PairingViewer['kind'] = 'staff',
): PairingSummary {
  const shareName = viewer === 'staff' || volunteerMaySeeFamilyContact(row.state);
  return {
    id: row.id,
    state: row.state,
    family: {
      id: row.family_id,
      contactName: shareName ? row.contact_name : null,
      district: row.district,
    },
    volunteer: { id: row.volunteer_id, displayName: row.volunteer_name },
    coordinator: row.coordinator_id
      ? { id: row.coordinator_id, displayName: row.coordinator_name ?? '' }
      : null,
    stateSince: row.state_since.toISOString(),
    lastContactOn: row.last_contact_on,
    checkInCount: row.check_in_count,
    attention: attentionReasons(attentionInputsOf(row), settings, now),
  };
}
