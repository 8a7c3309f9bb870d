import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AUTH_ROUTES } from '@zusammen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { sessionOf, STAFF } from '../session/session-testing';
import { SessionStore } from '../session/session.store';
import { provideApiHttp } from './provide-api-http';

@Component({ selector: 'zl-blank', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class BlankComponent {}

let http: HttpTestingController;
let store: SessionStore;

async function setupSignedIn(): Promise<void> {
  TestBed.configureTestingModule({
    imports: [TranslocoTestingModule.forRoot({ langs: { de: {} }, preloadLangs: true })],
    providers: [
      provideApiHttp(),
      provideHttpClientTesting(),
      provideRouter([{ path: '**', component: BlankComponent }]),
    ],
  });
  http = TestBed.inject(HttpTestingController);
  store = TestBed.inject(SessionStore);
  const loading = store.load();
  http.expectOne(AUTH_ROUTES.session).flush(sessionOf(STAFF));
  await loading;
}

function get(url: string): Promise<unknown> {
  return firstValueFrom(TestBed.inject(HttpClient).get(url)).catch((error: unknown) => error);
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('sessionExpiredInterceptor', () => {
  beforeEach(setupSignedIn);
  afterEach(() => http.verify());

  it('on a 401 marks the session anonymous and goes to sign-in, then back', async () => {
    await TestBed.inject(Router).navigateByUrl('/raeume/gruppenraum?tag=2026-12-01');
    const answer = get('/api/rooms/bookings');

    http.expectOne('/api/rooms/bookings').flush(
      { code: 'UNAUTHENTICATED', message: '' },
      {
        status: 401,
        statusText: '',
      },
    );
    await answer;
    await settle();

    expect(store.status()).toBe('anonymous');
    expect(TestBed.inject(Router).url).toBe(
      '/anmelden?zurueck=%2Fraeume%2Fgruppenraum%3Ftag%3D2026-12-01',
    );
  });

  it('leaves the answers of the session routes alone', async () => {
    const answer = get(AUTH_ROUTES.session);

    http.expectOne(AUTH_ROUTES.session).flush(null, { status: 401, statusText: '' });
    await answer;
    await settle();

    expect(store.isSignedIn()).toBe(true);
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('ignores other errors', async () => {
    const answer = get('/api/rooms');

    http.expectOne('/api/rooms').flush(null, { status: 403, statusText: '' });
    await answer;

    expect(store.isSignedIn()).toBe(true);
  });
});
