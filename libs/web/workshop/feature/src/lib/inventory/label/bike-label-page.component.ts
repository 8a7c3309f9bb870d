import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { BikeDetailStore, INVENTORY_API } from '@zusammen/web/workshop/data-access';

/**
 * The printable label of a bike (/werkstatt/fahrraeder/:id/etikett): the QR label SVG of the API at its real
 * size (62 × 29 mm). Printing leaves out the site's header, navigation and the page's own text.
 */
@Component({
  selector: 'zl-bike-label-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  imports: [TranslocoDirective, RouterLink],
  template: `
    <ng-container *transloco="let t; prefix: 'workshopInventory.label'">
      <div class="label-chrome">
        <a class="back" [routerLink]="['/werkstatt/fahrraeder', id()]">{{ t('back') }}</a>
        <h1>{{ t('title') }}</h1>
        <p>{{ t('intro') }}</p>
      </div>
      @switch (store.state()) {
        @case ('loading') {
          <p class="status label-chrome" role="status">{{ t('loading') }}</p>
        }
        @case ('ready') {
          @if (store.bike(); as bike) {
            <div class="label-sheet">
              <img
                class="label-image"
                [src]="src()"
                [alt]="t('alt', { label: bike.label })"
                data-testid="bike-label-image"
              />
            </div>
            <button
              type="button"
              class="button label-chrome"
              (click)="print()"
              data-testid="label-print"
            >
              {{ t('print') }}
            </button>
          }
        }
        @default {
          <p class="status status--error label-chrome" role="alert">{{ t('loadFailed') }}</p>
        }
      }
    </ng-container>
  `,
  styles: `
    zl-bike-label-page {
      display: block;
      padding-block-end: 2rem;
    }
    zl-bike-label-page .back {
      display: inline-flex;
      align-items: center;
      min-block-size: 2.75rem;
    }
    zl-bike-label-page .label-sheet {
      margin-block: 1rem;
    }
    zl-bike-label-page .label-image {
      display: block;
      inline-size: 62mm;
      block-size: 29mm;
      max-inline-size: 100%;
      background: #fff;
      outline: 1px dashed #767676;
    }
    @media print {
      body:has(zl-bike-label-page) .skip-link,
      body:has(zl-bike-label-page) .site-header,
      body:has(zl-bike-label-page) .site-footer,
      body:has(zl-bike-label-page) .site-alert,
      body:has(zl-bike-label-page) zl-inventory-nav,
      zl-bike-label-page .label-chrome {
        display: none !important;
      }
      body:has(zl-bike-label-page) .site-main {
        max-inline-size: none;
        margin: 0;
        padding: 0;
      }
      zl-bike-label-page .label-sheet {
        margin: 0;
      }
      zl-bike-label-page .label-image {
        outline: none;
      }
      @page {
        size: 62mm 29mm;
        margin: 0;
      }
    }
  `,
})
export class BikeLabelPageComponent {
  readonly id = input.required<string>();
  protected readonly store = inject(BikeDetailStore);
  protected readonly src = computed(() => INVENTORY_API.label(this.id()));

  constructor() {
    effect(() => {
      const value = this.id();
      untracked(() => void this.store.load(value));
    });
  }

  protected print(): void {
    window.print();
  }
}
