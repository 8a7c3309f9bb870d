import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { MyPairingsStore } from '@zusammen/web/sponsorship/data-access';
import { de, sponsorshipTranslocoTesting } from '../shared/sponsorship-i18n.testing';
import { MyPairingsSectionComponent } from './my-pairings-section.component';
import { OFFERED_PAIRING, TRIAL_PAIRING, summaryOf } from './pairing-fixtures.testing';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.volunteerPairings;
const clean = (value: string | null | undefined): string =>
  (value ?? '')
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** The lines of a list item (link, state, contact), as a screen reader reads them one after another. */
const lines = (item: Element | null | undefined): string[] =>
  Array.from(item?.children ?? []).map((child) => clean(child.textContent));

describe('MyPairingsSectionComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<MyPairingsSectionComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const $ = (selector: string): HTMLElement | null => el().querySelector(selector);
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [sponsorshipTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        MyPairingsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyPairingsSectionComponent);
    fixture.autoDetectChanges();
  });

  afterEach(() => http.verify());

  it('shows offers first and prominent, then running, then past pairings, each with a link', async () => {
    http.expectOne(PAIRING_ROUTES.myPairings).flush({
      items: [
        summaryOf(TRIAL_PAIRING, { id: 'p2', lastContactOn: '2026-11-27' }),
        summaryOf(OFFERED_PAIRING, {
          family: { id: 'f3', contactName: 'Olena', district: 'burlo' },
          stateSince: '2026-11-20T09:00:00.000Z',
          id: 'p3',
        }),
        summaryOf(OFFERED_PAIRING),
        summaryOf(OFFERED_PAIRING, {
          id: 'p4',
          state: 'ended',
          stateSince: '2026-03-01T10:00:00.000Z',
          family: { id: 'f4', contactName: 'Dawit', district: 'weseke' },
        }),
      ],
    });
    await stable();

    const offers = Array.from(el().querySelectorAll('[data-testid="my-pairings-offers"] > li'));
    expect(offers.map((li) => clean(li.querySelector('h3')?.textContent))).toEqual([
      texts.overview.offerTitle,
      texts.overview.offerTitle,
    ]);
    // The longest-waiting offer first.
    expect(clean(offers[0].querySelector('p')?.textContent)).toBe(
      'Eine Familie in Burlo, vorgeschlagen am 20. November 2026.',
    );
    const firstLink = offers[0].querySelector('a');
    expect(firstLink?.getAttribute('href')).toBe('/patenschaft/tandems/p3');
    expect(firstLink?.getAttribute('aria-describedby')).toBe('mp-offer-facts-p3');

    const open = $('[data-testid="my-pairings-open"]');
    expect(lines(open?.querySelector('li'))).toEqual([
      'Familie von Amal',
      'Probephase',
      'Letzter Kontakt: 27. November 2026',
    ]);
    expect(open?.querySelector('a')?.getAttribute('href')).toBe('/patenschaft/tandems/p2');

    const past = $('[data-testid="my-pairings-past"]');
    expect(lines(past?.querySelector('li'))).toEqual([
      'Familie von Dawit',
      'Beendet am 1. März 2026',
    ]);
  });

  it('says so when a running pairing has no contact yet', async () => {
    http.expectOne(PAIRING_ROUTES.myPairings).flush({
      items: [summaryOf(TRIAL_PAIRING, { lastContactOn: null })],
    });
    await stable();

    expect($('[data-testid="my-pairings-offers"]')).toBeNull();
    expect(clean($('[data-testid="my-pairings-open"]')?.textContent)).toContain(
      texts.overview.noContactYet,
    );
  });

  it('takes no room without pairings', async () => {
    http.expectOne(PAIRING_ROUTES.myPairings).flush({ items: [] });
    await stable();

    expect(clean(el().textContent)).toBe('');
  });

  it('says when the pairings could not be loaded and loads them again on request', async () => {
    http
      .expectOne(PAIRING_ROUTES.myPairings)
      .flush('down', { status: 503, statusText: 'Service Unavailable' });
    await stable();

    expect(clean($('[role="alert"]')?.textContent)).toBe(texts.overview.loadFailed);
    $('button')?.click();
    http.expectOne(PAIRING_ROUTES.myPairings).flush({ items: [summaryOf(OFFERED_PAIRING)] });
    await stable();

    expect($('[role="alert"]')).toBeNull();
    expect($('[data-testid="my-pairings-offers"]')).not.toBeNull();
  });
});
