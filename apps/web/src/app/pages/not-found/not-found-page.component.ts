import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

/** Shown for every unknown address, with a way back home. */
@Component({
  selector: 'zl-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <h1>{{ t('notFound.title') }}</h1>
      <p>{{ t('notFound.text') }}</p>
      <a class="button" routerLink="/">{{ t('notFound.home') }}</a>
    </ng-container>
  `,
})
export class NotFoundPageComponent {}
