import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Locale, ProfileResponse, UpdateProfileRequest } from '@zusammen/shared/contracts';
import { LocaleService, ProfileApi, SessionStore, profileFailureOf } from '@zusammen/web/core';
import { LocaleSelectComponent } from '@zusammen/web/ui';
import { LOCALE_OPTIONS } from '../../locale-options';

type ProfileField = 'displayName' | 'phone' | 'locale';
type LoadState = 'loading' | 'ready' | 'failed';
type SaveProblem = 'network' | 'unexpected';

const FIELDS: readonly ProfileField[] = ['displayName', 'phone', 'locale'];

/**
 * "Profil" on /konto: display name, optional phone and preferred language. A saved language
 * becomes the language of the app at once; field errors of the API appear at their fields.
 */
@Component({
  selector: 'zl-profile-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, LocaleSelectComponent],
  templateUrl: './profile-form.component.html',
  styleUrls: ['../form-fields.scss', './account-form.scss'],
})
export class ProfileFormComponent {
  private readonly api = inject(ProfileApi);
  private readonly session = inject(SessionStore);
  private readonly localeService = inject(LocaleService);
  private readonly injector = inject(Injector);

  protected readonly locales = LOCALE_OPTIONS;

  protected readonly state = signal<LoadState>('loading');
  protected readonly displayName = signal('');
  protected readonly phone = signal('');
  protected readonly locale = signal<Locale>(this.localeService.current());
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<SaveProblem | null>(null);
  protected readonly invalid = signal<readonly ProfileField[]>([]);

  private readonly nameInput = viewChild<ElementRef<HTMLInputElement>>('nameInput');
  private readonly phoneInput = viewChild<ElementRef<HTMLInputElement>>('phoneInput');
  private readonly localeSelect = viewChild(LocaleSelectComponent);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.state.set('loading');
    try {
      this.fill(await this.api.get());
      this.state.set('ready');
    } catch {
      this.state.set('failed');
    }
  }

  protected isInvalid(field: ProfileField): boolean {
    return this.invalid().includes(field);
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) {
      return;
    }
    this.saved.set(false);
    this.problem.set(null);
    const displayName = this.displayName().trim();
    if (!displayName) {
      this.showInvalid(['displayName']);
      return;
    }
    this.invalid.set([]);
    const changes: UpdateProfileRequest = {
      displayName,
      phone: this.phone().trim(),
      locale: this.locale(),
    };

    this.saving.set(true);
    try {
      const profile = await this.api.update(changes);
      this.fill(profile);
      this.session.updateUser({ displayName: profile.displayName, locale: profile.locale });
      if (profile.locale !== this.localeService.current()) {
        await this.localeService.choose(profile.locale);
      }
      this.saved.set(true);
    } catch (error: unknown) {
      const failure = profileFailureOf(error);
      const fields = FIELDS.filter((field) => field in failure.fields);
      if (fields.length > 0) {
        this.showInvalid(fields);
      } else {
        this.problem.set(failure.status === 0 ? 'network' : 'unexpected');
      }
    } finally {
      this.saving.set(false);
    }
  }

  private fill(profile: ProfileResponse): void {
    this.displayName.set(profile.displayName);
    this.phone.set(profile.phone ?? '');
    this.locale.set(profile.locale);
  }

  private showInvalid(fields: readonly ProfileField[]): void {
    this.invalid.set(fields);
    const first = {
      displayName: this.nameInput,
      phone: this.phoneInput,
      locale: () => this.localeSelect()?.control(),
    }[fields[0]];
    afterNextRender(() => first()?.nativeElement.focus(), { injector: this.injector });
  }
}
