import type { MigrationInterface, QueryRunner } from 'typeorm';

// Vocabularies as of this migration (contracts/sponsorship-pairing.ts, notification.ts); a later change needs
// its own migration that drops and re-adds the constraint.
const STATES = `'offered', 'accepted', 'intro_scheduled', 'trial', 'active', 'paused', 'declined', 'ended'`;
const OPEN_STATES = `'offered', 'accepted', 'intro_scheduled', 'trial', 'active', 'paused'`;
const ACTIONS = `'offer', 'accept', 'decline', 'schedule_intro', 'hold_intro', 'confirm', 'pause', 'resume', 'end'`;
const END_KINDS = `'planned', 'premature', 'trial_not_continued'`;
const END_REASONS = `'completed', 'life_change', 'volunteer_dissatisfied', 'family_dissatisfied', 'contact_faded', 'volunteer_unresponsive', 'family_independent', 'safeguarding'`;
const DECLINE_REASONS = `'no_time', 'distance', 'language', 'not_a_fit', 'family_declined', 'other'`;
const EXCLUSION_CAUSES = `'declined', 'dissolved', 'staff'`;
const CHECK_IN_KINDS = `'meeting', 'phone', 'message', 'accompaniment'`;
const ENTERED_BY = `'volunteer', 'staff', 'proxy'`;
const VISIBILITIES = `'shared', 'staff_only'`;
const SUPPORT_AREAS = `'authorities', 'school', 'german', 'leisure', 'work', 'housing', 'health'`;
const PROPOSAL_STATUSES = `'open', 'offered', 'rejected', 'overridden'`;
const RUN_KINDS = `'single', 'batch'`;
const TYPES_BEFORE = `'mail-check', 'email-verification', 'account-exists', 'password-reset', 'password-changed', 'account-invitation'`;
const TYPES_AFTER = `${TYPES_BEFORE}, 'pairing-offered', 'pairing-transition', 'pairing-no-contact', 'sponsorship-digest', 'certificate-renewal'`;
const DEFAULT_WEIGHTS = `{"language": 0.25, "proximity": 0.2, "availability": 0.15, "lifeStage": 0.1, "needsFit": 0.15, "waitingBonus": 0.1, "urgency": 0.05}`;

/**
 * Patenmodell, pairing side (sponsorship.md § 2): versioned settings (weights, follow-up), match runs and
 * their proposals, pairings with an append-only transition history, pair exclusions and contacts (check-ins).
 * Invariant 2 (one open pairing per family) is the partial unique index; invariant 3 the exclusion key.
 */
export class SponsorshipPairings1795713000000 implements MigrationInterface {
  name = 'SponsorshipPairings1795713000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "sponsorship_settings" (
      "version" integer NOT NULL,
      "weights" jsonb NOT NULL,
      "no_contact_days" integer NOT NULL,
      "trial_meetings_required" integer NOT NULL,
      "min_score" double precision NOT NULL,
      "created_by_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_sponsorship_settings" PRIMARY KEY ("version"),
      CONSTRAINT "ck_sponsorship_settings_version_positive" CHECK ("version" > 0),
      CONSTRAINT "ck_sponsorship_settings_weights_object" CHECK (jsonb_typeof("weights") = 'object'),
      CONSTRAINT "ck_sponsorship_settings_no_contact_days_range" CHECK ("no_contact_days" BETWEEN 7 AND 90),
      CONSTRAINT "ck_sponsorship_settings_trial_meetings_range" CHECK ("trial_meetings_required" BETWEEN 1 AND 10),
      CONSTRAINT "ck_sponsorship_settings_min_score_range" CHECK ("min_score" >= 0 AND "min_score" <= 1)
    )`);
    await q(`INSERT INTO "sponsorship_settings" ("version", "weights", "no_contact_days", "trial_meetings_required", "min_score")
      VALUES (1, '${DEFAULT_WEIGHTS}', 21, 3, 0.2)`);

    await q(`CREATE TABLE "match_run" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "kind" text NOT NULL,
      "settings_version" integer,
      "weights" jsonb NOT NULL,
      "family_count" integer NOT NULL,
      "volunteer_count" integer NOT NULL,
      "total_score" double precision NOT NULL,
      "component_shares" jsonb NOT NULL,
      "duration_ms" integer NOT NULL,
      "created_by_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_match_run" PRIMARY KEY ("id"),
      CONSTRAINT "ck_match_run_kind_known" CHECK ("kind" IN (${RUN_KINDS}))
    )`);
    await q(`CREATE INDEX "ix_match_run_kind_created_at" ON "match_run" ("kind", "created_at")`);

    await q(`CREATE TABLE "match_proposal" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "run_id" uuid NOT NULL,
      "family_id" uuid NOT NULL,
      "volunteer_id" uuid NOT NULL,
      "score" double precision NOT NULL,
      "breakdown" jsonb NOT NULL,
      "distance_km" double precision NOT NULL,
      "status" text NOT NULL DEFAULT 'open',
      "reason" text,
      "decided_by_id" uuid,
      "decided_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_match_proposal" PRIMARY KEY ("id"),
      CONSTRAINT "uq_match_proposal_run_id_family_id" UNIQUE ("run_id", "family_id"),
      CONSTRAINT "ck_match_proposal_status_known" CHECK ("status" IN (${PROPOSAL_STATUSES})),
      CONSTRAINT "ck_match_proposal_score_range" CHECK ("score" >= 0 AND "score" <= 1),
      CONSTRAINT "ck_match_proposal_reason_length" CHECK (length("reason") <= 500),
      CONSTRAINT "ck_match_proposal_decided" CHECK (("status" = 'open') = ("decided_at" IS NULL))
    )`);
    await q(`CREATE INDEX "ix_match_proposal_family_id" ON "match_proposal" ("family_id")`);
    await q(`CREATE INDEX "ix_match_proposal_volunteer_id" ON "match_proposal" ("volunteer_id")`);

    await q(`CREATE TABLE "pairing" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "volunteer_id" uuid NOT NULL,
      "family_id" uuid NOT NULL,
      "proposal_id" uuid NOT NULL,
      "coordinator_id" uuid,
      "state" text NOT NULL DEFAULT 'offered',
      "state_since" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "commitment_months" integer NOT NULL,
      "intro_at" TIMESTAMP WITH TIME ZONE,
      "intro_place" text,
      "trial_started_on" date,
      "active_since" date,
      "paused_until" date,
      "ended_on" date,
      "end_kind" text,
      "end_reason" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_pairing" PRIMARY KEY ("id"),
      CONSTRAINT "uq_pairing_proposal_id" UNIQUE ("proposal_id"),
      CONSTRAINT "ck_pairing_state_known" CHECK ("state" IN (${STATES})),
      CONSTRAINT "ck_pairing_commitment_months_known" CHECK ("commitment_months" IN (6, 12)),
      CONSTRAINT "ck_pairing_intro_place_length" CHECK (length("intro_place") <= 200),
      CONSTRAINT "ck_pairing_end_kind_known" CHECK ("end_kind" IN (${END_KINDS})),
      CONSTRAINT "ck_pairing_end_reason_known" CHECK ("end_reason" IN (${END_REASONS})),
      CONSTRAINT "ck_pairing_ended_complete" CHECK (("state" = 'ended') = ("ended_on" IS NOT NULL AND "end_kind" IS NOT NULL AND "end_reason" IS NOT NULL)),
      CONSTRAINT "ck_pairing_active_after_trial" CHECK ("active_since" IS NULL OR ("trial_started_on" IS NOT NULL AND "active_since" >= "trial_started_on")),
      CONSTRAINT "ck_pairing_ended_after_start" CHECK ("ended_on" IS NULL OR "trial_started_on" IS NULL OR "ended_on" >= "trial_started_on")
    )`);
    // invariant 2: one open pairing per family
    await q(`CREATE UNIQUE INDEX "uq_pairing_family_id_open" ON "pairing" ("family_id") WHERE "state" IN (${OPEN_STATES})`);
    await q(`CREATE INDEX "ix_pairing_volunteer_id" ON "pairing" ("volunteer_id")`);
    await q(`CREATE INDEX "ix_pairing_state_state_since" ON "pairing" ("state", "state_since")`);
    await q(`CREATE INDEX "ix_pairing_coordinator_id" ON "pairing" ("coordinator_id")`);

    await q(`CREATE TABLE "pairing_transition" (
      "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
      "pairing_id" uuid NOT NULL,
      "from_state" text,
      "to_state" text NOT NULL,
      "action" text NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "by_id" uuid,
      "reason" text,
      "note" text,
      CONSTRAINT "pk_pairing_transition" PRIMARY KEY ("id"),
      CONSTRAINT "ck_pairing_transition_from_known" CHECK ("from_state" IN (${STATES})),
      CONSTRAINT "ck_pairing_transition_to_known" CHECK ("to_state" IN (${STATES})),
      CONSTRAINT "ck_pairing_transition_action_known" CHECK ("action" IN (${ACTIONS})),
      CONSTRAINT "ck_pairing_transition_reason_known" CHECK ("reason" IN (${END_REASONS}, ${DECLINE_REASONS})),
      CONSTRAINT "ck_pairing_transition_note_length" CHECK (length("note") <= 1000)
    )`);
    await q(`CREATE INDEX "ix_pairing_transition_pairing_id" ON "pairing_transition" ("pairing_id", "id")`);
    // invariant 6: the history is append-only; erasure may only clear a note or the author (ON DELETE SET NULL)
    await q(`CREATE FUNCTION "pairing_transition_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE'
           AND (NEW.note IS NULL OR NEW.note IS NOT DISTINCT FROM OLD.note)
           AND (NEW.by_id IS NULL OR NEW.by_id IS NOT DISTINCT FROM OLD.by_id)
           AND (NEW.id, NEW.pairing_id, NEW.from_state, NEW.to_state, NEW.action, NEW.at, NEW.reason)
               IS NOT DISTINCT FROM (OLD.id, OLD.pairing_id, OLD.from_state, OLD.to_state, OLD.action, OLD.at, OLD.reason)
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'pairing_transition is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q(`CREATE TRIGGER "tr_pairing_transition_append_only" BEFORE UPDATE OR DELETE ON "pairing_transition" FOR EACH ROW EXECUTE FUNCTION "pairing_transition_append_only"()`);

    await q(`CREATE TABLE "pair_exclusion" (
      "volunteer_id" uuid NOT NULL,
      "family_id" uuid NOT NULL,
      "cause" text NOT NULL,
      "pairing_id" uuid,
      "created_by_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_pair_exclusion" PRIMARY KEY ("volunteer_id", "family_id"),
      CONSTRAINT "ck_pair_exclusion_cause_known" CHECK ("cause" IN (${EXCLUSION_CAUSES}))
    )`);
    await q(`CREATE INDEX "ix_pair_exclusion_family_id" ON "pair_exclusion" ("family_id")`);

    await q(`CREATE TABLE "check_in" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "pairing_id" uuid NOT NULL,
      "occurred_on" date NOT NULL,
      "kind" text NOT NULL,
      "duration_minutes" integer NOT NULL,
      "topics" text array NOT NULL DEFAULT '{}',
      "pulse" integer,
      "note" text,
      "note_visibility" text NOT NULL DEFAULT 'shared',
      "entered_by" text NOT NULL,
      "author_id" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "pk_check_in" PRIMARY KEY ("id"),
      CONSTRAINT "ck_check_in_kind_known" CHECK ("kind" IN (${CHECK_IN_KINDS})),
      CONSTRAINT "ck_check_in_duration_range" CHECK ("duration_minutes" BETWEEN 5 AND 600),
      CONSTRAINT "ck_check_in_topics_known" CHECK ("topics" <@ ARRAY[${SUPPORT_AREAS}]::text[]),
      CONSTRAINT "ck_check_in_pulse_range" CHECK ("pulse" BETWEEN 1 AND 5),
      CONSTRAINT "ck_check_in_note_length" CHECK (length("note") <= 2000),
      CONSTRAINT "ck_check_in_note_visibility_known" CHECK ("note_visibility" IN (${VISIBILITIES})),
      CONSTRAINT "ck_check_in_entered_by_known" CHECK ("entered_by" IN (${ENTERED_BY})),
      CONSTRAINT "ck_check_in_volunteer_note_shared" CHECK ("entered_by" <> 'volunteer' OR "note_visibility" = 'shared')
    )`);
    await q(`CREATE INDEX "ix_check_in_pairing_id_occurred_on" ON "check_in" ("pairing_id", "occurred_on")`);

    const fk = (table: string, column: string, target: string, onDelete: string) =>
      q(`ALTER TABLE "${table}" ADD CONSTRAINT "fk_${table}_${column}" FOREIGN KEY ("${column}") REFERENCES "${target}"("${target === 'sponsorship_settings' ? 'version' : 'id'}") ON DELETE ${onDelete} ON UPDATE NO ACTION`);
    await fk('sponsorship_settings', 'created_by_id', 'user_account', 'SET NULL');
    await fk('match_run', 'settings_version', 'sponsorship_settings', 'RESTRICT');
    await fk('match_run', 'created_by_id', 'user_account', 'SET NULL');
    await fk('match_proposal', 'run_id', 'match_run', 'CASCADE');
    await fk('match_proposal', 'family_id', 'family', 'CASCADE');
    await fk('match_proposal', 'volunteer_id', 'volunteer', 'CASCADE');
    await fk('match_proposal', 'decided_by_id', 'user_account', 'SET NULL');
    // pairings outlive nothing they point at: a family or volunteer with pairings is anonymised, not deleted
    await fk('pairing', 'volunteer_id', 'volunteer', 'RESTRICT');
    await fk('pairing', 'family_id', 'family', 'RESTRICT');
    await fk('pairing', 'proposal_id', 'match_proposal', 'RESTRICT');
    await fk('pairing', 'coordinator_id', 'user_account', 'SET NULL');
    await fk('pairing_transition', 'pairing_id', 'pairing', 'RESTRICT');
    await fk('pairing_transition', 'by_id', 'user_account', 'SET NULL');
    await fk('pair_exclusion', 'volunteer_id', 'volunteer', 'CASCADE');
    await fk('pair_exclusion', 'family_id', 'family', 'CASCADE');
    await fk('pair_exclusion', 'pairing_id', 'pairing', 'SET NULL');
    await fk('pair_exclusion', 'created_by_id', 'user_account', 'SET NULL');
    await fk('check_in', 'pairing_id', 'pairing', 'RESTRICT');
    await fk('check_in', 'author_id', 'user_account', 'SET NULL');

    await q(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_type_known"`);
    await q(`ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_type_known" CHECK ("type" IN (${TYPES_AFTER}))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`DELETE FROM "notification" WHERE "type" NOT IN (${TYPES_BEFORE})`);
    await q(`ALTER TABLE "notification" DROP CONSTRAINT "ck_notification_type_known"`);
    await q(`ALTER TABLE "notification" ADD CONSTRAINT "ck_notification_type_known" CHECK ("type" IN (${TYPES_BEFORE}))`);
    await q(`DROP TABLE "check_in"`);
    await q(`DROP TABLE "pair_exclusion"`);
    await q(`DROP TRIGGER "tr_pairing_transition_append_only" ON "pairing_transition"`);
    await q(`DROP TABLE "pairing_transition"`);
    await q(`DROP FUNCTION "pairing_transition_append_only"()`);
    await q(`DROP TABLE "pairing"`);
    await q(`DROP TABLE "match_proposal"`);
    await q(`DROP TABLE "match_run"`);
    await q(`DROP TABLE "sponsorship_settings"`);
  }
}
