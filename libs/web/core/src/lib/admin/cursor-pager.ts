import { computed, signal } from '@angular/core';

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export type PagerState = 'loading' | 'ready' | 'failed';

/**
 * A list read page by page with an opaque cursor ("load more"). `reload` starts over (new filters);
 * an answer to an older reload is dropped, so a slow first search never overwrites a newer one.
 */
export class CursorPager<T> {
  private readonly itemsState = signal<readonly T[]>([]);
  private readonly cursor = signal<string | null>(null);
  private generation = 0;

  readonly items = this.itemsState.asReadonly();
  readonly state = signal<PagerState>('loading');
  readonly loadingMore = signal(false);
  readonly moreFailed = signal(false);
  readonly hasMore = computed(() => this.cursor() !== null);

  constructor(private readonly fetchPage: (cursor: string | null) => Promise<CursorPage<T>>) {}

  async reload(): Promise<void> {
    const generation = ++this.generation;
    this.state.set('loading');
    this.moreFailed.set(false);
    try {
      const page = await this.fetchPage(null);
      if (generation !== this.generation) return;
      this.itemsState.set(page.items);
      this.cursor.set(page.nextCursor);
      this.state.set('ready');
    } catch {
      if (generation !== this.generation) return;
      this.itemsState.set([]);
      this.cursor.set(null);
      this.state.set('failed');
    }
  }

  async more(): Promise<void> {
    const cursor = this.cursor();
    if (cursor === null || this.loadingMore()) return;
    const generation = this.generation;
    this.loadingMore.set(true);
    this.moreFailed.set(false);
    try {
      const page = await this.fetchPage(cursor);
      if (generation !== this.generation) return;
      this.itemsState.update((items) => [...items, ...page.items]);
      this.cursor.set(page.nextCursor);
    } catch {
      if (generation === this.generation) this.moreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }

  /** Replaces one loaded item (after an action changed it) without reloading the list. */
  replace(matches: (item: T) => boolean, next: T): void {
    this.itemsState.update((items) => items.map((item) => (matches(item) ? next : item)));
  }
}
