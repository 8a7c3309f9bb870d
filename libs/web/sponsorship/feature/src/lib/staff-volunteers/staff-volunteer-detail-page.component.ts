import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type {
  AvailabilitySlot,
  VettingStepKind,
  VolunteerDetail,
  VolunteerStatus,
} from '@zusammen/shared/contracts';
import {
  CERTIFICATE_MAX_AGE_MONTHS_AT_INSPECTION,
  VETTING_STEP_KINDS,
} from '@zusammen/shared/contracts';
import {
  LOCALE_NATIVE_NAMES,
  LocaleService,
  adminProblemOf,
  focusAfterRender,
  profileFailureOf,
} from '@zusammen/web/core';
import {
  StaffVolunteersApi,
  missingVettingSteps,
  nextVolunteerStatuses,
  statusChangeNeedsReason,
} from '@zusammen/web/sponsorship/data-access';
import { formatDay, isKnownLanguageCode } from '../shared';
import { StaffSponsorshipNavComponent } from './staff-sponsorship-nav.component';
import { isolated } from './bidi-isolate';
import { todayInBorken } from './today-in-borken';
import type { VolunteerProblem } from './volunteer-problem';
import type { CertificateErrors } from './certificate-date-errors';
import { certificateDateErrorsOf } from './certificate-date-errors';
import { missingStepsOf, volunteerProblemOf } from './volunteer-problem';

type LoadState = 'loading' | 'ready' | 'notFound' | 'failed';
type Section = 'vetting' | 'certificate' | 'status';

/**
 * One volunteer (staff): profile, vetting steps with a form to record one, the § 72a ledger (dates and
 * yes/no only) and the status change, offering only the moves the state machine allows.
 */
@Component({
  selector: 'zl-staff-volunteer-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, StaffSponsorshipNavComponent],
  templateUrl: './staff-volunteer-detail-page.component.html',
  styleUrl: './staff-volunteer-detail-page.component.scss',
})
export class StaffVolunteerDetailPageComponent {
  /** The `:id` of the route. */
  readonly id = input.required<string>();

  private readonly api = inject(StaffVolunteersApi);
  private readonly locale = inject(LocaleService);
  private readonly injector = inject(Injector);

  protected readonly stepKinds = VETTING_STEP_KINDS;
  protected readonly maxAgeMonths = CERTIFICATE_MAX_AGE_MONTHS_AT_INSPECTION;
  protected readonly today = todayInBorken();
  protected readonly state = signal<LoadState>('loading');
  protected readonly volunteer = signal<VolunteerDetail | null>(null);
  protected readonly busy = signal<Section | null>(null);
  /** i18n key of the last completed action, for the live region. */
  protected readonly done = signal<string | null>(null);
  protected readonly problem = signal<{ section: Section; key: VolunteerProblem } | null>(null);
  protected readonly missingForApproval = signal<VettingStepKind[]>([]);

  protected readonly stepKind = signal<VettingStepKind | ''>('');
  protected readonly stepDate = signal(this.today);
  protected readonly stepKindMissing = signal(false);

  protected readonly issuedOn = signal('');
  protected readonly inspectedOn = signal(this.today);
  protected readonly relevantEntry = signal<boolean | null>(null);
  protected readonly certificateErrors = signal<CertificateErrors>({});
  protected readonly relevantEntryMissing = signal(false);

  protected readonly nextStatus = signal<VolunteerStatus | ''>('');
  protected readonly reason = signal('');
  protected readonly nextStatusMissing = signal(false);
  protected readonly reasonMissing = signal(false);

  protected readonly missingSteps = computed(() =>
    missingVettingSteps(this.volunteer()?.vettingSteps ?? []),
  );
  protected readonly nextStatuses = computed(() => {
    const status = this.volunteer()?.status;
    return status ? nextVolunteerStatuses(status) : [];
  });
  protected readonly needsReason = computed(() => {
    const next = this.nextStatus();
    return next !== '' && statusChangeNeedsReason(next);
  });

  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly liveBox = viewChild<ElementRef<HTMLElement>>('liveBox');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected readonly knownLanguage = isKnownLanguageCode;
  protected readonly isolated = isolated;

  protected day(iso: string): string {
    return formatDay(iso, this.locale.current());
  }

  protected localeName(code: keyof typeof LOCALE_NATIVE_NAMES): string {
    return LOCALE_NATIVE_NAMES[code];
  }

  protected slotParts(slot: AvailabilitySlot): { day: string; part: string } {
    const [day, part] = slot.split('-');
    return { day, part };
  }

  protected async reload(): Promise<void> {
    await this.load(this.id());
  }

  protected chooseStepKind(value: string): void {
    this.stepKind.set(VETTING_STEP_KINDS.find((kind) => kind === value) ?? '');
  }

  protected chooseNextStatus(value: string): void {
    this.nextStatus.set(this.nextStatuses().find((status) => status === value) ?? '');
    this.reasonMissing.set(false);
  }

  protected async recordStep(event: Event): Promise<void> {
    event.preventDefault();
    const kind = this.stepKind();
    this.stepKindMissing.set(kind === '');
    if (kind === '' || !this.stepDate()) return;
    await this.run('vetting', 'staffVolunteers.done.step', () =>
      this.api.recordVettingStep(this.id(), { kind, completedOn: this.stepDate() }),
    );
    if (!this.problem()) this.stepKind.set('');
  }

  protected async recordCertificate(event: Event): Promise<void> {
    event.preventDefault();
    const errors: CertificateErrors = {};
    if (!this.issuedOn()) errors.issuedOn = 'required';
    if (!this.inspectedOn()) errors.inspectedOn = 'required';
    this.certificateErrors.set(errors);
    const relevantEntry = this.relevantEntry();
    this.relevantEntryMissing.set(relevantEntry === null);
    if (Object.keys(errors).length > 0 || relevantEntry === null) return;
    await this.run('certificate', 'staffVolunteers.done.certificate', () =>
      this.api.recordCertificate(this.id(), {
        issuedOn: this.issuedOn(),
        inspectedOn: this.inspectedOn(),
        relevantEntry,
      }),
    );
  }

  protected async changeStatus(event: Event): Promise<void> {
    event.preventDefault();
    const next = this.nextStatus();
    const reason = this.reason().trim();
    this.nextStatusMissing.set(next === '');
    this.reasonMissing.set(this.needsReason() && reason === '');
    if (next === '' || this.reasonMissing()) return;
    await this.run('status', `staffVolunteers.done.status`, () =>
      this.api.changeStatus(this.id(), { status: next, ...(reason ? { reason } : {}) }),
    );
    if (!this.problem()) {
      this.nextStatus.set('');
      this.reason.set('');
    }
  }

  private async run(
    section: Section,
    doneKey: string,
    action: () => Promise<VolunteerDetail>,
  ): Promise<void> {
    this.busy.set(section);
    this.problem.set(null);
    this.done.set(null);
    try {
      this.volunteer.set(await action());
      this.done.set(doneKey);
      focusAfterRender(this.injector, () => this.liveBox()?.nativeElement);
    } catch (error) {
      this.showProblem(section, error);
    } finally {
      this.busy.set(null);
    }
  }

  private showProblem(section: Section, error: unknown): void {
    const failure = profileFailureOf(error);
    const missing = missingStepsOf(failure, this.missingSteps());
    const key = volunteerProblemOf(
      failure,
      missing,
      this.volunteer()?.certificate?.relevantEntry ?? false,
    );
    this.missingForApproval.set(key === 'vettingIncomplete' ? missing : []);
    if (section === 'certificate' && (key === 'certificateDates' || key === 'invalid')) {
      const errors = certificateDateErrorsOf(failure.fields);
      // Without a named field the 3-month rule is the likely reason: show it at the issue date.
      this.certificateErrors.set(Object.keys(errors).length > 0 ? errors : { issuedOn: 'dates' });
      return;
    }
    this.problem.set({ section, key });
    focusAfterRender(this.injector, () => this.problemBox()?.nativeElement);
  }

  private async load(id: string): Promise<void> {
    this.state.set('loading');
    try {
      this.volunteer.set(await this.api.get(id));
      this.state.set('ready');
    } catch (error) {
      const failure = profileFailureOf(error);
      this.state.set(adminProblemOf(failure) === 'notFound' ? 'notFound' : 'failed');
    }
  }
}
