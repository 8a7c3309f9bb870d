import { decodeFamilyListCursor, encodeFamilyListCursor } from './family-list-cursor';

const id = '3f0c6a52-2b1e-4c55-9c1a-0d6f1f0e9a11';
const waitingSince = '2026-11-26T09:15:00.123456Z';

describe('family list cursor', () => {
  it('round-trips urgent and non-urgent positions with microseconds', () => {
    for (const urgent of [true, false]) {
      const text = encodeFamilyListCursor({ urgent, waitingSince, id });
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeFamilyListCursor(text)).toEqual({ urgent, waitingSince, id });
    }
  });

  it('rejects text it did not issue', () => {
    const encode = (value: unknown) =>
      Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
    expect(decodeFamilyListCursor('not a cursor')).toBeNull();
    expect(decodeFamilyListCursor(encode([true, waitingSince]))).toBeNull();
    expect(decodeFamilyListCursor(encode(['true', waitingSince, id]))).toBeNull();
    expect(decodeFamilyListCursor(encode([true, '2026-11-26', id]))).toBeNull();
    expect(decodeFamilyListCursor(encode([true, '2026-13-45T99:99:99.000000Z', id]))).toBeNull();
    expect(decodeFamilyListCursor(encode([true, waitingSince, 'not-a-uuid']))).toBeNull();
    expect(decodeFamilyListCursor(encode([true, waitingSince, id, 1]))).toBeNull();
    expect(decodeFamilyListCursor(encode({ urgent: true, waitingSince, id }))).toBeNull();
  });
});
