import { BORKEN_DISTRICTS, type BorkenDistrict } from '@zusammen/shared/contracts';

/**
 * Approximate centres (latitude, longitude in degrees) of Borken's districts, read off a map to about
 * ±1 km. Proximity is straight-line km between these centres (decided deviation from the brief's travel
 * minutes: there is no routing engine), so it is a coarse signal, never a promise of a travel time.
 */
export const DISTRICT_CENTRES: Readonly<Record<BorkenDistrict, { lat: number; lon: number }>> = {
  innenstadt: { lat: 51.844, lon: 6.857 },
  gemen: { lat: 51.861, lon: 6.874 },
  weseke: { lat: 51.911, lon: 6.861 },
  burlo: { lat: 51.935, lon: 6.77 },
  borkenwirthe: { lat: 51.905, lon: 6.79 },
  marbeck: { lat: 51.812, lon: 6.924 },
  hoxfeld: { lat: 51.83, lon: 6.79 },
  rhedebruegge: { lat: 51.868, lon: 6.77 },
  gruetlohn: { lat: 51.835, lon: 6.9 },
  westenborken: { lat: 51.85, lon: 6.81 },
  gemenwirthe: { lat: 51.88, lon: 6.9 },
  hovesath: { lat: 51.87, lon: 6.84 },
};

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

function haversineKm(a: BorkenDistrict, b: BorkenDistrict): number {
  const p = DISTRICT_CENTRES[a];
  const q = DISTRICT_CENTRES[b];
  const dLat = (q.lat - p.lat) * RADIANS;
  const dLon = (q.lon - p.lon) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(p.lat * RADIANS) * Math.cos(q.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

// 12 × 12 table computed once: scoring 10,000 volunteers looks distances up instead of doing trigonometry.
const DISTANCES: Partial<Record<string, Partial<Record<string, number>>>> = Object.fromEntries(
  BORKEN_DISTRICTS.map((a) => [
    a,
    Object.fromEntries(BORKEN_DISTRICTS.map((b) => [b, haversineKm(a, b)])),
  ]),
);

/** Straight-line distance in km between the approximate centres of two districts (0 for the same one). */
export function districtDistanceKm(a: BorkenDistrict, b: BorkenDistrict): number {
  const km = DISTANCES[a]?.[b];
  if (km === undefined) throw new RangeError(`Unknown district: ${a} or ${b}`);
  return km;
}
