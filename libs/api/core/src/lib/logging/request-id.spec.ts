import { resolveRequestId } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('resolveRequestId', () => {
  it('keeps a plausible id from a load balancer', () => {
    expect(resolveRequestId('lb-4711.abc_DEF')).toBe('lb-4711.abc_DEF');
    expect(resolveRequestId('a'.repeat(64))).toBe('a'.repeat(64));
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['too long', 'a'.repeat(65)],
    ['spaces', 'bad id'],
    ['log injection', 'x\n{"level":60}'],
    ['markup', '<script>'],
    ['repeated header', ['a', 'b']],
  ])('replaces a %s header with a new UUID', (_case, header) => {
    expect(resolveRequestId(header)).toMatch(UUID);
  });

  it('generates a different id each time', () => {
    expect(resolveRequestId(undefined)).not.toBe(resolveRequestId(undefined));
  });
});
