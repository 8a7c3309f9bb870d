import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { BIKE_SOURCES, OWNERSHIP_BASES, POLICE_CHECK_RESULTS } from '@zusammen/shared/contracts';
import { IntakeSection } from './intake-section';

/**
 * Where an intake bike comes from: donation (donor, receipt) or lost-and-found (reference, found date,
 * holding period end, ownership basis, police check), or a purchase; the date received.
 */
@Component({
  selector: 'zl-intake-provenance',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './intake-provenance.component.html',
  styleUrl: './bike-intake-page.component.scss',
})
export class IntakeProvenanceComponent extends IntakeSection {
  protected readonly sources = BIKE_SOURCES;
  protected readonly ownershipBases = OWNERSHIP_BASES;
  protected readonly policeResults = POLICE_CHECK_RESULTS;
}
