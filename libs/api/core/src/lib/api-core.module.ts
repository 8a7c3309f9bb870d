import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { CoreConfigModule } from './config/core-config.module';
import { DatabaseModule, type DatabaseModuleOptions } from './database/database.module';
import { ApiExceptionFilter } from './errors/api-exception.filter';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { SystemModule } from './system/system.module';
import { createValidationPipe } from './validation/create-validation-pipe';

/**
 * The HTTP process' foundation in one import: typed config, JSON logging, the database, health and
 * system endpoints, the global ValidationPipe and the global error filter.
 */
@Module({})
export class ApiCoreModule {
  static forRoot(database: DatabaseModuleOptions): DynamicModule {
    return {
      module: ApiCoreModule,
      imports: [
        CoreConfigModule,
        LoggingModule,
        DatabaseModule.forRoot(database),
        HealthModule,
        SystemModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [DatabaseModule],
    };
  }
}
