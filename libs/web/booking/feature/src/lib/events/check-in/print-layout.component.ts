import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';

/**
 * Print rules for the page around the check-in list: while the list is on screen, printing leaves out the
 * site header, navigation and footer, so the paper holds only the list. Unencapsulated on purpose (the
 * shell's elements are outside the page component); every rule is scoped to pages showing the list.
 */
@Component({
  selector: 'zl-print-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  template: '',
  styles: `
    @media print {
      body:has(zl-check-in-page) .skip-link,
      body:has(zl-check-in-page) .site-header,
      body:has(zl-check-in-page) .site-footer,
      body:has(zl-check-in-page) .site-alert {
        display: none !important;
      }

      body:has(zl-check-in-page) {
        background: #fff;
        color: #000;
        font-size: 11pt;
      }

      body:has(zl-check-in-page) .site-main {
        max-inline-size: none;
        padding: 0;
      }
    }

    @page {
      margin: 15mm;
    }
  `,
})
export class PrintLayoutComponent {}
