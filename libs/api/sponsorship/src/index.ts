export * from './lib/sponsorship.module';
export * from './lib/follow-up/follow-up.module';
export * from './lib/sponsorship.entities';
export { loadMatchFamily, loadMatchVolunteer } from './lib/matching/match-inputs';
