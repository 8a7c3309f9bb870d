import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { CONTACTS } from './contacts.data';

/** Offices and advice centres in Borken, plus the imprint and privacy placeholders. */
@Component({
  selector: 'zl-contacts-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  templateUrl: './contacts-page.component.html',
  styleUrl: './contacts-page.component.scss',
})
export class ContactsPageComponent {
  protected readonly contacts = CONTACTS;
}
