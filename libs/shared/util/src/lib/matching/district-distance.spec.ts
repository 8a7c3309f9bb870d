import { BORKEN_DISTRICTS, type BorkenDistrict } from '@zusammen/shared/contracts';
import { districtDistanceKm } from './district-distance';

describe('districtDistanceKm', () => {
  it('is 0 within a district and symmetric between districts', () => {
    for (const a of BORKEN_DISTRICTS) {
      expect(districtDistanceKm(a, a)).toBe(0);
      for (const b of BORKEN_DISTRICTS)
        expect(districtDistanceKm(a, b)).toBe(districtDistanceKm(b, a));
    }
  });

  it.each([
    ['innenstadt', 'gemen', 2.2],
    ['innenstadt', 'weseke', 7.46],
    ['burlo', 'marbeck', 17.29],
  ] as const)('%s ↔ %s ≈ %s km (haversine between the centres)', (a, b, km) => {
    expect(districtDistanceKm(a, b)).toBeCloseTo(km, 1);
  });

  it('rejects an unknown district instead of returning NaN', () => {
    expect(() => districtDistanceKm('innenstadt', 'atlantis' as BorkenDistrict)).toThrow(
      RangeError,
    );
  });
});
