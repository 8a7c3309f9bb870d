import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { API_PREFIX, ApiExceptionFilter, CoreConfigModule } from '@zusammen/api/core';
import { startSmtpSink, type SmtpSink } from '@zusammen/api/testing';
import { simpleParser } from 'mailparser';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NotificationsModule } from '../notifications.module';
import { QUEUE_ONLY_PROCESSORS } from '../testing/queue-only-processors';
import { MailPreviewService } from './mail-preview.service';
import { MailModule } from './mail.module';
import { Mailer } from './mailer';

const FROM = 'Zusammenleben Test <no-reply@zusammenleben.test>';

async function bootMail(): Promise<INestApplicationContext> {
  @Module({ imports: [CoreConfigModule, MailModule] })
  class MailTestModule {}
  return NestFactory.createApplicationContext(MailTestModule, { logger: ['error'] });
}

/** The API's HTTP stack as main.ts sets it up (Fastify, /api prefix, error filter) with NotificationsModule. */
async function bootHttp(): Promise<NestFastifyApplication> {
  @Module({
    imports: [
      CoreConfigModule,
      NotificationsModule.forRoot({
        schedules: [],
        outbox: false,
        processors: QUEUE_ONLY_PROCESSORS,
      }),
    ],
  })
  class HttpTestModule {}
  const app = await NestFactory.create<NestFastifyApplication>(
    HttpTestModule,
    new FastifyAdapter(),
    { logger: ['error'] },
  );
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalFilters(new ApiExceptionFilter());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

describe('mailer', () => {
  const savedEnv = { ...process.env };
  let previewDir: string;

  beforeEach(async () => {
    previewDir = await mkdtemp(join(tmpdir(), 'zl-mail-'));
    process.env['MAIL_PREVIEW_DIR'] = previewDir;
    process.env['MAIL_FROM'] = FROM;
    delete process.env['REDIS_URL'];
    delete process.env['SMTP_URL'];
  });

  afterEach(async () => {
    process.env = { ...savedEnv };
    await rm(previewDir, { recursive: true, force: true });
  });

  describe('SMTP mode (SMTP_URL set)', () => {
    let sink: SmtpSink;
    let app: INestApplicationContext;

    beforeEach(async () => {
      sink = await startSmtpSink();
      process.env['SMTP_URL'] = sink.url;
      app = await bootMail();
    });

    afterEach(async () => {
      await app.close();
      await sink.close();
    });

    it('delivers through the pooled transport with subject, MAIL_FROM and the given Message-ID', async () => {
      const mailer = app.get(Mailer);
      expect(mailer.mode).toBe('smtp');
      const result = await mailer.send({
        to: 'amina@example.test',
        subject: 'Ihre Buchung: Großer Saal',
        html: '<p>Hallo Amina</p>',
        text: 'Hallo Amina',
        messageId: '<notification-42@zusammenleben.test>',
        attachments: [
          {
            filename: 'termin.ics',
            content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
            contentType: 'text/calendar',
          },
        ],
      });
      expect(result).toEqual({
        messageId: '<notification-42@zusammenleben.test>',
        accepted: ['amina@example.test'],
      });

      const [mail] = await sink.waitFor(1);
      expect(mail.envelope).toEqual({
        from: 'no-reply@zusammenleben.test',
        to: ['amina@example.test'],
      });
      expect(mail.parsed.subject).toBe('Ihre Buchung: Großer Saal');
      expect(mail.parsed.from?.value).toEqual([
        { address: 'no-reply@zusammenleben.test', name: 'Zusammenleben Test' },
      ]);
      expect(mail.parsed.messageId).toBe('<notification-42@zusammenleben.test>');
      expect(mail.parsed.text?.trim()).toBe('Hallo Amina');
      expect(mail.parsed.attachments.map((a) => a.filename)).toEqual(['termin.ics']);
    });

    it('rejects when the server refuses the message, so the job is retried', async () => {
      await sink.close();
      sink = await startSmtpSink({ failNext: 1 });
      await app.close();
      process.env['SMTP_URL'] = sink.url;
      app = await bootMail();
      const message = { to: 'a@example.test', subject: 'x', html: '<p>x</p>', text: 'x' };
      await expect(app.get(Mailer).send(message)).rejects.toThrow(/451/);
      await app.get(Mailer).send(message);
      expect(await sink.waitFor(1)).toHaveLength(1);
    });
  });

  describe('preview mode (SMTP_URL unset)', () => {
    it('writes a complete, parseable .eml plus an index entry and lists it newest first', async () => {
      const app = await bootMail();
      try {
        const mailer = app.get(Mailer);
        expect(mailer.mode).toBe('preview');
        const first = await mailer.send({
          to: 'a@example.test',
          subject: 'Erste',
          html: '<p>1</p>',
          text: '1',
        });
        const second = await mailer.send({
          to: ['b@example.test', 'c@example.test'],
          subject: 'Zweite – مرحبا',
          html: '<p>2</p>',
          text: '2',
          messageId: '<preview-2@zusammenleben.test>',
        });

        expect((await readdir(previewDir)).sort()).toEqual(
          [
            `${first.previewId}.eml`,
            `${first.previewId}.json`,
            `${second.previewId}.eml`,
            `${second.previewId}.json`,
          ].sort(),
        );
        const parsed = await simpleParser(
          await readFile(join(previewDir, `${second.previewId}.eml`)),
        );
        expect(parsed.subject).toBe('Zweite – مرحبا');
        expect(parsed.messageId).toBe('<preview-2@zusammenleben.test>');
        expect(parsed.from?.text).toContain('no-reply@zusammenleben.test');

        const list = await app.get(MailPreviewService).list();
        expect(list.map((entry) => entry.subject)).toEqual(['Zweite – مرحبا', 'Erste']);
        expect(list[0]).toEqual({
          id: second.previewId,
          to: ['b@example.test', 'c@example.test'],
          subject: 'Zweite – مرحبا',
          date: expect.any(String),
        });
      } finally {
        await app.close();
      }
    });
  });

  describe('GET /api/dev/mail-preview', () => {
    it('lists preview mails and serves one as message/rfc822', async () => {
      const app = await bootHttp();
      try {
        const sent = await app
          .get(Mailer)
          .send({ to: 'd@example.test', subject: 'Willkommen', html: '<p>Hi</p>', text: 'Hi' });
        const fastify = app.getHttpAdapter().getInstance();

        const list = await fastify.inject({ method: 'GET', url: '/api/dev/mail-preview' });
        expect(list.statusCode).toBe(200);
        expect(list.json()).toEqual([
          {
            id: sent.previewId,
            to: ['d@example.test'],
            subject: 'Willkommen',
            date: expect.any(String),
          },
        ]);

        const raw = await fastify.inject({
          method: 'GET',
          url: `/api/dev/mail-preview/${sent.previewId}`,
        });
        expect(raw.statusCode).toBe(200);
        expect(raw.headers['content-type']).toBe('message/rfc822');
        expect((await simpleParser(raw.rawPayload)).subject).toBe('Willkommen');

        const missing = await fastify.inject({
          method: 'GET',
          url: '/api/dev/mail-preview/20200101T000000000Z-0123456789',
        });
        expect(missing.statusCode).toBe(404);
        expect(missing.json()).toEqual({
          code: 'NOT_FOUND',
          message: 'No preview mail with this id.',
        });

        const traversal = await fastify.inject({
          method: 'GET',
          url: '/api/dev/mail-preview/..%2F..%2Fetc%2Fpasswd',
        });
        expect(traversal.statusCode).toBe(404);
      } finally {
        await app.close();
      }
    });

    it('is not registered when SMTP_URL is set', async () => {
      const sink = await startSmtpSink();
      process.env['SMTP_URL'] = sink.url;
      const app = await bootHttp();
      try {
        const response = await app
          .getHttpAdapter()
          .getInstance()
          .inject({ method: 'GET', url: '/api/dev/mail-preview' });
        expect(response.statusCode).toBe(404);
        expect(app.get(Mailer).mode).toBe('smtp');
      } finally {
        await app.close();
        await sink.close();
      }
    });

    it('is not registered in production', async () => {
      process.env['NODE_ENV'] = 'production';
      process.env['TOKEN_SECRET'] = 'integration-test-token-secret-0123456789';
      const app = await bootHttp();
      try {
        const response = await app
          .getHttpAdapter()
          .getInstance()
          .inject({ method: 'GET', url: '/api/dev/mail-preview' });
        expect(response.statusCode).toBe(404);
      } finally {
        await app.close();
      }
    });
  });
});
