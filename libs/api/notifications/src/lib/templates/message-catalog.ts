import type { Locale } from '@zusammen/shared/contracts';
import { AR_MESSAGES } from './messages/ar';
import { DE_MESSAGES } from './messages/de';
import { EN_MESSAGES } from './messages/en';
import { FA_MESSAGES } from './messages/fa';
import { UK_MESSAGES } from './messages/uk';

/** Every message key; the German catalog defines them. */
export type MessageKey = keyof typeof DE_MESSAGES;
export type MessageCatalog = Readonly<Record<MessageKey, string>>;
/** A translation may lack a message for a while; German is shown then (and the catalog spec fails). */
export type PartialMessageCatalog = Readonly<Partial<Record<MessageKey, string>>>;

export interface MessageCatalogs {
  de: MessageCatalog;
  en: PartialMessageCatalog;
  ar: PartialMessageCatalog;
  uk: PartialMessageCatalog;
  fa: PartialMessageCatalog;
}

/** The catalogs the mails use, one per supported locale. */
export const MESSAGE_CATALOGS: MessageCatalogs = {
  de: DE_MESSAGES,
  en: EN_MESSAGES,
  ar: AR_MESSAGES,
  uk: UK_MESSAGES,
  fa: FA_MESSAGES,
} satisfies Record<Locale, PartialMessageCatalog>;

export const MESSAGE_KEYS = Object.keys(DE_MESSAGES) as readonly MessageKey[];
