export * from './lib/rooms';
export * from './lib/events';
