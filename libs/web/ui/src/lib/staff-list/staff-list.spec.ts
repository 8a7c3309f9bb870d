import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { TestBed } from '@angular/core/testing';
import type { ListLoadState } from './list-status.component';
import { ListSearchFormComponent } from './list-search-form.component';
import { ListStatusComponent } from './list-status.component';
import { LoadMoreComponent } from './load-more.component';

/** A list page in miniature: the three pieces wired like the staff pages wire them. */
@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ListSearchFormComponent, ListStatusComponent, LoadMoreComponent],
  template: `
    <zl-list-search-form
      label="Tandems suchen"
      submitLabel="Suchen"
      (searched)="searches.set(searches() + 1)"
    >
      <div class="field"><label for="q">Name</label><input id="q" /></div>
    </zl-list-search-form>
    <zl-list-status
      testId="list-status"
      [state]="state()"
      loadingText="Wird geladen"
      [readyText]="'Angezeigt: ' + count()"
      failedText="Fehler"
      retryText="Noch einmal"
      (retry)="retries.set(retries() + 1)"
    />
    <zl-load-more
      [hasMore]="hasMore()"
      [loading]="loadingMore()"
      [failed]="moreFailed()"
      label="Mehr laden"
      loadingLabel="Lädt"
      failedText="Nicht geladen"
      endText="Alle angezeigt"
      (more)="mores.set(mores() + 1)"
    />
  `,
})
class HostComponent {
  readonly state = signal<ListLoadState>('loading');
  readonly count = signal(0);
  readonly hasMore = signal(false);
  readonly loadingMore = signal(false);
  readonly moreFailed = signal(false);
  readonly searches = signal(0);
  readonly retries = signal(0);
  readonly mores = signal(0);
}

describe('staff list pieces', () => {
  let fixture: ComponentFixture<HostComponent>;
  let host: HostComponent;
  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (selector: string): string =>
    (el().querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const moreButton = (): HTMLButtonElement | null =>
    el().querySelector('zl-load-more button') as HTMLButtonElement | null;

  beforeEach(async () => {
    fixture = TestBed.createComponent(HostComponent);
    host = fixture.componentInstance;
    fixture.autoDetectChanges();
    await fixture.whenStable();
  });

  it('is a named search landmark around the caller’s fields and reports the submit', async () => {
    const form = el().querySelector('form') as HTMLFormElement;
    expect(form.getAttribute('role')).toBe('search');
    expect(form.getAttribute('aria-label')).toBe('Tandems suchen');
    expect(form.querySelector('label[for="q"]')).not.toBeNull();
    const submit = form.querySelector('button[type="submit"]') as HTMLButtonElement;
    expect(submit.textContent?.trim()).toBe('Suchen');
    submit.click();
    await fixture.whenStable();
    expect(host.searches()).toBe(1);
  });

  it('says what the list is doing in a live region; a failure is an alert with a retry', async () => {
    expect(text('[data-testid="list-status"]')).toBe('Wird geladen');
    host.state.set('ready');
    host.count.set(20);
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="list-status"]')?.getAttribute('role')).toBe('status');
    expect(text('[data-testid="list-status"]')).toBe('Angezeigt: 20');
    expect(el().querySelector('[role="alert"] .status--error')).toBeNull();

    host.state.set('failed');
    await fixture.whenStable();
    expect(text('[data-testid="list-status"]')).toBe('');
    expect(text('zl-list-status [role="alert"]')).toBe('Fehler');
    (el().querySelector('zl-list-status button') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(host.retries()).toBe(1);
  });

  it('offers "load more" only while there is more, busy while loading', async () => {
    expect(moreButton()).toBeNull();
    host.hasMore.set(true);
    await fixture.whenStable();
    moreButton()?.click();
    await fixture.whenStable();
    expect(host.mores()).toBe(1);
    host.loadingMore.set(true);
    await fixture.whenStable();
    expect(moreButton()?.disabled).toBe(true);
    expect(moreButton()?.textContent?.trim()).toBe('Lädt');
    host.loadingMore.set(false);
    host.moreFailed.set(true);
    await fixture.whenStable();
    expect(text('zl-load-more [role="alert"]')).toBe('Nicht geladen');
    expect(moreButton()?.disabled).toBe(false);
  });

  it('moves the focus to "all shown" when the last page came in through the button', async () => {
    host.hasMore.set(true);
    await fixture.whenStable();
    moreButton()?.focus();
    moreButton()?.click();
    host.loadingMore.set(true);
    await fixture.whenStable();
    host.hasMore.set(false);
    host.loadingMore.set(false);
    await fixture.whenStable();
    expect(moreButton()).toBeNull();
    const end = el().querySelector('.load-more__end') as HTMLElement;
    expect(end.textContent?.trim()).toBe('Alle angezeigt');
    expect(document.activeElement).toBe(end);
  });

  it('shows no end note when a new search simply has one page', async () => {
    host.hasMore.set(true);
    await fixture.whenStable();
    host.hasMore.set(false);
    await fixture.whenStable();
    expect(el().querySelector('.load-more__end')).toBeNull();
  });
});
