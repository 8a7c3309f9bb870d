import { assertValidJobId, jobId, jobIdProblem } from './job-id';

describe('job ids', () => {
  it('accepts a notification uuid as id', () => {
    expect(jobIdProblem('0b6f1c0e-9a55-4c1e-8d43-54bd0c1f2a10')).toBeNull();
  });

  it('rejects an id containing ":" (BullMQ key separator)', () => {
    expect(jobIdProblem('purge:1')).toBe('contains ":"');
    expect(() => assertValidJobId('purge:1')).toThrow('Invalid job id "purge:1": it contains ":".');
  });

  it('rejects an all-digit id (collides with BullMQ counter ids)', () => {
    expect(jobIdProblem('12345')).toBe('is all digits');
  });

  it('accepts digits mixed with letters', () => {
    expect(jobIdProblem('12345a')).toBeNull();
  });

  it('rejects empty, overlong and exotic ids', () => {
    expect(jobIdProblem('')).toBe('is empty');
    expect(jobIdProblem('a'.repeat(201))).toMatch(/longer than 200/);
    expect(jobIdProblem('a b')).toMatch(/characters other than/);
    expect(jobIdProblem('a/b')).toMatch(/characters other than/);
  });

  it('builds an id from parts and replaces separators of ISO times', () => {
    expect(jobId('purge-mail-preview', 'manual', '2025-01-02T12:30')).toBe(
      'purge-mail-preview-manual-2025-01-02T12-30',
    );
  });

  it('refuses to build an all-digit id', () => {
    expect(() => jobId(2025)).toThrow('is all digits');
  });
});
