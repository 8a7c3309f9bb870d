import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { AUTH_ROUTES, NOTIFICATION_ROUTES } from '@zusammen/shared/contracts';
import { LocaleService, SessionStore } from '@zusammen/web/core';
import ar from '../../../public/i18n/ar.json';
import de from '../../../public/i18n/de.json';
import { LayoutComponent } from './layout.component';

@Component({
  selector: 'zl-blank',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<h1>Seite</h1>',
})
class BlankComponent {}

describe('LayoutComponent', () => {
  let fixture: ComponentFixture<LayoutComponent>;
  const el = (): HTMLElement => fixture.nativeElement;

  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [
        LayoutComponent,
        TranslocoTestingModule.forRoot({
          langs: { de, ar },
          translocoConfig: {
            availableLangs: ['de', 'en', 'ar', 'uk', 'fa'],
            defaultLang: 'de',
            reRenderOnLangChange: true,
          },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([
          { path: '', component: BlankComponent },
          { path: 'kontakt', component: BlankComponent },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    fixture = TestBed.createComponent(LayoutComponent);
    await fixture.whenStable();
  });

  /** Answers the session request as the API would for this visitor. */
  async function answerSession(user: 'anonymous' | 'staff'): Promise<void> {
    const loading = TestBed.inject(SessionStore).load();
    const request = TestBed.inject(HttpTestingController).expectOne(AUTH_ROUTES.session);
    if (user === 'anonymous') {
      request.flush({ code: 'UNAUTHENTICATED', message: '' }, { status: 401, statusText: '' });
    } else {
      request.flush({
        user: {
          id: '0f5a3c1e-2b8d-4e0a-9c6f-7d1e2a3b4c5d',
          displayName: 'Martina Terhorst',
          email: 'staff@demo.zusammenleben.invalid',
          roles: ['staff'],
          locale: 'de',
        },
        expiresAt: '2026-12-01T12:00:00.000Z',
      });
    }
    await loading;
    await fixture.whenStable();
  }

  it('starts with the skip link, then header, navigation, main and footer landmarks', () => {
    const first = el().querySelector('a, button, select, input');
    expect(first?.textContent?.trim()).toBe('Zum Inhalt springen');
    expect(el().querySelector('header nav')?.getAttribute('aria-label')).toBe('Hauptmenü');
    const main = el().querySelector('main');
    expect(main?.id).toBe('main');
    expect(main?.getAttribute('tabindex')).toBe('-1');
    expect(el().querySelector('footer nav')?.getAttribute('aria-label')).toBe('Weitere Links');
  });

  it('shows no sign-in state until the session is known', () => {
    expect(el().querySelector('a[href="/anmelden"]')).toBeNull();
    expect(el().querySelector('[data-testid="session-user"]')).toBeNull();
  });

  it('shows a signed-in user their name, the account link and sign-out', async () => {
    await answerSession('staff');

    expect(el().querySelector('[data-testid="session-user"]')?.textContent?.trim()).toBe(
      'Martina Terhorst',
    );
    expect(el().querySelector('a[href="/konto"]')?.textContent?.trim()).toBe('Mein Konto');
    expect(el().querySelector('header button')?.textContent?.trim()).toBe('Abmelden');
    expect(el().querySelector('a[href="/anmelden"]')).toBeNull();
  });

  it('signs out from the header', async () => {
    await answerSession('staff');

    el().querySelector<HTMLButtonElement>('header button')?.click();
    TestBed.inject(HttpTestingController)
      .expectOne(AUTH_ROUTES.signOut)
      .flush(null, { status: 204, statusText: '' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();

    expect(el().querySelector('[data-testid="session-user"]')).toBeNull();
    expect(el().querySelector('a[href="/anmelden"]')?.textContent?.trim()).toBe('Anmelden');
  });

  it('shows an anonymous visitor the public navigation and a sign-in link', async () => {
    await answerSession('anonymous');
    const links = Array.from(el().querySelectorAll('header nav a')).map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Start', '/'],
      ['Programm', '/programm'],
      ['Kontakt', '/kontakt'],
    ]);
    expect(el().querySelector('a[href="/anmelden"]')?.textContent?.trim()).toBe('Anmelden');
  });

  it('marks the current page in the navigation, also for shared ?lang= links', async () => {
    await TestBed.inject(Router).navigateByUrl('/?lang=ar');
    await fixture.whenStable();
    const current = (): (string | undefined)[] =>
      Array.from(el().querySelectorAll('header nav a[aria-current="page"]')).map((a) =>
        a.textContent?.trim(),
      );

    expect(current()).toEqual(['Start']);

    await TestBed.inject(Router).navigateByUrl('/kontakt#impressum');
    await fixture.whenStable();

    expect(current()).toEqual(['Kontakt']);
  });

  it('footer links lead to existing places only', () => {
    const hrefs = Array.from(el().querySelectorAll('footer a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/kontakt', '/kontakt#impressum', '/kontakt#datenschutz']);
  });

  it('the skip link moves focus to the main content', () => {
    el().querySelector<HTMLAnchorElement>('.skip-link')?.click();

    expect(document.activeElement).toBe(el().querySelector('main'));
  });

  it('switches the language from the switcher, as an explicit choice', async () => {
    const select = el().querySelector('select') as HTMLSelectElement;
    expect(select.options).toHaveLength(5);
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    expect(TestBed.inject(LocaleService).current()).toBe('ar');
    expect(TestBed.inject(LocaleService).chosenThisVisit()).toBe(true);
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(el().querySelector('.skip-link')?.textContent?.trim()).toBe('انتقل إلى المحتوى');
  });

  it('shows signed-in staff the bell with the unread count and the staff navigation', async () => {
    await answerSession('staff');
    const bell = (): HTMLAnchorElement | null =>
      el().querySelector<HTMLAnchorElement>('[data-testid="notification-bell"]');
    expect(bell()?.getAttribute('href')).toBe('/benachrichtigungen');
    expect(bell()?.querySelector('.visually-hidden')?.textContent?.trim()).toBe(
      'Benachrichtigungen',
    );

    TestBed.inject(HttpTestingController)
      .expectOne(NOTIFICATION_ROUTES.unreadCount)
      .flush({ unread: 3 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();

    expect(bell()?.querySelector('.visually-hidden')?.textContent?.trim()).toBe(
      'Benachrichtigungen, 3 ungelesen',
    );
    expect(bell()?.querySelector('[data-testid="notification-badge"]')?.textContent?.trim()).toBe(
      '3',
    );
    expect(el().querySelector('[data-testid="nav-staff-notifications"]')?.textContent?.trim()).toBe(
      'Benachrichtigungen verwalten',
    );
  });

  it('shows anonymous visitors no bell', async () => {
    await answerSession('anonymous');

    expect(el().querySelector('[data-testid="notification-bell"]')).toBeNull();
    TestBed.inject(HttpTestingController).expectNone(NOTIFICATION_ROUTES.unreadCount);
  });
});
