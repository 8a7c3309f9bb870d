import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MATCH_COMPONENTS, PAIRING_ROUTES, SponsorshipErrorCode } from '@zusammen/shared/contracts';
import { MatchRunsStore } from '@zusammen/web/sponsorship/data-access';
import { de, sponsorshipTranslocoTesting } from '../shared/sponsorship-i18n.testing';
import { ProposalCardComponent } from './proposal-card.component';
import { matchRun, proposalItem } from './match-run.testing';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const texts = de.matchRuns;

/** Renders the cards from the store, as the page does, so a decision shows up in the card. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProposalCardComponent],
  template: `
    @for (proposal of store.run()?.proposals ?? []; track proposal.id) {
      <zl-proposal-card [proposal]="proposal" />
    }
  `,
})
class HostComponent {
  protected readonly store = inject(MatchRunsStore);
}

describe('ProposalCardComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<HostComponent>;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const clean = (value: string | null | undefined): string =>
    (value ?? '').replace(/\s+/g, ' ').trim();
  const card = (index = 0): HTMLElement =>
    el().querySelectorAll('zl-proposal-card')[index] as HTMLElement;
  const inCard = <T extends Element>(selector: string, index = 0): T =>
    card(index).querySelector(selector) as T;
  const text = (selector: string, index = 0): string =>
    clean(card(index).querySelector(selector)?.textContent);
  const stable = async (): Promise<void> => {
    await settle();
    await fixture.whenStable();
  };
  const click = async (selector: string, index = 0): Promise<void> => {
    inCard<HTMLElement>(selector, index).click();
    await stable();
  };
  const submit = async (selector: string): Promise<void> => {
    inCard<HTMLFormElement>(selector).dispatchEvent(new Event('submit', { cancelable: true }));
    await stable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [HostComponent, sponsorshipTranslocoTesting()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        MatchRunsStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const store = TestBed.inject(MatchRunsStore);
    fixture = TestBed.createComponent(HostComponent);
    fixture.autoDetectChanges();
    const loading = store.load();
    http.expectOne(`${PAIRING_ROUTES.matchRuns}/latest`).flush(matchRun());
    await loading;
    await stable();
  });
  afterEach(() => http.verify());

  it('shows both sides, the fit in words and the status, with the breakdown on request', async () => {
    expect(clean(card().textContent)).toContain('Weseke');
    expect(text('[data-testid="proposal-score"]')).toBe('82 % passt sehr gut');
    expect(text('[data-testid="proposal-status"]')).toBe(texts.proposal.status.open);
    expect(card().textContent).toMatch(/4,3\skm/);
    expect(card().querySelector('table')).toBeNull();

    const toggle = inCard<HTMLButtonElement>('button[aria-controls$="-breakdown"]');
    toggle.click();
    await stable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const rows = card().querySelectorAll('[data-testid="breakdown-row"]');
    expect(rows).toHaveLength(MATCH_COMPONENTS.length);
    expect(clean(card().querySelector('table caption')?.textContent)).toBe(
      'So kommt die Bewertung für \u2068Amal Haddad\u2069 und \u2068Anna Terhorst\u2069 zustande',
    );
  });

  it('shows a decided proposal with who decided and why, without actions', () => {
    expect(text('[data-testid="proposal-status"]', 1)).toBe(texts.proposal.status.rejected);
    expect(text('[data-testid="proposal-decided"]', 1)).toMatch(
      /^Entschieden am .+ von \u2068Maria Koordination\u2069$/,
    );
    expect(clean(card(1).textContent)).toContain('Arbeitet nur abends');
    expect(card(1).querySelector('[data-testid="proposal-offer"]')).toBeNull();
  });

  it('links "choose someone else" to the family’s page', () => {
    expect(inCard('[data-testid="proposal-choose-other"]').getAttribute('href')).toBe(
      '/verwaltung/patenschaften/familien/f1',
    );
  });

  it('offers after the commitment is chosen and then links to the new pairing', async () => {
    await click('[data-testid="proposal-offer"]');
    expect(inCard('[data-testid="proposal-offer"]').getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement?.id).toBe('proposal-p1-months-6');

    await submit('[data-testid="offer-form"]');
    http.expectNone(PAIRING_ROUTES.pairings);
    expect(clean(inCard('[data-testid="offer-form"]').textContent)).toContain(
      texts.offerForm.commitmentMissing,
    );

    await click('#proposal-p1-months-12');
    await submit('[data-testid="offer-form"]');
    const request = http.expectOne(PAIRING_ROUTES.pairings);
    expect(request.request.body).toEqual({ proposalId: 'p1', commitmentMonths: 12 });
    request.flush({ id: 'pair-7', createdAt: '2026-11-26T11:00:00.000Z' });
    await stable();

    expect(text('[data-testid="proposal-status"]')).toBe(texts.proposal.status.offered);
    expect(text('[data-testid="proposal-live"]')).toBe(texts.proposal.done.offered);
    expect(document.activeElement).toBe(inCard('[data-testid="proposal-live"]'));
    expect(inCard('[data-testid="proposal-pairing"]').getAttribute('href')).toBe(
      '/verwaltung/patenschaften/tandems/pair-7',
    );
    expect(card().querySelector('[data-testid="proposal-offer"]')).toBeNull();
  });

  it('rejects only with a reason', async () => {
    await click('[data-testid="proposal-reject"]');
    expect(document.activeElement?.id).toBe('proposal-p1-reason');
    await submit('[data-testid="reject-form"]');
    http.expectNone(`${PAIRING_ROUTES.proposals}/p1/reject`);
    expect(inCard('#proposal-p1-reason').getAttribute('aria-invalid')).toBe('true');
    expect(clean(inCard('[data-testid="reject-form"]').textContent)).toContain(
      texts.rejectForm.reasonMissing,
    );

    const reason = inCard<HTMLTextAreaElement>('#proposal-p1-reason');
    reason.value = '  Zu weit weg  ';
    reason.dispatchEvent(new Event('input'));
    await submit('[data-testid="reject-form"]');
    const request = http.expectOne(`${PAIRING_ROUTES.proposals}/p1/reject`);
    expect(request.request.body).toEqual({ reason: 'Zu weit weg' });
    request.flush(proposalItem('p1', { ...matchRun().proposals[0], status: 'rejected' }));
    await stable();
    expect(text('[data-testid="proposal-status"]')).toBe(texts.proposal.status.rejected);
    expect(text('[data-testid="proposal-live"]')).toBe(texts.proposal.done.rejected);
  });

  it('closes a form with "cancel" and returns to its button', async () => {
    await click('[data-testid="proposal-reject"]');
    const cancel = Array.from(
      inCard('[data-testid="reject-form"]').querySelectorAll('button'),
    ).find((b) => clean(b.textContent) === texts.cancel) as HTMLButtonElement;
    cancel.click();
    await stable();
    expect(card().querySelector('[data-testid="reject-form"]')).toBeNull();
    expect(document.activeElement).toBe(inCard('[data-testid="proposal-reject"]'));
  });

  it('words the refusals of the pairing rules, naming a failing rule', async () => {
    await click('[data-testid="proposal-offer"]');
    await click('#proposal-p1-months-6');
    await submit('[data-testid="offer-form"]');
    http
      .expectOne(PAIRING_ROUTES.pairings)
      .flush(
        { code: SponsorshipErrorCode.ProposalStale, message: 'stale' },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    expect(text('[data-testid="proposal-problem"]')).toBe(texts.actionProblems.proposalStale);
    expect(text('[data-testid="proposal-status"]')).toBe(texts.proposal.status.open);

    await submit('[data-testid="offer-form"]');
    http.expectOne(PAIRING_ROUTES.pairings).flush(
      {
        code: SponsorshipErrorCode.PairNotFeasible,
        message: 'no',
        details: { filter: 'H2_CERTIFICATE' },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(text('[data-testid="proposal-problem"]')).toBe(
      `${texts.actionProblems.pairNotFeasible} Grund: ${de.familyCandidates.filters.H2_CERTIFICATE}`,
    );
    expect(document.activeElement).toBe(inCard('[data-testid="proposal-problem"]'));
  });

  it('shows the proposal as it is now when someone else decided first', async () => {
    await click('[data-testid="proposal-offer"]');
    await click('#proposal-p1-months-6');
    await submit('[data-testid="offer-form"]');
    http
      .expectOne(PAIRING_ROUTES.pairings)
      .flush(
        { code: SponsorshipErrorCode.ProposalNotOpen, message: 'decided' },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    const current = matchRun();
    current.proposals[0] = { ...current.proposals[0], status: 'overridden', reason: 'Andere Wahl' };
    http.expectOne(`${PAIRING_ROUTES.matchRuns}/run-1`).flush(current);
    await stable();
    expect(text('[data-testid="proposal-problem"]')).toBe(texts.actionProblems.proposalNotOpen);
    expect(text('[data-testid="proposal-status"]')).toBe(texts.proposal.status.overridden);
    expect(card().querySelector('[data-testid="proposal-offer"]')).toBeNull();
  });

  it('says so when the volunteer has no free place left', async () => {
    await click('[data-testid="proposal-offer"]');
    await click('#proposal-p1-months-6');
    await submit('[data-testid="offer-form"]');
    http
      .expectOne(PAIRING_ROUTES.pairings)
      .flush(
        { code: SponsorshipErrorCode.CapacityExceeded, message: 'full' },
        { status: 409, statusText: 'Conflict' },
      );
    await stable();
    expect(text('[data-testid="proposal-problem"]')).toBe(texts.actionProblems.capacityExceeded);
  });
});
