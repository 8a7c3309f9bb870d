import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationOutbox1795700473020 implements MigrationInterface {
  name = 'NotificationOutbox1795700473020';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "idempotency_key" text NOT NULL, "type" text NOT NULL, "channel" text NOT NULL, "recipient_id" uuid NOT NULL, "locale" text NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "deliver_after" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "queued_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_notification_idempotency_key" UNIQUE ("idempotency_key"), CONSTRAINT "ck_notification_attempts_non_negative" CHECK ("attempts" >= 0), CONSTRAINT "ck_notification_status_known" CHECK ("status" IN ('pending', 'queued', 'sent', 'failed', 'cancelled')), CONSTRAINT "ck_notification_locale_supported" CHECK ("locale" IN ('de', 'en', 'ar', 'uk', 'fa')), CONSTRAINT "ck_notification_channel_known" CHECK ("channel" IN ('email', 'sms', 'in_app')), CONSTRAINT "ck_notification_type_known" CHECK ("type" IN ('mail-check')), CONSTRAINT "pk_notification" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_notification_recipient" ON "notification" ("recipient_id", "created_at" DESC)`);
    await queryRunner.query(`CREATE INDEX "ix_notification_due" ON "notification" ("deliver_after") WHERE "status" IN ('pending', 'queued')`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_recipient" FOREIGN KEY ("recipient_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_recipient"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_recipient"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
