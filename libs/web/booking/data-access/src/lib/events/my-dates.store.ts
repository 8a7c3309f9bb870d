import { Injectable, computed, inject, signal } from '@angular/core';
import type { CalendarFeedSummary, MyRegistration } from '@zusammen/shared/contracts';
import type { WaitlistAction } from './events.api';
import { EventsApi } from './events.api';
import { groupMyDates } from './my-dates';

export type MyDatesLoadState = 'loading' | 'ready' | 'failed';
/** What is being sent: an action on one registration or entry (its id), or on the calendar feed. */
export type MyDatesBusy = { id: string; action: 'cancel' | WaitlistAction } | 'feed' | null;

/**
 * The signed-in person's dates (/meine-termine): registrations, waiting-list entries with offers, and the
 * personal calendar feed. Route-provided. Actions reject with the HTTP error (state unchanged); after
 * success the lists are read again.
 */
@Injectable()
export class MyDatesStore {
  private readonly api = inject(EventsApi);

  private readonly loadState = signal<MyDatesLoadState>('loading');
  private readonly items = signal<readonly MyRegistration[]>([]);
  private readonly loadedAt = signal(new Date());
  private readonly feedState = signal<MyDatesLoadState>('loading');
  private readonly feedList = signal<readonly CalendarFeedSummary[]>([]);
  private readonly sending = signal<MyDatesBusy>(null);

  readonly state = this.loadState.asReadonly();
  readonly registrations = this.items.asReadonly();
  readonly groups = computed(() => groupMyDates(this.items(), this.loadedAt()));
  readonly feedsState = this.feedState.asReadonly();
  /** Personal feeds only (staff may also hold room feeds, which live on the rooms pages). */
  readonly feeds = computed(() => this.feedList().filter((feed) => feed.kind === 'personal'));
  readonly busy = this.sending.asReadonly();

  async load(): Promise<void> {
    this.loadState.set('loading');
    this.feedState.set('loading');
    await Promise.all([this.loadRegistrations(), this.loadFeeds()]);
  }

  async cancel(registrationId: string): Promise<void> {
    await this.act({ id: registrationId, action: 'cancel' }, () =>
      this.api.cancelRegistration(registrationId),
    );
  }

  async waitlist(entryId: string, action: WaitlistAction): Promise<void> {
    await this.act({ id: entryId, action }, () => this.api.waitlist(entryId, action));
  }

  /** Creates a personal feed; the answer holds the secret URL, which the page shows this once. */
  async createFeed(): Promise<CalendarFeedSummary> {
    this.sending.set('feed');
    try {
      const feed = await this.api.createPersonalFeed();
      const listed: CalendarFeedSummary = {
        id: feed.id,
        kind: feed.kind,
        roomId: feed.roomId,
        createdAt: feed.createdAt,
      };
      this.feedList.update((feeds) => [...feeds.filter((f) => f.id !== feed.id), listed]);
      return feed;
    } finally {
      this.sending.set(null);
    }
  }

  async revokeFeed(feedId: string): Promise<void> {
    this.sending.set('feed');
    try {
      await this.api.revokeFeed(feedId);
      this.feedList.update((feeds) => feeds.filter((feed) => feed.id !== feedId));
    } finally {
      this.sending.set(null);
    }
  }

  /** Re-reads the registrations; false (old view kept) when that fails. */
  async refresh(): Promise<boolean> {
    try {
      this.items.set(await this.api.myRegistrations());
      this.loadedAt.set(new Date());
      return true;
    } catch {
      return false;
    }
  }

  private async act(busy: MyDatesBusy, call: () => Promise<unknown>): Promise<void> {
    this.sending.set(busy);
    try {
      await call();
      await this.refresh();
    } finally {
      this.sending.set(null);
    }
  }

  private async loadRegistrations(): Promise<void> {
    try {
      this.items.set(await this.api.myRegistrations());
      this.loadedAt.set(new Date());
      this.loadState.set('ready');
    } catch {
      this.items.set([]);
      this.loadState.set('failed');
    }
  }

  private async loadFeeds(): Promise<void> {
    try {
      this.feedList.set(await this.api.feeds());
      this.feedState.set('ready');
    } catch {
      this.feedList.set([]);
      this.feedState.set('failed');
    }
  }
}
