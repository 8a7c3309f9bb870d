export * from './lib/staff-volunteers';
export * from './lib/staff-families';
export * from './lib/volunteer-profile';
