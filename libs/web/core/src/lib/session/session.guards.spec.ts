import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AUTH_ROUTES } from '@zusammen/shared/contracts';
import { RESIDENT, STAFF, sessionOf } from './session-testing';
import { requireRole, requireSignedIn } from './session.guards';

@Component({ selector: 'zl-blank', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class BlankComponent {}

let http: HttpTestingController;
let router: Router;

function setup(): void {
  TestBed.configureTestingModule({
    imports: [TranslocoTestingModule.forRoot({ langs: { de: {} }, preloadLangs: true })],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'anmelden', component: BlankComponent },
        { path: 'konto', component: BlankComponent, canActivate: [requireSignedIn] },
        {
          path: 'verwaltung',
          component: BlankComponent,
          canActivate: [requireRole('staff', 'admin')],
        },
        { path: '**', component: BlankComponent },
      ]),
    ],
  });
  http = TestBed.inject(HttpTestingController);
  router = TestBed.inject(Router);
}

/** Navigates while answering the session request the guard waits for. */
async function navigate(url: string, answer: 'anonymous' | 'staff' | 'resident'): Promise<string> {
  const navigation = router.navigateByUrl(url);
  await new Promise((resolve) => setTimeout(resolve, 0));
  const request = http.expectOne(AUTH_ROUTES.session);
  if (answer === 'anonymous') {
    request.flush({ code: 'UNAUTHENTICATED', message: '' }, { status: 401, statusText: '' });
  } else {
    request.flush(sessionOf(answer === 'staff' ? STAFF : RESIDENT));
  }
  await navigation;
  return router.url;
}

describe('session guards', () => {
  beforeEach(setup);
  afterEach(() => http.verify());

  describe('requireSignedIn', () => {
    it('lets a signed-in user in', async () => {
      await expect(navigate('/konto', 'resident')).resolves.toBe('/konto');
    });

    it('sends an anonymous visitor to sign in, remembering the page', async () => {
      await expect(navigate('/konto?tab=daten', 'anonymous')).resolves.toBe(
        '/anmelden?zurueck=%2Fkonto%3Ftab%3Ddaten',
      );
    });
  });

  describe('requireRole', () => {
    it('lets a user with one of the roles in', async () => {
      await expect(navigate('/verwaltung', 'staff')).resolves.toBe('/verwaltung');
    });

    it('sends a signed-in user without the role to their account page', async () => {
      await expect(navigate('/verwaltung', 'resident')).resolves.toBe('/konto');
    });

    it('sends an anonymous visitor to sign in first', async () => {
      await expect(navigate('/verwaltung', 'anonymous')).resolves.toBe(
        '/anmelden?zurueck=%2Fverwaltung',
      );
    });
  });
});
