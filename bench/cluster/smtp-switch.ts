import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/**
 * An in-process SMTP sink for the fault run that can be told to refuse: while refusing, a new connection gets
 * `421` right after connecting, and a connection the workers' nodemailer pool already holds gets `421` on
 * `MAIL FROM` (pooled connections would otherwise keep delivering through the "outage"); open sessions are
 * closed when refusing starts. Accepted mails are counted by Message-ID (no MIME parsing).
 *
 * `acceptDelayMs` makes it answer the end of DATA that much later, like a real relay that stores the mail
 * first; a client that disconnects meanwhile (a killed worker) never got the `250`, and the mail is dropped as an
 * RFC 5321 server drops an unconfirmed transaction — so a duplicate can only come from the product's own window
 * between the `250` and marking the row sent.
 */
export interface SmtpSwitch {
  url: string;
  /** Message-ID → arrival times (ms since epoch) of every accepted copy. */
  arrivals: Map<string, number[]>;
  received(): number;
  /** Connections / commands answered with 421 so far. */
  refusals(): number;
  refusing(): boolean;
  /** Mail transactions between DATA and the answer right now. */
  transfers(): number;
  refuse(): void;
  accept(): void;
  close(): Promise<void>;
}

const MESSAGE_ID = /^message-id:\s*(<[^>\r\n]+>)/im;

function serviceUnavailable(): Error & { responseCode: number } {
  return Object.assign(
    new Error('Service not available, closing transmission channel (fault run)'),
    {
      responseCode: 421,
    },
  );
}

interface ClosableConnection {
  close(): void;
}

export async function startSmtpSwitch(
  options: { acceptDelayMs?: number } = {},
): Promise<SmtpSwitch> {
  const acceptDelayMs = options.acceptDelayMs ?? 0;
  const arrivals = new Map<string, number[]>();
  const closedSessions = new Set<string>();
  let received = 0;
  let refusals = 0;
  let transfers = 0;
  let refusing = false;
  const refuseIfOff = (_session: SMTPServerSession, callback: (error?: Error) => void): void => {
    if (!refusing) return callback();
    refusals += 1;
    callback(serviceUnavailable());
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    size: 1024 * 1024,
    onConnect: refuseIfOff,
    onMailFrom: (_address, session, callback) => refuseIfOff(session, callback),
    onClose(session) {
      closedSessions.add(session.id);
    },
    onData(stream, session, callback) {
      let head = '';
      transfers += 1;
      // a client that dies mid-message: smtp-server destroys the stream and 'end' never comes
      stream.once('close', () => {
        if (!stream.readableEnded) transfers -= 1;
      });
      stream.on('error', () => undefined);
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 8192) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        setTimeout(() => {
          transfers -= 1;
          if (closedSessions.has(session.id)) return; // the client left before the 250: not delivered
          if (refusing) {
            // a mail whose transaction began just before the switch: refuse it too, the sender retries
            refusals += 1;
            callback(serviceUnavailable());
            return;
          }
          const id = MESSAGE_ID.exec(head)?.[1] ?? `<missing-${received}>`;
          const times = arrivals.get(id) ?? [];
          times.push(Date.now());
          arrivals.set(id, times);
          received += 1;
          callback();
        }, acceptDelayMs);
      });
    },
  });
  server.on('error', () => undefined); // a client vanishing mid-session is not the sink's problem
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  // `connections` is smtp-server's set of open sessions (not in its type definitions)
  const connections = (): Set<ClosableConnection> =>
    (server as unknown as { connections: Set<ClosableConnection> }).connections;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    arrivals,
    received: () => received,
    refusals: () => refusals,
    refusing: () => refusing,
    transfers: () => transfers,
    refuse: () => {
      refusing = true;
      for (const connection of connections()) connection.close();
    },
    accept: () => {
      refusing = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
