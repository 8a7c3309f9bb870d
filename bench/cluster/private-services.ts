import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { spawnLogged, logTail, type ClusterChild } from './child-process';
import { freePort, waitUntil } from './loopback';

const run = promisify(execFile);

/** Debian's PostgreSQL 15 server binaries (package postgresql-15). */
export const PG_BIN = '/usr/lib/postgresql/15/bin';
const DATABASE = 'zusammenleben';
const isRoot = process.getuid?.() === 0;

/**
 * PostgreSQL refuses to run as root: as root every server command runs as the `postgres` user through
 * `runuser`, in a folder that user owns.
 */
function asPostgres(binary: string, args: string[]): [string, string[]] {
  const path = join(PG_BIN, binary);
  return isRoot ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
}

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

export interface PrivatePostgres {
  /** The application database, e.g. postgres://postgres@127.0.0.1:41234/zusammenleben */
  url: string;
  port: number;
  /** initdb, start, create the database. */
  start(): Promise<void>;
  /** `pg_ctl restart -m fast`: open connections are cut, the server is back when this resolves. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** Last resort from a process 'exit' handler: immediate shutdown, synchronously. */
  stopSync(): void;
}

/**
 * A private PostgreSQL in `dir`: `start()` runs initdb into `dir`/data (trust auth, loopback TCP on a free port,
 * unix socket inside `dir`), starts it with pg_ctl and creates the application database. The server's command
 * line contains `dir`, so `pgrep -f <runDir>` finds it while it runs. `stop()` works from any point of `start()`
 * (it asks pg_ctl whenever a postmaster.pid exists), so an interrupted start-up leaves no server behind.
 */
export function privatePostgres(dir: string): PrivatePostgres {
  const data = join(dir, 'data');
  const socketDir = join(dir, 'socket');
  const logFile = join(dir, 'postgres.log');
  let port = 0;
  const pg = async (binary: string, args: string[]) => {
    const [command, argv] = asPostgres(binary, args);
    try {
      await run(command, argv, { cwd: dir });
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr ?? '';
      throw new Error(`${binary} ${args.join(' ')} failed: ${stderr.trim()}\n${logTail(logFile)}`);
    }
  };
  const ctl = (...args: string[]) =>
    pg('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', ...args]);
  const serverRuns = () => existsSync(join(data, 'postmaster.pid'));
  return {
    get url() {
      return `postgres://postgres@127.0.0.1:${port}/${DATABASE}`;
    },
    get port() {
      return port;
    },
    async start() {
      if (!existsSync(join(PG_BIN, 'initdb')))
        throw new Error(`${PG_BIN}/initdb is missing: install Debian's postgresql-15 package`);
      mkdirSync(socketDir, { recursive: true });
      writeFileSync(logFile, '');
      if (isRoot) {
        const { uid, gid } = postgresIds();
        for (const path of [dir, socketDir, logFile]) chownSync(path, uid, gid);
      }
      port = await freePort();
      // --no-sync: a throw-away test cluster; the server itself keeps the default fsync settings.
      await pg('initdb', [
        ...['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8'],
        ...['--no-sync', '--no-instructions'],
      ]);
      appendFileSync(
        join(data, 'postgresql.conf'),
        [
          '# bench/cluster: loopback only, own socket folder, room for 3 APIs + 2 workers with their pools',
          `port = ${port}`,
          `listen_addresses = '127.0.0.1'`,
          `unix_socket_directories = '${socketDir}'`,
          'max_connections = 200',
          '',
        ].join('\n'),
      );
      await ctl('start');
      const admin = new Client({
        connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
      });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${DATABASE}"`);
      } finally {
        await admin.end();
      }
    },
    restart: () => ctl('-m', 'fast', 'restart'),
    async stop() {
      if (serverRuns()) await ctl('-m', 'fast', 'stop');
    },
    stopSync() {
      if (!serverRuns()) return;
      const [command, argv] = asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      try {
        execFileSync(command, argv, { stdio: 'ignore' });
      } catch {
        // already down
      }
    },
  };
}

export interface PrivateRedis {
  url: string;
  port: number;
  /**
   * Starts redis-server (the first time on a free port, later on the same port with the same data folder);
   * resolves once it answers PING.
   */
  start(): Promise<void>;
  /** SIGTERM: Redis writes its append-only file and exits. */
  stop(): Promise<void>;
  /** The running process, if any (for the exit handler). */
  current(): ClusterChild | undefined;
}

/** `PING` over a raw socket: true on `+PONG` (not while Redis is still loading its data, `-LOADING`). */
function pingRedis(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (chunk) => done(chunk.toString().startsWith('+PONG')));
  });
}

/**
 * A private redis-server from a config file in `dir` (started by `start()`): loopback, free port, no RDB snapshots but an append-only file (as
 * infra/compose.yaml), so stop/start keeps queued and delayed jobs; `noeviction` because BullMQ must never lose
 * keys to memory pressure. The process title names the config file, so `pgrep -f <runDir>` finds it.
 */
export function privateRedis(dir: string): PrivateRedis {
  const config = join(dir, 'redis.conf');
  let port = 0;
  const writeConfig = () =>
    writeFileSync(
      config,
      [
        'bind 127.0.0.1',
        `port ${port}`,
        'protected-mode yes',
        'daemonize no',
        `dir ${dir}`,
        'save ""',
        'appendonly yes',
        'appendfsync everysec',
        'maxmemory-policy noeviction',
        'logfile ""',
        'proc-title-template "{title} {listen-addr} {server-mode} {config-file}"',
        '',
      ].join('\n'),
    );
  let child: ClusterChild | undefined;
  return {
    get url() {
      return `redis://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    async start() {
      if (child?.running()) return;
      if (!port) {
        // first start: the port stays the same for every later start (the clients reconnect to it)
        mkdirSync(dir, { recursive: true });
        port = await freePort();
        writeConfig();
      }
      const started = spawnLogged({
        name: 'redis',
        command: 'redis-server',
        args: [config],
        env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
        cwd: dir,
        logFile: join(dir, '..', 'redis.log'),
      });
      child = started;
      await waitUntil(() => pingRedis(port), {
        timeoutMs: 20_000,
        intervalMs: 50,
        what: `redis-server on port ${port}`,
        abort: () =>
          started.running() ? undefined : `redis-server exited:\n${logTail(started.logFile)}`,
      });
    },
    async stop() {
      await child?.stop('SIGTERM', 10_000);
    },
    current: () => child,
  };
}
