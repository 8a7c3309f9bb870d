import { Inject, Injectable } from '@nestjs/common';
import type { SystemInfoResponse } from '@zusammen/shared/contracts';
import {
  appConfig,
  dbConfig,
  mailConfig,
  redisConfig,
  type AppConfig,
  type DbConfig,
  type MailConfig,
  type RedisConfig,
} from '../config/config-slices';
import { readAppVersion } from './read-app-version';

@Injectable()
export class SystemService {
  private readonly info: SystemInfoResponse;

  constructor(
    @Inject(appConfig.KEY) app: AppConfig,
    @Inject(dbConfig.KEY) db: DbConfig,
    @Inject(redisConfig.KEY) redis: RedisConfig,
    @Inject(mailConfig.KEY) mail: MailConfig,
  ) {
    this.info = {
      version: readAppVersion(app.version),
      database: db.url ? 'services' : 'embedded',
      queue: redis.url ? 'bullmq' : 'in-process',
      mail: mail.smtpUrl ? 'smtp' : 'preview',
    };
  }

  getInfo(): SystemInfoResponse {
    return { ...this.info };
  }
}
