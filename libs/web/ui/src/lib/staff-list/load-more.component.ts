import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';

/**
 * "Load more" below a staff list (keyset paging). While a page loads, the button says so and is disabled;
 * a failed page is an alert beside it. When the last page arrives the button goes away: if the keyboard
 * was on it, the focus moves to the note "all entries shown" instead of falling back to the page start.
 */
@Component({
  selector: 'zl-load-more',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (hasMore() || failed() || ended()) {
      <div class="load-more">
        @if (hasMore()) {
          <button
            #moreButton
            type="button"
            class="button button--outlined"
            [disabled]="loading()"
            [attr.aria-busy]="loading()"
            (click)="ask()"
          >
            {{ loading() ? loadingLabel() : label() }}
          </button>
        } @else if (ended()) {
          <p #endNote class="load-more__end" tabindex="-1">{{ endText() }}</p>
        }
        <div role="alert">
          @if (failed()) {
            <p class="status status--error">{{ failedText() }}</p>
          }
        </div>
      </div>
    }
  `,
  styles: `
    .load-more {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 1rem;
      margin-block: 1rem;
    }
    .load-more__end {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class LoadMoreComponent {
  readonly hasMore = input.required<boolean>();
  /** A page is on its way. */
  readonly loading = input(false);
  /** The last page could not be loaded. */
  readonly failed = input(false);
  readonly label = input.required<string>();
  readonly loadingLabel = input.required<string>();
  readonly failedText = input.required<string>();
  /** Shown once the last page was loaded through this button. */
  readonly endText = input.required<string>();
  readonly more = output<void>();

  private readonly injector = inject(Injector);
  /** The last page arrived after a click here (a new search starts over: `hasMore` turns true). */
  protected readonly ended = signal(false);
  private asked = false;
  private readonly endNote = viewChild<ElementRef<HTMLElement>>('endNote');

  constructor() {
    effect(() => {
      const hasMore = this.hasMore();
      const loading = this.loading();
      untracked(() => this.settle(hasMore, loading));
    });
  }

  protected ask(): void {
    this.asked = true;
    this.more.emit();
  }

  private settle(hasMore: boolean, loading: boolean): void {
    if (hasMore) {
      this.ended.set(false);
      if (!loading && !this.failed()) this.asked = false;
      return;
    }
    if (!this.asked || loading) return;
    this.asked = false;
    this.ended.set(true);
    afterNextRender(
      () => {
        // Only when the focus was lost with the button: never pull it away from where the user went.
        const active = document.activeElement;
        if (active === null || active === document.body) this.endNote()?.nativeElement.focus();
      },
      { injector: this.injector },
    );
  }
}
