export * from './lib/staff-volunteers';
export * from './lib/staff-families';
export * from './lib/volunteer-profile';
export * from './lib/volunteer-pairings';
export * from './lib/staff-pairings';
export * from './lib/match-runs';
export * from './lib/sponsorship-settings';
export * from './lib/sponsorship-reports';
