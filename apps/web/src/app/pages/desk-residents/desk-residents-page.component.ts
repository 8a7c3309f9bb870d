import type { ElementRef } from '@angular/core';
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
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { DeskResident, Locale } from '@zusammen/shared/contracts';
import type { AdminProblem } from '@zusammen/web/core';
import {
  DeskResidentsApi,
  LOCALE_NATIVE_NAMES,
  LocaleService,
  SessionStore,
  adminProblemOf,
  deskResidentRequestOf,
  formatDateTime,
  profileFailureOf,
} from '@zusammen/web/core';
import { LocaleSelectComponent } from '@zusammen/web/ui';
import { LOCALE_OPTIONS } from '../../locale-options';

type ListState = 'loading' | 'ready' | 'failed';
type FormField = 'displayName' | 'phone' | 'locale';
const FIELDS: readonly FormField[] = ['displayName', 'phone', 'locale'];

/**
 * "Schalter" (staff, admin): residents without email or password, for whom staff act at the desk.
 * Search them, register a new one (name, optional phone, the person's language) or correct one.
 * Every call is recorded in the audit log by the API.
 */
@Component({
  selector: 'zl-desk-residents-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, LocaleSelectComponent],
  templateUrl: './desk-residents-page.component.html',
  styleUrls: [
    '../form-fields.scss',
    '../admin-users/stacked-table.scss',
    './desk-residents-page.component.scss',
  ],
})
export class DeskResidentsPageComponent {
  private readonly api = inject(DeskResidentsApi);
  private readonly locale = inject(LocaleService);
  private readonly session = inject(SessionStore);
  private readonly injector = inject(Injector);

  protected readonly locales = LOCALE_OPTIONS;
  protected readonly isAdmin = computed(() => this.session.roles().includes('admin'));

  protected readonly q = signal('');
  protected readonly listState = signal<ListState>('loading');
  protected readonly residents = signal<readonly DeskResident[]>([]);

  /** The resident being corrected; null while the form registers a new one. */
  protected readonly editing = signal<DeskResident | null>(null);
  protected readonly displayName = signal('');
  protected readonly phone = signal('');
  protected readonly personLocale = signal<Locale>('de');
  protected readonly invalid = signal<readonly FormField[]>([]);
  protected readonly saving = signal(false);
  protected readonly problem = signal<AdminProblem | null>(null);
  protected readonly announcement = signal<{ key: string; name: string } | null>(null);

  private readonly nameInput = viewChild.required<ElementRef<HTMLInputElement>>('nameInput');
  private readonly phoneInput = viewChild.required<ElementRef<HTMLInputElement>>('phoneInput');
  private readonly localeSelect = viewChild.required(LocaleSelectComponent);
  private readonly formHeading = viewChild.required<ElementRef<HTMLElement>>('formHeading');
  private searchGeneration = 0;

  constructor() {
    void this.load();
  }

  protected languageName(code: Locale): string {
    return LOCALE_NATIVE_NAMES[code];
  }

  protected formatDate(iso: string): string {
    return formatDateTime(iso, this.locale.current());
  }

  protected isInvalid(field: FormField): boolean {
    return this.invalid().includes(field);
  }

  protected search(event: Event): void {
    event.preventDefault();
    void this.load();
  }

  protected async load(): Promise<void> {
    const generation = ++this.searchGeneration;
    this.listState.set('loading');
    try {
      const page = await this.api.list(this.q().trim());
      if (generation !== this.searchGeneration) return;
      this.residents.set(page.items);
      this.listState.set('ready');
    } catch {
      if (generation === this.searchGeneration) this.listState.set('failed');
    }
  }

  protected edit(resident: DeskResident): void {
    this.editing.set(resident);
    this.displayName.set(resident.displayName);
    this.phone.set(resident.phone ?? '');
    this.personLocale.set(resident.locale);
    this.invalid.set([]);
    this.problem.set(null);
    afterNextRender(() => this.formHeading().nativeElement.focus(), { injector: this.injector });
  }

  protected cancelEdit(): void {
    this.resetForm();
    afterNextRender(() => this.formHeading().nativeElement.focus(), { injector: this.injector });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.problem.set(null);
    this.announcement.set(null);
    const request = deskResidentRequestOf(this.displayName(), this.phone(), this.personLocale());
    if (!request.displayName) {
      this.showInvalid(['displayName']);
      return;
    }
    this.invalid.set([]);
    const editing = this.editing();
    this.saving.set(true);
    try {
      const saved = editing
        ? await this.api.update(editing.id, { ...request, phone: request.phone ?? '' })
        : await this.api.create(request);
      this.announcement.set({
        key: editing ? 'deskResidents.updated' : 'deskResidents.registered',
        name: saved.displayName,
      });
      this.resetForm();
      this.q.set(saved.displayName);
      await this.load();
    } catch (error: unknown) {
      const failure = profileFailureOf(error);
      const fields = FIELDS.filter((field) => field in failure.fields);
      if (fields.length > 0) this.showInvalid(fields);
      else this.problem.set(adminProblemOf(failure));
    } finally {
      this.saving.set(false);
    }
  }

  private resetForm(): void {
    this.editing.set(null);
    this.displayName.set('');
    this.phone.set('');
    this.personLocale.set('de');
    this.invalid.set([]);
  }

  private showInvalid(fields: readonly FormField[]): void {
    this.invalid.set(fields);
    const first = {
      displayName: this.nameInput,
      phone: this.phoneInput,
      locale: () => this.localeSelect().control(),
    }[fields[0]];
    afterNextRender(() => first().nativeElement.focus(), { injector: this.injector });
  }
}
