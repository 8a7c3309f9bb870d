import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { BikeAvailability, TechnicalState } from '@zusammen/shared/contracts';
import { availabilityLook, technicalLook } from './bike-states';
import { WORKSHOP_ICONS } from './workshop-icons';

/**
 * Both status axes of a bike as two badges, each with a label, the state in words and an icon (never
 * colour alone): technical state ("Verkehrssicher") and availability ("Verliehen", or "Überfällig").
 */
@Component({
  selector: 'zl-bike-states',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <span class="badge" [attr.data-tone]="technical().tone" data-testid="bike-technical-state">
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path [attr.d]="icons[technical().icon]" fill="currentColor" />
        </svg>
        <span class="visually-hidden">{{ t('workshopInventory.shared.technicalState') }}:</span>
        {{ t('workshopEnum.technicalState.' + technicalState()) }}
      </span>
      &ngsp;<span
        class="badge"
        [attr.data-tone]="availabilityTone().tone"
        data-testid="bike-availability"
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path [attr.d]="icons[availabilityTone().icon]" fill="currentColor" />
        </svg>
        <span class="visually-hidden">{{ t('workshopInventory.shared.availability') }}:</span>
        {{ t('workshopEnum.availability.' + (overdue() ? 'overdue' : availability())) }}
      </span>
    </ng-container>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.375rem;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      padding-inline: 0.375rem 0.5rem;
      border: 1px solid currentColor;
      border-radius: 0.25rem;
      font-size: 0.9375rem;
      font-weight: 600;
      line-height: 1.6;
      overflow-wrap: anywhere;
    }
    svg {
      flex: none;
    }
    [data-tone='good'] {
      color: var(--mat-sys-on-primary-container);
      background: var(--mat-sys-primary-container);
    }
    [data-tone='work'],
    [data-tone='wait'] {
      color: var(--mat-sys-on-tertiary-container);
      background: var(--mat-sys-tertiary-container);
    }
    [data-tone='wait'] {
      border-style: dashed;
    }
    [data-tone='off'] {
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container-highest);
    }
    [data-tone='bad'] {
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
    }
  `,
})
export class BikeStatesComponent {
  readonly technicalState = input.required<TechnicalState>();
  readonly availability = input.required<BikeAvailability>();
  readonly overdue = input(false);

  protected readonly icons = WORKSHOP_ICONS;
  protected readonly technical = computed(() => technicalLook(this.technicalState()));
  protected readonly availabilityTone = computed(() =>
    availabilityLook(this.availability(), this.overdue()),
  );
}
