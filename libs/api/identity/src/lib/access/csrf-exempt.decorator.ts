import { SetMetadata } from '@nestjs/common';

export const CSRF_EXEMPT_METADATA = 'zl:csrf-exempt';

/**
 * Skips the CSRF header check of the access guard. Only for public routes a person calls before they have a
 * session of their own (sign-in, sign-up, verify-email): the browser has no CSRF token yet, they accept JSON only (a cross-site form cannot send `application/json` without a CORS
 * preflight, which this API never answers), and the session cookie is SameSite=Lax, so a cross-site POST
 * carries no session anyway. Signing a victim into the attacker's account would need the attacker's password
 * in a JSON body the browser will not send cross-site.
 */
export const CsrfExempt = (): MethodDecorator => SetMetadata(CSRF_EXEMPT_METADATA, true);
