import type { TemplateContext } from './notification-template';

/** The web app's sign-in page (apps/web routes; not a contract because only the mails and the web app use it). */
export const SIGN_IN_PATH = '/anmelden';

/** Absolute URL of a page of the web app (PUBLIC_URL with or without a trailing slash). */
export function pageUrl(context: Pick<TemplateContext, 'publicUrl'>, path: string): string {
  return `${context.publicUrl.replace(/\/+$/, '')}${path}`;
}

/**
 * An account link: `page#token=<secret>`. The secret travels in the fragment, which browsers never send to a
 * server (no access logs, no Referer); it is derived from the token id only now, at render time.
 */
export function accountLinkUrl(context: TemplateContext, path: string, tokenId: string): string {
  if (!context.accountLinkSecret)
    throw new Error('Rendering an account link needs TemplateContext.accountLinkSecret');
  return `${pageUrl(context, path)}#token=${context.accountLinkSecret(tokenId)}`;
}
