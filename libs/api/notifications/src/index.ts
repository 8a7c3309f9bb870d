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
export { SMTP_POOL_OPTIONS } from './lib/mail/smtp.mailer';
export * from './lib/mail/mail-preview.service';
export * from './lib/mail/mail-preview-file';
export * from './lib/mail/mail-preview-routes';
export * from './lib/mail/mail.module';
// Maintenance jobs
export * from './lib/maintenance/maintenance.scheduler';
export * from './lib/maintenance/purge-mail-preview.processor';
// Outbox: entity, write API, relay, delivery, staff service, metrics
export * from './lib/outbox/notification.entity';
export * from './lib/outbox/notification-outbox';
export * from './lib/outbox/effective-channel';
export * from './lib/relay/relay-settings';
export * from './lib/relay/enqueue-notification-job';
export * from './lib/relay/notification-relay';
export * from './lib/relay/relay-sweep.runner';
export * from './lib/send/delivery-error';
export * from './lib/send/notification-message-id';
export * from './lib/send/send-notification.processor';
export * from './lib/admin/notification-admin.service';
export * from './lib/metrics/notification-metrics';
// HTTP: own notifications (bell, list, read), email preferences and the staff view
export * from './lib/errors/notification.exception';
export * from './lib/inbox/notification-inbox.service';
export * from './lib/preferences/notification-preferences.service';
export * from './lib/staff/notification-staff.service';
// Modules
export * from './lib/notifications.module';
export * from './lib/notifications-worker.module';
export * from './lib/notifications.providers';
// Templates: rendering notifications per type and locale, calendar attachments
export * from './lib/templates';
