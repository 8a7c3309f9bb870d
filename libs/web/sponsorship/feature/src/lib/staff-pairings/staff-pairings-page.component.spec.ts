import { provideHttpClient } from '@angular/common/http';
import type { TestRequest } from '@angular/common/http/testing';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { ar, de, sponsorshipTranslocoTesting } from '../shared/sponsorship-i18n.testing';
import { pairingSummary } from './pairing-fixtures.testing';
import { StaffPairingsPageComponent } from './staff-pairings-page.component';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyComponent {}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.staffPairings;

describe('StaffPairingsPageComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<StaffPairingsPageComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const text = (selector: string): string => clean(el().querySelector(selector)?.textContent);
  const rows = (): HTMLElement[] =>
    Array.from(el().querySelectorAll('[data-testid="pairing-row"]'));
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const listRequest = (): TestRequest =>
    http.expectOne((r) => r.url === PAIRING_ROUTES.pairings && r.method === 'GET');

  /** Opens the page as the router does, so query parameters bind to its inputs. */
  async function open(query = ''): Promise<void> {
    TestBed.configureTestingModule({
      imports: [sponsorshipTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'verwaltung/patenschaften/tandems', component: StaffPairingsPageComponent },
            { path: '**', component: EmptyComponent },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/verwaltung/patenschaften/tandems${query}`);
    fixture = harness.fixture as unknown as ComponentFixture<StaffPairingsPageComponent>;
    fixture.autoDetectChanges();
    await stable();
  }
  afterEach(() => http.verify());

  it('opens the "needs attention" queue from ?attention=1 (the digest link)', async () => {
    await open('?attention=1');
    const request = listRequest();
    expect(request.request.params.get('attention')).toBe('1');
    expect(request.request.params.has('state')).toBe(false);
    expect((el().querySelector('#pairings-attention') as HTMLInputElement).checked).toBe(true);
    request.flush({ items: [], nextCursor: null });
    await stable();
    expect(text('[data-testid="pairings-status"]')).toBe(texts.empty);
  });

  it('shows each pairing with names, district, state, since, last contact and reasons in words', async () => {
    await open();
    listRequest().flush({
      items: [
        pairingSummary({ attention: ['no_contact', 'low_pulse'] }),
        pairingSummary({
          id: 'p2',
          state: 'offered',
          family: { id: 'f2', contactName: 'Olena K.', district: 'burlo' },
          volunteer: { id: 'v2', displayName: 'Reza Karimi' },
          coordinator: null,
          lastContactOn: null,
        }),
      ],
      nextCursor: null,
    });
    await stable();

    expect(text('[data-testid="pairings-status"]')).toBe('Angezeigt: 2');
    const [first, second] = rows();
    expect(first.querySelector('h2 a')?.getAttribute('href')).toBe(
      '/verwaltung/patenschaften/tandems/p1',
    );
    expect(clean(first.querySelector('h2')?.textContent)).toBe(
      '\u2068Amal Haddad\u2069 und \u2068Anna Terhorst\u2069',
    );
    expect(text('[data-testid="pairing-state"]')).toBe(texts.states.trial);
    const facts = clean(first.querySelector('dl')?.textContent);
    expect(facts).toContain(
      `\u2068Amal Haddad\u2069 (${de.sponsorshipVocabulary.districts.gemen})`,
    );
    expect(facts).toContain('1. Oktober 2026');
    expect(facts).toContain('20. Oktober 2026');
    const reasons = Array.from(first.querySelectorAll('[data-testid="pairing-attention"] li'));
    expect(reasons.map((li) => clean(li.textContent))).toEqual([
      texts.attention.no_contact,
      texts.attention.low_pulse,
    ]);
    expect(clean(first.querySelector('[data-testid="pairing-attention-badge"]')?.textContent)).toBe(
      texts.needsAttention,
    );

    expect(clean(second.querySelector('[data-testid="pairing-state"]')?.textContent)).toBe(
      texts.states.offered,
    );
    expect(clean(second.querySelector('[data-testid="pairing-last-contact"]')?.textContent)).toBe(
      texts.noContactYet,
    );
    expect(clean(second.textContent)).toContain(texts.nobody);
    expect(second.querySelector('[data-testid="pairing-attention"]')).toBeNull();
  });

  it('puts the filters into the address, so the list can be linked and the back button works', async () => {
    await open();
    listRequest().flush({ items: [], nextCursor: null });
    await stable();

    const q = el().querySelector('#pairings-q') as HTMLInputElement;
    q.value = ' Haddad ';
    q.dispatchEvent(new Event('input'));
    const state = el().querySelector('#pairings-state') as HTMLSelectElement;
    state.value = 'paused';
    state.dispatchEvent(new Event('change'));
    const attention = el().querySelector('#pairings-attention') as HTMLInputElement;
    attention.click();
    (el().querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await stable();

    expect(TestBed.inject(Router).url).toBe(
      '/verwaltung/patenschaften/tandems?q=Haddad&state=paused&attention=1',
    );
    // The new address is bound back to the page, which asks with the new filters.
    const request = listRequest();
    expect(request.request.params.get('q')).toBe('Haddad');
    expect(request.request.params.get('state')).toBe('paused');
    expect(request.request.params.get('attention')).toBe('1');
  });

  it('asks again when the same search is submitted (nothing in the address changes)', async () => {
    await open('?state=active');
    expect(listRequest().request.params.get('state')).toBe('active');
    (el().querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await stable();
    expect(listRequest().request.params.get('state')).toBe('active');
  });

  it('loads more with the cursor and says how many are shown', async () => {
    await open();
    listRequest().flush({ items: [pairingSummary()], nextCursor: 'c2' });
    await stable();
    const more = el().querySelector('zl-load-more button') as HTMLButtonElement;
    expect(clean(more.textContent)).toBe(texts.loadMore);
    more.click();
    await stable();
    const next = listRequest();
    expect(next.request.params.get('cursor')).toBe('c2');
    next.flush({ items: [pairingSummary({ id: 'p2' })], nextCursor: null });
    await stable();
    expect(rows()).toHaveLength(2);
    expect(text('[data-testid="pairings-status"]')).toBe('Angezeigt: 2');
    expect(el().querySelector('zl-load-more button')).toBeNull();
    expect(text('.load-more__end')).toBe(texts.allShown);
  });

  it('reports a failed load and lets staff try again', async () => {
    await open();
    listRequest().flush({ code: 'INTERNAL_ERROR' }, { status: 500, statusText: 'Server Error' });
    await stable();
    expect(text('zl-list-status [role="alert"]')).toBe(texts.loadFailed);
    (el().querySelector('zl-list-status button') as HTMLButtonElement).click();
    await stable();
    listRequest().flush({ items: [pairingSummary()], nextCursor: null });
    await stable();
    expect(rows()).toHaveLength(1);
  });

  it('speaks Arabic', async () => {
    await open();
    await TestBed.inject(LocaleService).use('ar');
    listRequest().flush({ items: [pairingSummary({ state: 'paused' })], nextCursor: null });
    await stable();
    expect(text('h1')).toBe(ar.staffPairings.title);
    expect(text('[data-testid="pairing-state"]')).toBe(ar.staffPairings.states.paused);
  });
});
