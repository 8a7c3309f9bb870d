import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { RoomBookingKind, RoomBookingStatus } from '@zusammen/shared/contracts';
import { statusIcon, statusKey } from './room-format';

/** Paths of the status icons (24 × 24). */
const ICON_PATHS = {
  check: 'M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2Z',
  clock:
    'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16Zm.5-13H11v6l5.2 3.2.8-1.3-4.5-2.7V7Z',
  hourglass:
    'M6 2v6l4 4-4 4v6h12v-6l-4-4 4-4V2H6Zm10 14.5V20H8v-3.5l4-4 4 4ZM12 11.5l-4-4V4h8v3.5l-4 4Z',
  lock: 'M18 8h-1V6a5 5 0 0 0-10 0v2H6a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V10a2 2 0 0 0-2-2ZM9 6a3 3 0 0 1 6 0v2H9V6Zm9 14H6V10h12v10Z',
  cross:
    'M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12 19 6.4Z',
} as const;

/**
 * A booking's state in words with an icon (never colour alone): bestätigt ✓, angefragt ◷, vorgemerkt ⧗,
 * gesperrt 🔒, abgelehnt/storniert ✕.
 */
@Component({
  selector: 'zl-booking-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <span
      *transloco="let t"
      class="status-badge"
      [class]="'status-badge status-badge--' + icon()"
      data-testid="booking-status"
    >
      <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
        <path [attr.d]="path()" fill="currentColor" />
      </svg>
      <span>{{ t(key()) }}</span>
    </span>
  `,
  styles: `
    :host {
      display: inline-flex;
    }
    .status-badge {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      padding-inline: 0.375rem 0.5rem;
      border: 1px solid currentColor;
      border-radius: 0.25rem;
      font-size: 0.9375rem;
      font-weight: 600;
      line-height: 1.5;
    }
    svg {
      flex: none;
    }
    .status-badge--check {
      color: var(--mat-sys-on-primary-container);
      background: var(--mat-sys-primary-container);
    }
    .status-badge--clock,
    .status-badge--hourglass {
      color: var(--mat-sys-on-tertiary-container);
      background: var(--mat-sys-tertiary-container);
      border-style: dashed;
    }
    .status-badge--lock {
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-highest);
    }
    .status-badge--cross {
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
  `,
})
export class BookingStatusComponent {
  readonly kind = input<RoomBookingKind>('booking');
  readonly status = input.required<RoomBookingStatus>();

  protected readonly key = computed(() => statusKey({ kind: this.kind(), status: this.status() }));
  protected readonly icon = computed(() =>
    statusIcon({ kind: this.kind(), status: this.status() }),
  );
  protected readonly path = computed(() => ICON_PATHS[this.icon()]);
}

export { ICON_PATHS as STATUS_ICON_PATHS };
