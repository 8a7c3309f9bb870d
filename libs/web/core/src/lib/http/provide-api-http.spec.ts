import { HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { CSRF_COOKIE, CSRF_HEADER } from '@zusammen/shared/contracts';
import { provideApiHttp } from './provide-api-http';

describe('provideApiHttp: CSRF double-submit header', () => {
  let http: HttpTestingController;
  let client: HttpClient;

  beforeEach(() => {
    document.cookie = `${CSRF_COOKIE}=token-123; path=/`;
    TestBed.configureTestingModule({
      imports: [TranslocoTestingModule.forRoot({ langs: { de: {} }, preloadLangs: true })],
      providers: [provideApiHttp(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
  });

  afterEach(() => {
    document.cookie = `${CSRF_COOKIE}=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT`;
    http.verify();
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])(
    'repeats the zl_csrf cookie in X-CSRF-Token on %s to our API',
    (method) => {
      client.request(method, '/api/rooms/1', { body: {} }).subscribe();

      const request = http.expectOne('/api/rooms/1').request;
      expect(request.headers.get(CSRF_HEADER)).toBe('token-123');
      expect(request.headers.get('Accept-Language')).toBe('de');
    },
  );

  it('does not add it to reads', () => {
    client.get('/api/rooms').subscribe();

    expect(http.expectOne('/api/rooms').request.headers.has(CSRF_HEADER)).toBe(false);
  });

  it('never sends it to another origin', () => {
    client.post('https://elsewhere.example/api/x', {}).subscribe();

    expect(http.expectOne('https://elsewhere.example/api/x').request.headers.has(CSRF_HEADER)).toBe(
      false,
    );
  });
});
