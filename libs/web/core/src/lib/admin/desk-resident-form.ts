import type { CreateDeskResidentRequest, Locale } from '@zusammen/shared/contracts';

/** The desk form as typed: trimmed, an empty phone is left out (the person has none). */
export function deskResidentRequestOf(
  displayName: string,
  phone: string,
  locale: Locale,
): CreateDeskResidentRequest {
  const trimmedPhone = phone.trim();
  return {
    displayName: displayName.trim(),
    locale,
    ...(trimmedPhone ? { phone: trimmedPhone } : {}),
  };
}
