import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserSessions1795702287806 implements MigrationInterface {
  name = 'UserSessions1795702287806';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "csrf_token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "idle_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "absolute_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" text, "ip" text, CONSTRAINT "uq_user_session_token_hash" UNIQUE ("token_hash"), CONSTRAINT "pk_user_session" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_user_session_user_id" ON "user_session"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "sign_in_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email_hash" text NOT NULL, "ip" text, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_sign_in_attempt" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_sign_in_attempt_ip_attempted_at" ON "sign_in_attempt"  ("ip", "attempted_at") `);
    await queryRunner.query(`CREATE INDEX "ix_sign_in_attempt_email_hash_attempted_at" ON "sign_in_attempt"  ("email_hash", "attempted_at") `);
    await queryRunner.query(`ALTER TABLE "user_session" ADD CONSTRAINT "fk_user_session_user_id" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "fk_user_session_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_attempt_email_hash_attempted_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_sign_in_attempt_ip_attempted_at"`);
    await queryRunner.query(`DROP TABLE "sign_in_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_session_user_id"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
  }
}
