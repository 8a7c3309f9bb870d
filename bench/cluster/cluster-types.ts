/**
 * The local scale-out cluster (issue 8, DESIGN.md §11): N API processes and M worker processes against one
 * PostgreSQL and one Redis, behind nginx from Debian's packages, on loopback only. `startCluster` lives in
 * ./cluster.ts; the load and fault scripts in this folder drive it through this interface.
 */
export interface ClusterOptions {
  /** API processes behind nginx (default 3). */
  apis?: number;
  /** Worker processes (default 2). */
  workers?: number;
  /** nginx port on 127.0.0.1 (0 or unset = a free port). */
  port?: number;
  /**
   * true: an own PostgreSQL (initdb in a temp folder, as the `postgres` user when run as root) and an own
   * redis-server, each on a free loopback port, so a fault script may stop or restart them without touching the
   * machine's services. false (default): DATABASE_URL / REDIS_URL from the environment, else the local
   * services with a fresh database and a fresh Redis prefix.
   */
  privateServices?: boolean;
  /** SMTP server for the workers (e.g. an in-process smtp-server); unset = mail preview files in the run folder. */
  smtpUrl?: string;
  /** Load the Borken demo data (default true). */
  demoData?: boolean;
  /** Extra environment for API and worker processes. */
  env?: Record<string, string>;
  /** Progress lines (default: console.log). */
  log?: (line: string) => void;
}

export interface Cluster {
  /** nginx, e.g. http://127.0.0.1:8080 */
  url: string;
  /** Each API process directly (for per-process readiness). */
  apiUrls: string[];
  /** Each worker's health server (HEALTH_PORT): `${workerUrls[i]}/ready`, `/live`. */
  workerUrls: string[];
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  /** Folder with nginx.conf, process logs (api-0.log …, worker-0.log …), mail previews, private data dirs. */
  runDir: string;
  /** GET /api/health/ready of each API process: true = 200. */
  readiness(): Promise<boolean[]>;
  /** GET /ready of each worker's health server: true = 200. */
  workerReadiness(): Promise<boolean[]>;
  /** Kill worker `index` (default SIGKILL) and wait for it to exit. */
  killWorker(index: number, signal?: NodeJS.Signals): Promise<void>;
  /** Start worker `index` again (after killWorker). */
  startWorker(index: number): Promise<void>;
  /** Private services only: stop / start the private redis-server (same port, same data). */
  stopRedis(): Promise<void>;
  startRedis(): Promise<void>;
  /** Private services only: `pg_ctl restart -m fast` of the private PostgreSQL. */
  restartPostgres(): Promise<void>;
  /** SIGTERM everything (APIs, workers, nginx, private services), wait, remove the run folder unless kept. */
  stop(): Promise<void>;
}
