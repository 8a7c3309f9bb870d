import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * A programme's share of a person's data export (Art. 15): sponsorship adds `sponsorship`, booking
 * `bookings`, the workshop `rentals`, … The section holds the records in which the person appears,
 * read with `manager` inside the export's transaction. Ids, dates and codes of other people are fine;
 * their names and contact data are not.
 */
export interface PersonalDataSource {
  /** Key in `PersonalDataExport.sections`; unique across the application. */
  readonly section: string;
  collect(manager: EntityManager, userId: string): Promise<unknown>;
}

/**
 * A programme's step of erasing a person (Art. 17), run in the erasure's transaction before the account row is
 * anonymised: delete what may go, detach or anonymise what must be kept (e.g. a rental kept for the
 * bike's history loses its person). Throwing aborts the whole erasure.
 */
export interface PersonalDataErasureHook {
  /** Names the step in logs and errors, e.g. `sponsorship`. */
  readonly name: string;
  erase(manager: EntityManager, userId: string): Promise<void>;
}

/**
 * Nest has no multi-providers, so contributions are found the way job handlers are: a provider class carries
 * one of these markers and the {@link PersonalDataRegistry} collects every instance through discovery.
 * The marker keys double as the tokens programmes refer to.
 */
export const PERSONAL_DATA_SOURCES = 'zusammen:personal-data-sources';
export const PERSONAL_DATA_ERASURE_HOOKS = 'zusammen:personal-data-erasure-hooks';

/**
 * Marks a provider as a {@link PersonalDataSource} (also makes it `@Injectable()`). List it in the providers
 * of the programme's module; nothing else to wire.
 */
export function ProvidesPersonalData() {
  return (target: new (...args: never[]) => PersonalDataSource): void => {
    Reflect.defineMetadata(PERSONAL_DATA_SOURCES, true, target);
    Injectable()(target);
  };
}

/** Marks a provider as a {@link PersonalDataErasureHook} (also makes it `@Injectable()`). */
export function ErasesPersonalData() {
  return (target: new (...args: never[]) => PersonalDataErasureHook): void => {
    Reflect.defineMetadata(PERSONAL_DATA_ERASURE_HOOKS, true, target);
    Injectable()(target);
  };
}
