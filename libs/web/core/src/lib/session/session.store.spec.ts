import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AUTH_ROUTES, SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import { LOCALE_CHOSEN_KEY, LocaleService } from '../locale/locale.service';
import { RESIDENT, STAFF, sessionOf } from './session-testing';
import { SessionStore } from './session.store';

let http: HttpTestingController;

function setup(): SessionStore {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { de: { hello: 'Hallo' }, fa: { hello: 'سلام' }, ar: { hello: 'مرحبا' } },
        translocoConfig: { availableLangs: [...SUPPORTED_LOCALES], defaultLang: 'de' },
        preloadLangs: true,
      }),
    ],
    providers: [provideHttpClient(), provideHttpClientTesting()],
  });
  http = TestBed.inject(HttpTestingController);
  return TestBed.inject(SessionStore);
}

/** Lets the awaited HTTP answer and the follow-up promise callbacks run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('SessionStore', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
  afterEach(() => http.verify());

  it('starts unknown, with only the public navigation', () => {
    const store = setup();

    expect(store.status()).toBe('unknown');
    expect(store.isSignedIn()).toBe(false);
    expect(store.navItems().map((item) => item.id)).toEqual(['home', 'programme', 'contacts']);
  });

  describe('load', () => {
    it('takes the signed-in user from the session API', async () => {
      const store = setup();
      const loading = store.load();

      http.expectOne({ method: 'GET', url: AUTH_ROUTES.session }).flush(sessionOf(STAFF));
      await loading;

      expect(store.status()).toBe('signedIn');
      expect(store.user()?.displayName).toBe('Martina Terhorst');
      expect(store.roles()).toEqual(['staff']);
    });

    it('treats 401 as anonymous, without anything to retry', async () => {
      const store = setup();
      const loading = store.load();

      http
        .expectOne(AUTH_ROUTES.session)
        .flush({ code: 'UNAUTHENTICATED', message: 'No session' }, { status: 401, statusText: '' });
      await loading;

      expect(store.status()).toBe('anonymous');
      expect(store.loadFailed()).toBe(false);
      await store.whenLoaded();
    });

    it('treats a network error as anonymous and tries again when asked', async () => {
      const store = setup();
      const loading = store.load();
      http.expectOne(AUTH_ROUTES.session).error(new ProgressEvent('error'));
      await loading;

      expect(store.status()).toBe('anonymous');
      expect(store.loadFailed()).toBe(true);

      const retry = store.whenLoaded();
      http.expectOne(AUTH_ROUTES.session).flush(sessionOf(STAFF));
      await retry;

      expect(store.isSignedIn()).toBe(true);
      expect(store.loadFailed()).toBe(false);
    });

    it('sends one request for overlapping loads', async () => {
      const store = setup();
      const first = store.load();
      const second = store.whenLoaded();

      http.expectOne(AUTH_ROUTES.session).flush(sessionOf(STAFF));
      await Promise.all([first, second]);

      expect(store.isSignedIn()).toBe(true);
    });
  });

  describe('signIn', () => {
    it('posts the credentials and switches to the user language', async () => {
      const store = setup();
      const signingIn = store.signIn(' resident@demo.zusammenleben.invalid ', 'geheim');

      const request = http.expectOne({ method: 'POST', url: AUTH_ROUTES.signIn });
      expect(request.request.body).toEqual({
        email: 'resident@demo.zusammenleben.invalid',
        password: 'geheim',
      });
      request.flush(sessionOf(RESIDENT));

      await expect(signingIn).resolves.toEqual({ ok: true, user: RESIDENT });
      expect(store.user()).toEqual(RESIDENT);
      expect(TestBed.inject(LocaleService).current()).toBe('fa');
    });

    it('keeps a language the visitor chose during this visit', async () => {
      sessionStorage.setItem(LOCALE_CHOSEN_KEY, '1');
      const store = setup();
      await TestBed.inject(LocaleService).use('ar');
      const signingIn = store.signIn(RESIDENT.email ?? '', 'geheim');

      http.expectOne(AUTH_ROUTES.signIn).flush(sessionOf(RESIDENT));
      await signingIn;

      expect(TestBed.inject(LocaleService).current()).toBe('ar');
    });

    it.each([
      ['INVALID_CREDENTIALS', 401, 'invalidCredentials'],
      ['ACCOUNT_LOCKED', 423, 'accountLocked'],
      ['TOO_MANY_REQUESTS', 429, 'accountLocked'],
      ['VALIDATION_FAILED', 422, 'invalidCredentials'],
      ['INTERNAL_ERROR', 500, 'unexpected'],
    ])('reports %s (%d) as %s and stays anonymous', async (code, status, error) => {
      const store = setup();
      const signingIn = store.signIn('a@b.invalid', 'x');

      http.expectOne(AUTH_ROUTES.signIn).flush({ code, message: code }, { status, statusText: '' });

      await expect(signingIn).resolves.toEqual({ ok: false, error });
      expect(store.isSignedIn()).toBe(false);
    });

    it('reports a network error', async () => {
      const store = setup();
      const signingIn = store.signIn('a@b.invalid', 'x');

      http.expectOne(AUTH_ROUTES.signIn).error(new ProgressEvent('error'));

      await expect(signingIn).resolves.toEqual({ ok: false, error: 'network' });
    });

    it('is not overridden by an older session answer still on its way', async () => {
      const store = setup();
      const loading = store.load();
      const signingIn = store.signIn('staff@demo.zusammenleben.invalid', 'x');
      http.expectOne(AUTH_ROUTES.signIn).flush(sessionOf(STAFF));
      await signingIn;

      http.expectOne(AUTH_ROUTES.session).flush(null, { status: 401, statusText: '' });
      await loading;

      expect(store.user()).toEqual(STAFF);
    });
  });

  describe('signOut', () => {
    async function signedIn(): Promise<SessionStore> {
      const store = setup();
      const loading = store.load();
      http.expectOne(AUTH_ROUTES.session).flush(sessionOf(STAFF));
      await loading;
      return store;
    }

    it('ends the session on the server and forgets the user', async () => {
      const store = await signedIn();
      const signingOut = store.signOut();

      http
        .expectOne({ method: 'POST', url: AUTH_ROUTES.signOut })
        .flush(null, { status: 204, statusText: '' });

      await expect(signingOut).resolves.toBe(true);
      expect(store.status()).toBe('anonymous');
      expect(store.navItems().map((item) => item.id)).toEqual(['home', 'programme', 'contacts']);
    });

    it('counts an already expired session as signed out', async () => {
      const store = await signedIn();
      const signingOut = store.signOut();

      http.expectOne(AUTH_ROUTES.signOut).flush(null, { status: 401, statusText: '' });

      await expect(signingOut).resolves.toBe(true);
      expect(store.isSignedIn()).toBe(false);
    });

    it('stays signed in when the server cannot be reached', async () => {
      const store = await signedIn();
      const signingOut = store.signOut();

      http.expectOne(AUTH_ROUTES.signOut).error(new ProgressEvent('error'));

      await expect(signingOut).resolves.toBe(false);
      expect(store.isSignedIn()).toBe(true);
    });
  });

  it('markAnonymous forgets the user at once', async () => {
    const store = setup();
    const loading = store.load();
    http.expectOne(AUTH_ROUTES.session).flush(sessionOf(STAFF));
    await loading;
    await settle();

    store.markAnonymous();

    expect(store.status()).toBe('anonymous');
    expect(store.user()).toBeNull();
  });

  describe('updateUser', () => {
    it('shows a saved name and language at once', async () => {
      const store = setup();
      const loading = store.load();
      http.expectOne(AUTH_ROUTES.session).flush(sessionOf(STAFF));
      await loading;

      store.updateUser({ displayName: 'Martina T.', locale: 'ar' });

      expect(store.user()).toEqual({ ...STAFF, displayName: 'Martina T.', locale: 'ar' });
    });

    it('does nothing while nobody is signed in', () => {
      const store = setup();

      store.updateUser({ displayName: 'Someone' });

      expect(store.user()).toBeNull();
      expect(store.status()).toBe('unknown');
    });
  });
});
