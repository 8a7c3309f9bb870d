import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { FormErrorSummaryComponent, type FormErrorItem } from '@zusammen/web/ui';
import type { IntakeDraft, IntakeField, IntakeProblems } from '@zusammen/web/workshop/data-access';
import {
  BikeDetailStore,
  berlinToday,
  emptyIntakeDraft,
  intakeProblems,
  intakeRequestOf,
  patchIntakeDraft,
} from '@zusammen/web/workshop/data-access';
import type { CapturedPhoto } from '../../shared/photo-file';
import { PhotoCaptureComponent } from '../../shared/photo-capture.component';
import type { BikeNoticeState } from '../shared/bike-notice';
import type { InventoryProblem } from '../shared/inventory-problem';
import { inventoryFailureOf } from '../shared/inventory-problem';
import { IntakeBikeComponent } from './intake-bike.component';
import { IntakeProvenanceComponent } from './intake-provenance.component';
import { INTAKE_FIELDS, INTAKE_FIELD_IDS } from './intake-section';

/**
 * Intake of a bike (/werkstatt/fahrraeder/neu): provenance (donation or lost-and-found with its holding
 * period, ownership basis and police check), frame number, make, colours, type, sizes, propulsion (an
 * S-pedelec is never lendable), lighting, condition, notes and camera photos. Problems show in an error
 * summary and at each field; on success the new bike's page opens.
 */
@Component({
  selector: 'zl-bike-intake-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    FormErrorSummaryComponent,
    PhotoCaptureComponent,
    IntakeProvenanceComponent,
    IntakeBikeComponent,
  ],
  templateUrl: './bike-intake-page.component.html',
  styleUrl: './bike-intake-page.component.scss',
})
export class BikeIntakePageComponent {
  private readonly store = inject(BikeDetailStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);

  protected readonly today = berlinToday();

  protected readonly draft = signal<IntakeDraft>(emptyIntakeDraft(this.today));
  protected readonly photos = signal<CapturedPhoto[]>([]);
  protected readonly problems = signal<IntakeProblems>({});
  /** Server messages for fields (422), shown like our own. */
  protected readonly serverFields = signal<Record<string, string>>({});
  protected readonly problem = signal<InventoryProblem | null>(null);
  protected readonly sending = signal(false);

  /** Field → error text: our own check first, else the server's message. */
  protected readonly errors = computed(() => {
    const errors: Partial<Record<IntakeField, string>> = {};
    for (const field of INTAKE_FIELDS) {
      const reason = this.problems()[field];
      const text = reason
        ? this.transloco.translate(`workshopInventory.intake.errors.${reason}`)
        : this.serverFields()[field];
      if (text) errors[field] = text;
    }
    return errors;
  });
  protected readonly summaryItems = computed<FormErrorItem[]>(() =>
    INTAKE_FIELDS.filter((f) => this.errors()[f]).map((f) => ({
      targetId: INTAKE_FIELD_IDS[f],
      text: `${this.transloco.translate(`workshopInventory.intake.${f}`)}: ${this.errors()[f]}`,
    })),
  );

  private readonly summary = viewChild(FormErrorSummaryComponent);

  protected patch(patch: Partial<IntakeDraft>): void {
    this.draft.update((d) => patchIntakeDraft(d, patch));
    if (Object.keys(this.problems()).length > 0) {
      this.problems.set(intakeProblems(this.draft(), this.today));
    }
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.sending()) return;
    this.problem.set(null);
    this.serverFields.set({});
    const problems = intakeProblems(this.draft(), this.today);
    this.problems.set(problems);
    if (Object.keys(problems).length > 0) {
      this.focusSummary();
      return;
    }
    this.sending.set(true);
    try {
      const { bike, photosFailed } = await this.store.intake(
        intakeRequestOf(this.draft()),
        this.photos().map((p) => p.request),
      );
      const state: BikeNoticeState = { notice: 'intakeDone', photosFailed };
      await this.router.navigate(['/werkstatt/fahrraeder', bike.id], { state });
    } catch (error) {
      const failure = inventoryFailureOf(error);
      const fields: Record<string, string> = {};
      for (const [field, messages] of Object.entries(failure.fields)) {
        if ((INTAKE_FIELDS as string[]).includes(field)) fields[field] = messages.join(' ');
      }
      this.serverFields.set(fields);
      if (Object.keys(fields).length > 0) this.focusSummary();
      else this.problem.set(failure.problem);
    } finally {
      this.sending.set(false);
    }
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.element().focus(), { injector: this.injector });
  }
}
