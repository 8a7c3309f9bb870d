import { openingHoursProblems } from './room-rules';

describe('opening hours', () => {
  it('accepts split days and a day that closes at midnight', () => {
    expect(
      openingHoursProblems([
        { weekday: 1, opens: '08:00', closes: '12:00' },
        { weekday: 1, opens: '12:00', closes: '18:00' },
        { weekday: 6, opens: '10:00', closes: '24:00' },
      ]),
    ).toEqual([]);
  });

  it('names a day that closes before it opens and overlapping entries', () => {
    expect(
      openingHoursProblems([
        { weekday: 2, opens: '18:00', closes: '08:00' },
        { weekday: 3, opens: '08:00', closes: '12:00' },
        { weekday: 3, opens: '11:00', closes: '13:00' },
      ]),
    ).toEqual([
      'weekday 2: closes must be after opens (18:00–08:00)',
      'weekday 3: opening hours overlap',
    ]);
  });
});
