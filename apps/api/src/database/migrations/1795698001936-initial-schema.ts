import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Foundation schema: `btree_gist` (for the exclusion constraints of later migrations), `user_account`
 * and `room`. Written in the form `cli.js generate` produced, so `cli.js check` reports no drift.
 */
export class InitialSchema1795698001936 implements MigrationInterface {
  name = 'InitialSchema1795698001936';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE TABLE "room" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"slug" text NOT NULL, ` +
        `"name" text NOT NULL, ` +
        `"capacity" integer NOT NULL, ` +
        `"accessibility" text array NOT NULL DEFAULT '{}', ` +
        `"features" text array NOT NULL DEFAULT '{}', ` +
        `"setup_minutes" integer NOT NULL DEFAULT '0', ` +
        `"teardown_minutes" integer NOT NULL DEFAULT '0', ` +
        `"requires_approval" boolean NOT NULL DEFAULT false, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "uq_room_slug" UNIQUE ("slug"), ` +
        `CONSTRAINT "ck_room_teardown_minutes_non_negative" CHECK ("teardown_minutes" >= 0), ` +
        `CONSTRAINT "ck_room_setup_minutes_non_negative" CHECK ("setup_minutes" >= 0), ` +
        `CONSTRAINT "ck_room_accessibility_known" CHECK ("accessibility" <@ ARRAY['step_free', 'hearing_loop', 'accessible_wc']::text[]), ` +
        `CONSTRAINT "ck_room_capacity_positive" CHECK ("capacity" > 0), ` +
        `CONSTRAINT "ck_room_name_not_blank" CHECK (length(btrim("name")) > 0), ` +
        `CONSTRAINT "ck_room_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'), ` +
        `CONSTRAINT "pk_room" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "user_account" (` +
        `"id" uuid NOT NULL DEFAULT gen_random_uuid(), ` +
        `"email" text, ` +
        `"display_name" text NOT NULL, ` +
        `"roles" text array NOT NULL DEFAULT '{}', ` +
        `"locale" text NOT NULL DEFAULT 'de', ` +
        `"password_hash" text, ` +
        `"is_active" boolean NOT NULL DEFAULT true, ` +
        `"created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `"updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "uq_user_account_email" UNIQUE ("email"), ` +
        `CONSTRAINT "ck_user_account_locale_supported" CHECK ("locale" IN ('de', 'en', 'ar', 'uk', 'fa')), ` +
        `CONSTRAINT "ck_user_account_roles_known" CHECK ("roles" <@ ARRAY['admin', 'staff', 'volunteer', 'organizer', 'workshop', 'resident']::text[]), ` +
        `CONSTRAINT "ck_user_account_display_name_not_blank" CHECK (length(btrim("display_name")) > 0), ` +
        `CONSTRAINT "ck_user_account_email_lower_case" CHECK ("email" = lower("email")), ` +
        `CONSTRAINT "pk_user_account" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP TABLE "room"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
