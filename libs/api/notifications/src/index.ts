// Queues: names, payloads, options, ids, handlers
export * from './lib/queue/job-names';
export * from './lib/queue/job-options';
export * from './lib/queue/job-id';
export * from './lib/queue/backoff';
export * from './lib/queue/job-handler.decorator';
export * from './lib/queue/job-handler.registry';
export * from './lib/queue/job-queue';
export * from './lib/queue/in-process-job-queue';
export * from './lib/queue/bullmq-job-queue';
export * from './lib/queue/bullmq-worker.host';
export * from './lib/queue/redis-connection';
export * from './lib/queue/unrecoverable-job.error';
// Mail
export * from './lib/mail/mail-message';
export * from './lib/mail/mailer';
export * from './lib/mail/mail-preview.service';
export * from './lib/mail/mail-preview-file';
export * from './lib/mail/mail-preview-routes';
export * from './lib/mail/mail.module';
// Maintenance jobs
export * from './lib/maintenance/maintenance.scheduler';
export * from './lib/maintenance/purge-mail-preview.processor';
// Modules
export * from './lib/notifications.module';
export * from './lib/notifications-worker.module';
export * from './lib/notifications.providers';
