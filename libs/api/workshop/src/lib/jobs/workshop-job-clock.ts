/** Injection token: the clock of the workshop's scheduled jobs (`() => Date`); specs replace it to move through days. */
export const WORKSHOP_JOB_CLOCK = Symbol('WORKSHOP_JOB_CLOCK');
export type WorkshopJobClock = () => Date;
