import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the sink received it. */
export interface ReceivedMail {
  /** SMTP envelope (MAIL FROM / RCPT TO), which may differ from the headers. */
  envelope: { from: string | null; to: string[] };
  /** The raw RFC 822 message. */
  raw: Buffer;
  /** mailparser's view: subject, from, to, messageId, text, html, attachments, headers. */
  parsed: ParsedMail;
}

export interface SmtpSink {
  /** For SMTP_URL: plain SMTP on 127.0.0.1 with STARTTLS off (`ignoreTLS=true` tells nodemailer not to try it). */
  readonly url: string;
  readonly port: number;
  /** Everything received so far, in arrival order. */
  readonly messages: readonly ReceivedMail[];
  /** Resolves with the first `count` messages once they have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Forgets the received messages (between tests). */
  clear(): void;
  /** From now on, answer DATA with a temporary failure (451) for the next `count` messages. */
  failNext(count: number): void;
  /** How many times each Message-ID arrived (duplicates have a count > 1). */
  countByMessageId(): Map<string, number>;
  close(): Promise<void>;
}

export interface SmtpSinkOptions {
  host?: string;
  /** Make the sink answer DATA with a temporary failure for the next `n` messages (retry tests). */
  failNext?: number;
  /**
   * Keep each message (it counts as received) but answer the client only after this many ms — a slow server, and
   * the window in which a crashed client has not learned that its mail was accepted (duplicate tests).
   */
  acceptDelayMs?: number;
}

/**
 * An in-process SMTP server for integration tests (DESIGN.md §12): accepts any mail on a free port,
 * parses it with mailparser and keeps it in memory.
 */
export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const host = options.host ?? '127.0.0.1';
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let failNext = options.failNext ?? 0;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // pooled clients keep connections open; do not wait 30 s for them on close
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error: Error) => callback(error));
      stream.on('end', () => {
        if (failNext > 0) {
          failNext -= 1;
          const error = Object.assign(new Error('Try again later (sink told to fail)'), {
            responseCode: 451,
          });
          callback(error);
          return;
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            const mailFrom = session.envelope.mailFrom;
            messages.push({
              envelope: {
                from: mailFrom ? mailFrom.address : null,
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              raw,
              parsed,
            });
            for (const wake of [...waiters]) wake();
            if (options.acceptDelayMs) setTimeout(() => callback(), options.acceptDelayMs);
            else callback();
          },
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });

  // smtp-server reports a client that vanishes mid-session (a killed worker: ECONNRESET) as a server
  // 'error'; for a sink that is an expected event, and unhandled it would crash the test process.
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    url: `smtp://${host}:${port}/?ignoreTLS=true`,
    port,
    messages,
    waitFor(count: number, timeoutMs = 10_000): Promise<ReceivedMail[]> {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          if (messages.length < count) return false;
          cleanup();
          resolve(messages.slice(0, count));
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `SMTP sink: expected ${count} message(s) within ${timeoutMs} ms, got ${messages.length}`,
            ),
          );
        }, timeoutMs);
        const wake = (): void => void check();
        const cleanup = (): void => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        waiters.add(wake);
        check();
      });
    },
    clear(): void {
      messages.length = 0;
    },
    failNext(count: number): void {
      failNext = count;
    },
    countByMessageId(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const message of messages) {
        const id = message.parsed.messageId ?? '';
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      return counts;
    },
    close(): Promise<void> {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
