import { createHash } from 'node:crypto';

/**
 * Preview mails are stored as `<id>.eml` (the complete RFC 822 message) plus `<id>.json` (index entry).
 * The id starts with the UTC send time, so ids sort by time and the age is known without opening a file:
 * `20250102T030405123Z-1a2b3c4d5e` = 2025-01-02 03:04:05.123 UTC + 10 hex of SHA-256(Message-ID + nonce).
 */
const PREVIEW_ID_PATTERN = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-[0-9a-f]{10}$/;

export interface MailPreviewIndexEntry {
  id: string;
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  /** ISO 8601 send time. */
  date: string;
}

export function previewId(sentAt: Date, messageId: string, nonce: string): string {
  const stamp = sentAt.toISOString().replace(/[-:.]/g, '');
  const hash = createHash('sha256').update(`${messageId}\n${nonce}`).digest('hex').slice(0, 10);
  return `${stamp}-${hash}`;
}

/** True only for ids `previewId` produces; everything else (paths, `..`) is rejected before touching the disk. */
export function isPreviewId(value: string): boolean {
  return PREVIEW_ID_PATTERN.test(value);
}

/** The send time encoded in an id, or `null` for a foreign name. */
export function previewIdDate(id: string): Date | null {
  const match = PREVIEW_ID_PATTERN.exec(id);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, ms] = match;
  return new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`);
}

export const PREVIEW_MESSAGE_EXTENSION = '.eml';
export const PREVIEW_INDEX_EXTENSION = '.json';

/** The id of a preview file name (`x.eml` / `x.json`), or `null` for other files. */
export function previewIdOfFile(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  const extension = fileName.slice(dot);
  if (extension !== PREVIEW_MESSAGE_EXTENSION && extension !== PREVIEW_INDEX_EXTENSION) return null;
  const id = fileName.slice(0, dot);
  return isPreviewId(id) ? id : null;
}
