export * from './lib/matching';
export * from './lib/booking';
