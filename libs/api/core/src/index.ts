// Config
export * from './lib/config/env.schema';
export * from './lib/config/config-slices';
export * from './lib/config/core-config.module';
export * from './lib/config/load-env';
// Database
export * from './lib/database/snake-naming.strategy';
export * from './lib/database/database-options';
export * from './lib/database/embedded-postgres';
export * from './lib/database/embedded-postgres.runner';
export * from './lib/database/database.module';
// Errors and validation
export * from './lib/errors/domain.exception';
export * from './lib/errors/validation-failed.exception';
export * from './lib/errors/error-mapping';
export * from './lib/errors/api-exception.filter';
export * from './lib/validation/flatten-validation-errors';
export * from './lib/validation/create-validation-pipe';
export * from './lib/validation/uuid-param.dto';
export * from './lib/validation/report-months';
// Access policy (enforced by @zusammen/api/identity)
export * from './lib/access/access-policy';
// Logging
export * from './lib/logging/request-id';
export * from './lib/logging/logging.module';
// Health and system info
export * from './lib/health/health.module';
export * from './lib/system/system.module';
export * from './lib/system/read-app-version';
// HTTP bootstrap
export * from './lib/http/cache-control';
export * from './lib/http/serve-web-app';
export * from './lib/http/configure-http-app';
export * from './lib/api-core.module';
export * from './lib/security/account-link-secret';
export * from './lib/validation/uuid-or-404.pipe';
export * from './lib/database/sql-list';
export * from './lib/database/like-pattern';
