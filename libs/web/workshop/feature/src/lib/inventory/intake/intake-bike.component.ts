import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  CONDITION_GRADES,
  CYCLE_TYPES,
  FRAME_NO_STATUSES,
  LIGHTING_KINDS,
  PROPULSIONS,
} from '@zusammen/shared/contracts';
import {
  BIKE_COLOURS,
  MAX_COLOURS,
  isUnlendablePropulsion,
  toggleColour,
} from '@zusammen/web/workshop/data-access';
import { IntakeSection } from './intake-section';

/**
 * The bike itself at intake: frame number, make and model, type, up to three colours, sizes, propulsion
 * (S-pedelecs and throttle e-bikes are never lent: a warning says so), lighting, condition and notes.
 */
@Component({
  selector: 'zl-intake-bike',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './intake-bike.component.html',
  styleUrl: './bike-intake-page.component.scss',
})
export class IntakeBikeComponent extends IntakeSection {
  protected readonly frameNoStatuses = FRAME_NO_STATUSES;
  protected readonly cycleTypes = CYCLE_TYPES;
  protected readonly propulsions = PROPULSIONS;
  protected readonly lightings = LIGHTING_KINDS;
  protected readonly conditions = CONDITION_GRADES;
  protected readonly colours = BIKE_COLOURS;
  protected readonly maxColours = MAX_COLOURS;
  protected readonly colourLimitHit = signal(false);
  protected readonly unlendable = computed(() => isUnlendablePropulsion(this.draft().propulsion));

  /** Adds or removes the colour; answers whether it is chosen now (a fourth one is refused). */
  protected toggle(colour: string): boolean {
    const before = this.draft();
    const after = toggleColour(before, colour);
    this.colourLimitHit.set(after === before);
    if (after !== before) this.patch({ colours: after.colours });
    return after.colours.includes(colour);
  }

  protected hasColour(colour: string): boolean {
    return this.draft().colours.includes(colour);
  }
}
