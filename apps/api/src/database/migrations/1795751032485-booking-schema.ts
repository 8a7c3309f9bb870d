import type { MigrationInterface, QueryRunner } from 'typeorm';

// Notification vocabulary as of this migration (contracts/notification.ts).
const TYPES_BEFORE = `'mail-check', 'email-verification', 'account-exists', 'password-reset', 'password-changed', 'account-invitation', 'pairing-offered', 'pairing-transition', 'pairing-no-contact', 'sponsorship-digest', 'certificate-renewal'`;
const TYPES_AFTER = `${TYPES_BEFORE}, 'booking-decision', 'registration-confirmed', 'waitlist-offer', 'event-reminder', 'event-changed', 'event-cancelled'`;

/**
 * Haus der Begegnung (booking.md § 2): room opening hours and booking horizon, booking series, room bookings
 * with the no-overlap exclusion constraint over `blocked` (buffers included), organizer quotas, events and
 * their dates with seat counts, registrations, waiting-list entries and secret calendar feeds.
 */
export class BookingSchema1795751032485 implements MigrationInterface {
  name = 'BookingSchema1795751032485';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_type_known"`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_type_known" CHECK ("type" IN (${TYPES_AFTER}))`);
    await queryRunner.query(`CREATE TABLE "booking_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "room_id" uuid NOT NULL, "organizer_id" uuid, "title" text NOT NULL, "rrule" text NOT NULL, "tzid" text NOT NULL DEFAULT 'Europe/Berlin', "local_start_date" date NOT NULL, "local_start_time" TIME NOT NULL, "local_end_time" TIME NOT NULL, "exdates" date array NOT NULL DEFAULT '{}', "materialised_until" date NOT NULL, "status" text NOT NULL DEFAULT 'active', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_booking_series_rrule_not_blank" CHECK (length(btrim("rrule")) > 0), CONSTRAINT "ck_booking_series_times_ordered" CHECK ("local_end_time" > "local_start_time"), CONSTRAINT "ck_booking_series_status_known" CHECK ("status" IN ('active', 'cancelled')), CONSTRAINT "pk_booking_series" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_booking_series_organizer_id" ON "booking_series"  ("organizer_id") `);
    await queryRunner.query(`CREATE INDEX "ix_booking_series_room_id" ON "booking_series"  ("room_id") `);
    await queryRunner.query(`CREATE TABLE "organizer_quota" ("organizer_id" uuid NOT NULL, "weekly_minutes" integer NOT NULL, "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_organizer_quota_weekly_minutes_range" CHECK ("weekly_minutes" BETWEEN 0 AND 10080), CONSTRAINT "pk_organizer_quota" PRIMARY KEY ("organizer_id"))`);
    await queryRunner.query(`CREATE TABLE "room_booking" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "room_id" uuid NOT NULL, "kind" text NOT NULL DEFAULT 'booking', "organizer_id" uuid, "title" text NOT NULL, "series_id" uuid, "recurrence_date" date, "is_override" boolean NOT NULL DEFAULT false, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "blocked" tstzrange NOT NULL, "status" text NOT NULL, "hold_expires_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_room_booking_held_expires" CHECK (("status" = 'held') = ("hold_expires_at" IS NOT NULL)), CONSTRAINT "ck_room_booking_title_length" CHECK (length("title") BETWEEN 1 AND 200), CONSTRAINT "ck_room_booking_blocked_half_open" CHECK (lower_inc("blocked") AND NOT upper_inc("blocked") AND lower("blocked") <= "starts_at" AND upper("blocked") >= "ends_at"), CONSTRAINT "ck_room_booking_times_ordered" CHECK ("ends_at" > "starts_at"), CONSTRAINT "ck_room_booking_status_known" CHECK ("status" IN ('held', 'pending', 'confirmed', 'rejected', 'cancelled', 'expired', 'released')), CONSTRAINT "ck_room_booking_kind_known" CHECK ("kind" IN ('booking', 'blackout')), CONSTRAINT "ex_room_booking_no_overlap" EXCLUDE USING gist ("room_id" WITH =, "blocked" WITH &&) WHERE ("status" IN ('held', 'pending', 'confirmed')), CONSTRAINT "pk_room_booking" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_room_booking_status" ON "room_booking"  ("status") `);
    await queryRunner.query(`CREATE INDEX "ix_room_booking_organizer_id_starts_at" ON "room_booking"  ("organizer_id", "starts_at") `);
    await queryRunner.query(`CREATE INDEX "ix_room_booking_room_id_starts_at" ON "room_booking"  ("room_id", "starts_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_room_booking_idempotency" ON "room_booking"  ("created_by_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_room_booking_series_recurrence" ON "room_booking"  ("series_id", "recurrence_date") WHERE "series_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "booking_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organizer_id" uuid, "series_id" uuid, "title" jsonb NOT NULL, "description" jsonb NOT NULL DEFAULT '{}', "audience" text NOT NULL DEFAULT 'everyone', "public" boolean NOT NULL DEFAULT true, "languages_spoken" text array NOT NULL DEFAULT '{}', "capacity" integer NOT NULL, "requires_approval" boolean NOT NULL DEFAULT false, "waitlist_enabled" boolean NOT NULL DEFAULT true, "min_participants" integer, "min_decision_hours" integer NOT NULL DEFAULT '48', "registration_opens_at" TIMESTAMP WITH TIME ZONE, "registration_closes_minutes_before" integer NOT NULL DEFAULT '0', "offer_hold_hours" integer NOT NULL DEFAULT '12', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_event_offer_hold_hours_range" CHECK ("offer_hold_hours" BETWEEN 1 AND 72), CONSTRAINT "ck_event_closes_minutes_range" CHECK ("registration_closes_minutes_before" BETWEEN 0 AND 20160), CONSTRAINT "ck_event_min_decision_hours_range" CHECK ("min_decision_hours" BETWEEN 1 AND 336), CONSTRAINT "ck_event_min_participants_range" CHECK ("min_participants" IS NULL OR ("min_participants" > 0 AND "min_participants" <= "capacity")), CONSTRAINT "ck_event_capacity_positive" CHECK ("capacity" > 0), CONSTRAINT "ck_event_description_object" CHECK (jsonb_typeof("description") = 'object'), CONSTRAINT "ck_event_title_has_german" CHECK (jsonb_typeof("title") = 'object' AND length(btrim("title"->>'de')) > 0), CONSTRAINT "ck_event_languages_known" CHECK ("languages_spoken" <@ ARRAY['de', 'en', 'ar', 'uk', 'fa']::text[]), CONSTRAINT "ck_event_audience_known" CHECK ("audience" IN ('everyone', 'women', 'families', 'children', 'youth', 'seniors', 'volunteers')), CONSTRAINT "pk_event" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_event_organizer_id" ON "booking_event"  ("organizer_id") `);
    await queryRunner.query(`CREATE TABLE "event_occurrence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "room_booking_id" uuid NOT NULL, "room_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "seats_taken" integer NOT NULL DEFAULT '0', "status" text NOT NULL DEFAULT 'scheduled', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_event_occurrence_room_booking_id" UNIQUE ("room_booking_id"), CONSTRAINT "ck_event_occurrence_times_ordered" CHECK ("ends_at" > "starts_at"), CONSTRAINT "ck_event_occurrence_seats_within_capacity" CHECK ("seats_taken" >= 0 AND "seats_taken" <= "capacity"), CONSTRAINT "ck_event_occurrence_capacity_positive" CHECK ("capacity" > 0), CONSTRAINT "ck_event_occurrence_status_known" CHECK ("status" IN ('scheduled', 'cancelled', 'cancelled_min_not_reached')), CONSTRAINT "pk_event_occurrence" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_event_occurrence_starts_at" ON "event_occurrence"  ("starts_at") `);
    await queryRunner.query(`CREATE INDEX "ix_event_occurrence_event_id_starts_at" ON "event_occurrence"  ("event_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "registration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurrence_id" uuid NOT NULL, "person_id" uuid, "contact_name" text, "contact_phone" text, "party_size" integer NOT NULL, "channel" text NOT NULL DEFAULT 'web', "locale" text NOT NULL DEFAULT 'de', "status" text NOT NULL, "checked_in_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "idempotency_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_registration_contact_phone_length" CHECK (length("contact_phone") BETWEEN 3 AND 40), CONSTRAINT "ck_registration_contact_name_length" CHECK (length("contact_name") BETWEEN 1 AND 120), CONSTRAINT "ck_registration_party_size_range" CHECK ("party_size" BETWEEN 1 AND 10), CONSTRAINT "ck_registration_locale_supported" CHECK ("locale" IN ('de', 'en', 'ar', 'uk', 'fa')), CONSTRAINT "ck_registration_channel_known" CHECK ("channel" IN ('web', 'desk')), CONSTRAINT "ck_registration_status_known" CHECK ("status" IN ('requested', 'confirmed', 'checked_in', 'no_show', 'cancelled', 'declined')), CONSTRAINT "pk_registration" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_registration_person_id" ON "registration"  ("person_id") `);
    await queryRunner.query(`CREATE INDEX "ix_registration_occurrence_id_status" ON "registration"  ("occurrence_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_registration_idempotency" ON "registration"  ("created_by_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_registration_occurrence_person_active" ON "registration"  ("occurrence_id", "person_id") WHERE "person_id" IS NOT NULL AND "status" IN ('requested', 'confirmed', 'checked_in')`);
    await queryRunner.query(`CREATE TABLE "waitlist_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurrence_id" uuid NOT NULL, "person_id" uuid, "contact_name" text, "contact_phone" text, "locale" text NOT NULL DEFAULT 'de', "party_size" integer NOT NULL, "priority" integer NOT NULL DEFAULT '0', "status" text NOT NULL DEFAULT 'waiting', "offered_seats" integer, "offer_expires_at" TIMESTAMP WITH TIME ZONE, "registration_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_waitlist_entry_contact_phone_length" CHECK (length("contact_phone") BETWEEN 3 AND 40), CONSTRAINT "ck_waitlist_entry_contact_name_length" CHECK (length("contact_name") BETWEEN 1 AND 120), CONSTRAINT "ck_waitlist_entry_offered_seats_range" CHECK ("offered_seats" IS NULL OR ("offered_seats" BETWEEN 1 AND "party_size")), CONSTRAINT "ck_waitlist_entry_offer_complete" CHECK (("status" = 'offered') = ("offered_seats" IS NOT NULL AND "offer_expires_at" IS NOT NULL)), CONSTRAINT "ck_waitlist_entry_party_size_range" CHECK ("party_size" BETWEEN 1 AND 10), CONSTRAINT "ck_waitlist_entry_locale_supported" CHECK ("locale" IN ('de', 'en', 'ar', 'uk', 'fa')), CONSTRAINT "ck_waitlist_entry_status_known" CHECK ("status" IN ('waiting', 'offered', 'accepted', 'declined', 'expired', 'withdrawn', 'closed')), CONSTRAINT "pk_waitlist_entry" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_waitlist_entry_person_id" ON "waitlist_entry"  ("person_id") `);
    await queryRunner.query(`CREATE INDEX "ix_waitlist_entry_offer_expires_at" ON "waitlist_entry"  ("offer_expires_at") WHERE "status" = 'offered'`);
    await queryRunner.query(`CREATE INDEX "ix_waitlist_entry_occurrence_order" ON "waitlist_entry"  ("occurrence_id", "status", "priority", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_waitlist_entry_occurrence_person_open" ON "waitlist_entry"  ("occurrence_id", "person_id") WHERE "person_id" IS NOT NULL AND "status" IN ('waiting', 'offered')`);
    await queryRunner.query(`CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_id" uuid NOT NULL, "kind" text NOT NULL, "room_id" uuid, "token_hash" text NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_calendar_feed_token_hash" UNIQUE ("token_hash"), CONSTRAINT "ck_calendar_feed_room_for_room_kind" CHECK (("kind" = 'room') = ("room_id" IS NOT NULL)), CONSTRAINT "ck_calendar_feed_kind_known" CHECK ("kind" IN ('personal', 'room')), CONSTRAINT "pk_calendar_feed" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_calendar_feed_owner_id" ON "calendar_feed"  ("owner_id") `);
    await queryRunner.query(`ALTER TABLE "room" ADD "opening_hours" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "room" ADD "max_days_ahead" integer NOT NULL DEFAULT '365'`);
    await queryRunner.query(`ALTER TABLE "room" ADD "key_location" text`);
    await queryRunner.query(`ALTER TABLE "room" ADD CONSTRAINT "ck_room_max_days_ahead_range" CHECK ("max_days_ahead" BETWEEN 1 AND 730)`);
    await queryRunner.query(`ALTER TABLE "room" ADD CONSTRAINT "ck_room_opening_hours_array" CHECK (jsonb_typeof("opening_hours") = 'array')`);
    await queryRunner.query(`ALTER TABLE "booking_series" ADD CONSTRAINT "fk_booking_series_room_id" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "booking_series" ADD CONSTRAINT "fk_booking_series_organizer_id" FOREIGN KEY ("organizer_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organizer_quota" ADD CONSTRAINT "fk_organizer_quota_organizer_id" FOREIGN KEY ("organizer_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "room_booking" ADD CONSTRAINT "fk_room_booking_room_id" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "room_booking" ADD CONSTRAINT "fk_room_booking_organizer_id" FOREIGN KEY ("organizer_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "room_booking" ADD CONSTRAINT "fk_room_booking_series_id" FOREIGN KEY ("series_id") REFERENCES "booking_series"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "booking_event" ADD CONSTRAINT "fk_event_organizer_id" FOREIGN KEY ("organizer_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "booking_event" ADD CONSTRAINT "fk_event_series_id" FOREIGN KEY ("series_id") REFERENCES "booking_series"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_occurrence" ADD CONSTRAINT "fk_event_occurrence_event_id" FOREIGN KEY ("event_id") REFERENCES "booking_event"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "event_occurrence" ADD CONSTRAINT "fk_event_occurrence_room_booking_id" FOREIGN KEY ("room_booking_id") REFERENCES "room_booking"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registration" ADD CONSTRAINT "fk_registration_occurrence_id" FOREIGN KEY ("occurrence_id") REFERENCES "event_occurrence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registration" ADD CONSTRAINT "fk_registration_person_id" FOREIGN KEY ("person_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "waitlist_entry" ADD CONSTRAINT "fk_waitlist_entry_occurrence_id" FOREIGN KEY ("occurrence_id") REFERENCES "event_occurrence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "waitlist_entry" ADD CONSTRAINT "fk_waitlist_entry_person_id" FOREIGN KEY ("person_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "fk_calendar_feed_owner_id" FOREIGN KEY ("owner_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "fk_calendar_feed_room_id" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "type" NOT IN (${TYPES_BEFORE})`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_type_known"`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_type_known" CHECK ("type" IN (${TYPES_BEFORE}))`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "fk_calendar_feed_room_id"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "fk_calendar_feed_owner_id"`);
    await queryRunner.query(`ALTER TABLE "waitlist_entry" DROP CONSTRAINT "fk_waitlist_entry_person_id"`);
    await queryRunner.query(`ALTER TABLE "waitlist_entry" DROP CONSTRAINT "fk_waitlist_entry_occurrence_id"`);
    await queryRunner.query(`ALTER TABLE "registration" DROP CONSTRAINT "fk_registration_person_id"`);
    await queryRunner.query(`ALTER TABLE "registration" DROP CONSTRAINT "fk_registration_occurrence_id"`);
    await queryRunner.query(`ALTER TABLE "event_occurrence" DROP CONSTRAINT "fk_event_occurrence_room_booking_id"`);
    await queryRunner.query(`ALTER TABLE "event_occurrence" DROP CONSTRAINT "fk_event_occurrence_event_id"`);
    await queryRunner.query(`ALTER TABLE "booking_event" DROP CONSTRAINT "fk_event_series_id"`);
    await queryRunner.query(`ALTER TABLE "booking_event" DROP CONSTRAINT "fk_event_organizer_id"`);
    await queryRunner.query(`ALTER TABLE "room_booking" DROP CONSTRAINT "fk_room_booking_series_id"`);
    await queryRunner.query(`ALTER TABLE "room_booking" DROP CONSTRAINT "fk_room_booking_organizer_id"`);
    await queryRunner.query(`ALTER TABLE "room_booking" DROP CONSTRAINT "fk_room_booking_room_id"`);
    await queryRunner.query(`ALTER TABLE "organizer_quota" DROP CONSTRAINT "fk_organizer_quota_organizer_id"`);
    await queryRunner.query(`ALTER TABLE "booking_series" DROP CONSTRAINT "fk_booking_series_organizer_id"`);
    await queryRunner.query(`ALTER TABLE "booking_series" DROP CONSTRAINT "fk_booking_series_room_id"`);
    await queryRunner.query(`ALTER TABLE "room" DROP CONSTRAINT "ck_room_opening_hours_array"`);
    await queryRunner.query(`ALTER TABLE "room" DROP CONSTRAINT "ck_room_max_days_ahead_range"`);
    await queryRunner.query(`ALTER TABLE "room" DROP COLUMN "key_location"`);
    await queryRunner.query(`ALTER TABLE "room" DROP COLUMN "max_days_ahead"`);
    await queryRunner.query(`ALTER TABLE "room" DROP COLUMN "opening_hours"`);
    await queryRunner.query(`DROP INDEX "public"."ix_calendar_feed_owner_id"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
    await queryRunner.query(`DROP INDEX "public"."uq_waitlist_entry_occurrence_person_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_waitlist_entry_occurrence_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_waitlist_entry_offer_expires_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_waitlist_entry_person_id"`);
    await queryRunner.query(`DROP TABLE "waitlist_entry"`);
    await queryRunner.query(`DROP INDEX "public"."uq_registration_occurrence_person_active"`);
    await queryRunner.query(`DROP INDEX "public"."uq_registration_idempotency"`);
    await queryRunner.query(`DROP INDEX "public"."ix_registration_occurrence_id_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_registration_person_id"`);
    await queryRunner.query(`DROP TABLE "registration"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_occurrence_event_id_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_occurrence_starts_at"`);
    await queryRunner.query(`DROP TABLE "event_occurrence"`);
    await queryRunner.query(`DROP INDEX "public"."ix_event_organizer_id"`);
    await queryRunner.query(`DROP TABLE "booking_event"`);
    await queryRunner.query(`DROP INDEX "public"."uq_room_booking_series_recurrence"`);
    await queryRunner.query(`DROP INDEX "public"."uq_room_booking_idempotency"`);
    await queryRunner.query(`DROP INDEX "public"."ix_room_booking_room_id_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_room_booking_organizer_id_starts_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_room_booking_status"`);
    await queryRunner.query(`DROP TABLE "room_booking"`);
    await queryRunner.query(`DROP TABLE "organizer_quota"`);
    await queryRunner.query(`DROP INDEX "public"."ix_booking_series_room_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_booking_series_organizer_id"`);
    await queryRunner.query(`DROP TABLE "booking_series"`);
  }
}
