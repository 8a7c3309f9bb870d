import { INSPECTION_TEMPLATE_V1 } from '@zusammen/shared/contracts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

/**
 * Bench data, by SQL: desk users (workshop role), and per handout one fresh bike (roadworthy, available, a passed
 * inspection of checklist v1) and one fresh borrower (eligible, briefed), paired by number in `bench_<kind>_pair`
 * — `api` pairs for the HTTP clients, `pg` pairs for pgbench, so neither side resets anything between handouts.
 */
export async function seedHandouts(
  dataSource: DataSource,
  input: { deskUsers: number; apiPairs: number; pgPairs: number },
): Promise<void> {
  await dataSource.query(
    `INSERT INTO user_account (email, display_name, roles, locale, email_verified_at)
     SELECT 'ausgabe-' || i || '@bench.invalid', 'Ausgabe ' || i, ARRAY['workshop'], 'de', now()
       FROM generate_series(1, $1) AS i`,
    [input.deskUsers],
  );
  const items = JSON.stringify(
    Object.fromEntries(INSPECTION_TEMPLATE_V1.map((item) => [item.key, 'pass'])),
  );
  for (const [kind, count] of [
    ['api', input.apiPairs],
    ['pg', input.pgPairs],
  ] as const) {
    await dataSource.query(
      `INSERT INTO bike (frame_no, make, cycle_type, condition, technical_state, availability, roadworthy_until,
                         source, received_on)
       SELECT 'BENCH-${kind}-' || lpad(i::text, 6, '0'), 'Bench', 'city', 'good', 'roadworthy', 'available',
              now() + interval '30 days', 'donation', current_date
         FROM generate_series(1, $1) AS i`,
      [count],
    );
    await dataSource.query(
      `INSERT INTO bike_inspection (bike_id, template_version, items, result, inspector_id, performed_at, valid_until)
       SELECT b.id, 1, $1::jsonb, 'passed', (SELECT id FROM user_account WHERE email = 'ausgabe-1@bench.invalid'),
              now() - interval '1 hour', now() + interval '30 days'
         FROM bike b WHERE b.frame_no LIKE 'BENCH-${kind}-%'`,
      [items],
    );
    await dataSource.query(
      `INSERT INTO borrower (display_name, preferred_locale, reminder_channel)
       SELECT 'Bench ${kind} ' || lpad(i::text, 6, '0'), 'de', 'phone' FROM generate_series(1, $1) AS i`,
      [count],
    );
    await dataSource.query(
      `INSERT INTO eligibility_check (borrower_id, legal_basis, document_type_seen, verified_on, valid_until)
       SELECT id, 'asylblg', 'benefit_notice', current_date, current_date + 180
         FROM borrower WHERE display_name LIKE 'Bench ${kind} %'`,
    );
    await dataSource.query(
      `INSERT INTO briefing (borrower_id, language, held_on, acknowledged)
       SELECT id, 'de', current_date, true FROM borrower WHERE display_name LIKE 'Bench ${kind} %'`,
    );
    await dataSource.query(
      `CREATE TABLE bench_${kind}_pair AS
       SELECT row_number() OVER (ORDER BY b.frame_no) - 1 AS n, b.id AS bike_id, o.id AS borrower_id
         FROM bike b JOIN borrower o ON o.display_name = 'Bench ${kind} ' || substr(b.frame_no, length('BENCH-${kind}-') + 1)
        WHERE b.frame_no LIKE 'BENCH-${kind}-%'`,
    );
    await dataSource.query(`ALTER TABLE bench_${kind}_pair ADD PRIMARY KEY (n)`);
  }
  await dataSource.query(`CREATE SEQUENCE bench_pg_seq MINVALUE 0 START 0`);
  await dataSource.query(`ANALYZE`);
}

/**
 * The handout as one SQL transaction, statement for statement what the service does (workshop.md § 6): lock the
 * bike, the inspection gate's facts, lock the borrower, the borrower gate's facts (eligibility, briefing, block,
 * open rentals), the settings, INSERT the rental (the trigger re-checks the gate), the bike on loan.
 */
export function handoutScript(dir: string): string {
  const pair = (column: string) => `(SELECT ${column} FROM bench_pg_pair WHERE n = :n)`;
  const file = join(dir, 'handout.sql');
  writeFileSync(
    file,
    [
      `SELECT nextval('bench_pg_seq') AS n \\gset`,
      'BEGIN;',
      `SELECT id, availability, technical_state, cycle_type FROM bike WHERE id = ${pair('bike_id')} FOR UPDATE;`,
      `SELECT i.id, i.performed_at, i.valid_until,
       (SELECT max(r.returned_at) FROM rental r WHERE r.bike_id = ${pair('bike_id')}) AS last_return_at,
       (SELECT max(w.completed_at) FROM work_order w WHERE w.bike_id = ${pair('bike_id')} AND w.status = 'done') AS last_repair_at
  FROM (SELECT 1) one
  LEFT JOIN LATERAL (SELECT id, performed_at, valid_until FROM bike_inspection
                      WHERE bike_id = ${pair('bike_id')} AND result = 'passed' ORDER BY performed_at DESC LIMIT 1) i ON true;`,
      `SELECT id, preferred_locale, user_id FROM borrower WHERE id = ${pair('borrower_id')} FOR UPDATE;`,
      `SELECT b.id, b.blocked_until, e.valid_until, e.legal_basis,
       EXISTS (SELECT 1 FROM briefing f WHERE f.borrower_id = b.id AND f.acknowledged) AS briefed,
       (SELECT count(*) FROM rental r WHERE r.borrower_id = b.id AND r.status IN ('reserved', 'active')) AS open_rentals
  FROM borrower b
  LEFT JOIN LATERAL (SELECT valid_until, legal_basis FROM eligibility_check c WHERE c.borrower_id = b.id
                      ORDER BY c.valid_until DESC, c.created_at DESC LIMIT 1) e ON true
 WHERE b.id = ${pair('borrower_id')};`,
      `SELECT * FROM workshop_settings WHERE id = 1;`,
      `INSERT INTO rental (bike_id, borrower_id, status, inspection_id, contract_type, contract_version, contract_locale,
                    fee_cents, fee_status, deposit_cents, deposit_status, accessories_out, signature_kind,
                    handed_out_at, due_on)
SELECT p.bike_id, p.borrower_id, 'active',
       (SELECT id FROM bike_inspection WHERE bike_id = p.bike_id AND result = 'passed' ORDER BY performed_at DESC LIMIT 1),
       s.contract_type, s.contract_version, 'de', s.fee_cents, 'paid', s.deposit_cents, 'held', ARRAY['lock'], 'paper',
       now(), current_date + s.loan_days
  FROM bench_pg_pair p, workshop_settings s WHERE p.n = :n AND s.id = 1;`,
      `UPDATE bike SET availability = 'on_loan', version = version + 1, updated_at = now() WHERE id = ${pair('bike_id')};`,
      'COMMIT;',
      '',
    ].join('\n'),
  );
  return file;
}
