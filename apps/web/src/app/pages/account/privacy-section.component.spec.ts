import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AUTH_ROUTES, PRIVACY_ROUTES } from '@zusammen/shared/contracts';
import { ACCOUNT_ERASED_STATE, SessionStore } from '@zusammen/web/core';
import de from '../../../../public/i18n/de.json';
import { PrivacySectionComponent } from './privacy-section.component';

@Component({ selector: 'zl-blank', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class BlankComponent {}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('PrivacySectionComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<PrivacySectionComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (selector: string): string | undefined =>
    el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const button = (name: string): HTMLButtonElement | undefined =>
    Array.from(el().querySelectorAll('button')).find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const typePassword = async (value: string): Promise<void> => {
    const input = el().querySelector('#privacy-password') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        PrivacySectionComponent,
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: BlankComponent }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(SessionStore).load();
    http.expectOne(AUTH_ROUTES.session).flush({
      user: {
        id: 'u1',
        displayName: 'Heinz Schulte',
        email: 'v@x.invalid',
        roles: ['volunteer'],
        locale: 'de',
      },
      expiresAt: '2026-12-01T12:00:00.000Z',
    });
    await loading;
    fixture = TestBed.createComponent(PrivacySectionComponent);
    fixture.autoDetectChanges();
    await stable();
  });

  afterEach(() => http.verify());

  it('explains the rights, and what erasure removes and keeps', () => {
    expect(text('h2')).toBe(de.privacy.title);
    expect(el().textContent).toContain(de.privacy.rights.access);
    expect(el().textContent).toContain(de.privacy.removes.contact);
    expect(el().textContent).toContain(de.privacy.keeps['audit-log']);
    expect(el().textContent).toContain(de.privacy.keeps.statistics);
  });

  it('downloads the data through a same-origin link (the session cookie goes along)', () => {
    const link = el().querySelector('[data-testid="privacy-export"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(PRIVACY_ROUTES.dataExport);
    expect(link.getAttribute('download')).toBe('zusammenleben-meine-daten.json');
  });

  it('needs the password before the final question, and can be cancelled', async () => {
    button('Mein Konto löschen …')?.click();
    await stable();
    expect(document.activeElement?.id).toBe('privacy-password');

    button('Weiter')?.click();
    await stable();
    expect(text('#privacy-password-error')).toBe(de.privacy.erase.errors.password.missing);

    button('Abbrechen')?.click();
    await stable();
    expect(el().querySelector('#privacy-password')).toBeNull();
    expect(document.activeElement).toBe(button('Mein Konto löschen …'));
  });

  it('puts a wrong password back at the password field; nothing is erased', async () => {
    button('Mein Konto löschen …')?.click();
    await stable();
    await typePassword('falsch');
    button('Weiter')?.click();
    await stable();
    expect(document.activeElement).toBe(el().querySelector('[data-testid="privacy-confirm"] h4'));

    button('Ja, mein Konto jetzt löschen')?.click();
    const request = http.expectOne(PRIVACY_ROUTES.eraseAccount);
    expect(request.request.body).toEqual({ password: 'falsch' });
    request.flush({ code: 'WRONG_PASSWORD', message: 'x' }, { status: 403, statusText: '' });
    await stable();

    const input = el().querySelector('#privacy-password') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(text('#privacy-password-error')).toBe(de.privacy.erase.errors.password.wrong);
    expect(document.activeElement).toBe(input);
    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(true);
  });

  it('after erasure forgets the session and goes to the start page', async () => {
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigateByUrl');
    button('Mein Konto löschen …')?.click();
    await stable();
    await typePassword('Borken-Demo-2026');
    button('Weiter')?.click();
    await stable();
    button('Ja, mein Konto jetzt löschen')?.click();
    http.expectOne(PRIVACY_ROUTES.eraseAccount).flush(null, { status: 204, statusText: '' });
    await stable();

    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(false);
    expect(router.url).toBe('/');
    expect(navigate).toHaveBeenCalledWith('/', { state: { [ACCOUNT_ERASED_STATE]: true } });
  });

  it('keeps the final question open when the server cannot be reached', async () => {
    button('Mein Konto löschen …')?.click();
    await stable();
    await typePassword('Borken-Demo-2026');
    button('Weiter')?.click();
    await stable();
    button('Ja, mein Konto jetzt löschen')?.click();
    http.expectOne(PRIVACY_ROUTES.eraseAccount).error(new ProgressEvent('error'));
    await stable();

    expect(text('[data-testid="privacy-confirm"] [role="alert"]')).toBe(
      de.privacy.erase.errors.network,
    );
  });
});
