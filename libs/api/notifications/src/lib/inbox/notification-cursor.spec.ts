import { decodeNotificationCursor, encodeNotificationCursor } from './notification-cursor';

describe('notification cursor', () => {
  const cursor = {
    createdAt: '2026-03-01T09:15:30.123456Z',
    id: '0b7e3c1a-5d2f-4c8e-9a1b-2c3d4e5f6a7b',
  };

  it('round-trips with microseconds and is URL-safe', () => {
    const text = encodeNotificationCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeNotificationCursor(text)).toEqual(cursor);
  });

  it.each([
    ['empty', ''],
    ['not base64 of a cursor', 'bm9wZQ'],
    ['bad id', Buffer.from('2026-03-01T09:15:30.123456Z|x').toString('base64url')],
    [
      'millisecond time',
      Buffer.from(`2026-03-01T09:15:30.123Z|${cursor.id}`).toString('base64url'),
    ],
    ['extra part', Buffer.from(`${cursor.createdAt}|${cursor.id}|x`).toString('base64url')],
  ])('rejects %s', (_label, text) => {
    expect(decodeNotificationCursor(text)).toBeNull();
  });
});
