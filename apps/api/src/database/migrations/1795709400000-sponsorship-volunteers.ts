import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder: helper B (volunteer, vetting_step, conduct_certificate_check) writes the statements. */
export class SponsorshipVolunteers1795709400000 implements MigrationInterface {
  name = 'SponsorshipVolunteers1795709400000';

  public async up(_queryRunner: QueryRunner): Promise<void> {
    // filled in by the helper
  }

  public async down(_queryRunner: QueryRunner): Promise<void> {
    // filled in by the helper
  }
}
