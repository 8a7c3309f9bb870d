import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import de from '../../public/i18n/de.json';
import { APP_ROUTES } from './app.routes';

describe('APP_ROUTES', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideRouter(APP_ROUTES)],
    });
  });

  it('renders the not-found page for unknown addresses', async () => {
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/gibt-es-nicht/auch-nicht');

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent?.trim()).toBe(
      'Diese Seite gibt es nicht',
    );
  });

  it('serves the contacts page at /kontakt with every address of the concept', async () => {
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/kontakt');

    const addresses = harness.routeNativeElement?.querySelectorAll('address') ?? [];
    expect(addresses).toHaveLength(7);
    expect(Array.from(addresses).every((a) => a.getAttribute('lang') === 'de')).toBe(true);
    expect(harness.routeNativeElement?.textContent).toContain('Burloer Str. 93');
  });

  it('gives every page route a translated title key (feature routes title their own children)', () => {
    const keys = APP_ROUTES.filter((route) => !route.loadChildren).map((route) => route.title);
    for (const key of keys) {
      expect(typeof key).toBe('string');
      const value = String(key)
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], de);
      expect(typeof value).toBe('string');
    }
  });
});
