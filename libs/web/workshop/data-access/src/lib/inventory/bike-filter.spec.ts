import { EMPTY_BIKE_FILTER, bikeFilterOf, bikeQueryOf } from './bike-filter';

describe('bikeQueryOf', () => {
  it('sends nothing for the empty filter', () => {
    expect(bikeQueryOf(EMPTY_BIKE_FILTER)).toEqual({});
  });

  it('sends only the filters that are set, with the search trimmed', () => {
    expect(
      bikeQueryOf({
        q: '  FR-0042 ',
        availability: 'available',
        technicalState: '',
        cycleType: 'city',
      }),
    ).toEqual({ q: 'FR-0042', availability: 'available', cycleType: 'city' });
  });

  it('drops a search of blanks', () => {
    expect(bikeQueryOf({ ...EMPTY_BIKE_FILTER, q: '   ', technicalState: 'in_repair' })).toEqual({
      technicalState: 'in_repair',
    });
  });
});

describe('bikeFilterOf', () => {
  it('reads known values from the URL', () => {
    expect(
      bikeFilterOf({
        q: 'gazelle',
        availability: 'on_loan',
        technicalState: 'roadworthy',
        cycleType: 'cargo',
      }),
    ).toEqual({
      q: 'gazelle',
      availability: 'on_loan',
      technicalState: 'roadworthy',
      cycleType: 'cargo',
    });
  });

  it('drops unknown values so a tampered URL cannot reach the API', () => {
    expect(bikeFilterOf({ availability: 'broken', technicalState: 'x', cycleType: null })).toEqual(
      EMPTY_BIKE_FILTER,
    );
  });

  it('round-trips through the query', () => {
    const filter = {
      q: 'rot',
      availability: 'reserved',
      technicalState: '',
      cycleType: 'mtb',
    } as const;
    expect(bikeFilterOf(bikeQueryOf(filter))).toEqual(filter);
  });
});
