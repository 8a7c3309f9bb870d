import { QueryFailedError, type EntityManager } from 'typeorm';
import { FamilyNotFoundException } from '../family/family.exception';
import { todayInBorken } from '../volunteer/calendar-dates';
import { VolunteerNotFoundException } from '../volunteer/volunteer.exception';
import type { TransitionClock } from './pairing-transition-rules';

/**
 * Row locks of the pairing commands, always taken in this order — volunteer, family, proposal or pairing — so
 * two commands never wait for each other in a cycle (sponsorship.md § 6, "Offer transaction").
 */

export interface LockedVolunteer {
  id: string;
  user_id: string;
}

export async function lockVolunteerRow(
  manager: EntityManager,
  volunteerId: string,
): Promise<LockedVolunteer> {
  const [row]: LockedVolunteer[] = await manager.query(
    `SELECT id, user_id FROM volunteer WHERE id = $1 FOR UPDATE`,
    [volunteerId],
  );
  if (!row) throw new VolunteerNotFoundException();
  return row;
}

export async function lockFamilyRow(manager: EntityManager, familyId: string): Promise<void> {
  const [row]: { id: string }[] = await manager.query(
    `SELECT id FROM family WHERE id = $1 FOR UPDATE`,
    [familyId],
  );
  if (!row) throw new FamilyNotFoundException();
}

/** The database's clock (as consent and certificate dates are checked), with Borken's date. */
export async function databaseClock(manager: EntityManager): Promise<TransitionClock> {
  const [{ now }]: { now: Date }[] = await manager.query(`SELECT now() AS now`);
  return { now, today: todayInBorken(now) };
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: unknown; constraint?: unknown };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
