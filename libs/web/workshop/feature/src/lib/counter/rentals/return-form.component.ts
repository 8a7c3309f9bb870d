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
import type { InspectionItemResult } from '@zusammen/shared/contracts';
import { LocaleService, focusAfterRender } from '@zusammen/web/core';
import {
  RentalDetailStore,
  claimDeadlineOf,
  berlinToday,
} from '@zusammen/web/workshop/data-access';
import { CheckItemsComponent } from '../../shared/check-items.component';
import type { CapturedPhoto } from '../../shared/photo-file';
import { PhotoCaptureComponent } from '../../shared/photo-capture.component';
import type { CounterProblem } from '../shared/counter-problem';
import { counterFailureOf } from '../shared/counter-problem';
import { centsOfInput, formatDay } from '../shared/counter-format';

/**
 * The return: every checklist item pass / fail / n.a., accessories back, notes, and a damage with
 * description, estimate and photos (camera; scaled to ≤ 1600 px JPEG, uploaded with the return). Shows the § 548
 * BGB claim deadline a damage gets. A fail or a damage sends the bike to repair, else to inspection.
 */
@Component({
  selector: 'zl-return-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, CheckItemsComponent, PhotoCaptureComponent],
  templateUrl: './return-form.component.html',
  styleUrl: './return-form.component.scss',
})
export class ReturnFormComponent {
  readonly returned = output<void>();
  protected readonly store = inject(RentalDetailStore);
  private readonly locale = inject(LocaleService).current;
  private readonly injector = inject(Injector);
  protected readonly today = berlinToday();

  protected readonly checks = signal<Record<string, InspectionItemResult>>({});
  protected readonly back = signal<ReadonlySet<string> | null>(null);
  protected readonly notes = signal('');
  protected readonly damaged = signal(false);
  protected readonly description = signal('');
  protected readonly estimate = signal('');
  protected readonly photos = signal<CapturedPhoto[]>([]);
  protected readonly errors = signal<{ description?: boolean; estimate?: boolean }>({});
  protected readonly problem = signal<CounterProblem | null>(null);

  protected readonly accessoriesOut = computed(() => this.store.rental()?.accessoriesOut ?? []);
  protected readonly accessoriesBack = computed(
    () => this.back() ?? new Set(this.accessoriesOut()),
  );
  protected readonly claimDeadline = computed(() => this.day(claimDeadlineOf(this.today)));
  protected readonly anyFail = computed(() => Object.values(this.checks()).includes('fail'));

  /** Every item starts as passed: the desk changes only what is wrong. */
  protected readonly answers = computed<Record<string, InspectionItemResult>>(() => ({
    ...Object.fromEntries(this.store.checklist().map((item) => [item.key, 'pass' as const])),
    ...this.checks(),
  }));

  protected setResult(key: string, value: InspectionItemResult): void {
    this.checks.update((checks) => ({ ...checks, [key]: value }));
  }

  protected toggleBack(accessory: string, on: boolean): void {
    const next = new Set(this.accessoriesBack());
    if (on) next.add(accessory);
    else next.delete(accessory);
    this.back.set(next);
  }

  protected day(date: string): string {
    return formatDay(date, this.locale());
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.busy()) return;
    this.problem.set(null);
    const estimate = centsOfInput(this.estimate());
    const errors = {
      description: this.damaged() && !this.description().trim(),
      estimate: this.damaged() && Number.isNaN(estimate),
    };
    this.errors.set(errors);
    if (errors.description || errors.estimate) {
      focusAfterRender(this.injector, () =>
        document.getElementById(errors.description ? 'return-damage-text' : 'return-estimate'),
      );
      return;
    }
    try {
      // Photos first: a failed upload leaves the rental open, so the return can simply be sent again.
      if (this.damaged()) {
        for (const photo of this.photos()) await this.store.uploadPhoto(photo.request);
        this.photos.set([]);
      }
      await this.store.returnBike({
        checks: this.answers(),
        accessoriesBack: this.accessoriesOut().filter((a) => this.accessoriesBack().has(a)),
        notes: this.notes().trim() || null,
        damage: this.damaged()
          ? { description: this.description().trim(), estimateCents: estimate ?? null }
          : null,
      });
      this.returned.emit();
    } catch (error: unknown) {
      this.problem.set(counterFailureOf(error).problem);
      focusAfterRender(this.injector, () => document.getElementById('return-problem'));
    }
  }
}
