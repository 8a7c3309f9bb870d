import { decodePairingListCursor, encodePairingListCursor } from './pairing-list-cursor';

describe('pairing list cursor', () => {
  const cursor = {
    stateSince: '2026-11-26T09:15:00.123456Z',
    id: '7d7c3a0e-1111-4000-8000-000000000001',
  };

  it('round-trips a cursor the list issued', () => {
    expect(decodePairingListCursor(encodePairingListCursor(cursor))).toEqual(cursor);
  });

  it('is opaque: no readable timestamp or id in the text', () => {
    const text = encodePairingListCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(text).not.toContain('2026');
  });

  it.each([
    ['not base64 JSON', 'not a cursor'],
    ['a family cursor (three fields)', encode([false, cursor.stateSince, cursor.id])],
    ['milliseconds only', encode(['2026-11-26T09:15:00.123Z', cursor.id])],
    ['an impossible instant', encode(['2026-13-45T09:15:00.123456Z', cursor.id])],
    ['an id that is not a uuid', encode([cursor.stateSince, '1; DROP TABLE pairing'])],
    ['an object instead of the pair', encode({ stateSince: cursor.stateSince, id: cursor.id })],
  ])('rejects %s', (_name, text) => {
    expect(decodePairingListCursor(text)).toBeNull();
  });
});

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}
