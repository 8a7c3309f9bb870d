import { CursorPager, type CursorPage } from './cursor-pager';

/** A fake server: pages by cursor, answered when the test says so. */
function fakeServer() {
  const pending: {
    cursor: string | null;
    resolve: (page: CursorPage<string>) => void;
    reject: () => void;
  }[] = [];
  const fetch = (cursor: string | null): Promise<CursorPage<string>> =>
    new Promise((resolve, reject) =>
      pending.push({ cursor, resolve, reject: () => reject(new Error('x')) }),
    );
  return { pending, fetch };
}

describe('CursorPager', () => {
  it('loads the first page, then appends the next one', async () => {
    const server = fakeServer();
    const pager = new CursorPager(server.fetch);
    const first = pager.reload();
    expect(pager.state()).toBe('loading');
    server.pending[0].resolve({ items: ['a', 'b'], nextCursor: 'c2' });
    await first;
    expect(pager.items()).toEqual(['a', 'b']);
    expect(pager.hasMore()).toBe(true);

    const more = pager.more();
    expect(server.pending[1].cursor).toBe('c2');
    server.pending[1].resolve({ items: ['c'], nextCursor: null });
    await more;
    expect(pager.items()).toEqual(['a', 'b', 'c']);
    expect(pager.hasMore()).toBe(false);
  });

  it('drops the answer of an older search', async () => {
    const server = fakeServer();
    const pager = new CursorPager(server.fetch);
    const older = pager.reload();
    const newer = pager.reload();
    server.pending[1].resolve({ items: ['new'], nextCursor: null });
    server.pending[0].resolve({ items: ['old'], nextCursor: 'x' });
    await Promise.all([older, newer]);
    expect(pager.items()).toEqual(['new']);
    expect(pager.hasMore()).toBe(false);
  });

  it('keeps the loaded items when the next page fails', async () => {
    const server = fakeServer();
    const pager = new CursorPager(server.fetch);
    const first = pager.reload();
    server.pending[0].resolve({ items: ['a'], nextCursor: 'c2' });
    await first;
    const more = pager.more();
    server.pending[1].reject();
    await more;
    expect(pager.items()).toEqual(['a']);
    expect(pager.moreFailed()).toBe(true);
    expect(pager.loadingMore()).toBe(false);
  });

  it('reports a failed first page', async () => {
    const server = fakeServer();
    const pager = new CursorPager(server.fetch);
    const first = pager.reload();
    server.pending[0].reject();
    await first;
    expect(pager.state()).toBe('failed');
  });
});
