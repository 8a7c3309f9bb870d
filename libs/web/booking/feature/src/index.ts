export * from './lib/rooms.routes';
export * from './lib/events.routes';
