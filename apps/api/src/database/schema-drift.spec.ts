import {
  formatQueries,
  MIGRATION_NAME_PATTERN,
  renderMigration,
  toPascalCase,
} from './schema-drift';

describe('migration rendering', () => {
  it('turns kebab names into class names', () => {
    expect(toPascalCase('add-room-booking')).toBe('AddRoomBooking');
  });

  it('accepts kebab-case names only', () => {
    expect(MIGRATION_NAME_PATTERN.test('add-room-booking')).toBe(true);
    expect(MIGRATION_NAME_PATTERN.test('AddRoomBooking')).toBe(false);
    expect(MIGRATION_NAME_PATTERN.test('add room')).toBe(false);
  });

  it('writes a migration class with up and down, escaping template literals', () => {
    const source = renderMigration('add-note', 1700000000000, {
      up: [{ query: 'ALTER TABLE "room" ADD "note" text DEFAULT \'`${x}`\'' }],
      down: [{ query: 'ALTER TABLE "room" DROP COLUMN "note"' }],
    });
    expect(source).toContain('export class AddNote1700000000000 implements MigrationInterface');
    expect(source).toContain("name = 'AddNote1700000000000';");
    expect(source).toContain(
      'await queryRunner.query(`ALTER TABLE "room" ADD "note" text DEFAULT \'\\`\\${x}\\`\'`);',
    );
    expect(source).toContain('await queryRunner.query(`ALTER TABLE "room" DROP COLUMN "note"`);');
  });

  it('formats a drift report as SQL', () => {
    expect(formatQueries([{ query: 'SELECT 1' }, { query: 'SELECT $1', parameters: [2] }])).toBe(
      'SELECT 1;\nSELECT $1; -- parameters: [2]',
    );
  });
});
