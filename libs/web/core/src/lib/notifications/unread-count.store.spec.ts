import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AUTH_ROUTES, NOTIFICATION_ROUTES } from '@zusammen/shared/contracts';
import { RESIDENT, STAFF, sessionOf } from '../session/session-testing';
import { SessionStore } from '../session/session.store';
import { UNREAD_REFRESH_MS, UnreadCountStore } from './unread-count.store';

let http: HttpTestingController;

function setup(): { store: UnreadCountStore; session: SessionStore } {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { de: {} },
        translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
      }),
    ],
    providers: [provideHttpClient(), provideHttpClientTesting()],
  });
  http = TestBed.inject(HttpTestingController);
  return { store: TestBed.inject(UnreadCountStore), session: TestBed.inject(SessionStore) };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function signIn(session: SessionStore, user = STAFF): Promise<void> {
  const loading = session.load();
  http.expectOne(AUTH_ROUTES.session).flush(sessionOf(user));
  await loading;
  TestBed.tick();
}

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
}

describe('UnreadCountStore', () => {
  beforeEach(() => setVisibility('visible'));
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  it('asks nothing and knows nothing for anonymous visitors', () => {
    const { store } = setup();
    TestBed.tick();

    http.expectNone(NOTIFICATION_ROUTES.unreadCount);
    expect(store.unread()).toBeNull();
  });

  it('loads the count after sign-in', async () => {
    const { store, session } = setup();
    await signIn(session);

    http.expectOne(NOTIFICATION_ROUTES.unreadCount).flush({ unread: 3 });
    await settle();

    expect(store.unread()).toBe(3);
  });

  it('forgets the count when the user signs out', async () => {
    const { store, session } = setup();
    await signIn(session);
    http.expectOne(NOTIFICATION_ROUTES.unreadCount).flush({ unread: 3 });
    await settle();

    session.markAnonymous();

    expect(store.unread()).toBeNull();
  });

  it('refreshes on demand and keeps the last number when a refresh fails', async () => {
    const { store, session } = setup();
    await signIn(session, RESIDENT);
    http.expectOne(NOTIFICATION_ROUTES.unreadCount).flush({ unread: 2 });
    await settle();

    const refreshing = store.refresh();
    http
      .expectOne(NOTIFICATION_ROUTES.unreadCount)
      .flush({ code: 'INTERNAL', message: '' }, { status: 500, statusText: '' });
    await refreshing;
    expect(store.unread()).toBe(2);

    const again = store.refresh();
    http.expectOne(NOTIFICATION_ROUTES.unreadCount).flush({ unread: 0 });
    await again;
    expect(store.unread()).toBe(0);
  });

  it('refreshes every minute while the tab is visible, not while hidden', async () => {
    jest.useFakeTimers();
    const { session } = setup();
    const loading = session.load();
    http.expectOne(AUTH_ROUTES.session).flush(sessionOf(STAFF));
    await jest.advanceTimersByTimeAsync(0);
    await loading;
    TestBed.tick();
    http.expectOne(NOTIFICATION_ROUTES.unreadCount).flush({ unread: 1 });

    await jest.advanceTimersByTimeAsync(UNREAD_REFRESH_MS);
    http.expectOne(NOTIFICATION_ROUTES.unreadCount).flush({ unread: 4 });

    setVisibility('hidden');
    await jest.advanceTimersByTimeAsync(UNREAD_REFRESH_MS);
    http.expectNone(NOTIFICATION_ROUTES.unreadCount);

    setVisibility('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    http.expectOne(NOTIFICATION_ROUTES.unreadCount).flush({ unread: 4 });
  });
});
