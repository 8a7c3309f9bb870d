import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { RoomAccessibility } from '@zusammen/shared/contracts';

/** SVG paths (24 × 24) of the accessibility features; the words beside them carry the meaning. */
const ICONS: Readonly<Record<RoomAccessibility, string>> = {
  // a wheelchair user
  step_free:
    'M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4Zm-1 5h2v5h5v2h-7Zm-2 3.3v2.2A4 4 0 1 0 15.6 17h2.1A6 6 0 1 1 9 10.3ZM17 15h2l2 5-1.8.8Z',
  // an ear
  hearing_loop:
    'M12 2a7 7 0 0 0-7 7h2a5 5 0 0 1 10 0c0 1.6-.7 2.6-1.6 3.5-.9.9-1.9 1.8-2.3 3.3-.3 1.3-.9 2.2-2.1 2.2a2 2 0 0 1-2-2H7a4 4 0 0 0 4 4c2.2 0 3.5-1.6 4-3.7.3-.9.9-1.5 1.8-2.3C18 13.9 19 12.4 19 9a7 7 0 0 0-7-7Zm0 4a3 3 0 0 0-3 3h2a1 1 0 1 1 2 0c0 .7-.4 1-.9 1.4-.6.5-1.1 1.1-1.1 2.1h2c0-.3.2-.5.7-.9.7-.6 1.3-1.4 1.3-2.6a3 3 0 0 0-3-3Z',
  // a toilet sign with a wheelchair
  accessible_wc:
    'M3 3h18v18H3Zm2 2v14h14V5Zm7 1.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3ZM11 10h2v3h3v1.5h-4.5Zm-1.5 1.7v1.6a2.5 2.5 0 1 0 3.9 2.7h1.6a4 4 0 1 1-5.5-4.3Z',
};

/** The room's accessibility features, each as an icon with words; says so when none are known. */
@Component({
  selector: 'zl-room-access',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t; prefix: 'events.vocabulary'">
      @if (features().length > 0) {
        <ul class="access" [attr.aria-label]="t('accessibilityLabel')">
          @for (feature of features(); track feature) {
            <li [attr.data-feature]="feature">
              <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                <path fill="currentColor" [attr.d]="icons[feature]" />
              </svg>
              {{ t('accessibility.' + feature) }}
            </li>
          }
        </ul>
      } @else {
        <span class="none">{{ t('noAccessibility') }}</span>
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .access {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: inline-flex;
      align-items: flex-start;
      gap: 0.375rem;
    }
    svg {
      flex: none;
      margin-block-start: 0.15em;
      color: var(--mat-sys-primary);
    }
  `,
})
export class RoomAccessComponent {
  readonly features = input.required<readonly RoomAccessibility[]>();
  protected readonly icons = ICONS;
}
