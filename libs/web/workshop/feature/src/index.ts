export * from './lib/workshop.routes';
export { MY_BIKE_ROUTES } from './lib/counter/counter.routes';
