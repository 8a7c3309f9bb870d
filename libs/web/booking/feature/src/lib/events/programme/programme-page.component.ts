import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EventAudience, LocalizedText, Locale } from '@zusammen/shared/contracts';
import { EVENT_AUDIENCES, SUPPORTED_LOCALES } from '@zusammen/shared/contracts';
import type { ChosenText, ProgrammeFilter } from '@zusammen/web/booking/data-access';
import {
  ProgrammeStore,
  chooseText,
  programmeDays,
  publicCalendarUrl,
} from '@zusammen/web/booking/data-access';
import { LocaleService } from '@zusammen/web/core';
import { formatCount, formatDayHeading, formatTime } from '../shared/event-format';
import { EventFactsComponent } from '../shared/event-facts.component';
import { SeatStateComponent } from '../shared/seat-state.component';

const isAudience = (value: unknown): value is EventAudience =>
  (EVENT_AUDIENCES as readonly unknown[]).includes(value);
const isLocale = (value: unknown): value is Locale =>
  (SUPPORTED_LOCALES as readonly unknown[]).includes(value);

/**
 * The public programme (/programm, no sign-in): the coming dates grouped by day, filtered by audience and
 * language spoken (kept in the address as `?fuer=` and `?sprache=`, so a filtered list can be shared), each
 * with its title in the reader's language (German where missing, marked as German), time in Borken, room
 * with accessibility, and free places or waiting list. Links the public iCalendar feed.
 */
@Component({
  selector: 'zl-programme-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, SeatStateComponent, EventFactsComponent],
  templateUrl: './programme-page.component.html',
  styleUrl: './programme-page.component.scss',
})
export class ProgrammePageComponent {
  /** `?fuer=`: audience filter (bound by the router). */
  readonly fuer = input<string | undefined>();
  /** `?sprache=`: language-spoken filter. */
  readonly sprache = input<string | undefined>();

  protected readonly store = inject(ProgrammeStore);
  protected readonly locale = inject(LocaleService).current;
  private readonly router = inject(Router);

  protected readonly audiences = EVENT_AUDIENCES;
  protected readonly languages = SUPPORTED_LOCALES;
  protected readonly filter = computed<ProgrammeFilter>(() => {
    const audience = this.fuer();
    const language = this.sprache();
    return {
      audience: isAudience(audience) ? audience : null,
      language: isLocale(language) ? language : null,
    };
  });
  protected readonly filtered = computed(
    () => this.filter().audience !== null || this.filter().language !== null,
  );
  protected readonly days = computed(() => programmeDays(this.store.events(), this.filter()));
  protected readonly dateCount = computed(() =>
    this.days().reduce((sum, day) => sum + day.items.length, 0),
  );
  protected readonly calendarUrl = computed(() => publicCalendarUrl(this.locale()));

  constructor() {
    void this.store.load();
  }

  protected text(value: LocalizedText): ChosenText {
    return chooseText(value, this.locale());
  }

  protected dayHeading(day: string): string {
    return formatDayHeading(day, this.locale());
  }

  protected time(iso: string): string {
    return formatTime(iso, this.locale());
  }

  protected count(value: number): string {
    return formatCount(value, this.locale());
  }

  protected setFilter(name: 'fuer' | 'sprache', value: string): void {
    void this.router.navigate([], {
      queryParams: { [name]: value || null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected resetFilters(): void {
    void this.router.navigate([], {
      queryParams: { fuer: null, sprache: null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  protected reload(): void {
    void this.store.load();
  }
}
