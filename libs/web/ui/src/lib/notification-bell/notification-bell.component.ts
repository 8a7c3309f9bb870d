import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

/** Badges show at most this number, then "99+". */
const BADGE_MAX = 99;

/**
 * The header bell: a link to the notification list. Screen readers hear `label` (already
 * translated, e.g. "Benachrichtigungen, 3 ungelesen"); sighted users see the bell and a badge with
 * the unread count (hidden at zero or while unknown).
 */
@Component({
  selector: 'zl-notification-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, RouterLinkActive],
  templateUrl: './notification-bell.component.html',
  styleUrl: './notification-bell.component.scss',
})
export class NotificationBellComponent {
  /** Router link of the notification list. */
  readonly route = input.required<string>();
  /** Accessible name including the count. */
  readonly label = input.required<string>();
  /** Unread count; `null` while unknown. */
  readonly count = input<number | null>(null);

  protected readonly badge = computed(() => {
    const count = this.count();
    if (count === null || count <= 0) {
      return null;
    }
    return count > BADGE_MAX ? `${BADGE_MAX}+` : String(count);
  });
}
