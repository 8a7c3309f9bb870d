import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: helper C (family, family_member, family_consent) writes the statements. */
export class SponsorshipFamilies1795709500000 implements MigrationInterface {
  name = 'SponsorshipFamilies1795709500000';

  public async up(_queryRunner: QueryRunner): Promise<void> {
    // filled in by the helper
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    // filled in by the helper
  }
}
