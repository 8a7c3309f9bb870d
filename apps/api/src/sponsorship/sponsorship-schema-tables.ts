/**
 * The tables an integration spec of the Patenmodell copies into a schema of its own (`createIsolatedSchema`)
 * when its assertions count every volunteer, family or pairing: other spec files write to the shared test
 * database at the same time. Identity and notification tables come along because every command audits and
 * notifies.
 */
export const SPONSORSHIP_SCHEMA_TABLES = [
  'user_account',
  'user_session',
  'sign_in_attempt',
  'account_token',
  'audit_event',
  'notification',
  'volunteer',
  'vetting_step',
  'conduct_certificate_check',
  'family',
  'family_member',
  'family_consent',
  'sponsorship_settings',
  'match_run',
  'match_proposal',
  'pairing',
  'pairing_transition',
  'pair_exclusion',
  'check_in',
] as const;
