import { Directionality } from '@angular/cdk/bidi';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationInitStatus, Injectable } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
import { TranslocoService, provideTransloco } from '@jsverse/transloco';
import type { Observable } from 'rxjs';
import { of, throwError } from 'rxjs';
import { provideI18n } from '../i18n/provide-i18n';
import { LocaleDirectionality } from './locale-directionality';
import { LOCALE_CHOSEN_KEY, LOCALE_STORAGE_KEY, LocaleService } from './locale.service';

const TRANSLATIONS: Record<string, Translation> = {
  de: { greeting: 'Hallo', onlyGerman: 'Nur auf Deutsch' },
  en: { greeting: 'Hello' },
  ar: { greeting: 'مرحبا' },
  uk: { greeting: 'Привіт' },
  fa: { greeting: 'سلام' },
};

/** Serves translations from memory; `fa` fails like a broken network would. */
@Injectable()
class InMemoryLoader implements TranslocoLoader {
  getTranslation(lang: string): Observable<Translation> {
    return lang === 'fa' ? throwError(() => new Error('offline')) : of(TRANSLATIONS[lang]);
  }
}

function setUrl(search: string): void {
  window.history.replaceState({}, '', `/${search}`);
}

function configure(): LocaleService {
  TestBed.configureTestingModule({
    providers: [
      provideTransloco({
        config: {
          availableLangs: ['de', 'en', 'ar', 'uk', 'fa'],
          defaultLang: 'de',
          fallbackLang: 'de',
          failedRetries: 0,
          missingHandler: { useFallbackTranslation: true, logMissingKey: false },
        },
        loader: InMemoryLoader,
      }),
      { provide: Directionality, useExisting: LocaleDirectionality },
    ],
  });
  return TestBed.inject(LocaleService);
}

describe('LocaleService', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    setUrl('');
    document.documentElement.lang = '';
    document.documentElement.dir = '';
    jest.spyOn(navigator, 'languages', 'get').mockReturnValue(['tr-TR', 'uk-UA', 'en']);
  });

  afterEach(() => jest.restoreAllMocks());

  it('switches to Arabic: html lang/dir, CDK Directionality, Transloco and storage follow', async () => {
    const service = configure();
    const dir = TestBed.inject(Directionality);
    const changes: string[] = [];
    dir.change.subscribe((value) => changes.push(value));

    await expect(service.use('ar')).resolves.toBe(true);

    expect(service.current()).toBe('ar');
    expect(service.direction()).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(dir.value).toBe('rtl');
    expect(changes).toEqual(['rtl']);
    expect(TestBed.inject(TranslocoService).translate('greeting')).toBe('مرحبا');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('ar');
  });

  it('switches back to a left-to-right language', async () => {
    const service = configure();
    await service.use('ar');

    await service.use('uk');

    expect(document.documentElement.lang).toBe('uk');
    expect(document.documentElement.dir).toBe('ltr');
    expect(TestBed.inject(Directionality).value).toBe('ltr');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('uk');
  });

  it('shows German, never English, for a key the active language lacks', async () => {
    const service = configure();

    await service.use('ar');

    expect(TestBed.inject(TranslocoService).translate('onlyGerman')).toBe('Nur auf Deutsch');
  });

  it('keeps the current language when the new one cannot be loaded', async () => {
    const loadErrors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const service = configure();
    await service.use('uk');

    await expect(service.use('fa')).resolves.toBe(false);

    expect(service.current()).toBe('uk');
    expect(document.documentElement.lang).toBe('uk');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('uk');
    expect(loadErrors).toHaveBeenCalled();
  });

  it('remembers for this visit that the visitor chose a language', async () => {
    sessionStorage.clear();
    const service = configure();
    await service.use('en');
    expect(service.chosenThisVisit()).toBe(false);

    await expect(service.choose('uk')).resolves.toBe(true);

    expect(service.current()).toBe('uk');
    expect(service.chosenThisVisit()).toBe(true);
    expect(sessionStorage.getItem(LOCALE_CHOSEN_KEY)).toBe('1');
  });

  it('rejects unsupported languages without changing anything', async () => {
    const service = configure();
    await service.use('en');

    await expect(service.use('tr')).resolves.toBe(false);

    expect(service.current()).toBe('en');
  });

  describe('init', () => {
    it('starts with the stored choice', async () => {
      localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
      const service = configure();

      await service.init();

      expect(service.current()).toBe('en');
      expect(document.documentElement.lang).toBe('en');
    });

    it('without a stored choice, takes the first supported browser language', async () => {
      const service = configure();

      await service.init();

      expect(service.current()).toBe('uk');
    });

    it('honours ?lang= over the stored choice and remembers it', async () => {
      localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
      setUrl('?lang=ar');
      const service = configure();

      await service.init();

      expect(service.current()).toBe('ar');
      expect(document.documentElement.dir).toBe('rtl');
      expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('ar');
      expect(service.chosenThisVisit()).toBe(true);
    });

    it('does not count a stored choice of an earlier visit as chosen now', async () => {
      localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
      const service = configure();

      await service.init();

      expect(service.chosenThisVisit()).toBe(false);
    });

    it('falls back to German when the first choice cannot be loaded', async () => {
      jest.spyOn(console, 'error').mockImplementation(() => undefined);
      localStorage.setItem(LOCALE_STORAGE_KEY, 'fa');
      const service = configure();

      await service.init();

      expect(service.current()).toBe('de');
      expect(document.documentElement.lang).toBe('de');
      expect(document.documentElement.dir).toBe('ltr');
    });
  });
});

describe('provideI18n', () => {
  beforeEach(() => {
    localStorage.clear();
    setUrl('?lang=fa');
  });

  it('loads the first language over HTTP before the app starts and translates the title', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideI18n(),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const ready = TestBed.inject(ApplicationInitStatus).donePromise;

    http.expectOne('/i18n/fa.json').flush({ 'app.siteName': 'زندگی با هم در بورکن' });
    http.expectOne('/i18n/de.json').flush({ 'app.siteName': 'Zusammenleben in Borken' });
    await ready;

    expect(TestBed.inject(LocaleService).current()).toBe('fa');
    expect(document.documentElement.dir).toBe('rtl');
    expect(TestBed.inject(Directionality).value).toBe('rtl');
    http.verify();
  });
});
