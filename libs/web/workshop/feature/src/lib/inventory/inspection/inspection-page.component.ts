import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { InspectionStore } from '@zusammen/web/workshop/data-access';
import { BikeStatesComponent } from '../../shared/bike-states.component';
import type { BikeNoticeState } from '../shared/bike-notice';
import type { InventoryProblem } from '../shared/inventory-problem';
import { inventoryFailureOf } from '../shared/inventory-problem';
import type { InspectionSubmit } from './inspection-form.component';
import { InspectionFormComponent } from './inspection-form.component';

/**
 * The safety inspection of one bike (/werkstatt/fahrraeder/:id/pruefung): the current checklist version
 * from the API; on save the bike page opens and says whether the bike passed.
 */
@Component({
  selector: 'zl-inspection-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, BikeStatesComponent, InspectionFormComponent],
  template: `
    <ng-container *transloco="let t; prefix: 'workshopInventory.inspection'">
      <a class="back" [routerLink]="['/werkstatt/fahrraeder', id()]">{{ t('back') }}</a>
      @if (store.bike(); as bike) {
        <h1>
          {{ t('title') }} <span dir="ltr">{{ bike.label }}</span>
        </h1>
        <zl-bike-states
          [technicalState]="bike.technicalState"
          [availability]="bike.availability"
          [overdue]="bike.overdue"
        />
        @if (bike.technicalState !== 'inspection') {
          <p class="status">{{ t('notDue') }}</p>
        }
      } @else {
        <h1>{{ t('title') }}</h1>
      }
      <p>{{ t('intro') }}</p>
      @switch (store.state()) {
        @case ('loading') {
          <p class="status" role="status">{{ t('loading') }}</p>
        }
        @case ('notFound') {
          <p class="status status--error" role="alert">{{ t('notFound') }}</p>
        }
        @case ('failed') {
          <p class="status status--error" role="alert">{{ t('loadFailed') }}</p>
        }
      }
      @if (problem(); as p) {
        <p
          *transloco="let pr; prefix: 'workshopInventory.problems'"
          class="status status--error"
          role="alert"
        >
          {{ t('saveFailed') }} {{ pr(p) }}
        </p>
      }
      @if (store.state() === 'ready' && store.template(); as template) {
        <zl-inspection-form [template]="template" [busy]="busy()" (save)="save($event)" />
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 44rem;
      padding-block-end: 2rem;
    }
    .back {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
    }
  `,
})
export class InspectionPageComponent {
  readonly id = input.required<string>();
  protected readonly store = inject(InspectionStore);
  private readonly router = inject(Router);
  protected readonly busy = signal(false);
  protected readonly problem = signal<InventoryProblem | null>(null);

  constructor() {
    effect(() => {
      const value = this.id();
      untracked(() => void this.store.load(value));
    });
  }

  protected async save(submit: InspectionSubmit): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      const inspection = await this.store.save(submit.answers, submit.notes);
      const state: BikeNoticeState = {
        notice: inspection.result === 'passed' ? 'inspectionPassed' : 'inspectionFailed',
      };
      await this.router.navigate(['/werkstatt/fahrraeder', this.id()], { state });
    } catch (error) {
      this.problem.set(inventoryFailureOf(error).problem);
    } finally {
      this.busy.set(false);
    }
  }
}
