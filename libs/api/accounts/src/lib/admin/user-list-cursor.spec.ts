import { decodeUserListCursor, encodeUserListCursor } from './user-list-cursor';

const id = '3f0c6a52-2b1e-4c55-9c1a-0d6f1f0e9a11';

describe('user list cursor', () => {
  it('round-trips names with separators, quotes and non-Latin scripts', () => {
    for (const sortName of ['amira haddad', 'a|b,"c"', 'محمد', 'ольга', '']) {
      const text = encodeUserListCursor({ sortName, id });
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeUserListCursor(text)).toEqual({ sortName, id });
    }
  });

  it('rejects text it did not issue', () => {
    const encode = (value: unknown) =>
      Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
    expect(decodeUserListCursor('not a cursor')).toBeNull();
    expect(decodeUserListCursor(encode(['name', 'not-a-uuid']))).toBeNull();
    expect(decodeUserListCursor(encode(['name']))).toBeNull();
    expect(decodeUserListCursor(encode(['name', id, 'extra']))).toBeNull();
    expect(decodeUserListCursor(encode({ sortName: 'name', id }))).toBeNull();
    expect(decodeUserListCursor(encode([42, id]))).toBeNull();
  });
});
