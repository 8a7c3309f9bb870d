export * from './lib/api-error';
export * from './lib/health';
export * from './lib/locale';
export * from './lib/role';
export * from './lib/room';
export * from './lib/system';
export * from './lib/notification';
export * from './lib/auth';
