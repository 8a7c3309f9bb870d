import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

export type ListLoadState = 'loading' | 'ready' | 'failed';

/**
 * The status line of a staff list, in a polite live region: "loading …", then how many entries are shown
 * (or that none were found), updated after every "load more" so screen-reader users hear the new count.
 * A failed load is an alert with a retry button. All texts come translated from the caller.
 */
@Component({
  selector: 'zl-list-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status" [attr.data-testid]="testId()">
      @switch (state()) {
        @case ('loading') {
          <p class="status">{{ loadingText() }}</p>
        }
        @case ('ready') {
          <p class="status">{{ readyText() }}</p>
        }
      }
    </div>
    @if (state() === 'failed') {
      <p class="status status--error" role="alert">{{ failedText() }}</p>
      <button type="button" class="button button--outlined" (click)="retry.emit()">
        {{ retryText() }}
      </button>
    }
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class ListStatusComponent {
  readonly state = input.required<ListLoadState>();
  readonly loadingText = input.required<string>();
  /** Once loaded: the count of shown entries, or that there are none. */
  readonly readyText = input.required<string>();
  readonly failedText = input.required<string>();
  readonly retryText = input.required<string>();
  /** `data-testid` of the live region, for the caller's tests. */
  readonly testId = input<string | null>(null);
  readonly retry = output<void>();
}
