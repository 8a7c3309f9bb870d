import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { VolunteerProfileStore } from '@zusammen/web/sponsorship/data-access';
import { MyPairingsSectionComponent } from '../volunteer-pairings/my-pairings-section.component';
import { VettingProgressComponent } from './vetting-progress.component';
import { VolunteerProfileFormComponent } from './volunteer-profile-form.component';

/**
 * /patenschaft for a volunteer. Before the first profile it explains the Patenschaft in plain words and asks
 * for the profile; afterwards it shows the volunteer's families (offers to answer first), status and vetting
 * progress above the editable profile. The form stays in place across the first save, so its "saved"
 * message and the focus are not lost.
 */
@Component({
  selector: 'zl-volunteer-profile-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    MyPairingsSectionComponent,
    VettingProgressComponent,
    VolunteerProfileFormComponent,
  ],
  templateUrl: './volunteer-profile-page.component.html',
  styleUrl: './volunteer-profile-page.component.scss',
})
export class VolunteerProfilePageComponent {
  protected readonly store = inject(VolunteerProfileStore);

  constructor() {
    void this.store.load();
  }
}
