import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events (issue 6): a waiting-list entry remembers the client's Idempotency-Key (a replayed registration that
 * ended on the waiting list returns the same entry), and a date remembers when its minimum-participants check
 * ran (the job decides once per date, however often it runs).
 */
export class EventRegistrationExtras1795751753602 implements MigrationInterface {
  name = 'EventRegistrationExtras1795751753602';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "waitlist_entry" ADD "idempotency_key" text`);
    await q(`CREATE UNIQUE INDEX "uq_waitlist_entry_idempotency" ON "waitlist_entry" ("created_by_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`);
    await q(`ALTER TABLE "event_occurrence" ADD "min_checked_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "event_occurrence" DROP COLUMN "min_checked_at"`);
    await q(`DROP INDEX "uq_waitlist_entry_idempotency"`);
    await q(`ALTER TABLE "waitlist_entry" DROP COLUMN "idempotency_key"`);
  }
}
