import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { FamilyDetail } from '@zusammen/shared/contracts';
import type { AdminProblem } from '@zusammen/web/core';
import {
  LocaleService,
  adminProblemOf,
  focusAfterRender,
  profileFailureOf,
} from '@zusammen/web/core';
import { StaffFamiliesApi } from '@zusammen/web/sponsorship/data-access';
import { formatDay } from '../shared';
import { todayInBorken } from '../staff-volunteers/today-in-borken';

/** The consent text in use at the desk (the family reads or hears it in their language). */
export const CURRENT_CONSENT_TEXT_VERSION = 'patenschaft-2026-11';
export const DEFAULT_CONSENT_SCOPE = 'matching,contact-sharing';

type ConsentField = 'textVersion' | 'scope' | 'grantedOn';

/**
 * The family's consent (Einwilligung): shows what was agreed and when; records a new consent when there is
 * none or it was withdrawn; withdrawing needs a second, explicit confirmation.
 */
@Component({
  selector: 'zl-family-consent',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './family-consent.component.html',
  styleUrl: './family-consent.component.scss',
})
export class FamilyConsentComponent {
  readonly family = input.required<FamilyDetail>();
  /** The family as the API answered after a consent change. */
  readonly changed = output<FamilyDetail>();

  private readonly api = inject(StaffFamiliesApi);
  private readonly locale = inject(LocaleService);
  private readonly injector = inject(Injector);

  protected readonly today = todayInBorken();
  protected readonly textVersion = signal(CURRENT_CONSENT_TEXT_VERSION);
  protected readonly scope = signal(DEFAULT_CONSENT_SCOPE);
  protected readonly grantedOn = signal(this.today);
  protected readonly missing = signal<readonly ConsentField[]>([]);
  protected readonly confirming = signal(false);
  protected readonly busy = signal(false);
  protected readonly problem = signal<AdminProblem | 'invalid' | null>(null);
  protected readonly done = signal<'recorded' | 'withdrawn' | null>(null);

  /** Consent that is in force now (recorded and not withdrawn). */
  protected readonly active = computed(() => {
    const consent = this.family().consent;
    return consent && !consent.withdrawnOn ? consent : null;
  });

  private readonly confirmHeading = viewChild<ElementRef<HTMLElement>>('confirmHeading');
  private readonly withdrawButton = viewChild<ElementRef<HTMLButtonElement>>('withdrawButton');
  private readonly liveBox = viewChild<ElementRef<HTMLElement>>('liveBox');

  protected day(iso: string): string {
    return formatDay(iso, this.locale.current());
  }

  protected isMissing(field: ConsentField): boolean {
    return this.missing().includes(field);
  }

  protected async record(event: Event): Promise<void> {
    event.preventDefault();
    const request = {
      textVersion: this.textVersion().trim(),
      scope: this.scope().trim(),
      grantedOn: this.grantedOn(),
    };
    this.missing.set((Object.keys(request) as ConsentField[]).filter((key) => !request[key]));
    if (this.missing().length > 0) return;
    await this.run('recorded', () => this.api.recordConsent(this.family().id, request));
  }

  protected askToWithdraw(): void {
    this.confirming.set(true);
    focusAfterRender(this.injector, () => this.confirmHeading()?.nativeElement);
  }

  protected cancelWithdraw(): void {
    this.confirming.set(false);
    focusAfterRender(this.injector, () => this.withdrawButton()?.nativeElement);
  }

  protected async withdraw(): Promise<void> {
    await this.run('withdrawn', () => this.api.withdrawConsent(this.family().id));
    this.confirming.set(false);
  }

  private async run(
    what: 'recorded' | 'withdrawn',
    action: () => Promise<FamilyDetail>,
  ): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    this.done.set(null);
    try {
      this.changed.emit(await action());
      this.done.set(what);
      focusAfterRender(this.injector, () => this.liveBox()?.nativeElement);
    } catch (error) {
      const failure = profileFailureOf(error);
      this.problem.set(failure.status === 422 ? 'invalid' : adminProblemOf(failure));
    } finally {
      this.busy.set(false);
    }
  }
}
