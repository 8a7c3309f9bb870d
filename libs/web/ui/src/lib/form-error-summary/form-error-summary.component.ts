import type { ElementRef } from '@angular/core';
import { ChangeDetectionStrategy, Component, input, viewChild } from '@angular/core';

/** One entry of an error summary: the words, and the id of the control it leads to. */
export interface FormErrorItem {
  targetId: string;
  text: string;
}

/**
 * The error summary above a form: a heading and one link per problem, each leading to its control. The
 * form focuses it (`element()`) after a failed send, so screen-reader users hear every problem at once.
 */
@Component({
  selector: 'zl-form-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './form-error-summary.component.html',
  styleUrl: './form-error-summary.component.scss',
})
export class FormErrorSummaryComponent {
  /** Unique on the page; the heading's id derives from it. */
  readonly summaryId = input.required<string>();
  readonly heading = input.required<string>();
  readonly items = input.required<readonly FormErrorItem[]>();
  /** Heading level: 2 when the form sits right under the page heading, else 3. */
  readonly level = input<2 | 3>(3);

  private readonly box = viewChild.required<ElementRef<HTMLElement>>('box');

  /** The summary box, for the form to focus once it is on screen. */
  element(): HTMLElement {
    return this.box().nativeElement;
  }

  /** Follows a link without leaving the page (a bare `#id` would resolve against `<base href>`). */
  protected go(event: Event, targetId: string): void {
    event.preventDefault();
    const target = document.getElementById(targetId);
    const control = target?.matches('input, select, textarea')
      ? target
      : target?.querySelector<HTMLElement>('input, select, textarea');
    control?.focus();
  }
}
