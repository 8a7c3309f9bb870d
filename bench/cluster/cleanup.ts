/**
 * Clusters that are starting or running, so that nothing is left behind when the parent process is interrupted:
 * SIGINT/SIGTERM stop every cluster in order and then exit; the 'exit' handler (synchronous, last resort, e.g.
 * after an uncaught error) SIGKILLs what is still running.
 */
export interface Cleanup {
  /** Orderly stop (async). */
  stop(): Promise<void>;
  /** Synchronous last resort. */
  kill(): void;
}

const live = new Set<Cleanup>();
let installed = false;

async function onSignal(signal: NodeJS.Signals): Promise<void> {
  process.stderr.write(`\n${signal}: stopping the cluster …\n`);
  await Promise.allSettled([...live].map((cleanup) => cleanup.stop()));
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

function onExit(): void {
  for (const cleanup of live) cleanup.kill();
}

export function registerCleanup(cleanup: Cleanup): void {
  live.add(cleanup);
  if (installed) return;
  installed = true;
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.on('exit', onExit);
}

/** After an orderly stop; the handlers go when no cluster is left, restoring the default signal behaviour. */
export function unregisterCleanup(cleanup: Cleanup): void {
  live.delete(cleanup);
  if (live.size > 0 || !installed) return;
  installed = false;
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  process.removeListener('exit', onExit);
}
