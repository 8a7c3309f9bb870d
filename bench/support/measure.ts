import { performance } from 'node:perf_hooks';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/** Measuring helpers shared by the benchmarks under bench/. */

export const ms = (value: number): string => `${value.toFixed(1).padStart(7)} ms`;

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs `count` tasks on `clients` concurrent workers; returns each task's latency and the wall time. */
export async function runConcurrently(
  count: number,
  clients: number,
  task: (index: number, client: number) => Promise<void>,
): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let index = next++; index < count; index = next++) {
        const t = performance.now();
        await task(index, client);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return {
    latencies: latencies.sort((a, b) => a - b),
    seconds: (performance.now() - started) / 1000,
  };
}

/** Counts every statement TypeORM sends while `run` runs; with `trace`, collects their first lines. */
export async function countQueries(run: () => Promise<void>, trace?: string[]): Promise<number> {
  const prototype = PostgresQueryRunner.prototype as unknown as {
    query: (...args: unknown[]) => Promise<unknown>;
  };
  const original = prototype.query;
  let count = 0;
  prototype.query = function (this: unknown, ...args: unknown[]) {
    count++;
    trace?.push(String(args[0]).replace(/\s+/g, ' ').slice(0, 110));
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    prototype.query = original;
  }
  return count;
}
