import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { EventSummary } from '@zusammen/shared/contracts';
import { LocaleService } from '@zusammen/web/core';
import { RoomAccessComponent } from './room-access.component';

/**
 * The facts a visitor decides by: the room (its name stays German, as on the door) with its accessibility,
 * who the event is for, and the languages spoken there.
 */
@Component({
  selector: 'zl-event-facts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RoomAccessComponent],
  template: `
    <ng-container *transloco="let t; prefix: 'events.vocabulary'">
      <dl class="facts">
        @if (roomName(); as room) {
          <div class="facts__row">
            <dt>{{ t('room') }}</dt>
            <dd>
              <bdi lang="de">{{ room }}</bdi>
              <zl-room-access [features]="event().roomAccessibility" />
            </dd>
          </div>
        }
        <div class="facts__row">
          <dt>{{ t('audienceLabel') }}</dt>
          <dd>{{ t('audiences.' + event().audience) }}</dd>
        </div>
        <div class="facts__row">
          <dt>{{ t('languagesSpoken') }}</dt>
          <dd>{{ languages() }}</dd>
        </div>
      </dl>
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
    }
    // Label and value on one line, the facts side by side where they fit.
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      margin: 0;
    }
    .facts__row {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.375rem;
    }
    dt {
      font-weight: 600;
    }
    dt::after {
      content: ':';
    }
    dd {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.75rem;
      margin: 0;
    }
  `,
})
export class EventFactsComponent {
  readonly event = input.required<EventSummary>();
  /** The room of the date shown; left out when the page shows several dates in different rooms. */
  readonly roomName = input<string | null>(null);

  private readonly transloco = inject(TranslocoService);
  private readonly locale = inject(LocaleService).current;

  protected readonly languages = computed(() => {
    const locale = this.locale();
    const names = this.event().languagesSpoken.map((code) =>
      this.transloco.translate(`events.vocabulary.languages.${code}`, {}, locale),
    );
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  });
}
