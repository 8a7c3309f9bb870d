export * from './calendar-months';
