export * from './lib/sponsorship.module';
export * from './lib/sponsorship.entities';
