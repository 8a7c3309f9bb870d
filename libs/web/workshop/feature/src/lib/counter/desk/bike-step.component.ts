import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { HandoutStore, inventoryNoOfScan } from '@zusammen/web/workshop/data-access';
import { CounterBikeCardComponent } from '../shared/bike-card.component';
import { QrScannerComponent } from './qr-scanner.component';

/**
 * Step 1: the bike, by its QR label (camera) or its number typed (FR-0042 or 42). Shows both states; a bike
 * on loan leads to its return, any other bike that cannot go out says why.
 */
@Component({
  selector: 'zl-bike-step',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, RouterLink, QrScannerComponent, CounterBikeCardComponent],
  template: `
    <ng-container *transloco="let t">
      @if (store.bike(); as bike) {
        <zl-counter-bike-card [bike]="bike" />
        @if (store.openRental(); as rental) {
          <p class="status status--error" data-testid="bike-on-loan">
            {{ t('workshopCounter.desk.onLoan', { name: rental.borrowerName }) }}
          </p>
          <a
            class="button"
            [routerLink]="['/werkstatt/ausleihen', rental.id]"
            fragment="return"
            data-testid="go-return"
            >{{ t('workshopCounter.desk.toReturn') }}</a
          >
        } @else if (!store.bikeLendable()) {
          <p class="status status--error" data-testid="bike-not-lendable">
            {{ t('workshopCounter.desk.notLendable') }}
          </p>
        }
        <button type="button" class="button button--outlined" (click)="store.clearBike()">
          {{ t('workshopCounter.desk.otherBike') }}
        </button>
      } @else {
        @if (scanning()) {
          <zl-qr-scanner (scanned)="scanned($event)" (closed)="scanning.set(false)" />
        } @else {
          <button type="button" class="button scan" data-testid="scan-open" (click)="openScanner()">
            <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M3 3h7v7H3Zm2 2v3h3V5Zm9-2h7v7h-7Zm2 2v3h3V5ZM3 14h7v7H3Zm2 2v3h3v-3Zm9-2h2v2h-2Zm2 2h2v2h-2Zm2-2h3v2h-3Zm-4 4h2v3h-2Zm4 0h3v3h-3Zm-2 2h2v1h-2Z"
              />
            </svg>
            {{ t('workshopCounter.desk.scan') }}
          </button>
        }
        <form class="find" novalidate (submit)="find($event, numberInput.value)">
          <div class="field">
            <label for="bike-number">{{ t('workshopCounter.desk.bikeNumber') }}</label>
            <p id="bike-number-hint" class="field__hint">
              {{ t('workshopCounter.desk.bikeNumberHint') }}
            </p>
            <input
              #numberInput
              id="bike-number"
              type="text"
              inputmode="text"
              autocomplete="off"
              dir="ltr"
              aria-describedby="bike-number-hint"
              [attr.aria-invalid]="!!invalid()"
              [value]="typed()"
            />
          </div>
          <button
            type="submit"
            class="button"
            [disabled]="store.busy() === 'bike'"
            data-testid="bike-find"
          >
            {{
              store.busy() === 'bike'
                ? t('workshopCounter.desk.searching')
                : t('workshopCounter.desk.find')
            }}
          </button>
        </form>
        <div role="alert" class="live">
          @if (invalid()) {
            <p class="status status--error">
              {{ t('workshopCounter.desk.numberInvalid', { text: invalid() }) }}
            </p>
          } @else if (store.lookup() === 'notFound') {
            <p class="status status--error">{{ t('workshopCounter.desk.bikeNotFound') }}</p>
          } @else if (store.lookup() === 'failed') {
            <p class="status status--error">{{ t('workshopCounter.desk.bikeFailed') }}</p>
          }
        </div>
      }
    </ng-container>
  `,
  styleUrl: './bike-step.component.scss',
})
export class BikeStepComponent {
  protected readonly store = inject(HandoutStore);
  protected readonly scanning = signal(false);
  protected readonly invalid = signal<string | null>(null);
  protected readonly typed = signal('');

  protected openScanner(): void {
    this.invalid.set(null);
    this.scanning.set(true);
  }

  protected scanned(text: string): void {
    this.scanning.set(false);
    this.lookUp(text);
  }

  protected find(event: Event, text: string): void {
    event.preventDefault();
    this.typed.set(text);
    this.lookUp(text);
  }

  /** Also used by the page for `?fahrrad=`. */
  lookUp(text: string): void {
    const no = inventoryNoOfScan(text);
    if (no === null) {
      this.invalid.set(text.trim().slice(0, 60) || '—');
      return;
    }
    this.invalid.set(null);
    void this.store.findBike(no);
  }
}
