import type { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES_BEFORE = `'mail-check'`;
const TYPES_AFTER = `'mail-check', 'email-verification', 'account-exists', 'password-reset', 'password-changed', 'account-invitation'`;

export class AccountLifecycle1795705744484 implements MigrationInterface {
  name = 'AccountLifecycle1795705744484';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_account_token_token_hash" UNIQUE ("token_hash"), CONSTRAINT "ck_account_token_purpose_known" CHECK ("purpose" IN ('verify-email', 'reset-password', 'invitation')), CONSTRAINT "pk_account_token" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_account_token_user_id_purpose" ON "account_token"  ("user_id", "purpose") `);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "on_behalf_of_id" uuid, "action" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text, "details" jsonb NOT NULL DEFAULT '{}', "request_id" text, CONSTRAINT "ck_audit_event_action_format" CHECK ("action" ~ '^[a-z]+(\\.[a-z-]+)+$'), CONSTRAINT "pk_audit_event" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_actor_id" ON "audit_event"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_subject" ON "audit_event"  ("subject_type", "subject_id") `);
    await queryRunner.query(`CREATE INDEX "ix_audit_event_occurred_at" ON "audit_event"  ("occurred_at") `);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "created_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD "notification_email_opt_outs" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "ck_user_account_erased_is_anonymous" CHECK ("erased_at" IS NULL OR ("email" IS NULL AND "phone" IS NULL AND "password_hash" IS NULL AND NOT "is_active"))`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "ck_user_account_email_opt_outs_known" CHECK ("notification_email_opt_outs" <@ ARRAY['sponsorship', 'events', 'bikes']::text[])`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "fk_user_account_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "account_token" ADD CONSTRAINT "fk_account_token_user_id" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Accounts that existed before verification was introduced (seeded, demo) count as verified.
    await queryRunner.query(`UPDATE "user_account" SET "email_verified_at" = "created_at" WHERE "email" IS NOT NULL`);
    // New notification types of the account lifecycle (check constraints are compared by name only).
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_type_known"`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_type_known" CHECK ("type" IN (${TYPES_AFTER}))`);
    // The audit log is append-only for everyone, the application's own role included.
    await queryRunner.query(`CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "tr_audit_event_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"()`);
    await queryRunner.query(`CREATE TRIGGER "tr_audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_audit_event_no_truncate" ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER "tr_audit_event_no_update_delete" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_append_only"()`);
    await queryRunner.query(`DELETE FROM "notification" WHERE "type" NOT IN (${TYPES_BEFORE})`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_type_known"`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_type_known" CHECK ("type" IN (${TYPES_BEFORE}))`);
    await queryRunner.query(`ALTER TABLE "account_token" DROP CONSTRAINT "fk_account_token_user_id"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "fk_user_account_created_by_id"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "ck_user_account_email_opt_outs_known"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "ck_user_account_erased_is_anonymous"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "notification_email_opt_outs"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "created_by_id"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "last_sign_in_at"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "erased_at"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "email_verified_at"`);
    await queryRunner.query(`DROP INDEX "ix_audit_event_occurred_at"`);
    await queryRunner.query(`DROP INDEX "ix_audit_event_subject"`);
    await queryRunner.query(`DROP INDEX "ix_audit_event_actor_id"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "ix_account_token_user_id_purpose"`);
    await queryRunner.query(`DROP TABLE "account_token"`);
  }
}
