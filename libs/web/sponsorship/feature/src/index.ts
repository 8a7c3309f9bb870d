export * from './lib/sponsorship.routes';
