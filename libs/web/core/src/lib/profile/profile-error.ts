import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@zusammen/shared/contracts';

/** Field → server messages of a 422 answer (`details`); empty when there are none. */
export type FieldMessages = Readonly<Record<string, readonly string[]>>;

/** What the web app needs from a failed profile request. */
export interface ProfileFailure {
  /** 0 when the server could not be reached. */
  status: number;
  code: string | null;
  fields: FieldMessages;
  /** A machine-readable reason in `details.reason`, if the server sent one. */
  reason: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function fieldMessagesOf(details: unknown): FieldMessages {
  if (!isRecord(details)) {
    return {};
  }
  const fields: Record<string, readonly string[]> = {};
  for (const [field, messages] of Object.entries(details)) {
    if (Array.isArray(messages)) {
      const texts = messages.filter((m): m is string => typeof m === 'string');
      if (texts.length > 0) fields[field] = texts;
    } else if (typeof messages === 'string' && field !== 'reason') {
      fields[field] = [messages];
    }
  }
  return fields;
}

/** Reads `{ code, message, details }` from a failed request; anything else counts as unknown. */
export function profileFailureOf(error: unknown): ProfileFailure {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: -1, code: null, fields: {}, reason: null };
  }
  const body: unknown = error.error;
  const api: Partial<ApiErrorBody> = isRecord(body) ? body : {};
  const details = api.details;
  const reason =
    isRecord(details) && typeof details['reason'] === 'string' ? details['reason'] : null;
  return {
    status: error.status,
    code: typeof api.code === 'string' ? api.code : null,
    fields: fieldMessagesOf(details),
    reason,
  };
}

/** Why the server found a new password too weak, in words the web app can translate. */
export type WeakPasswordReason = 'tooShort' | 'tooCommon' | 'personal' | 'other';

/**
 * Maps the server's reason (a code in `details.reason`, or the English messages at the
 * `newPassword` field) to one of a few translated explanations.
 */
export function weakPasswordReasonOf(failure: ProfileFailure): WeakPasswordReason {
  const texts = [failure.reason ?? '', ...(failure.fields['newPassword'] ?? [])]
    .join(' ')
    .toLowerCase();
  if (/short|length|min|at least|kurz/.test(texts)) return 'tooShort';
  if (/common|breach|known|list|guess/.test(texts)) return 'tooCommon';
  if (/name|e-?mail|personal|user/.test(texts)) return 'personal';
  return 'other';
}
