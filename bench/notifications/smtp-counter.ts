import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A minimal SMTP sink for benchmarks: accepts every mail and counts Message-IDs (no MIME parsing,
 * so the sink is never the bottleneck and costs both contenders the same).
 */
export interface SmtpCounter {
  url: string;
  /** Message-ID → how often it arrived. */
  counts: Map<string, number>;
  received(): number;
  reset(): void;
  close(): Promise<void>;
}

const MESSAGE_ID = /^message-id:\s*(<[^>\r\n]+>)/im;

export async function startSmtpCounter(): Promise<SmtpCounter> {
  const counts = new Map<string, number>();
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    size: 1024 * 1024,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 8192) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const id = MESSAGE_ID.exec(head)?.[1] ?? `<missing-${received}>`;
        counts.set(id, (counts.get(id) ?? 0) + 1);
        received += 1;
        callback();
      });
    },
  });
  server.on('error', () => undefined); // a client vanishing mid-session is not the sink's problem
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    counts,
    received: () => received,
    reset: () => {
      counts.clear();
      received = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
