import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { PairingTransitionRecord } from '@zusammen/shared/contracts';
import { DECLINE_REASONS, END_REASONS } from '@zusammen/shared/contracts';
import { LocaleService, formatDateTime } from '@zusammen/web/core';
import { isolated } from '../staff-volunteers/bidi-isolate';

/**
 * What happened to the pairing, oldest first: each step in words, when and by whom, with the reason. Notes
 * appear only where the API returns them (the volunteer's own); staff notes never reach this page.
 */
@Component({
  selector: 'zl-pairing-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './pairing-history.component.html',
  styleUrl: './pairing-history.component.scss',
})
export class PairingHistoryComponent {
  readonly history = input.required<readonly PairingTransitionRecord[]>();

  private readonly locale = inject(LocaleService).current;
  protected readonly isolated = isolated;

  protected at(iso: string): string {
    return formatDateTime(iso, this.locale());
  }

  /** The i18n key of a reason code, or null for a code this page does not know (shown as it is). */
  protected reasonKey(entry: PairingTransitionRecord): string | null {
    const reason = entry.reason;
    if (reason === null) return null;
    if (entry.action === 'decline' && (DECLINE_REASONS as readonly string[]).includes(reason)) {
      return `declineReasons.${reason}`;
    }
    if (entry.action === 'end' && (END_REASONS as readonly string[]).includes(reason)) {
      return `endReasons.${reason}`;
    }
    return null;
  }
}
