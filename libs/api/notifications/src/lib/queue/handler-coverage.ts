import type { JobKey } from './job-names';

/** A discovered handler: which job it claims and a name for error messages. */
export interface HandlerRegistration extends JobKey {
  handler: string;
}

/**
 * The startup check: every declared job name has exactly one handler, and no handler claims an undeclared name.
 * Returns one human-readable problem per violation (empty when everything is wired).
 */
export function handlerCoverageProblems(
  declared: readonly JobKey[],
  found: readonly HandlerRegistration[],
): string[] {
  const problems: string[] = [];
  const keyOf = (key: JobKey): string => `${key.queue}/${key.name}`;
  const declaredKeys = new Set(declared.map(keyOf));
  for (const key of declared) {
    const handlers = found
      .filter((registration) => keyOf(registration) === keyOf(key))
      .map((r) => r.handler);
    if (handlers.length === 0) problems.push(`job "${keyOf(key)}" has no handler`);
    if (handlers.length > 1)
      problems.push(`job "${keyOf(key)}" has ${handlers.length} handlers: ${handlers.join(', ')}`);
  }
  for (const registration of found) {
    if (!declaredKeys.has(keyOf(registration))) {
      problems.push(`${registration.handler} handles undeclared job "${keyOf(registration)}"`);
    }
  }
  return problems;
}
