import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type {
  NotificationPreferencesResponse,
  OptionalNotificationCategory,
} from '@zusammen/shared/contracts';
import { OPTIONAL_NOTIFICATION_CATEGORIES } from '@zusammen/shared/contracts';
import type { RequestProblem } from '@zusammen/web/core';
import {
  ACCOUNT_PATH,
  NotificationPreferencesApi,
  profileFailureOf,
  requestProblemOf,
} from '@zusammen/web/core';

type LoadState = 'loading' | 'ready' | 'failed';
type EmailChoices = Record<OptionalNotificationCategory, boolean>;

/**
 * "E-Mail-Benachrichtigungen": one switch per optional topic (sponsorship, events, bikes). Account and
 * security mails always go out; an account without an address gets everything in the app only.
 */
@Component({
  selector: 'zl-notification-settings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink],
  templateUrl: './notification-settings-page.component.html',
  styleUrls: [
    '../form-fields.scss',
    '../account/account-form.scss',
    '../sign-up/self-service.scss',
    './notification-settings-page.component.scss',
  ],
})
export class NotificationSettingsPageComponent {
  private readonly api = inject(NotificationPreferencesApi);

  protected readonly accountPath = ACCOUNT_PATH;
  protected readonly categories = OPTIONAL_NOTIFICATION_CATEGORIES;

  protected readonly state = signal<LoadState>('loading');
  protected readonly hasEmail = signal(true);
  protected readonly choices = signal<EmailChoices>({
    sponsorship: true,
    events: true,
    bikes: true,
  });
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<RequestProblem | null>(null);

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

  protected choose(category: OptionalNotificationCategory, on: boolean): void {
    this.saved.set(false);
    this.choices.update((choices) => ({ ...choices, [category]: on }));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) {
      return;
    }
    this.saved.set(false);
    this.problem.set(null);
    this.saving.set(true);
    try {
      this.fill(await this.api.update({ email: { ...this.choices() } }));
      this.saved.set(true);
    } catch (error: unknown) {
      this.problem.set(requestProblemOf(profileFailureOf(error)));
    } finally {
      this.saving.set(false);
    }
  }

  private fill(preferences: NotificationPreferencesResponse): void {
    this.hasEmail.set(preferences.hasEmail);
    this.choices.set({ ...preferences.email });
  }
}
