import { handlerCoverageProblems } from './handler-coverage';
import type { JobKey } from './job-names';

const purge: JobKey = { queue: 'maintenance', name: 'purge-mail-preview' };

describe('handlerCoverageProblems (startup check)', () => {
  it('passes when every declared job has exactly one handler', () => {
    expect(
      handlerCoverageProblems([purge], [{ ...purge, handler: 'PurgeMailPreviewProcessor' }]),
    ).toEqual([]);
  });

  it('reports a job name without handler', () => {
    expect(handlerCoverageProblems([purge], [])).toEqual([
      'job "maintenance/purge-mail-preview" has no handler',
    ]);
  });

  it('reports a job name with two handlers, naming both', () => {
    const found = [
      { ...purge, handler: 'A' },
      { ...purge, handler: 'B' },
    ];
    expect(handlerCoverageProblems([purge], found)).toEqual([
      'job "maintenance/purge-mail-preview" has 2 handlers: A, B',
    ]);
  });

  it('reports a handler for a job name nobody declared', () => {
    const found = [
      { ...purge, handler: 'A' },
      { queue: 'notifications' as const, name: 'send-fax', handler: 'FaxProcessor' },
    ];
    expect(handlerCoverageProblems([purge], found)).toEqual([
      'FaxProcessor handles undeclared job "notifications/send-fax"',
    ]);
  });
});
