import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

/**
 * Owns the embedded PostgreSQL of a Nest application (only started when DATABASE_URL is unset).
 * On shutdown it closes the DataSource first (the pool must not outlive its server), then PGlite.
 */
@Injectable()
export class EmbeddedPostgresRunner implements OnApplicationShutdown {
  private readonly logger = new Logger(EmbeddedPostgresRunner.name);
  private instance: EmbeddedPostgres | undefined;

  constructor(private readonly moduleRef: ModuleRef) {}

  get isRunning(): boolean {
    return this.instance !== undefined;
  }

  async start(dataDir: string): Promise<string> {
    if (this.instance) return this.instance.url;
    const startedAt = Date.now();
    this.instance = await startEmbeddedPostgres({ dataDir });
    this.logger.log(
      `Embedded PostgreSQL (PGlite) ready in ${Date.now() - startedAt} ms, data in ${this.instance.dataDir}`,
    );
    return this.instance.url;
  }

  async onApplicationShutdown(): Promise<void> {
    const instance = this.instance;
    if (!instance) return;
    this.instance = undefined;
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    if (dataSource.isInitialized) await dataSource.destroy();
    await instance.stop();
    this.logger.log('Embedded PostgreSQL stopped');
  }
}
