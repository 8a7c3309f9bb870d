import { INSPECTION_TEMPLATE_V1 } from '@zusammen/shared/contracts';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES_BEFORE = `'mail-check', 'email-verification', 'account-exists', 'password-reset', 'password-changed', 'account-invitation', 'pairing-offered', 'pairing-transition', 'pairing-no-contact', 'sponsorship-digest', 'certificate-renewal', 'booking-decision', 'registration-confirmed', 'waitlist-offer', 'event-reminder', 'event-changed', 'event-cancelled'`;
const TYPES_AFTER = `${TYPES_BEFORE}, 'bike-rental-reminder', 'bike-rental-escalation', 'bike-inspection-expiring', 'bike-offer', 'bike-eligibility-expiring', 'workshop-low-stock', 'damage-claim-deadline'`;

/**
 * Fahrradwerkstatt: bikes with provenance and two status axes, photos, workers, work orders, time entries,
 * spare parts with append-only stock movements, versioned inspection checklists and inspections, borrowers with
 * eligibility and briefings, a bike waiting list, rentals and damage cases, the settings row. Besides the
 * generated DDL: the handout gate as a trigger (invariant 2 in the database, not only in the service),
 * append-only inspections and stock movements, checklist version 1 and the default settings.
 */
export class WorkshopSchema1795765549822 implements MigrationInterface {
  name = 'WorkshopSchema1795765549822';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "bike" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "inventory_no" SERIAL NOT NULL, "frame_no" text, "frame_no_status" text NOT NULL DEFAULT 'present', "make" text NOT NULL, "model" text, "colours" text array NOT NULL DEFAULT '{}', "cycle_type" text NOT NULL, "frame_size_cm" smallint, "wheel_etrto" text, "wheel_inches" smallint, "propulsion" text NOT NULL DEFAULT 'pedal', "lighting" text NOT NULL DEFAULT 'dynamo', "condition" text NOT NULL, "notes" text, "technical_state" text NOT NULL DEFAULT 'intake', "availability" text NOT NULL DEFAULT 'not_lendable', "roadworthy_until" TIMESTAMP WITH TIME ZONE, "retirement_reason" text, "source" text NOT NULL, "received_on" date NOT NULL, "donor_name" text, "receipt_issued" boolean NOT NULL DEFAULT false, "fundbuero_ref" text, "found_on" date, "hold_ends_on" date, "ownership_basis" text, "police_check_on" date, "police_check_result" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_bike_make_length" CHECK (length("make") BETWEEN 1 AND 100), CONSTRAINT "ck_bike_frame_size" CHECK ("frame_size_cm" IS NULL OR "frame_size_cm" BETWEEN 20 AND 75), CONSTRAINT "ck_bike_colours_max_3" CHECK (cardinality("colours") <= 3), CONSTRAINT "ck_bike_lost_and_found_reference" CHECK ("source" <> 'lost_and_found' OR ("fundbuero_ref" IS NOT NULL AND "found_on" IS NOT NULL AND "hold_ends_on" IS NOT NULL)), CONSTRAINT "ck_bike_retired_reason" CHECK (("technical_state" = 'retired') = ("retirement_reason" IS NOT NULL)), CONSTRAINT "ck_bike_roadworthy_until" CHECK (("technical_state" = 'roadworthy') = ("roadworthy_until" IS NOT NULL)), CONSTRAINT "ck_bike_motor_vehicle_not_lendable" CHECK ("propulsion" NOT IN ('s_pedelec', 'throttle') OR "availability" = 'not_lendable'), CONSTRAINT "ck_bike_lendable_only_roadworthy" CHECK ("availability" NOT IN ('available', 'reserved') OR "technical_state" = 'roadworthy'), CONSTRAINT "ck_bike_availability_known" CHECK ("availability" IN ('not_lendable', 'available', 'reserved', 'on_loan')), CONSTRAINT "ck_bike_technical_state_known" CHECK ("technical_state" IN ('intake', 'assessment', 'on_hold', 'in_repair', 'awaiting_parts', 'inspection', 'roadworthy', 'defective', 'retired', 'missing', 'stolen')), CONSTRAINT "ck_bike_condition_known" CHECK ("condition" IN ('like_new', 'good', 'fair', 'poor', 'parts_only')), CONSTRAINT "ck_bike_lighting_known" CHECK ("lighting" IN ('dynamo', 'battery', 'detachable', 'none')), CONSTRAINT "ck_bike_propulsion_known" CHECK ("propulsion" IN ('pedal', 'pedelec', 's_pedelec', 'throttle')), CONSTRAINT "ck_bike_cycle_type_known" CHECK ("cycle_type" IN ('city', 'trekking', 'mtb', 'children', 'cargo', 'tricycle')), CONSTRAINT "ck_bike_frame_no_present" CHECK (("frame_no_status" = 'present') = ("frame_no" IS NOT NULL)), CONSTRAINT "ck_bike_frame_no_status_known" CHECK ("frame_no_status" IN ('present', 'none', 'illegible')), CONSTRAINT "ck_bike_police_check_known" CHECK ("police_check_result" IS NULL OR "police_check_result" IN ('clear', 'flagged', 'not_possible')), CONSTRAINT "ck_bike_ownership_basis_known" CHECK ("ownership_basis" IS NULL OR "ownership_basis" IN ('donation', 'finder_waived', 'municipality', 'purchase')), CONSTRAINT "ck_bike_source_known" CHECK ("source" IN ('donation', 'lost_and_found', 'purchase')), CONSTRAINT "pk_bike" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_bike_technical_state" ON "bike"  ("technical_state") `);
    await queryRunner.query(`CREATE INDEX "ix_bike_availability_cycle_type" ON "bike"  ("availability", "cycle_type") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_bike_inventory_no" ON "bike"  ("inventory_no") `);
    await queryRunner.query(`CREATE TABLE "workshop_photo" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bike_id" uuid NOT NULL, "rental_id" uuid, "kind" text NOT NULL, "content_type" text NOT NULL, "data" bytea NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_workshop_photo_size" CHECK (octet_length("data") BETWEEN 1 AND 2097152), CONSTRAINT "ck_workshop_photo_content_type" CHECK ("content_type" IN ('image/jpeg', 'image/png', 'image/webp')), CONSTRAINT "ck_workshop_photo_kind_known" CHECK ("kind" IN ('bike', 'damage', 'handout', 'return')), CONSTRAINT "pk_workshop_photo" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_workshop_photo_rental_id" ON "workshop_photo"  ("rental_id") `);
    await queryRunner.query(`CREATE INDEX "ix_workshop_photo_bike_id" ON "workshop_photo"  ("bike_id") `);
    await queryRunner.query(`CREATE TABLE "borrower" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "display_name" text NOT NULL, "phone" text, "preferred_locale" text NOT NULL, "reminder_channel" text NOT NULL DEFAULT 'phone', "is_minor" boolean NOT NULL DEFAULT false, "guardian_name" text, "guardian_consent_on" date, "blocked_until" date, "block_reason" text, "strikes" smallint NOT NULL DEFAULT '0', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_borrower_minor_guardian" CHECK (NOT "is_minor" OR "guardian_consent_on" IS NOT NULL), CONSTRAINT "ck_borrower_strikes" CHECK ("strikes" >= 0), CONSTRAINT "ck_borrower_block_reason" CHECK ("blocked_until" IS NULL OR "block_reason" IS NOT NULL), CONSTRAINT "ck_borrower_account_channel" CHECK ("reminder_channel" = 'phone' OR "user_id" IS NOT NULL), CONSTRAINT "ck_borrower_name_length" CHECK (length("display_name") BETWEEN 1 AND 120), CONSTRAINT "ck_borrower_reminder_channel_known" CHECK ("reminder_channel" IN ('email', 'in_app', 'phone')), CONSTRAINT "ck_borrower_locale_known" CHECK ("preferred_locale" IN ('de', 'en', 'ar', 'uk', 'fa')), CONSTRAINT "pk_borrower" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_borrower_display_name" ON "borrower"  ("display_name") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_borrower_user_id" ON "borrower"  ("user_id") WHERE "user_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "bike_waitlist_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "borrower_id" uuid NOT NULL, "cycle_type" text NOT NULL, "frame_size_min_cm" smallint, "frame_size_max_cm" smallint, "wheel_inches" smallint, "status" text NOT NULL DEFAULT 'waiting', "offered_bike_id" uuid, "offer_expires_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_bike_waitlist_entry_sizes" CHECK ("frame_size_min_cm" IS NULL OR "frame_size_max_cm" IS NULL OR "frame_size_min_cm" <= "frame_size_max_cm"), CONSTRAINT "ck_bike_waitlist_entry_offer" CHECK ("status" <> 'offered' OR ("offered_bike_id" IS NOT NULL AND "offer_expires_at" IS NOT NULL)), CONSTRAINT "ck_bike_waitlist_entry_cycle_type_known" CHECK ("cycle_type" IN ('city', 'trekking', 'mtb', 'children', 'cargo', 'tricycle')), CONSTRAINT "ck_bike_waitlist_entry_status_known" CHECK ("status" IN ('waiting', 'offered', 'fulfilled', 'cancelled', 'expired')), CONSTRAINT "pk_bike_waitlist_entry" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_bike_waitlist_entry_status_created_at" ON "bike_waitlist_entry"  ("status", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_bike_waitlist_entry_offered_bike" ON "bike_waitlist_entry"  ("offered_bike_id") WHERE "status" = 'offered'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_bike_waitlist_entry_borrower_open" ON "bike_waitlist_entry"  ("borrower_id", "cycle_type") WHERE "status" IN ('waiting', 'offered')`);
    await queryRunner.query(`CREATE TABLE "briefing" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "borrower_id" uuid NOT NULL, "topic_version" integer NOT NULL DEFAULT '1', "language" text NOT NULL, "interpreter" boolean NOT NULL DEFAULT false, "trainer_id" uuid, "held_on" date NOT NULL, "acknowledged" boolean NOT NULL, "riding_check_passed" boolean, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_briefing_topic_version" CHECK ("topic_version" >= 1), CONSTRAINT "ck_briefing_language_known" CHECK ("language" IN ('de', 'en', 'ar', 'uk', 'fa')), CONSTRAINT "pk_briefing" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_briefing_borrower_id" ON "briefing"  ("borrower_id") `);
    await queryRunner.query(`CREATE TABLE "eligibility_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "borrower_id" uuid NOT NULL, "legal_basis" text NOT NULL, "document_type_seen" text NOT NULL, "verified_by_id" uuid, "verified_on" date NOT NULL, "valid_until" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_eligibility_check_dates" CHECK ("valid_until" >= "verified_on"), CONSTRAINT "ck_eligibility_check_document_known" CHECK ("document_type_seen" IN ('benefit_notice', 'residence_permit', 'jobcenter_letter', 'other')), CONSTRAINT "ck_eligibility_check_basis_known" CHECK ("legal_basis" IN ('asylblg', 'sgb2', 'sgb12')), CONSTRAINT "pk_eligibility_check" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_eligibility_check_borrower_id_valid_until" ON "eligibility_check"  ("borrower_id", "valid_until") `);
    await queryRunner.query(`CREATE TABLE "inspection_template" ("version" integer NOT NULL, "items" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_inspection_template_version" CHECK ("version" >= 1), CONSTRAINT "pk_inspection_template" PRIMARY KEY ("version"))`);
    await queryRunner.query(`CREATE TABLE "bike_inspection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bike_id" uuid NOT NULL, "template_version" integer NOT NULL, "items" jsonb NOT NULL, "result" text NOT NULL, "notes" text, "inspector_id" uuid NOT NULL, "performed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_bike_inspection_valid_after_performed" CHECK ("valid_until" IS NULL OR "valid_until" > "performed_at"), CONSTRAINT "ck_bike_inspection_valid_until" CHECK (("result" = 'passed') = ("valid_until" IS NOT NULL)), CONSTRAINT "ck_bike_inspection_result_known" CHECK ("result" IN ('passed', 'failed')), CONSTRAINT "pk_bike_inspection" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_bike_inspection_bike_id_performed_at" ON "bike_inspection"  ("bike_id", "performed_at") `);
    await queryRunner.query(`CREATE TABLE "spare_part" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sku" text NOT NULL, "name" text NOT NULL, "unit" text NOT NULL DEFAULT 'piece', "on_hand" integer NOT NULL DEFAULT '0', "reorder_level" integer NOT NULL DEFAULT '0', "unit_cost_cents" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_spare_part_name_length" CHECK (length("name") BETWEEN 1 AND 200), CONSTRAINT "ck_spare_part_unit_cost" CHECK ("unit_cost_cents" >= 0), CONSTRAINT "ck_spare_part_reorder_level" CHECK ("reorder_level" >= 0), CONSTRAINT "ck_spare_part_on_hand_not_negative" CHECK ("on_hand" >= 0), CONSTRAINT "pk_spare_part" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_spare_part_sku" ON "spare_part"  ("sku") `);
    await queryRunner.query(`CREATE TABLE "workshop_worker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "display_name" text NOT NULL, "programme" text NOT NULL, "safety_instruction_on" date, "may_inspect" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_workshop_worker_name_length" CHECK (length("display_name") BETWEEN 1 AND 120), CONSTRAINT "ck_workshop_worker_programme_known" CHECK ("programme" IN ('volunteer', 'asylblg_5', 'sgb2_16d')), CONSTRAINT "pk_workshop_worker" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_workshop_worker_user_id" ON "workshop_worker"  ("user_id") WHERE "user_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "work_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bike_id" uuid NOT NULL, "problem" text NOT NULL, "evaluation" text, "tasks" jsonb NOT NULL DEFAULT '[]', "status" text NOT NULL DEFAULT 'queued', "delay_reason" text, "assignee_id" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_work_order_completed_at" CHECK (("status" IN ('draft', 'queued', 'in_progress', 'awaiting_parts')) = ("completed_at" IS NULL)), CONSTRAINT "ck_work_order_problem_length" CHECK (length("problem") BETWEEN 1 AND 2000), CONSTRAINT "ck_work_order_delay_reason" CHECK ("status" <> 'awaiting_parts' OR "delay_reason" IS NOT NULL), CONSTRAINT "ck_work_order_status_known" CHECK ("status" IN ('draft', 'queued', 'in_progress', 'awaiting_parts', 'done', 'cancelled')), CONSTRAINT "pk_work_order" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_work_order_status" ON "work_order"  ("status") `);
    await queryRunner.query(`CREATE INDEX "ix_work_order_bike_id" ON "work_order"  ("bike_id") `);
    await queryRunner.query(`CREATE TABLE "stock_movement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "part_id" uuid NOT NULL, "kind" text NOT NULL, "quantity" integer NOT NULL, "on_hand_after" integer NOT NULL, "unit_cost_cents" integer NOT NULL DEFAULT '0', "work_order_id" uuid, "note" text, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_stock_movement_on_hand_after" CHECK ("on_hand_after" >= 0), CONSTRAINT "ck_stock_movement_sign" CHECK (("kind" = 'receipt' AND "quantity" > 0) OR ("kind" IN ('consumption', 'cannibalised') AND "quantity" < 0) OR ("kind" = 'correction' AND "note" IS NOT NULL)), CONSTRAINT "ck_stock_movement_quantity_nonzero" CHECK ("quantity" <> 0), CONSTRAINT "ck_stock_movement_kind_known" CHECK ("kind" IN ('receipt', 'consumption', 'cannibalised', 'correction')), CONSTRAINT "pk_stock_movement" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_stock_movement_work_order_id" ON "stock_movement"  ("work_order_id") `);
    await queryRunner.query(`CREATE INDEX "ix_stock_movement_part_id_created_at" ON "stock_movement"  ("part_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "time_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "worker_id" uuid NOT NULL, "work_order_id" uuid, "programme" text NOT NULL, "worked_on" date NOT NULL, "minutes" integer NOT NULL, "note" text, "approved_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_time_entry_approval" CHECK (("approved_by_id" IS NULL) = ("approved_at" IS NULL)), CONSTRAINT "ck_time_entry_minutes" CHECK ("minutes" BETWEEN 1 AND 720), CONSTRAINT "ck_time_entry_programme_known" CHECK ("programme" IN ('volunteer', 'asylblg_5', 'sgb2_16d')), CONSTRAINT "pk_time_entry" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_time_entry_work_order_id" ON "time_entry"  ("work_order_id") `);
    await queryRunner.query(`CREATE INDEX "ix_time_entry_worker_id_worked_on" ON "time_entry"  ("worker_id", "worked_on") `);
    await queryRunner.query(`CREATE TABLE "rental" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bike_id" uuid NOT NULL, "borrower_id" uuid NOT NULL, "status" text NOT NULL, "reserved_until" TIMESTAMP WITH TIME ZONE, "inspection_id" uuid, "contract_type" text NOT NULL, "contract_version" integer NOT NULL, "contract_locale" text NOT NULL, "fee_cents" integer NOT NULL, "fee_status" text NOT NULL, "deposit_cents" integer NOT NULL, "deposit_status" text NOT NULL, "accessories_out" text array NOT NULL DEFAULT '{}', "accessories_back" text array, "signature_kind" text, "signature_image" text, "handed_out_at" TIMESTAMP WITH TIME ZONE, "handed_out_by_id" uuid, "due_on" date, "extensions" jsonb NOT NULL DEFAULT '[]', "returned_at" TIMESTAMP WITH TIME ZONE, "received_by_id" uuid, "return_checks" jsonb, "return_notes" text, "idempotency_key" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_rental_reserved_until" CHECK ("status" <> 'reserved' OR "reserved_until" IS NOT NULL), CONSTRAINT "ck_rental_returned" CHECK ("status" NOT IN ('returned', 'closed') OR "returned_at" IS NOT NULL), CONSTRAINT "ck_rental_handed_out" CHECK ("status" IN ('reserved', 'cancelled') OR ("handed_out_at" IS NOT NULL AND "inspection_id" IS NOT NULL AND "due_on" IS NOT NULL AND "signature_kind" IS NOT NULL)), CONSTRAINT "ck_rental_leihe_free" CHECK ("contract_type" <> 'leihe' OR "fee_cents" = 0), CONSTRAINT "ck_rental_amounts" CHECK ("fee_cents" >= 0 AND "deposit_cents" >= 0), CONSTRAINT "ck_rental_contract_locale_known" CHECK ("contract_locale" IN ('de', 'en', 'ar', 'uk', 'fa')), CONSTRAINT "ck_rental_signature_kind_known" CHECK ("signature_kind" IS NULL OR "signature_kind" IN ('on_screen', 'paper')), CONSTRAINT "ck_rental_deposit_status_known" CHECK ("deposit_status" IN ('held', 'returned', 'kept', 'waived')), CONSTRAINT "ck_rental_fee_status_known" CHECK ("fee_status" IN ('paid', 'waived', 'open')), CONSTRAINT "ck_rental_contract_type_known" CHECK ("contract_type" IN ('miete', 'leihe')), CONSTRAINT "ck_rental_status_known" CHECK ("status" IN ('reserved', 'active', 'returned', 'closed', 'cancelled', 'lost')), CONSTRAINT "pk_rental" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_rental_idempotency" ON "rental"  ("handed_out_by_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "ix_rental_status_due_on" ON "rental"  ("status", "due_on") `);
    await queryRunner.query(`CREATE INDEX "ix_rental_borrower_id_status" ON "rental"  ("borrower_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_rental_bike_open" ON "rental"  ("bike_id") WHERE "status" IN ('reserved', 'active')`);
    await queryRunner.query(`CREATE TABLE "damage_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rental_id" uuid NOT NULL, "bike_id" uuid NOT NULL, "description" text NOT NULL, "estimate_cents" integer, "claim_deadline" date NOT NULL, "status" text NOT NULL DEFAULT 'open', "decision" text, "charged_cents" integer, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_damage_case_description_length" CHECK (length("description") BETWEEN 1 AND 2000), CONSTRAINT "ck_damage_case_amounts" CHECK (coalesce("estimate_cents", 0) >= 0 AND coalesce("charged_cents", 0) >= 0), CONSTRAINT "ck_damage_case_decided" CHECK (("status" = 'decided') = ("decision" IS NOT NULL)), CONSTRAINT "ck_damage_case_decision_known" CHECK ("decision" IS NULL OR "decision" IN ('none', 'repair', 'charge', 'offset_deposit')), CONSTRAINT "ck_damage_case_status_known" CHECK ("status" IN ('open', 'decided', 'time_barred')), CONSTRAINT "pk_damage_case" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_damage_case_status_claim_deadline" ON "damage_case"  ("status", "claim_deadline") `);
    await queryRunner.query(`CREATE INDEX "ix_damage_case_rental_id" ON "damage_case"  ("rental_id") `);
    await queryRunner.query(`CREATE TABLE "workshop_settings" ("id" smallint NOT NULL, "inspection_validity_days" smallint NOT NULL DEFAULT '30', "loan_days" smallint NOT NULL DEFAULT '28', "fee_cents" integer NOT NULL DEFAULT '500', "deposit_cents" integer NOT NULL DEFAULT '2000', "contract_type" text NOT NULL DEFAULT 'miete', "contract_version" integer NOT NULL DEFAULT '1', "rental_limit" smallint NOT NULL DEFAULT '1', "reservation_hours" smallint NOT NULL DEFAULT '48', "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_workshop_settings_reservation_hours" CHECK ("reservation_hours" BETWEEN 1 AND 336), CONSTRAINT "ck_workshop_settings_rental_limit" CHECK ("rental_limit" BETWEEN 1 AND 5), CONSTRAINT "ck_workshop_settings_amounts" CHECK ("fee_cents" >= 0 AND "deposit_cents" >= 0), CONSTRAINT "ck_workshop_settings_loan_days" CHECK ("loan_days" BETWEEN 1 AND 365), CONSTRAINT "ck_workshop_settings_inspection_validity" CHECK ("inspection_validity_days" BETWEEN 1 AND 365), CONSTRAINT "ck_workshop_settings_contract_type_known" CHECK ("contract_type" IN ('miete', 'leihe')), CONSTRAINT "ck_workshop_settings_single_row" CHECK ("id" = 1), CONSTRAINT "pk_workshop_settings" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "workshop_photo" ADD CONSTRAINT "fk_workshop_photo_bike_id" FOREIGN KEY ("bike_id") REFERENCES "bike"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "borrower" ADD CONSTRAINT "fk_borrower_user_id" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bike_waitlist_entry" ADD CONSTRAINT "fk_bike_waitlist_entry_borrower_id" FOREIGN KEY ("borrower_id") REFERENCES "borrower"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bike_waitlist_entry" ADD CONSTRAINT "fk_bike_waitlist_entry_offered_bike_id" FOREIGN KEY ("offered_bike_id") REFERENCES "bike"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "briefing" ADD CONSTRAINT "fk_briefing_borrower_id" FOREIGN KEY ("borrower_id") REFERENCES "borrower"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "briefing" ADD CONSTRAINT "fk_briefing_trainer_id" FOREIGN KEY ("trainer_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "eligibility_check" ADD CONSTRAINT "fk_eligibility_check_borrower_id" FOREIGN KEY ("borrower_id") REFERENCES "borrower"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "eligibility_check" ADD CONSTRAINT "fk_eligibility_check_verified_by_id" FOREIGN KEY ("verified_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bike_inspection" ADD CONSTRAINT "fk_bike_inspection_bike_id" FOREIGN KEY ("bike_id") REFERENCES "bike"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bike_inspection" ADD CONSTRAINT "fk_bike_inspection_template_version" FOREIGN KEY ("template_version") REFERENCES "inspection_template"("version") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "bike_inspection" ADD CONSTRAINT "fk_bike_inspection_inspector_id" FOREIGN KEY ("inspector_id") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_worker" ADD CONSTRAINT "fk_workshop_worker_user_id" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "work_order" ADD CONSTRAINT "fk_work_order_bike_id" FOREIGN KEY ("bike_id") REFERENCES "bike"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "work_order" ADD CONSTRAINT "fk_work_order_assignee_id" FOREIGN KEY ("assignee_id") REFERENCES "workshop_worker"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stock_movement" ADD CONSTRAINT "fk_stock_movement_part_id" FOREIGN KEY ("part_id") REFERENCES "spare_part"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "stock_movement" ADD CONSTRAINT "fk_stock_movement_work_order_id" FOREIGN KEY ("work_order_id") REFERENCES "work_order"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "time_entry" ADD CONSTRAINT "fk_time_entry_worker_id" FOREIGN KEY ("worker_id") REFERENCES "workshop_worker"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "time_entry" ADD CONSTRAINT "fk_time_entry_work_order_id" FOREIGN KEY ("work_order_id") REFERENCES "work_order"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rental" ADD CONSTRAINT "fk_rental_bike_id" FOREIGN KEY ("bike_id") REFERENCES "bike"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rental" ADD CONSTRAINT "fk_rental_borrower_id" FOREIGN KEY ("borrower_id") REFERENCES "borrower"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rental" ADD CONSTRAINT "fk_rental_inspection_id" FOREIGN KEY ("inspection_id") REFERENCES "bike_inspection"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rental" ADD CONSTRAINT "fk_rental_handed_out_by_id" FOREIGN KEY ("handed_out_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "damage_case" ADD CONSTRAINT "fk_damage_case_rental_id" FOREIGN KEY ("rental_id") REFERENCES "rental"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "damage_case" ADD CONSTRAINT "fk_damage_case_bike_id" FOREIGN KEY ("bike_id") REFERENCES "bike"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_type_known"`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_type_known" CHECK ("type" IN (${TYPES_AFTER}))`);
    await queryRunner.query(`INSERT INTO "inspection_template" ("version", "items") VALUES (1, $1::jsonb)`, [JSON.stringify(INSPECTION_TEMPLATE_V1)]);
    await queryRunner.query(`INSERT INTO "workshop_settings" ("id") VALUES (1)`);
    await queryRunner.query(`CREATE FUNCTION "workshop_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$`);
    await queryRunner.query(`CREATE TRIGGER "tr_bike_inspection_append_only" BEFORE UPDATE OR DELETE ON "bike_inspection" FOR EACH ROW EXECUTE FUNCTION "workshop_append_only"()`);
    await queryRunner.query(`CREATE TRIGGER "tr_stock_movement_append_only" BEFORE UPDATE OR DELETE ON "stock_movement" FOR EACH ROW EXECUTE FUNCTION "workshop_append_only"()`);
    await queryRunner.query(`CREATE FUNCTION "rental_handout_gate"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  inspection record;
  last_return timestamptz;
  last_repair timestamptz;
BEGIN
  IF NEW."status" <> 'active' OR (TG_OP = 'UPDATE' AND OLD."status" = 'active') THEN
    RETURN NEW;
  END IF;
  SELECT "performed_at", "valid_until", "result", "bike_id" INTO inspection FROM "bike_inspection" WHERE "id" = NEW."inspection_id";
  IF NOT FOUND OR inspection."bike_id" <> NEW."bike_id" OR inspection."result" <> 'passed' THEN
    RAISE EXCEPTION 'INSPECTION_MISSING' USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_rental_handout_gate';
  END IF;
  SELECT max("returned_at") INTO last_return FROM "rental" WHERE "bike_id" = NEW."bike_id" AND "id" <> NEW."id";
  SELECT max("completed_at") INTO last_repair FROM "work_order" WHERE "bike_id" = NEW."bike_id" AND "status" = 'done';
  IF inspection."performed_at" < coalesce(greatest(last_return, last_repair), '-infinity') THEN
    RAISE EXCEPTION 'INSPECTION_MISSING' USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_rental_handout_gate';
  END IF;
  IF inspection."valid_until" < NEW."handed_out_at" THEN
    RAISE EXCEPTION 'INSPECTION_EXPIRED' USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_rental_handout_gate';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "bike" WHERE "id" = NEW."bike_id" AND "technical_state" = 'roadworthy') THEN
    RAISE EXCEPTION 'BIKE_NOT_AVAILABLE' USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_rental_handout_gate';
  END IF;
  RETURN NEW;
END $$`);
    await queryRunner.query(`CREATE TRIGGER "tr_rental_handout_gate" BEFORE INSERT OR UPDATE OF "status" ON "rental" FOR EACH ROW EXECUTE FUNCTION "rental_handout_gate"()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_rental_handout_gate" ON "rental"`);
    await queryRunner.query(`DROP FUNCTION "rental_handout_gate"()`);
    await queryRunner.query(`DROP TRIGGER "tr_stock_movement_append_only" ON "stock_movement"`);
    await queryRunner.query(`DROP TRIGGER "tr_bike_inspection_append_only" ON "bike_inspection"`);
    await queryRunner.query(`DROP FUNCTION "workshop_append_only"()`);
    await queryRunner.query(`DELETE FROM "notification" WHERE "type" NOT IN (${TYPES_BEFORE})`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_type_known"`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_type_known" CHECK ("type" IN (${TYPES_BEFORE}))`);
    await queryRunner.query(`ALTER TABLE "damage_case" DROP CONSTRAINT "fk_damage_case_bike_id"`);
    await queryRunner.query(`ALTER TABLE "damage_case" DROP CONSTRAINT "fk_damage_case_rental_id"`);
    await queryRunner.query(`ALTER TABLE "rental" DROP CONSTRAINT "fk_rental_handed_out_by_id"`);
    await queryRunner.query(`ALTER TABLE "rental" DROP CONSTRAINT "fk_rental_inspection_id"`);
    await queryRunner.query(`ALTER TABLE "rental" DROP CONSTRAINT "fk_rental_borrower_id"`);
    await queryRunner.query(`ALTER TABLE "rental" DROP CONSTRAINT "fk_rental_bike_id"`);
    await queryRunner.query(`ALTER TABLE "time_entry" DROP CONSTRAINT "fk_time_entry_work_order_id"`);
    await queryRunner.query(`ALTER TABLE "time_entry" DROP CONSTRAINT "fk_time_entry_worker_id"`);
    await queryRunner.query(`ALTER TABLE "stock_movement" DROP CONSTRAINT "fk_stock_movement_work_order_id"`);
    await queryRunner.query(`ALTER TABLE "stock_movement" DROP CONSTRAINT "fk_stock_movement_part_id"`);
    await queryRunner.query(`ALTER TABLE "work_order" DROP CONSTRAINT "fk_work_order_assignee_id"`);
    await queryRunner.query(`ALTER TABLE "work_order" DROP CONSTRAINT "fk_work_order_bike_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_worker" DROP CONSTRAINT "fk_workshop_worker_user_id"`);
    await queryRunner.query(`ALTER TABLE "bike_inspection" DROP CONSTRAINT "fk_bike_inspection_inspector_id"`);
    await queryRunner.query(`ALTER TABLE "bike_inspection" DROP CONSTRAINT "fk_bike_inspection_template_version"`);
    await queryRunner.query(`ALTER TABLE "bike_inspection" DROP CONSTRAINT "fk_bike_inspection_bike_id"`);
    await queryRunner.query(`ALTER TABLE "eligibility_check" DROP CONSTRAINT "fk_eligibility_check_verified_by_id"`);
    await queryRunner.query(`ALTER TABLE "eligibility_check" DROP CONSTRAINT "fk_eligibility_check_borrower_id"`);
    await queryRunner.query(`ALTER TABLE "briefing" DROP CONSTRAINT "fk_briefing_trainer_id"`);
    await queryRunner.query(`ALTER TABLE "briefing" DROP CONSTRAINT "fk_briefing_borrower_id"`);
    await queryRunner.query(`ALTER TABLE "bike_waitlist_entry" DROP CONSTRAINT "fk_bike_waitlist_entry_offered_bike_id"`);
    await queryRunner.query(`ALTER TABLE "bike_waitlist_entry" DROP CONSTRAINT "fk_bike_waitlist_entry_borrower_id"`);
    await queryRunner.query(`ALTER TABLE "borrower" DROP CONSTRAINT "fk_borrower_user_id"`);
    await queryRunner.query(`ALTER TABLE "workshop_photo" DROP CONSTRAINT "fk_workshop_photo_bike_id"`);
    await queryRunner.query(`DROP TABLE "workshop_settings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_damage_case_rental_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_damage_case_status_claim_deadline"`);
    await queryRunner.query(`DROP TABLE "damage_case"`);
    await queryRunner.query(`DROP INDEX "public"."uq_rental_bike_open"`);
    await queryRunner.query(`DROP INDEX "public"."ix_rental_borrower_id_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_rental_status_due_on"`);
    await queryRunner.query(`DROP INDEX "public"."uq_rental_idempotency"`);
    await queryRunner.query(`DROP TABLE "rental"`);
    await queryRunner.query(`DROP INDEX "public"."ix_time_entry_worker_id_worked_on"`);
    await queryRunner.query(`DROP INDEX "public"."ix_time_entry_work_order_id"`);
    await queryRunner.query(`DROP TABLE "time_entry"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stock_movement_part_id_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_stock_movement_work_order_id"`);
    await queryRunner.query(`DROP TABLE "stock_movement"`);
    await queryRunner.query(`DROP INDEX "public"."ix_work_order_bike_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_work_order_status"`);
    await queryRunner.query(`DROP TABLE "work_order"`);
    await queryRunner.query(`DROP INDEX "public"."uq_workshop_worker_user_id"`);
    await queryRunner.query(`DROP TABLE "workshop_worker"`);
    await queryRunner.query(`DROP INDEX "public"."uq_spare_part_sku"`);
    await queryRunner.query(`DROP TABLE "spare_part"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bike_inspection_bike_id_performed_at"`);
    await queryRunner.query(`DROP TABLE "bike_inspection"`);
    await queryRunner.query(`DROP TABLE "inspection_template"`);
    await queryRunner.query(`DROP INDEX "public"."ix_eligibility_check_borrower_id_valid_until"`);
    await queryRunner.query(`DROP TABLE "eligibility_check"`);
    await queryRunner.query(`DROP INDEX "public"."ix_briefing_borrower_id"`);
    await queryRunner.query(`DROP TABLE "briefing"`);
    await queryRunner.query(`DROP INDEX "public"."uq_bike_waitlist_entry_borrower_open"`);
    await queryRunner.query(`DROP INDEX "public"."uq_bike_waitlist_entry_offered_bike"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bike_waitlist_entry_status_created_at"`);
    await queryRunner.query(`DROP TABLE "bike_waitlist_entry"`);
    await queryRunner.query(`DROP INDEX "public"."uq_borrower_user_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_borrower_display_name"`);
    await queryRunner.query(`DROP TABLE "borrower"`);
    await queryRunner.query(`DROP INDEX "public"."ix_workshop_photo_bike_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_workshop_photo_rental_id"`);
    await queryRunner.query(`DROP TABLE "workshop_photo"`);
    await queryRunner.query(`DROP INDEX "public"."uq_bike_inventory_no"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bike_availability_cycle_type"`);
    await queryRunner.query(`DROP INDEX "public"."ix_bike_technical_state"`);
    await queryRunner.query(`DROP TABLE "bike"`);
  }
}
