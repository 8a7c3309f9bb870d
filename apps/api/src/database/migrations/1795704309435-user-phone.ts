import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserPhone1795704309435 implements MigrationInterface {
  name = 'UserPhone1795704309435';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_account" ADD "phone" text`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "ck_user_account_phone_length" CHECK (length("phone") <= 32)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "ck_user_account_phone_length"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "phone"`);
  }
}
