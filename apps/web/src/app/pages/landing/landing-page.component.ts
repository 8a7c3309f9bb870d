import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { RoomSummary } from '@zusammen/shared/contracts';
import { Router, RouterLink } from '@angular/router';
import { ACCOUNT_ERASED_STATE, LocaleService } from '@zusammen/web/core';
import { PROGRAMMES } from './programmes';
import { parseRoomSummaries } from './room-summaries.parser';

type RoomsState = 'loading' | 'error' | 'ready';

/** Start page: the three programmes in plain language, and the rooms of the Haus der Begegnung. */
@Component({
  selector: 'zl-landing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink],
  templateUrl: './landing-page.component.html',
  styleUrl: './landing-page.component.scss',
})
export class LandingPageComponent {
  protected readonly locale = inject(LocaleService);
  protected readonly programmes = PROGRAMMES;
  /** Arrived here right after erasing one's own account (privacy section of /konto): confirm it. */
  protected readonly accountErased =
    inject(Router).currentNavigation()?.extras.state?.[ACCOUNT_ERASED_STATE] === true;

  protected readonly rooms = httpResource<RoomSummary[]>(() => '/api/rooms', {
    parse: parseRoomSummaries,
  });

  protected readonly roomsState = computed<RoomsState>(() => {
    if (this.rooms.isLoading()) {
      return 'loading';
    }
    return this.rooms.hasValue() ? 'ready' : 'error';
  });
  protected readonly roomList = computed(() => (this.rooms.hasValue() ? this.rooms.value() : []));
  private readonly numberFormat = computed(() => new Intl.NumberFormat(this.locale.current()));

  protected formatNumber(value: number): string {
    return this.numberFormat().format(value);
  }

  protected reloadRooms(): void {
    this.rooms.reload();
  }
}
