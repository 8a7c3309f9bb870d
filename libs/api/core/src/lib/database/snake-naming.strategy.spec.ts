import { SnakeNamingStrategy, toSnakeCase } from './snake-naming.strategy';

describe('toSnakeCase', () => {
  it.each([
    ['UserAccount', 'user_account'],
    ['RoomBooking', 'room_booking'],
    ['setupMinutes', 'setup_minutes'],
    ['roomID', 'room_id'],
    ['HTMLParser', 'html_parser'],
    ['id', 'id'],
  ])('%s → %s', (input, expected) => expect(toSnakeCase(input)).toBe(expected));
});

describe('SnakeNamingStrategy', () => {
  const strategy = new SnakeNamingStrategy();

  it('names tables singular snake_case from the class, unless given', () => {
    expect(strategy.tableName('UserAccount', undefined)).toBe('user_account');
    expect(strategy.tableName('UserAccount', 'custom')).toBe('custom');
  });

  it('names columns snake_case, embedded prefixes included', () => {
    expect(strategy.columnName('passwordHash', undefined, [])).toBe('password_hash');
    expect(strategy.columnName('street', undefined, ['homeAddress'])).toBe('home_address_street');
    expect(strategy.columnName('x', 'explicit_name', [])).toBe('explicit_name');
  });

  it('derives readable constraint names', () => {
    expect(strategy.primaryKeyName('room', ['id'])).toBe('pk_room');
    expect(strategy.uniqueConstraintName('room_booking', ['series_id', 'recurrence_id'])).toBe(
      'uq_room_booking_recurrence_id_series_id',
    );
    expect(strategy.foreignKeyName('room_booking', ['room_id'])).toBe('fk_room_booking_room_id');
    expect(strategy.indexName('room_booking', ['starts_at'])).toBe('ix_room_booking_starts_at');
    expect(strategy.joinColumnName('room', 'id')).toBe('room_id');
  });

  it('keeps names within PostgreSQL’s 63 characters, stably', () => {
    const name = strategy.uniqueConstraintName('a_really_long_table_name_for_testing', [
      'first_long_column_name',
      'second_long_column_name',
    ]);
    expect(name.length).toBeLessThanOrEqual(63);
    expect(name).toBe(
      strategy.uniqueConstraintName('a_really_long_table_name_for_testing', [
        'second_long_column_name',
        'first_long_column_name',
      ]),
    );
  });

  it('gives unnamed checks a stable ck_ fallback', () => {
    expect(strategy.checkConstraintName('room', '"capacity" > 0')).toMatch(
      /^ck_room_[0-9a-f]{10}$/,
    );
    expect(strategy.checkConstraintName('room', '"capacity" > 0')).toBe(
      strategy.checkConstraintName('room', '"capacity" > 0'),
    );
  });
});
