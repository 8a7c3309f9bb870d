import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type {
  GenderPreference,
  PersonGender,
  VolunteerProfileResponse,
} from '@zusammen/shared/contracts';
import { GENDER_PREFERENCES, PERSON_GENDERS } from '@zusammen/shared/contracts';
import { VolunteerProfileStore } from '@zusammen/web/sponsorship/data-access';
import type { RequestProblem } from '@zusammen/web/core';
import { focusAfterRender, profileFailureOf, requestProblemOf } from '@zusammen/web/core';
import { AvailabilityGridComponent } from '../shared/availability-grid/availability-grid.component';
import { DistrictSelectComponent } from '../shared/district-select/district-select.component';
import { LanguagesEditorComponent } from '../shared/languages-editor/languages-editor.component';
import { SupportAreasComponent } from '../shared/support-areas/support-areas.component';
import type { VolunteerProfileDraft, VolunteerProfileField } from './volunteer-profile-draft';
import {
  ABOUT_MAX_LENGTH,
  CAPACITY_CHOICES,
  MAX_DISTANCE_KM,
  draftOf,
  draftProblems,
  fieldsOfFailure,
  requestOf,
} from './volunteer-profile-draft';

/** Where the focus goes when a field is wrong (the first control of the field). */
const FIRST_CONTROL_ID: Record<VolunteerProfileField, string> = {
  languages: 'vp-languages-code-0',
  district: 'vp-district',
  maxDistanceKm: 'vp-distance',
  availability: 'vp-slots-mon-morning',
  supportAreas: 'vp-areas-authorities',
  capacity: 'vp-capacity',
  acceptsFamiliesWithChildren: 'vp-children',
  genderPreference: 'vp-gender',
  gender: 'vp-own-gender',
  about: 'vp-about',
};

/**
 * The volunteer's profile form (first profile and later edits): languages, district and distance, weekly
 * availability, what they help with, how many families, children, gender preference, their own gender
 * (optional, only for families with a preference) and a short text.
 * Problems the form can see, and the server's 422 field errors, appear at their fields and take the focus.
 */
@Component({
  selector: 'zl-volunteer-profile-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    AvailabilityGridComponent,
    DistrictSelectComponent,
    LanguagesEditorComponent,
    SupportAreasComponent,
  ],
  templateUrl: './volunteer-profile-form.component.html',
  styleUrl: './volunteer-profile-form.component.scss',
})
export class VolunteerProfileFormComponent {
  protected readonly store = inject(VolunteerProfileStore);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The saved profile, or `null` before the first save. */
  readonly profile = input.required<VolunteerProfileResponse | null>();

  /** Resets to the saved values whenever the server answers with a (new) profile. */
  protected readonly draft = linkedSignal<VolunteerProfileDraft>(() => draftOf(this.profile()));
  protected readonly invalid = signal<readonly VolunteerProfileField[]>([]);
  protected readonly problem = signal<RequestProblem | null>(null);
  /** `created` after the first save, `updated` after later ones. */
  protected readonly saved = signal<'created' | 'updated' | null>(null);

  protected readonly aboutMax = ABOUT_MAX_LENGTH;
  protected readonly distance = MAX_DISTANCE_KM;
  protected readonly capacities = CAPACITY_CHOICES;
  protected readonly genderPreferences = GENDER_PREFERENCES;
  protected readonly personGenders = PERSON_GENDERS;

  protected patch(changes: Partial<VolunteerProfileDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...changes }));
    this.saved.set(null);
  }

  protected isInvalid(field: VolunteerProfileField): boolean {
    return this.invalid().includes(field);
  }

  /** `aria-describedby` of a field: its hint (if any) and, while wrong, its error. */
  protected describedBy(field: VolunteerProfileField, hintId: string | null = null): string | null {
    const ids = [hintId, this.isInvalid(field) ? `vp-${field}-error` : null].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected setDistance(raw: string): void {
    const km = raw.trim() === '' ? null : Number(raw);
    this.patch({ maxDistanceKm: km === null || Number.isNaN(km) ? null : km });
  }

  protected setCapacity(raw: string): void {
    this.patch({ capacity: Number(raw) });
  }

  protected setGender(raw: string): void {
    const chosen = this.genderPreferences.find((g): g is GenderPreference => g === raw);
    if (chosen) this.patch({ genderPreference: chosen });
  }

  /** The own-gender select: an empty value is "not stated". */
  protected setOwnGender(raw: string): void {
    if (raw === '') {
      this.patch({ gender: null });
      return;
    }
    const chosen = this.personGenders.find((g): g is PersonGender => g === raw);
    if (chosen) this.patch({ gender: chosen });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.store.saving()) return;
    this.problem.set(null);
    this.saved.set(null);
    const draft = this.draft();
    const problems = draftProblems(draft);
    if (problems.length > 0) {
      this.showInvalid(problems);
      return;
    }
    this.invalid.set([]);
    const first = this.profile() === null;
    try {
      await this.store.save(requestOf(draft));
      this.saved.set(first ? 'created' : 'updated');
    } catch (error: unknown) {
      const failure = profileFailureOf(error);
      const fields = fieldsOfFailure(failure.fields);
      if (fields.length > 0) this.showInvalid(fields);
      else this.problem.set(requestProblemOf(failure));
    }
  }

  private showInvalid(fields: readonly VolunteerProfileField[]): void {
    this.invalid.set(fields);
    const first = fields[0];
    focusAfterRender(this.injector, () =>
      this.host.nativeElement.querySelector<HTMLElement>(`#${FIRST_CONTROL_ID[first]}`),
    );
  }
}
