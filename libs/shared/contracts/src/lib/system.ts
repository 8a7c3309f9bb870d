/** Which infrastructure the running system uses (DESIGN.md §2). Public, no secrets. */
export interface SystemInfoResponse {
  version: string;
  /** `embedded`: PGlite in-process; `services`: DATABASE_URL. */
  database: 'embedded' | 'services';
  /** `in-process` without REDIS_URL, `bullmq` with it. */
  queue: 'in-process' | 'bullmq';
  /** `preview` without SMTP_URL (mails written to files), `smtp` with it. */
  mail: 'preview' | 'smtp';
}
