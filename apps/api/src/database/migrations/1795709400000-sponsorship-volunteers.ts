import type { MigrationInterface, QueryRunner } from 'typeorm';

// The vocabularies as they are today (libs/shared/contracts/src/lib/sponsorship.ts). A later change of a
// vocabulary needs its own migration that drops and re-adds the constraint, so the lists are frozen here.
const STATUSES = `'registered', 'in_vetting', 'approved', 'rejected', 'withdrawn', 'paused', 'inactive'`;
const DISTRICTS = `'innenstadt', 'gemen', 'weseke', 'burlo', 'borkenwirthe', 'marbeck', 'hoxfeld', 'rhedebruegge', 'gruetlohn', 'westenborken', 'gemenwirthe', 'hovesath'`;
const SLOTS = `'mon-morning', 'mon-afternoon', 'mon-evening', 'tue-morning', 'tue-afternoon', 'tue-evening', 'wed-morning', 'wed-afternoon', 'wed-evening', 'thu-morning', 'thu-afternoon', 'thu-evening', 'fri-morning', 'fri-afternoon', 'fri-evening', 'sat-morning', 'sat-afternoon', 'sat-evening', 'sun-morning', 'sun-afternoon', 'sun-evening'`;
const SUPPORT_AREAS = `'authorities', 'school', 'german', 'leisure', 'work', 'housing', 'health'`;
const GENDER_PREFERENCES = `'none', 'female', 'male'`;
const VETTING_STEP_KINDS = `'info_event', 'interview', 'training', 'self_commitment'`;

/**
 * Patenmodell, volunteer side: `volunteer` (one per account), `vetting_step` (one per kind) and the § 72a
 * ledger `conduct_certificate_check` (one current entry per volunteer; dates and yes/no only, no file column;
 * invariant 5 as a CHECK).
 */
export class SponsorshipVolunteers1795709400000 implements MigrationInterface {
  name = 'SponsorshipVolunteers1795709400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "volunteer" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"user_id" uuid NOT NULL, ` +
        `"status" text NOT NULL DEFAULT 'registered', ` +
        `"languages" jsonb NOT NULL, ` +
        `"district" text NOT NULL, ` +
        `"max_distance_km" integer NOT NULL, ` +
        `"availability" text array NOT NULL DEFAULT '{}', ` +
        `"support_areas" text array NOT NULL DEFAULT '{}', ` +
        `"capacity" integer NOT NULL DEFAULT 1, ` +
        `"accepts_families_with_children" boolean NOT NULL, ` +
        `"gender_preference" text NOT NULL DEFAULT 'none', ` +
        `"about" text NOT NULL DEFAULT '', ` +
        `"status_reason" text, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "uq_volunteer_user_id" UNIQUE ("user_id"), ` +
        `CONSTRAINT "ck_volunteer_status_known" CHECK ("status" IN (${STATUSES})), ` +
        `CONSTRAINT "ck_volunteer_languages_array" CHECK (jsonb_typeof("languages") = 'array'), ` +
        `CONSTRAINT "ck_volunteer_district_known" CHECK ("district" IN (${DISTRICTS})), ` +
        `CONSTRAINT "ck_volunteer_max_distance_km_range" CHECK ("max_distance_km" BETWEEN 1 AND 30), ` +
        `CONSTRAINT "ck_volunteer_availability_known" CHECK ("availability" <@ ARRAY[${SLOTS}]::text[]), ` +
        `CONSTRAINT "ck_volunteer_support_areas_known" CHECK ("support_areas" <@ ARRAY[${SUPPORT_AREAS}]::text[]), ` +
        `CONSTRAINT "ck_volunteer_capacity_range" CHECK ("capacity" BETWEEN 1 AND 5), ` +
        `CONSTRAINT "ck_volunteer_gender_preference_known" CHECK ("gender_preference" IN (${GENDER_PREFERENCES})), ` +
        `CONSTRAINT "ck_volunteer_about_length" CHECK (length("about") <= 1000), ` +
        `CONSTRAINT "ck_volunteer_status_reason_length" CHECK (length("status_reason") <= 500), ` +
        `CONSTRAINT "pk_volunteer" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_volunteer_status" ON "volunteer" ("status") `);
    await queryRunner.query(
      `CREATE TABLE "vetting_step" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"volunteer_id" uuid NOT NULL, ` +
        `"kind" text NOT NULL, ` +
        `"completed_on" date NOT NULL, ` +
        `"recorded_by_id" uuid, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "uq_vetting_step_volunteer_id_kind" UNIQUE ("volunteer_id", "kind"), ` +
        `CONSTRAINT "ck_vetting_step_kind_known" CHECK ("kind" IN (${VETTING_STEP_KINDS})), ` +
        `CONSTRAINT "pk_vetting_step" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "conduct_certificate_check" (` +
        `"volunteer_id" uuid NOT NULL, ` +
        `"issued_on" date NOT NULL, ` +
        `"inspected_on" date NOT NULL, ` +
        `"relevant_entry" boolean NOT NULL, ` +
        `"renewal_due_on" date NOT NULL, ` +
        `"recorded_by_id" uuid, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "ck_conduct_certificate_check_issued_within_three_months" CHECK ("issued_on" BETWEEN "inspected_on" - interval '3 months' AND "inspected_on"), ` +
        `CONSTRAINT "ck_conduct_certificate_check_renewal_after_issue" CHECK ("renewal_due_on" > "issued_on"), ` +
        `CONSTRAINT "pk_conduct_certificate_check" PRIMARY KEY ("volunteer_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "volunteer" ADD CONSTRAINT "fk_volunteer_user_id" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vetting_step" ADD CONSTRAINT "fk_vetting_step_volunteer_id" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "vetting_step" ADD CONSTRAINT "fk_vetting_step_recorded_by_id" FOREIGN KEY ("recorded_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conduct_certificate_check" ADD CONSTRAINT "fk_conduct_certificate_check_volunteer_id" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conduct_certificate_check" ADD CONSTRAINT "fk_conduct_certificate_check_recorded_by_id" FOREIGN KEY ("recorded_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "conduct_certificate_check" DROP CONSTRAINT "fk_conduct_certificate_check_recorded_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "conduct_certificate_check" DROP CONSTRAINT "fk_conduct_certificate_check_volunteer_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "vetting_step" DROP CONSTRAINT "fk_vetting_step_recorded_by_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "vetting_step" DROP CONSTRAINT "fk_vetting_step_volunteer_id"`,
    );
    await queryRunner.query(`ALTER TABLE "volunteer" DROP CONSTRAINT "fk_volunteer_user_id"`);
    await queryRunner.query(`DROP TABLE "conduct_certificate_check"`);
    await queryRunner.query(`DROP TABLE "vetting_step"`);
    await queryRunner.query(`DROP INDEX "ix_volunteer_status"`);
    await queryRunner.query(`DROP TABLE "volunteer"`);
  }
}
