/**
 * Polls `GET /api/health/ready` of every API process every `intervalMs` (default 250 ms) and keeps each
 * process' transitions, so the fault run can say "turned red after X s, green again after Y s" per API.
 * A poll that gets no answer within `timeoutMs` counts as not ready (an API blocked on a dead dependency).
 */
export interface ReadinessSample {
  at: number;
  ready: boolean;
}

export interface ReadinessWindow {
  /** First not-ready sample at or after `from` (ms since epoch), per API; null = stayed green. */
  redAt: (number | null)[];
  /** First ready sample after the red one, per API; null = still red at `to` (or never red). */
  greenAt: (number | null)[];
}

export interface ReadinessWatch {
  /** Latest state per API (false before the first answer). */
  current(): boolean[];
  /** Transitions per API (the first sample and every change). */
  transitions(): ReadinessSample[][];
  window(from: number, to: number): ReadinessWindow;
  /** Resolves once every API answered ready on the same round (or rejects after `timeoutMs`). */
  allReady(timeoutMs: number): Promise<number>;
  stop(): Promise<void>;
}

async function probe(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health/ready`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

export function watchReadiness(
  apiUrls: string[],
  options: { intervalMs?: number; timeoutMs?: number } = {},
): ReadinessWatch {
  const intervalMs = options.intervalMs ?? 250;
  const timeoutMs = options.timeoutMs ?? 2_000;
  const current = apiUrls.map(() => false);
  const transitions: ReadinessSample[][] = apiUrls.map(() => []);
  let stopped = false;

  const loops = apiUrls.map(async (url, index) => {
    while (!stopped) {
      const started = Date.now();
      const ready = await probe(url, timeoutMs);
      const at = Date.now();
      const list = transitions[index];
      if (list.length === 0 || list[list.length - 1].ready !== ready) list.push({ at, ready });
      current[index] = ready;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, intervalMs - (at - started))));
    }
  });

  const stateAt = (list: ReadinessSample[], at: number): boolean | null => {
    let state: boolean | null = null;
    for (const sample of list) {
      if (sample.at > at) break;
      state = sample.ready;
    }
    return state;
  };

  return {
    current: () => [...current],
    transitions: () => transitions.map((list) => [...list]),
    window(from, to) {
      const redAt: (number | null)[] = [];
      const greenAt: (number | null)[] = [];
      for (const list of transitions) {
        let red: number | null = stateAt(list, from) === false ? from : null;
        let green: number | null = null;
        for (const sample of list) {
          if (sample.at < from || sample.at > to) continue;
          if (!sample.ready && red === null) red = sample.at;
          if (sample.ready && red !== null && green === null) green = sample.at;
        }
        redAt.push(red);
        greenAt.push(green);
      }
      return { redAt, greenAt };
    },
    async allReady(waitMs) {
      const deadline = Date.now() + waitMs;
      while (Date.now() < deadline) {
        if (current.every(Boolean)) return Date.now();
        await new Promise((resolve) => setTimeout(resolve, intervalMs / 2));
      }
      throw new Error(`not every API became ready within ${waitMs} ms (${current.join(', ')})`);
    },
    async stop() {
      stopped = true;
      await Promise.all(loops);
    },
  };
}
