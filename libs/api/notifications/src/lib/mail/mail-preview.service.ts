import { Inject, Injectable, Logger } from '@nestjs/common';
import { mailConfig, type MailConfig } from '@zusammen/api/core';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  isPreviewId,
  PREVIEW_INDEX_EXTENSION,
  PREVIEW_MESSAGE_EXTENSION,
  previewId,
  previewIdDate,
  previewIdOfFile,
  type MailPreviewIndexEntry,
} from './mail-preview-file';

/** One line of the preview list (GET /api/dev/mail-preview). */
export interface MailPreviewSummary {
  id: string;
  to: string[];
  subject: string;
  date: string;
}

function isIndexEntry(value: unknown): value is MailPreviewIndexEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry['id'] === 'string' &&
    typeof entry['subject'] === 'string' &&
    typeof entry['date'] === 'string' &&
    Array.isArray(entry['to'])
  );
}

function isMissing(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT'
  );
}

/** The preview mail folder (MAIL_PREVIEW_DIR): writing, listing (newest first), reading and purging. */
@Injectable()
export class MailPreviewService {
  private readonly logger = new Logger(MailPreviewService.name);
  readonly directory: string;

  constructor(@Inject(mailConfig.KEY) mail: MailConfig) {
    this.directory = resolve(mail.previewDir);
  }

  /** Stores one generated message; the .json is written last, so a listed entry always has its .eml. */
  async write(
    raw: Buffer,
    entry: Omit<MailPreviewIndexEntry, 'id' | 'date'>,
    sentAt = new Date(),
  ): Promise<string> {
    await mkdir(this.directory, { recursive: true });
    const id = previewId(sentAt, entry.messageId, randomUUID());
    const index: MailPreviewIndexEntry = { id, date: sentAt.toISOString(), ...entry };
    await writeFile(this.path(id, PREVIEW_MESSAGE_EXTENSION), raw);
    const temporary = join(this.directory, `.${id}${PREVIEW_INDEX_EXTENSION}.tmp`);
    await writeFile(temporary, `${JSON.stringify(index, null, 2)}\n`, 'utf8');
    await rename(temporary, this.path(id, PREVIEW_INDEX_EXTENSION));
    return id;
  }

  /** Newest first. Unreadable index files are skipped. */
  async list(limit = 200): Promise<MailPreviewSummary[]> {
    const ids = (await this.fileNames())
      .filter((name) => name.endsWith(PREVIEW_INDEX_EXTENSION))
      .map(previewIdOfFile)
      .filter((id): id is string => id !== null)
      .sort()
      .reverse()
      .slice(0, limit);
    const summaries: MailPreviewSummary[] = [];
    for (const id of ids) {
      try {
        const parsed: unknown = JSON.parse(
          await readFile(this.path(id, PREVIEW_INDEX_EXTENSION), 'utf8'),
        );
        if (!isIndexEntry(parsed)) continue;
        summaries.push({
          id,
          to: parsed.to.map(String),
          subject: parsed.subject,
          date: parsed.date,
        });
      } catch (error: unknown) {
        if (!isMissing(error)) this.logger.warn(`Skipping preview ${id}: ${String(error)}`);
      }
    }
    return summaries;
  }

  /** The raw .eml, or `null` when the id is malformed or unknown. */
  async read(id: string): Promise<Buffer | null> {
    if (!isPreviewId(id)) return null;
    try {
      return await readFile(this.path(id, PREVIEW_MESSAGE_EXTENSION));
    } catch (error: unknown) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** Deletes previews sent before `cutoff` and returns how many messages went. A missing folder counts as empty. */
  async purgeOlderThan(cutoff: Date): Promise<number> {
    const expired = new Set<string>();
    for (const name of await this.fileNames()) {
      const id = previewIdOfFile(name);
      const sentAt = id ? previewIdDate(id) : null;
      if (id && sentAt && sentAt.getTime() < cutoff.getTime()) expired.add(id);
    }
    for (const id of expired) {
      // index first: the message disappears from the list before its .eml goes
      await rm(this.path(id, PREVIEW_INDEX_EXTENSION), { force: true });
      await rm(this.path(id, PREVIEW_MESSAGE_EXTENSION), { force: true });
    }
    return expired.size;
  }

  private async fileNames(): Promise<string[]> {
    try {
      return await readdir(this.directory);
    } catch (error: unknown) {
      if (isMissing(error)) return [];
      throw error;
    }
  }

  private path(id: string, extension: string): string {
    return join(this.directory, `${id}${extension}`);
  }
}
