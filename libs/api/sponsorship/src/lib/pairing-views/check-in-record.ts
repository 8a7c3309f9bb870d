import type {
  CheckInEnteredBy,
  CheckInKind,
  CheckInRecord,
  NoteVisibility,
  PairingActor,
  SupportArea,
} from '@zusammen/shared/contracts';

/** Select list for a check-in `c` with its author `a` (user_account), read by {@link checkInRecordOf}. */
export const CHECK_IN_COLUMNS = `c.id, c.occurred_on::text AS occurred_on, c.kind, c.duration_minutes, c.topics,
  c.pulse, c.note, c.note_visibility, c.entered_by, c.author_id, a.display_name AS author_name, c.created_at`;

export interface CheckInRow {
  id: string;
  occurred_on: string;
  kind: CheckInKind;
  duration_minutes: number;
  topics: SupportArea[];
  pulse: number | null;
  note: string | null;
  note_visibility: NoteVisibility;
  entered_by: CheckInEnteredBy;
  author_id: string | null;
  author_name: string | null;
  created_at: Date;
}

/**
 * A contact as `viewer` sees it. A staff-only note never reaches a volunteer (invariant 8): the entry stays
 * (the contact happened), its note is dropped here, before anything is serialised.
 */
export function checkInRecordOf(row: CheckInRow, viewer: PairingActor): CheckInRecord {
  const hideNote = viewer !== 'staff' && row.note_visibility === 'staff_only';
  return {
    id: row.id,
    occurredOn: row.occurred_on,
    kind: row.kind,
    durationMinutes: row.duration_minutes,
    topics: row.topics,
    pulse: row.pulse,
    note: hideNote ? null : row.note,
    noteVisibility: row.note_visibility,
    enteredBy: row.entered_by,
    author: row.author_id ? { id: row.author_id, displayName: row.author_name ?? '' } : null,
    createdAt: row.created_at.toISOString(),
  };
}
