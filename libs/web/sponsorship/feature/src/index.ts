export * from './lib/shared';
export * from './lib/sponsorship.routes';
