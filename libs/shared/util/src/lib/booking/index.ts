export * from './wall-time';
export * from './series-rule';
export * from './expand-series';
export * from './opening-hours';
export * from './booking-week';
export * from './waitlist-hold';
