import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import de from '../../../../public/i18n/de.json';
import { NotFoundPageComponent } from './not-found-page.component';

describe('NotFoundPageComponent', () => {
  it('says the page does not exist and links home', async () => {
    TestBed.configureTestingModule({
      imports: [
        NotFoundPageComponent,
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideRouter([])],
    });
    const fixture = TestBed.createComponent(NotFoundPageComponent);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;

    expect(el.querySelector('h1')?.textContent?.trim()).toBe('Diese Seite gibt es nicht');
    const home = el.querySelector('a');
    expect(home?.textContent?.trim()).toBe('Zur Startseite');
    expect(home?.getAttribute('href')).toBe('/');
  });
});
