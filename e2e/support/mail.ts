import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { STATE_FILE, type E2eState } from './state';

/**
 * Mails of the system under test. It runs without SMTP_URL, so every mail is written to
 * `<DATA_DIR>/mail-preview` as `<id>.eml` plus an index entry `<id>.json` (written last); ids start
 * with the UTC send time, so they sort by time.
 */
export interface PreviewMail {
  id: string;
  to: string[];
  subject: string;
  /** The plain-text part (links included). */
  text: string;
  html: string;
  /** Attached files (e.g. the `.ics` of a registration), with their decoded content. */
  attachments: { filename: string; contentType: string; content: string }[];
}

interface IndexEntry {
  id: string;
  to: string[];
  subject: string;
  date: string;
}

let directory: string | null = null;

/**
 * The preview folder of the system this run started: E2E_DATA_DIR if global-setup exported it, else
 * the state file, read once per worker and only if it still describes this run's system (the file has
 * a fixed path, so a second run started meanwhile replaces it).
 */
function previewDirectory(): string {
  if (directory === null) {
    let dataDir = process.env['E2E_DATA_DIR'];
    if (!dataDir) {
      const state = JSON.parse(readFileSync(STATE_FILE, 'utf8')) as E2eState;
      const ours = process.env['E2E_BASE_URL'];
      if (ours && state.baseUrl !== ours) {
        throw new Error(`${STATE_FILE} describes ${state.baseUrl}, not this run's ${ours}`);
      }
      dataDir = state.dataDir;
    }
    directory = join(dataDir, 'mail-preview');
  }
  return directory;
}

async function indexEntries(folder: string): Promise<IndexEntry[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return []; // no mail written yet
  }
  const entries: IndexEntry[] = [];
  for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
    try {
      entries.push(JSON.parse(await readFile(join(folder, name), 'utf8')) as IndexEntry);
    } catch {
      // being replaced right now; the next poll reads it
    }
  }
  return entries.sort((a, b) => b.id.localeCompare(a.id));
}

/** All mails to `address` (any case) sent at or after `since`, newest first. */
export async function mailsTo(address: string, since = new Date(0)): Promise<IndexEntry[]> {
  const wanted = address.toLowerCase();
  return (await indexEntries(previewDirectory())).filter(
    (entry) =>
      entry.to.some((to) => to.toLowerCase().includes(wanted)) &&
      new Date(entry.date).getTime() >= since.getTime(),
  );
}

/**
 * Waits for the newest mail to `address` sent at or after `since` (the outbox relay and the worker
 * take a few seconds) and returns it decoded.
 */
export async function waitForMail(
  address: string,
  options: { since?: Date; subject?: RegExp; timeoutMs?: number } = {},
): Promise<PreviewMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    const entry = (await mailsTo(address, options.since)).find(
      (candidate) => !options.subject || options.subject.test(candidate.subject),
    );
    if (entry) {
      const parsed = await simpleParser(
        await readFile(join(previewDirectory(), `${entry.id}.eml`)),
      );
      return {
        id: entry.id,
        to: entry.to,
        subject: parsed.subject ?? entry.subject,
        text: parsed.text ?? '',
        html: typeof parsed.html === 'string' ? parsed.html : '',
        attachments: parsed.attachments.map((attachment) => ({
          filename: attachment.filename ?? '',
          contentType: attachment.contentType,
          content: attachment.content.toString('utf8'),
        })),
      };
    }
    if (Date.now() > deadline) {
      throw new Error(`no mail to ${address} after ${options.since?.toISOString() ?? 'start'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first link in the mail whose path is `path` (e.g. `/e-mail-bestaetigen`), as a URL. */
export function linkIn(mail: PreviewMail, path: string): URL {
  const candidates = `${mail.text}\n${mail.html}`.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
  for (const candidate of candidates) {
    const url = new URL(candidate.replace(/&amp;/g, '&'));
    if (url.pathname === path) return url;
  }
  throw new Error(`no link to ${path} in the mail "${mail.subject}":\n${mail.text}`);
}
