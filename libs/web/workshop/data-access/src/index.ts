export * from './lib/counter';
export * from './lib/inventory';
