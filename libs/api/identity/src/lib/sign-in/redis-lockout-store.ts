import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis, type Result } from 'ioredis';
import { randomBytes } from 'node:crypto';
import {
  EMAIL_LOCKOUT,
  evaluateLockout,
  IP_LOCKOUT,
  type LockoutRule,
  type LockoutState,
} from './lockout';
import { LockoutStore, type SignInFailures } from './lockout-store';

/**
 * The scripts take the time from Redis (`TIME`), so every replica uses one clock. Each key is a sorted set of
 * events scored by their time in ms; members are `<ms>-<random>` so events of the same millisecond all count.
 * Old events are trimmed and the key expires with its window.
 */
const NOW_MS = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** KEYS: sets; ARGV: window ms and limit per key → { now, {member, score, …} per key }. */
const READ_SCRIPT = `${NOW_MS}
local result = { now }
for i, key in ipairs(KEYS) do
  local window = tonumber(ARGV[2 * i - 1])
  result[i + 1] = redis.call('ZREVRANGEBYSCORE', key, '+inf', '(' .. (now - window), 'WITHSCORES', 'LIMIT', 0, tonumber(ARGV[2 * i]))
end
return result`;

/** KEYS: sets; ARGV[1]: random member suffix, then the window ms per key → now. */
const RECORD_SCRIPT = `${NOW_MS}
for i, key in ipairs(KEYS) do
  local window = tonumber(ARGV[i + 1])
  redis.call('ZADD', key, now, now .. '-' .. ARGV[1])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  redis.call('PEXPIRE', key, window)
end
return now`;

/** KEYS[1]: set; ARGV: window ms, limit, random member suffix → { now, admitted 0|1, {member, score, …} }. */
const ADMIT_SCRIPT = `${NOW_MS}
local key = KEYS[1]
local window = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local recent = redis.call('ZREVRANGEBYSCORE', key, '+inf', '(' .. (now - window), 'WITHSCORES', 'LIMIT', 0, limit)
if #recent / 2 < limit then
  redis.call('ZADD', key, now, now .. '-' .. ARGV[3])
  redis.call('PEXPIRE', key, window)
  return { now, 1, recent }
end
return { now, 0, recent }`;

declare module 'ioredis' {
  interface RedisCommander<Context> {
    lockoutRead(numKeys: number, ...args: (string | number)[]): Result<unknown[], Context>;
    lockoutRecord(numKeys: number, ...args: (string | number)[]): Result<number, Context>;
    lockoutAdmit(...args: (string | number)[]): Result<unknown[], Context>;
  }
}

/** `[member, score, member, score, …]` → the scores as dates. */
function scoresOf(reply: unknown): Date[] {
  const flat = Array.isArray(reply) ? (reply as string[]) : [];
  const dates: Date[] = [];
  for (let i = 1; i < flat.length; i += 2) dates.push(new Date(Number(flat[i])));
  return dates;
}

const nonce = (): string => randomBytes(6).toString('hex');

/**
 * The store with REDIS_URL: one sorted set per key under `<REDIS_PREFIX>:lockout:`, each change one Lua script
 * (atomic). Owns its connection and closes it on shutdown.
 */
export class RedisLockoutStore extends LockoutStore implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisLockoutStore.name);
  private readonly redis: Redis;
  private lastErrorLoggedAt = 0;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    super();
    this.redis = new Redis(url, {
      connectionName: 'zusammen-lockout',
      // a Redis outage fails the request after a few tries instead of letting sign-in hang
      maxRetriesPerRequest: 1,
      commandTimeout: 1_000,
      enableReadyCheck: true,
      retryStrategy: (times: number) => Math.min(times * 200, 5_000),
    });
    this.redis.on('error', (error: Error) => {
      if (Date.now() - this.lastErrorLoggedAt > 30_000) {
        this.lastErrorLoggedAt = Date.now();
        this.logger.warn(`Redis connection error: ${error.message}`);
      }
    });
    this.redis.defineCommand('lockoutRead', { lua: READ_SCRIPT });
    this.redis.defineCommand('lockoutRecord', { lua: RECORD_SCRIPT });
    this.redis.defineCommand('lockoutAdmit', { numberOfKeys: 1, lua: ADMIT_SCRIPT });
  }

  /** False while the connection is down or reconnecting: callers use another store instead of waiting. */
  available(): boolean {
    return (
      this.redis.status === 'ready' ||
      this.redis.status === 'connect' ||
      this.redis.status === 'wait'
    );
  }

  async readSignInFailures(emailHash: string, ip: string | undefined): Promise<SignInFailures> {
    const keys = [this.emailKey(emailHash)];
    const args: number[] = [EMAIL_LOCKOUT.windowMs, EMAIL_LOCKOUT.maxFailures];
    if (ip) {
      keys.push(this.ipKey(ip));
      args.push(IP_LOCKOUT.windowMs, IP_LOCKOUT.maxFailures);
    }
    const [now, byEmail, byIp] = await this.redis.lockoutRead(keys.length, ...keys, ...args);
    return { now: new Date(Number(now)), byEmail: scoresOf(byEmail), byIp: scoresOf(byIp) };
  }

  async recordSignInFailure(emailHash: string, ip: string | undefined): Promise<void> {
    const keys = [this.emailKey(emailHash)];
    const windows = [EMAIL_LOCKOUT.windowMs];
    if (ip) {
      keys.push(this.ipKey(ip));
      windows.push(IP_LOCKOUT.windowMs);
    }
    await this.redis.lockoutRecord(keys.length, ...keys, nonce(), ...windows);
  }

  async clearSignInFailures(emailHash: string): Promise<void> {
    await this.redis.unlink(this.emailKey(emailHash));
  }

  async admit(key: string, rule: LockoutRule): Promise<LockoutState> {
    const [now, admitted, recent] = await this.redis.lockoutAdmit(
      `${this.prefix}:lockout:limit:${key}`,
      rule.windowMs,
      rule.maxFailures,
      nonce(),
    );
    if (Number(admitted) === 1) return { locked: false };
    const state = evaluateLockout(scoresOf(recent), new Date(Number(now)), rule);
    // the script refused, so the window is full; the arithmetic only says for how long
    return state.locked ? state : { locked: true, retryAfterSeconds: 1 };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status === 'end') return;
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }

  private emailKey(emailHash: string): string {
    return `${this.prefix}:lockout:sign-in:email:${emailHash}`;
  }

  private ipKey(ip: string): string {
    return `${this.prefix}:lockout:sign-in:ip:${ip}`;
  }
}
