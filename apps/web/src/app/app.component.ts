import { ChangeDetectionStrategy, Component } from '@angular/core';
import { LayoutComponent } from './layout/layout.component';

@Component({
  selector: 'zl-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LayoutComponent],
  template: '<zl-layout />',
})
export class AppComponent {}
