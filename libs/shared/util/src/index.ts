export * from './lib/matching';
export * from './lib/booking';
export * from './lib/calendar';
