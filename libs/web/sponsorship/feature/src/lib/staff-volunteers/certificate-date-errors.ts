import type { FieldMessages } from '@zusammen/web/core';

/** Field → i18n key under `staffVolunteers.certificate.errors`. */
export type CertificateErrors = Partial<Record<'issuedOn' | 'inspectedOn', string>>;

/** The API's problem codes of CERTIFICATE_DATES_INVALID (per field) and the words for them. */
const KEY_BY_CODE: Readonly<Record<string, string>> = {
  IN_FUTURE: 'inFuture',
  AFTER_INSPECTION: 'afterInspection',
  TOO_OLD_AT_INSPECTION: 'tooOld',
};

/** One explanation per date field from a 422 answer; an unknown code still marks its field. */
export function certificateDateErrorsOf(fields: FieldMessages): CertificateErrors {
  const errors: CertificateErrors = {};
  for (const field of ['issuedOn', 'inspectedOn'] as const) {
    const codes = fields[field];
    if (!codes) continue;
    errors[field] = codes.map((code) => KEY_BY_CODE[code]).find(Boolean) ?? 'dates';
  }
  return errors;
}
