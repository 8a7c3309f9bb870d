import type { LoggerService } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoData } from '../database/seeds/demo-data';

/**
 * Start-up work on the database before the API listens. Embedded: apply pending migrations (there is
 * no separate migration step). Services: never migrate — refuse to start while migrations are pending
 * (`cli.js migrate` is its own step). Then, with DEMO_DATA, load the demo data (idempotent).
 */
export async function prepareDatabase(
  dataSource: DataSource,
  options: { embedded: boolean; demoData: boolean },
  logger: LoggerService,
): Promise<void> {
  if (options.embedded) {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length)
      logger.log(
        `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`,
        'Database',
      );
  } else if (await dataSource.showMigrations()) {
    throw new Error(
      'The database has pending migrations. Run `node dist/apps/api/cli.js migrate` first.',
    );
  }
  if (options.demoData) {
    const result = await seedDemoData(dataSource);
    if (
      result.roomsInserted ||
      result.usersInserted ||
      result.volunteersInserted ||
      result.familiesInserted ||
      result.pairingsInserted ||
      result.bookingsInserted
    ) {
      logger.log(
        `Demo data loaded: ${result.roomsInserted} room(s), ${result.usersInserted} user(s), ${result.volunteersInserted} volunteer profile(s), ${result.familiesInserted} famil(y/ies), ${result.pairingsInserted} pairing(s), ${result.bookingsInserted} room booking(s), ${result.eventsInserted} event(s), ${result.registrationsInserted} registration(s)`,
        'Database',
      );
    }
  }
}

/** One line naming the demo logins and their shared password. */
export function describeDemoLogins(): string {
  return `Demo logins (password ${DEMO_PASSWORD}): ${DEMO_LOGINS.map((l) => `${l.email} [${l.roles.join(',')}]`).join(', ')}`;
}
