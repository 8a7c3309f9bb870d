import type { MigrationInterface, QueryRunner } from 'typeorm';

// Vocabulary as of this migration (contracts/sponsorship.ts PERSON_GENDERS); a later change needs its own
// migration that drops and re-adds the constraint.
const PERSON_GENDERS = `'female', 'male', 'diverse'`;

/**
 * The volunteer's own gender, optional and self-declared (null = not stated), so that families who wish for a
 * female or a male sponsor can be matched at all (hard filter H5). Existing profiles stay "not stated".
 */
export class VolunteerGender1795738664591 implements MigrationInterface {
  name = 'VolunteerGender1795738664591';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "volunteer" ADD "gender" text`);
    await q(`ALTER TABLE "volunteer" ADD CONSTRAINT "ck_volunteer_gender_known" CHECK ("gender" IN (${PERSON_GENDERS}))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "volunteer" DROP CONSTRAINT "ck_volunteer_gender_known"`);
    await q(`ALTER TABLE "volunteer" DROP COLUMN "gender"`);
  }
}
