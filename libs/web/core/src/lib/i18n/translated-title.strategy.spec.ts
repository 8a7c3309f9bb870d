import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { LocaleService } from '../locale/locale.service';
import { TranslatedTitleStrategy } from './translated-title.strategy';

@Component({ selector: 'zl-blank', changeDetection: ChangeDetectionStrategy.OnPush, template: '' })
class BlankComponent {}

describe('TranslatedTitleStrategy', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            de: {
              app: { siteName: 'Zusammenleben in Borken' },
              contacts: { pageTitle: 'Kontakt' },
            },
            uk: { app: { siteName: 'Жити разом у Боркені' }, contacts: { pageTitle: 'Контакти' } },
          },
          translocoConfig: { availableLangs: ['de', 'uk'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([
          { path: 'kontakt', title: 'contacts.pageTitle', component: BlankComponent },
          { path: 'ohne-titel', component: BlankComponent },
        ]),
        { provide: TitleStrategy, useExisting: TranslatedTitleStrategy },
      ],
    });
  });

  it('translates the route title and follows language switches', async () => {
    const title = TestBed.inject(Title);

    await TestBed.inject(Router).navigateByUrl('/kontakt');
    TestBed.tick();
    expect(title.getTitle()).toBe('Kontakt – Zusammenleben in Borken');

    await TestBed.inject(LocaleService).use('uk');
    TestBed.tick();
    expect(title.getTitle()).toBe('Контакти – Жити разом у Боркені');
  });

  it('uses the site name alone for routes without a title', async () => {
    await TestBed.inject(Router).navigateByUrl('/ohne-titel');
    TestBed.tick();

    expect(TestBed.inject(Title).getTitle()).toBe('Zusammenleben in Borken');
  });
});
