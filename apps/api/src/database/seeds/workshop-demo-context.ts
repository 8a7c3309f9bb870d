import { INSPECTION_TEMPLATE_V1, type Locale } from '@zusammen/shared/contracts';
import { addDays, localDateOf, zonedInstant } from '@zusammen/shared/util';
import type { EntityManager } from 'typeorm';

/** What the workshop demo writers share: ids of the demo accounts, settings, and dates relative to the seed. */
export interface WorkshopDemoContext {
  manager: EntityManager;
  now: Date;
  today: string;
  users: Map<string, string>;
  workers: Map<string, { id: string; programme: string }>;
  borrowers: Map<string, { id: string; locale: Locale }>;
  settings: {
    validityDays: number;
    feeCents: number;
    depositCents: number;
    contractType: string;
    contractVersion: number;
  };
}

const TZ = 'Europe/Berlin';

/** Thrown inside a scenario to roll it back to its savepoint (a row could not be written). */
export class SkipScenario extends Error {}

/** The local date `day` days from the seed date. */
export const dateOf = (ctx: WorkshopDemoContext, day: number): string => addDays(ctx.today, day);

/** An instant on the local date `day` days from the seed date, never after the seed time. */
export function instantOf(ctx: WorkshopDemoContext, day: number, time = '10:00'): Date {
  const instant = zonedInstant(addDays(ctx.today, day), time, TZ);
  return instant > ctx.now ? new Date(ctx.now.getTime() - 60_000) : instant;
}

/** `YYYY-MM-DD` plus six months (§ 548 BGB claim deadline), clamped to the month's last day. */
export function sixMonthsAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y, m + 6, 0)).getUTCDate();
  return new Date(Date.UTC(y, m + 5, Math.min(d, last))).toISOString().slice(0, 10);
}

/** Checklist v1 answers: every item passes (the optional quick-release n.a.), except the failed ones. */
export function checklist(failed: readonly string[] = []): Record<string, string> {
  return Object.fromEntries(
    INSPECTION_TEMPLATE_V1.map((item) => [
      item.key,
      failed.includes(item.key) ? 'fail' : item.mandatory ? 'pass' : 'na',
    ]),
  );
}

export function userOf(ctx: WorkshopDemoContext, email: string): string {
  const id = ctx.users.get(email);
  if (!id) throw new SkipScenario(`demo account ${email} missing`);
  return id;
}

/** Runs one scenario in a savepoint: all of it or nothing; returns whether it was written. */
export async function inSavepoint(
  manager: EntityManager,
  work: () => Promise<void>,
): Promise<boolean> {
  await manager.query('SAVEPOINT workshop_demo_scenario');
  try {
    await work();
    await manager.query('RELEASE SAVEPOINT workshop_demo_scenario');
    return true;
  } catch (error) {
    await manager.query('ROLLBACK TO SAVEPOINT workshop_demo_scenario');
    if (error instanceof SkipScenario) return false;
    throw error;
  }
}

export async function loadContext(manager: EntityManager, now: Date): Promise<WorkshopDemoContext> {
  const users: { id: string; email: string }[] = await manager.query(
    `SELECT id, email FROM user_account WHERE email LIKE '%@demo.zusammenleben.invalid'`,
  );
  const [settings]: {
    inspection_validity_days: number;
    fee_cents: number;
    deposit_cents: number;
    contract_type: string;
    contract_version: number;
  }[] = await manager.query(
    `SELECT inspection_validity_days, fee_cents, deposit_cents, contract_type, contract_version
       FROM workshop_settings WHERE id = 1`,
  );
  return {
    manager,
    now,
    today: localDateOf(now, TZ),
    users: new Map(users.map((u) => [u.email, u.id])),
    workers: new Map(),
    borrowers: new Map(),
    settings: {
      validityDays: settings?.inspection_validity_days ?? 30,
      feeCents: settings?.fee_cents ?? 500,
      depositCents: settings?.deposit_cents ?? 2000,
      contractType: settings?.contract_type ?? 'miete',
      contractVersion: settings?.contract_version ?? 1,
    },
  };
}
