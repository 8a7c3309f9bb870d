import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { FamilyDetail } from '@zusammen/shared/contracts';
import {
  AGE_BANDS,
  CONTACT_CHANNELS,
  GENDER_PREFERENCES,
  SUPPORTED_LOCALES,
} from '@zusammen/shared/contracts';
import type { AdminProblem } from '@zusammen/web/core';
import {
  LOCALE_NATIVE_NAMES,
  adminProblemOf,
  focusAfterRender,
  profileFailureOf,
  textDirectionOf,
} from '@zusammen/web/core';
import type { FamilyDraft, FamilyMemberDraft } from '@zusammen/web/sponsorship/data-access';
import {
  StaffFamiliesApi,
  emptyFamilyDraft,
  emptyMember,
  familyDraftOf,
  familyRequestOf,
} from '@zusammen/web/sponsorship/data-access';
import type { LanguageOption } from '@zusammen/web/ui';
import { LocaleSelectComponent } from '@zusammen/web/ui';
import {
  AvailabilityGridComponent,
  DistrictSelectComponent,
  LanguagesEditorComponent,
  SupportAreasComponent,
} from '../shared';
import { StaffSponsorshipNavComponent } from '../staff-volunteers/staff-sponsorship-nav.component';
import { FamilyCandidatesComponent } from './candidates/family-candidates.component';
import { FamilyConsentComponent } from './family-consent.component';
import type { FamilyField } from './family-fields';
import { FAMILY_FIELDS, familyFieldOf, missingFamilyFields } from './family-fields';

type LoadState = 'loading' | 'ready' | 'notFound' | 'failed';

const FIELD_ANCHORS: Readonly<Record<FamilyField, string>> = {
  contactName: 'family-contact-name',
  contactChannel: 'family-channel',
  contactPhone: 'family-phone',
  preferredLocale: 'family-locale',
  district: 'family-district',
  languages: 'family-languages',
  members: 'member-alias-0',
  needs: 'family-needs',
  availability: 'family-availability',
  volunteerGenderPreference: 'family-gender-preference',
  staffNote: 'family-staff-note',
  form: 'family-form',
};

/** Navigation state after creating a family, so the family's page can say it was saved. */
export interface FamilyCreatedState {
  familyCreated: true;
}

/**
 * A family entered at the desk (staff): `familien/neu` creates one, `familien/:id` shows and changes it
 * and holds its consent. The staff note is for staff only; the API logs every read of it.
 */
@Component({
  selector: 'zl-staff-family-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    RouterLink,
    StaffSponsorshipNavComponent,
    LocaleSelectComponent,
    DistrictSelectComponent,
    LanguagesEditorComponent,
    SupportAreasComponent,
    AvailabilityGridComponent,
    FamilyConsentComponent,
    FamilyCandidatesComponent,
  ],
  templateUrl: './staff-family-page.component.html',
  styleUrl: './staff-family-page.component.scss',
})
export class StaffFamilyPageComponent {
  /** The `:id` of the route; none on `familien/neu`. */
  readonly id = input<string>();

  private readonly api = inject(StaffFamiliesApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly channels = CONTACT_CHANNELS;
  protected readonly ageBands = AGE_BANDS;
  protected readonly genderPreferences = GENDER_PREFERENCES;
  protected readonly memberGenders = ['female', 'male', 'diverse'] as const;
  protected readonly locales: readonly LanguageOption[] = SUPPORTED_LOCALES.map((code) => ({
    code,
    nativeName: LOCALE_NATIVE_NAMES[code],
    dir: textDirectionOf(code),
  }));

  protected readonly state = signal<LoadState>('loading');
  protected readonly family = signal<FamilyDetail | null>(null);
  protected readonly draft = signal<FamilyDraft>(emptyFamilyDraft());
  protected readonly busy = signal(false);
  protected readonly saved = signal<'created' | 'updated' | null>(null);
  protected readonly problem = signal<AdminProblem | null>(null);
  /** Fields to fix (client check or the server's 422), in form order. */
  protected readonly invalid = signal<readonly FamilyField[]>([]);
  protected readonly isNew = computed(() => !this.id());
  /** Matching needs consent in force (recorded, not withdrawn). */
  protected readonly consentGiven = computed(() => {
    const consent = this.family()?.consent;
    return !!consent && !consent.withdrawnOn;
  });

  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');
  private readonly liveBox = viewChild<ElementRef<HTMLElement>>('liveBox');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  /** Where the error summary's link leads: the field's control (or the first of its group). */
  protected fieldAnchor(field: FamilyField): string {
    return `#${FIELD_ANCHORS[field]}`;
  }

  /** Follows a summary link without leaving the page (a bare `#id` would resolve against `<base href>`). */
  protected focusField(event: Event, field: FamilyField): void {
    event.preventDefault();
    const target = document.getElementById(FIELD_ANCHORS[field]);
    const control = target?.matches('input, select, textarea')
      ? target
      : target?.querySelector<HTMLElement>('input, select, textarea');
    control?.focus();
  }

  protected isInvalid(field: FamilyField): boolean {
    return this.invalid().includes(field);
  }

  protected patch(changes: Partial<FamilyDraft>): void {
    this.draft.update((draft) => ({ ...draft, ...changes }));
  }

  protected patchMember(index: number, changes: Partial<FamilyMemberDraft>): void {
    this.patch({
      members: this.draft().members.map((member, i) =>
        i === index ? { ...member, ...changes } : member,
      ),
    });
  }

  protected chooseChannel(value: string): void {
    const channel = CONTACT_CHANNELS.find((c) => c === value);
    if (channel) this.patch({ contactChannel: channel });
  }

  protected chooseAgeBand(index: number, value: string): void {
    const band = AGE_BANDS.find((b) => b === value);
    if (band) this.patchMember(index, { ageBand: band });
  }

  protected chooseGender(index: number, value: string): void {
    this.patchMember(index, { gender: this.memberGenders.find((g) => g === value) ?? '' });
  }

  protected chooseGenderPreference(value: string): void {
    const preference = GENDER_PREFERENCES.find((g) => g === value);
    if (preference) this.patch({ volunteerGenderPreference: preference });
  }

  protected addMember(): void {
    const members = [...this.draft().members, emptyMember()];
    this.patch({ members });
    const index = members.length - 1;
    focusAfterRender(
      this.injector,
      () => document.getElementById(`member-alias-${index}`) as HTMLElement | null,
    );
  }

  protected removeMember(index: number): void {
    const members = this.draft().members.filter((_, i) => i !== index);
    this.patch({ members });
    // The keyboard stays in the list: on the row that took the removed one's place, or the last one.
    const next = Math.min(index, members.length - 1);
    focusAfterRender(
      this.injector,
      () => document.getElementById(`member-alias-${next}`) as HTMLElement | null,
    );
  }

  protected consentChanged(family: FamilyDetail): void {
    // The consent box says what happened now; the older "saved" line would only repeat the past.
    this.saved.set(null);
    this.family.set(family);
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft();
    this.saved.set(null);
    this.problem.set(null);
    this.invalid.set(missingFamilyFields(draft));
    const district = draft.district;
    if (this.invalid().length > 0 || district === null) {
      focusAfterRender(this.injector, () => this.errorSummary()?.nativeElement);
      return;
    }
    const request = familyRequestOf({ ...draft, district });
    const id = this.id();
    this.busy.set(true);
    try {
      if (id) {
        this.show(await this.api.update(id, request));
        this.saved.set('updated');
        focusAfterRender(this.injector, () => this.liveBox()?.nativeElement);
      } else {
        const created = await this.api.create(request);
        const state: FamilyCreatedState = { familyCreated: true };
        await this.router.navigate(['/verwaltung/patenschaften/familien', created.id], { state });
      }
    } catch (error) {
      const failure = profileFailureOf(error);
      if (failure.status === 422) {
        const named = new Set(Object.keys(failure.fields).map(familyFieldOf));
        this.invalid.set(named.size > 0 ? FAMILY_FIELDS.filter((f) => named.has(f)) : ['form']);
        focusAfterRender(this.injector, () => this.errorSummary()?.nativeElement);
      } else {
        this.problem.set(adminProblemOf(failure));
      }
    } finally {
      this.busy.set(false);
    }
  }

  private show(family: FamilyDetail): void {
    this.family.set(family);
    this.draft.set(familyDraftOf(family));
  }

  private async load(id: string | undefined): Promise<void> {
    this.invalid.set([]);
    this.problem.set(null);
    if (!id) {
      this.family.set(null);
      this.draft.set(emptyFamilyDraft());
      this.state.set('ready');
      return;
    }
    this.state.set('loading');
    const created = (this.router.currentNavigation()?.extras.state ?? history.state) as
      Partial<FamilyCreatedState> | undefined;
    try {
      this.show(await this.api.get(id));
      this.saved.set(created?.familyCreated ? 'created' : null);
      this.state.set('ready');
    } catch (error) {
      this.state.set(
        adminProblemOf(profileFailureOf(error)) === 'notFound' ? 'notFound' : 'failed',
      );
    }
  }

  protected async reload(): Promise<void> {
    await this.load(this.id());
  }
}
