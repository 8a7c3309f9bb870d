/** The SQL of the workshop report; months are local months in Europe/Berlin. */
export const TZ = 'Europe/Berlin';

/** Bikes taken in per month and source (`received_on` in [$1, $2)). */
export const TAKEN_IN_SQL = `
  SELECT to_char(received_on, 'YYYY-MM') AS month, source, count(*)::int AS n
    FROM bike WHERE received_on >= $1::date AND received_on < $2::date
   GROUP BY 1, 2`;

/**
 * When a retired bike left the fleet. There is no `retired_at` column: the time of the audit entry of the
 * transition to `retired` (`workshop.bike-transition`, details.to) is taken, and the row's `updated_at` where
 * there is none (bikes written by SQL, e.g. the demo data; a retired bike changes no more, so that is the
 * retirement too).
 */
const RETIRED_AT = `coalesce(
  (SELECT max(a.occurred_at) FROM audit_event a
    WHERE a.subject_type = 'bike' AND a.subject_id = b.id::text AND a.action = 'workshop.bike-transition'
      AND a.details ->> 'to' = 'retired'),
  b.updated_at)`;

/**
 * Per month in [$1, $2): refurbished (a bike's FIRST passed inspection), handed out, returned, retired.
 */
export const BIKE_COUNTS_SQL = `
  WITH events AS (
    SELECT 'refurbished' AS kind, min(performed_at) AS at FROM bike_inspection
     WHERE result = 'passed' GROUP BY bike_id
    UNION ALL
    SELECT 'handedOut', handed_out_at FROM rental WHERE handed_out_at IS NOT NULL
    UNION ALL
    SELECT 'returned', returned_at FROM rental WHERE returned_at IS NOT NULL
    UNION ALL
    SELECT 'retired', ${RETIRED_AT} FROM bike b WHERE b.technical_state = 'retired'
  )
  SELECT to_char(at AT TIME ZONE '${TZ}', 'YYYY-MM') AS month, kind, count(*)::int AS n
    FROM events WHERE at >= $1 AND at < $2
   GROUP BY 1, 2`;

/**
 * Lendable span of every bike that may ever be lent (no S-pedelec or throttle e-bike): from its first passed
 * inspection until it left the fleet (retired; stolen or missing: the last change of the row), else open.
 */
export const LENDABLE_SQL = `
  SELECT f.first_passed AS start,
         CASE WHEN b.technical_state = 'retired' THEN ${RETIRED_AT}
              WHEN b.technical_state IN ('stolen', 'missing') THEN b.updated_at END AS "end"
    FROM bike b
    JOIN (SELECT bike_id, min(performed_at) AS first_passed FROM bike_inspection
           WHERE result = 'passed' GROUP BY bike_id) f ON f.bike_id = b.id
   WHERE b.propulsion NOT IN ('s_pedelec', 'throttle')`;

/** Loans overlapping [$1, $2): handout to return (still out: open). */
export const LOANS_SQL = `
  SELECT handed_out_at AS start, returned_at AS "end" FROM rental
   WHERE status IN ('active', 'returned', 'closed', 'lost') AND handed_out_at < $2
     AND (returned_at IS NULL OR returned_at > $1)`;

/** Parts used in [$1, $2): consumption and cannibalised movements at the unit cost frozen on each movement. */
export const PARTS_SQL = `
  SELECT p.sku, p.name, (-sum(m.quantity))::int AS quantity,
         (-sum(m.quantity * m.unit_cost_cents))::bigint AS cost
    FROM stock_movement m JOIN spare_part p ON p.id = m.part_id
   WHERE m.kind IN ('consumption', 'cannibalised') AND m.created_at >= $1 AND m.created_at < $2
   GROUP BY p.id, p.sku, p.name
   ORDER BY cost DESC, p.sku`;

/** Minutes per programme worked in [$1, $2) (dates): approved, pending, distinct people. */
export const HOURS_SQL = `
  SELECT programme,
         coalesce(sum(minutes) FILTER (WHERE approved_at IS NOT NULL), 0)::int AS approved,
         coalesce(sum(minutes) FILTER (WHERE approved_at IS NULL), 0)::int AS pending,
         count(DISTINCT worker_id)::int AS people
    FROM time_entry WHERE worked_on >= $1::date AND worked_on < $2::date
   GROUP BY programme`;

/** Approved minutes per person and programme worked in [$1, $2) (dates), by programme and name. */
export const HOURS_BY_PERSON_SQL = `
  SELECT w.display_name AS worker_name, t.programme, sum(t.minutes)::int AS minutes
    FROM time_entry t JOIN workshop_worker w ON w.id = t.worker_id
   WHERE t.worked_on >= $1::date AND t.worked_on < $2::date AND t.approved_at IS NOT NULL
   GROUP BY w.id, w.display_name, t.programme
   ORDER BY array_position(ARRAY['asylblg_5', 'sgb2_16d', 'volunteer'], t.programme), w.display_name, w.id`;
