import type { MigrationInterface, QueryRunner } from 'typeorm';

// Vocabularies as of this migration (contracts/sponsorship.ts, locale.ts). Check constraints are compared by
// name only, so a later change of a vocabulary needs its own migration that drops and re-adds the constraint.
const CONTACT_CHANNELS = `'phone', 'sms', 'messenger', 'email', 'via_staff'`;
const LOCALES = `'de', 'en', 'ar', 'uk', 'fa'`;
const DISTRICTS = `'innenstadt', 'gemen', 'weseke', 'burlo', 'borkenwirthe', 'marbeck', 'hoxfeld', 'rhedebruegge', 'gruetlohn', 'westenborken', 'gemenwirthe', 'hovesath'`;
const SUPPORT_AREAS = `'authorities', 'school', 'german', 'leisure', 'work', 'housing', 'health'`;
const SLOTS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
  .flatMap((day) => ['morning', 'afternoon', 'evening'].map((part) => `'${day}-${part}'`))
  .join(', ');
const GENDER_PREFERENCES = `'none', 'female', 'male'`;
const FAMILY_STATUSES = `'waiting', 'in_pairing', 'closed'`;
const AGE_BANDS = `'0-5', '6-11', '12-17', '18-26', '27-64', '65+'`;
const MEMBER_GENDERS = `'female', 'male', 'diverse'`;

/** Families of the Patenmodell: the household, its members (alias + age band) and its consent history. */
export class SponsorshipFamilies1795709500000 implements MigrationInterface {
  name = 'SponsorshipFamilies1795709500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "family" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "contact_name" text NOT NULL,
      "contact_channel" text NOT NULL,
      "contact_phone" text,
      "preferred_locale" text NOT NULL,
      "district" text NOT NULL,
      "languages" jsonb NOT NULL,
      "needs" text array NOT NULL DEFAULT '{}',
      "availability" text array NOT NULL DEFAULT '{}',
      "volunteer_gender_preference" text NOT NULL DEFAULT 'none',
      "interpreter_available" boolean NOT NULL DEFAULT false,
      "urgent" boolean NOT NULL DEFAULT false,
      "staff_note" text,
      "status" text NOT NULL DEFAULT 'waiting',
      "waiting_since" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "created_by_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_family" PRIMARY KEY ("id"),
      CONSTRAINT "ck_family_contact_name_length" CHECK (length(btrim("contact_name")) > 0 AND length("contact_name") <= 100),
      CONSTRAINT "ck_family_contact_channel_known" CHECK ("contact_channel" IN (${CONTACT_CHANNELS})),
      CONSTRAINT "ck_family_contact_phone_length" CHECK (length("contact_phone") <= 32),
      CONSTRAINT "ck_family_preferred_locale_supported" CHECK ("preferred_locale" IN (${LOCALES})),
      CONSTRAINT "ck_family_district_known" CHECK ("district" IN (${DISTRICTS})),
      CONSTRAINT "ck_family_languages_array" CHECK (jsonb_typeof("languages") = 'array'),
      CONSTRAINT "ck_family_needs_known" CHECK ("needs" <@ ARRAY[${SUPPORT_AREAS}]::text[]),
      CONSTRAINT "ck_family_availability_known" CHECK ("availability" <@ ARRAY[${SLOTS}]::text[]),
      CONSTRAINT "ck_family_volunteer_gender_preference_known" CHECK ("volunteer_gender_preference" IN (${GENDER_PREFERENCES})),
      CONSTRAINT "ck_family_staff_note_length" CHECK (length("staff_note") <= 2000),
      CONSTRAINT "ck_family_status_known" CHECK ("status" IN (${FAMILY_STATUSES}))
    )`);
    // The waiting list: by status, longest waiting first.
    await queryRunner.query(
      `CREATE INDEX "ix_family_status_waiting_since" ON "family" ("status", "waiting_since")`,
    );
    await queryRunner.query(`CREATE TABLE "family_member" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "family_id" uuid NOT NULL,
      "alias" text NOT NULL,
      "age_band" text NOT NULL,
      "gender" text,
      "position" integer NOT NULL,
      CONSTRAINT "pk_family_member" PRIMARY KEY ("id"),
      CONSTRAINT "uq_family_member_family_id_position" UNIQUE ("family_id", "position"),
      CONSTRAINT "ck_family_member_alias_length" CHECK (length(btrim("alias")) > 0 AND length("alias") <= 60),
      CONSTRAINT "ck_family_member_age_band_known" CHECK ("age_band" IN (${AGE_BANDS})),
      CONSTRAINT "ck_family_member_gender_known" CHECK ("gender" IN (${MEMBER_GENDERS})),
      CONSTRAINT "ck_family_member_position_not_negative" CHECK ("position" >= 0)
    )`);
    await queryRunner.query(`CREATE TABLE "family_consent" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "family_id" uuid NOT NULL,
      "text_version" text NOT NULL,
      "scope" text NOT NULL,
      "granted_on" date NOT NULL,
      "withdrawn_on" date,
      "recorded_by_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_family_consent" PRIMARY KEY ("id"),
      CONSTRAINT "ck_family_consent_text_version_length" CHECK (length(btrim("text_version")) > 0 AND length("text_version") <= 60),
      CONSTRAINT "ck_family_consent_scope_length" CHECK (length(btrim("scope")) > 0 AND length("scope") <= 200),
      CONSTRAINT "ck_family_consent_withdrawn_after_granted" CHECK ("withdrawn_on" IS NULL OR "withdrawn_on" >= "granted_on")
    )`);
    await queryRunner.query(
      `CREATE INDEX "ix_family_consent_family_id" ON "family_consent" ("family_id")`,
    );
    // At most one active (not withdrawn) consent per family.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_family_consent_family_id_active" ON "family_consent" ("family_id") WHERE "withdrawn_on" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "family" ADD CONSTRAINT "fk_family_created_by_id" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "family_member" ADD CONSTRAINT "fk_family_member_family_id" FOREIGN KEY ("family_id") REFERENCES "family"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "family_consent" ADD CONSTRAINT "fk_family_consent_family_id" FOREIGN KEY ("family_id") REFERENCES "family"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "family_consent" ADD CONSTRAINT "fk_family_consent_recorded_by_id" FOREIGN KEY ("recorded_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "family_consent"`);
    await queryRunner.query(`DROP TABLE "family_member"`);
    await queryRunner.query(`DROP TABLE "family"`);
  }
}
