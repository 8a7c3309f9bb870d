import type { ElementRef } from '@angular/core';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { focusAfterRender } from '@zusammen/web/core';
import type { HandoutStep } from '@zusammen/web/workshop/data-access';
import { CounterApi, HandoutStore, inventoryNoOfScan } from '@zusammen/web/workshop/data-access';
import { CounterNavComponent } from '../shared/counter-nav.component';
import { BikeStepComponent } from './bike-step.component';
import { BorrowerStepComponent } from './borrower-step.component';
import { HandoutDoneComponent } from './handout-done.component';
import { TermsStepComponent } from './terms-step.component';

const STEPS: readonly Exclude<HandoutStep, 'done'>[] = ['bike', 'borrower', 'terms'];

/**
 * The counter (/werkstatt/ausgabe): hand out in three steps on a phone or tablet — bike (QR or number),
 * person (search or new, gate status and refusals), terms and signature — then the contract. `?fahrrad=`
 * (the QR label) opens with the bike; `&person=` (back from fixing something on the person page) with both.
 */
@Component({
  selector: 'zl-counter-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    CounterNavComponent,
    BikeStepComponent,
    BorrowerStepComponent,
    TermsStepComponent,
    HandoutDoneComponent,
  ],
  templateUrl: './counter-page.component.html',
  styleUrl: './counter-page.component.scss',
})
export class CounterPageComponent {
  /** `?fahrrad=FR-0042` */
  readonly fahrrad = input<string | undefined>();
  /** `?person=<borrowerId>` */
  readonly person = input<string | undefined>();

  protected readonly store = inject(HandoutStore);
  private readonly api = inject(CounterApi);
  private readonly injector = inject(Injector);
  protected readonly steps = STEPS;
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  constructor() {
    effect(() => {
      const label = this.fahrrad();
      const personId = this.person();
      untracked(() => void this.open(label, personId));
    });
  }

  protected stepIndex(step: HandoutStep): number {
    return step === 'done' ? STEPS.length : STEPS.indexOf(step);
  }

  protected state(step: Exclude<HandoutStep, 'done'>): 'done' | 'current' | 'todo' {
    const current = this.stepIndex(this.store.step());
    const index = STEPS.indexOf(step);
    return index < current ? 'done' : index === current ? 'current' : 'todo';
  }

  protected handedOut(): void {
    focusAfterRender(this.injector, () => document.getElementById('done-heading'));
  }

  protected next(): void {
    this.store.reset();
    focusAfterRender(this.injector, () => this.heading()?.nativeElement);
  }

  private async open(label: string | undefined, personId: string | undefined): Promise<void> {
    const no = label ? inventoryNoOfScan(label) : null;
    if (no === null) return;
    await this.store.findBike(no);
    if (!personId || !this.store.bikeLendable()) return;
    try {
      await this.store.chooseBorrower(await this.api.borrower(personId));
    } catch {
      // the person is searched again by hand
    }
  }
}
