import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { PAIRING_ROUTES } from '@zusammen/shared/contracts';
import { de, sponsorshipTranslocoTesting } from '../../shared/sponsorship-i18n.testing';
import { CandidateOfferComponent } from './candidate-offer.component';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyComponent {}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.staffPairings;

describe('CandidateOfferComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CandidateOfferComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const text = (selector: string): string => clean(el().querySelector(selector)?.textContent);
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const click = (selector: string): void => (el().querySelector(selector) as HTMLElement).click();

  async function open(isFirst: boolean): Promise<void> {
    TestBed.configureTestingModule({
      imports: [CandidateOfferComponent, sponsorshipTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: EmptyComponent }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CandidateOfferComponent);
    fixture.componentRef.setInput('familyId', 'f1');
    fixture.componentRef.setInput('volunteerId', 'v2');
    fixture.componentRef.setInput('volunteerName', 'Anna Terhorst');
    fixture.componentRef.setInput('isFirst', isFirst);
    fixture.autoDetectChanges();
    await stable();
    click('[data-testid="candidate-offer"]');
    await stable();
  }
  afterEach(() => http.verify());

  it('names the volunteer in the button and opens a small form on the first choice', async () => {
    await open(true);
    const button = el().querySelector('[data-testid="candidate-offer"]') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(text('[data-testid="candidate-offer"] .visually-hidden')).toBe(
      'Patenschaft anbieten: \u2068Anna Terhorst\u2069',
    );
    expect(document.activeElement?.id).toBe('offer-v2-months-6');
    expect(el().querySelector('textarea')).toBeNull();
  });

  it('offers the first suggestion with the chosen commitment and opens the new pairing', async () => {
    await open(true);
    click('[data-testid="offer-submit"]');
    await stable();
    expect(text('[data-testid="offer-problem"] a')).toBe(
      texts.offer.errors.commitmentMonths.required,
    );

    click('#offer-v2-months-12');
    click('[data-testid="offer-submit"]');
    await stable();
    const request = http.expectOne(PAIRING_ROUTES.pairings);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      familyId: 'f1',
      volunteerId: 'v2',
      commitmentMonths: 12,
    });
    request.flush({ id: 'p9' }, { status: 201, statusText: 'Created' });
    await stable();
    expect(TestBed.inject(Router).url).toBe('/verwaltung/patenschaften/tandems/p9');
  });

  it('asks why when staff pass over the first suggestion', async () => {
    await open(false);
    click('#offer-v2-months-6');
    click('[data-testid="offer-submit"]');
    await stable();
    expect(text('[data-testid="offer-problem"] a')).toBe(
      texts.offer.errors.overrideReason.required,
    );
    expect(el().querySelector('#offer-v2-reason')?.getAttribute('aria-invalid')).toBe('true');

    const reason = el().querySelector('#offer-v2-reason') as HTMLTextAreaElement;
    reason.value = ' Spricht Tigrinisch ';
    reason.dispatchEvent(new Event('input'));
    click('[data-testid="offer-submit"]');
    await stable();
    expect(http.expectOne(PAIRING_ROUTES.pairings).request.body).toEqual({
      familyId: 'f1',
      volunteerId: 'v2',
      commitmentMonths: 6,
      overrideReason: 'Spricht Tigrinisch',
    });
  });

  it('explains refusals in words, naming the failed rule', async () => {
    await open(true);
    click('#offer-v2-months-6');
    click('[data-testid="offer-submit"]');
    await stable();
    http
      .expectOne(PAIRING_ROUTES.pairings)
      .flush(
        { code: 'PAIR_NOT_FEASIBLE', message: 'H2', details: { filter: 'H2_CERTIFICATE' } },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    expect(text('[data-testid="offer-problem"] li')).toBe(
      `${texts.offerProblems.pairNotFeasible} ${de.familyCandidates.filters.H2_CERTIFICATE}`,
    );
    expect(document.activeElement).toBe(el().querySelector('[data-testid="offer-problem"]'));

    click('[data-testid="offer-submit"]');
    await stable();
    http
      .expectOne(PAIRING_ROUTES.pairings)
      .flush(
        { code: 'FAMILY_HAS_OPEN_PAIRING', message: 'x' },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    expect(text('[data-testid="offer-problem"] li')).toContain(
      texts.offerProblems.familyHasOpenPairing,
    );
    expect(el().querySelector('[data-testid="offer-problem"] a')?.getAttribute('href')).toBe(
      '/verwaltung/patenschaften/tandems',
    );

    for (const [code, key] of [
      ['CAPACITY_EXCEEDED', 'capacityExceeded'],
      ['PROPOSAL_STALE', 'proposalStale'],
      ['OVERRIDE_REASON_REQUIRED', 'overrideReasonRequired'],
    ] as const) {
      click('[data-testid="offer-submit"]');
      await stable();
      http
        .expectOne(PAIRING_ROUTES.pairings)
        .flush({ code, message: 'x' }, { status: 409, statusText: 'Conflict' });
      await stable();
      expect(text('[data-testid="offer-problem"] li')).toBe(texts.offerProblems[key]);
    }
  });
});
