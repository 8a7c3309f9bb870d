import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CommitmentMonths, OfferPairingRequest } from '@zusammen/shared/contracts';
import { COMMITMENT_MONTHS } from '@zusammen/shared/contracts';
import { focusAfterRender } from '@zusammen/web/core';
import { StaffPairingsApi } from '@zusammen/web/sponsorship/data-access';
import { isolated } from '../../staff-volunteers/bidi-isolate';
import type { PairingOfferedState } from '../../staff-pairings/pairing-offered-state';
import type { PairingProblem } from '../../staff-pairings/pairing-problem';
import { pairingProblemOf } from '../../staff-pairings/pairing-problem';

/** The API's limit for the reason of choosing someone other than the first suggestion. */
export const OVERRIDE_REASON_MAX = 500;

type OfferField = 'commitmentMonths' | 'overrideReason';
type OfferFieldProblem = 'required' | 'tooLong';

/**
 * "Offer to this volunteer" under one candidate: how long the commitment is meant to last and, when staff
 * pass over the first suggestion, why (kept with the proposal, so choices can be reviewed later). On
 * success the new pairing's page opens; refusals of the API (capacity, an open pairing, a failed rule,
 * changed data) are explained in words.
 */
@Component({
  selector: 'zl-candidate-offer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink],
  templateUrl: './candidate-offer.component.html',
  styleUrl: './candidate-offer.component.scss',
})
export class CandidateOfferComponent {
  readonly familyId = input.required<string>();
  readonly volunteerId = input.required<string>();
  readonly volunteerName = input.required<string>();
  /** The best suggestion needs no reason; any other one does. */
  readonly isFirst = input.required<boolean>();

  private readonly api = inject(StaffPairingsApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly months = COMMITMENT_MONTHS;
  protected readonly reasonMax = OVERRIDE_REASON_MAX;
  protected readonly open = signal(false);
  protected readonly commitment = signal<CommitmentMonths | null>(null);
  protected readonly reason = signal('');
  protected readonly errors = signal<Partial<Record<OfferField, OfferFieldProblem>>>({});
  protected readonly problem = signal<PairingProblem | null>(null);
  protected readonly busy = signal(false);

  protected readonly prefix = computed(() => `offer-${this.volunteerId()}`);
  protected readonly errorList = computed(() => {
    const errors = this.errors();
    return (['commitmentMonths', 'overrideReason'] as const)
      .filter((field) => errors[field] !== undefined)
      .map((field) => ({ field, problem: errors[field] as OfferFieldProblem }));
  });

  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');

  protected readonly isolated = isolated;

  protected toggle(): void {
    const opening = !this.open();
    this.open.set(opening);
    this.errors.set({});
    this.problem.set(null);
    if (opening) {
      focusAfterRender(this.injector, () =>
        document.getElementById(`${this.prefix()}-months-${COMMITMENT_MONTHS[0]}`),
      );
    }
  }

  protected fieldId(field: OfferField): string {
    return field === 'commitmentMonths'
      ? `${this.prefix()}-months-${COMMITMENT_MONTHS[0]}`
      : `${this.prefix()}-reason`;
  }

  protected focusField(event: Event, field: OfferField): void {
    event.preventDefault();
    document.getElementById(this.fieldId(field))?.focus();
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.problem.set(null);
    const commitmentMonths = this.commitment();
    const reason = this.reason().trim();
    const errors: Partial<Record<OfferField, OfferFieldProblem>> = {};
    if (commitmentMonths === null) errors.commitmentMonths = 'required';
    if (reason.length > OVERRIDE_REASON_MAX) errors.overrideReason = 'tooLong';
    else if (!this.isFirst() && reason === '') errors.overrideReason = 'required';
    this.errors.set(errors);
    if (commitmentMonths === null || Object.keys(errors).length > 0) {
      focusAfterRender(this.injector, () => this.summary()?.nativeElement);
      return;
    }
    const request: OfferPairingRequest = {
      familyId: this.familyId(),
      volunteerId: this.volunteerId(),
      commitmentMonths,
      ...(!this.isFirst() ? { overrideReason: reason } : {}),
    };
    this.busy.set(true);
    try {
      const pairing = await this.api.offer(request);
      const state: PairingOfferedState = { pairingOffered: true };
      await this.router.navigate(['/verwaltung/patenschaften/tandems', pairing.id], { state });
    } catch (error) {
      this.problem.set(pairingProblemOf(error));
      focusAfterRender(this.injector, () => this.summary()?.nativeElement);
    } finally {
      this.busy.set(false);
    }
  }
}
