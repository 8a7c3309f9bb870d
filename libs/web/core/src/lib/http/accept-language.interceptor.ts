import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { LocaleService } from '../locale/locale.service';

/** Tells our API the reader's language, so its messages and mails can match it. */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/') || request.headers.has('Accept-Language')) {
    return next(request);
  }
  const locale = inject(LocaleService).current();
  return next(request.clone({ setHeaders: { 'Accept-Language': locale } }));
};
