import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  inject,
  output,
  signal,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type {
  FeeStatus,
  HandoutRefusal,
  RentalAccessory,
  SignatureKind,
} from '@zusammen/shared/contracts';
import { FEE_STATUSES, RENTAL_ACCESSORIES } from '@zusammen/shared/contracts';
import { LocaleService, focusAfterRender } from '@zusammen/web/core';
import { HandoutStore, berlinToday } from '@zusammen/web/workshop/data-access';
import type { CounterProblem } from '../shared/counter-problem';
import { counterFailureOf } from '../shared/counter-problem';
import { formatDay, formatMoney } from '../shared/counter-format';
import { RefusalListComponent } from '../shared/refusal-list.component';
import { SignaturePadComponent } from './signature-pad.component';

/**
 * Step 3: the terms (fee paid or waived, deposit held or waived, due date, accessories) and the signature,
 * on screen or on paper; sends the handout (one Idempotency-Key per attempt, in the store).
 */
@Component({
  selector: 'zl-terms-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, SignaturePadComponent, RefusalListComponent],
  templateUrl: './terms-step.component.html',
  styleUrl: './terms-step.component.scss',
})
export class TermsStepComponent {
  readonly handedOut = output<void>();
  protected readonly store = inject(HandoutStore);
  private readonly injector = inject(Injector);
  private readonly locale = inject(LocaleService).current;

  protected readonly feeStatuses = FEE_STATUSES;
  protected readonly accessoryList = RENTAL_ACCESSORIES;
  protected readonly today = berlinToday();

  private readonly check = computed(() => this.store.check());
  protected readonly feeStatus = signal<FeeStatus | null>(null);
  protected readonly depositStatus = signal<'held' | 'waived' | null>(null);
  protected readonly dueOn = signal<string | null>(null);
  protected readonly accessories = signal<ReadonlySet<RentalAccessory>>(
    new Set(['lock', 'lights']),
  );
  protected readonly signatureKind = signal<SignatureKind>('on_screen');
  protected readonly signature = signal<string | null>(null);
  protected readonly missingSignature = signal(false);
  protected readonly problem = signal<CounterProblem | null>(null);
  protected readonly refusals = signal<HandoutRefusal[]>([]);

  /** Defaults from the check: nothing to pay → waived; no deposit → waived. */
  protected readonly fee = computed(
    () => this.feeStatus() ?? ((this.check()?.feeCents ?? 0) > 0 ? 'paid' : 'waived'),
  );
  protected readonly deposit = computed(
    () => this.depositStatus() ?? ((this.check()?.depositCents ?? 0) > 0 ? 'held' : 'waived'),
  );
  protected readonly due = computed(() => this.dueOn() ?? this.check()?.dueOn ?? this.today);

  protected money(cents: number): string {
    return formatMoney(cents, this.locale());
  }

  protected day(date: string | null): string {
    return formatDay(date, this.locale());
  }

  protected toggle(accessory: RentalAccessory, on: boolean): void {
    this.accessories.update((set) => {
      const next = new Set(set);
      if (on) next.add(accessory);
      else next.delete(accessory);
      return next;
    });
  }

  protected chooseFee(value: string): void {
    const status = FEE_STATUSES.find((s) => s === value);
    if (status) this.feeStatus.set(status);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.busy()) return;
    this.problem.set(null);
    this.refusals.set([]);
    const onScreen = this.signatureKind() === 'on_screen';
    if (onScreen && !this.signature()) {
      this.missingSignature.set(true);
      focusAfterRender(this.injector, () => document.getElementById('signature-error'));
      return;
    }
    this.missingSignature.set(false);
    try {
      await this.store.handOut({
        dueOn: this.due(),
        feeStatus: this.fee(),
        depositStatus: this.deposit(),
        accessoriesOut: RENTAL_ACCESSORIES.filter((a) => this.accessories().has(a)),
        signatureKind: this.signatureKind(),
        signatureImage: onScreen ? this.signature() : null,
      });
      this.handedOut.emit();
    } catch (error: unknown) {
      const failure = counterFailureOf(error);
      this.refusals.set(failure.refusals);
      this.problem.set(failure.problem);
      focusAfterRender(this.injector, () => document.getElementById('terms-problem'));
    }
  }
}
