import { performance } from 'node:perf_hooks';
import type { SessionHeaders } from '../../support/sql-session';
import type { LoadRecorder } from './load-report';

/** Cookie and CSRF headers of a session created directly in the database (fixtures.ts). */
export type { SessionHeaders };

/** Shared by all virtual users: the end of the run by time and by request count. */
export class LoadBudget {
  private sent = 0;
  constructor(
    private readonly deadline: number,
    private readonly maxRequests: number,
  ) {}

  /** False once the time is up or the request count is used up; otherwise takes one request. */
  take(): boolean {
    if (performance.now() >= this.deadline || this.sent >= this.maxRequests) return false;
    this.sent += 1;
    return true;
  }

  get exhausted(): boolean {
    return performance.now() >= this.deadline || this.sent >= this.maxRequests;
  }
}

export class BudgetExhausted extends Error {}

export interface Expectation {
  /** Success statuses (default 200, 201, 204). */
  ok?: number[];
  /** 4xx codes (`code` of the error body) that the workload provokes on purpose. */
  refusals?: string[];
}

export interface CallResult<T> {
  status: number;
  ok: boolean;
  body: T | undefined;
  /** `code` of an error body. */
  code?: string;
}

/** One virtual user's HTTP access: every call bounded by a timeout and recorded. */
export class HttpClient {
  constructor(
    private readonly base: string,
    private readonly recorder: LoadRecorder,
    private readonly budget: LoadBudget,
    private readonly timeoutMs: number,
  ) {}

  /** Throws BudgetExhausted when the run is over (the caller's loop ends). */
  async call<T>(
    operation: string,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    options: { headers?: SessionHeaders; body?: unknown; expect?: Expectation } = {},
  ): Promise<CallResult<T>> {
    if (!this.budget.take()) throw new BudgetExhausted();
    const started = performance.now();
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    let status = 0;
    let text = '';
    try {
      const response = await fetch(`${this.base}${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      const kind = name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network';
      const message = error instanceof Error ? `${error.message} ${causeOf(error)}` : String(error);
      this.recorder.record(operation, 'error', kind, performance.now() - started, message.trim());
      return { status: 0, ok: false, body: undefined };
    }
    const ms = performance.now() - started;
    const body = parseJson(text);
    const ok = (options.expect?.ok ?? [200, 201, 204]).includes(status);
    const code =
      !ok && isRecord(body) && typeof body['code'] === 'string' ? body['code'] : undefined;
    if (ok) this.recorder.record(operation, 'ok', String(status), ms, '');
    else if (status >= 400 && status < 500 && code && options.expect?.refusals?.includes(code))
      this.recorder.record(operation, 'refused', String(status), ms, code);
    else
      this.recorder.record(
        operation,
        'error',
        String(status),
        ms,
        `${method} ${path} → ${code ?? text.slice(0, 200)}`,
      );
    return { status, ok, body: ok ? (body as T) : undefined, code };
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function causeOf(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `(${cause.message})` : '';
}
