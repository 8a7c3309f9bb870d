import type { BikeAvailability, CycleType, TechnicalState } from '@zusammen/shared/contracts';
import { BIKE_AVAILABILITIES, CYCLE_TYPES, TECHNICAL_STATES } from '@zusammen/shared/contracts';

/** The filters of /werkstatt/fahrraeder; an empty value means "all". */
export interface BikeFilter {
  q: string;
  availability: BikeAvailability | '';
  technicalState: TechnicalState | '';
  cycleType: CycleType | '';
}

export const EMPTY_BIKE_FILTER: BikeFilter = {
  q: '',
  availability: '',
  technicalState: '',
  cycleType: '',
};

/** Query parameters of `GET /api/workshop/bikes` (and of the page URL): only the filters that are set. */
export function bikeQueryOf(filter: BikeFilter): Record<string, string> {
  const params: Record<string, string> = {};
  const q = filter.q.trim();
  if (q) params['q'] = q;
  if (filter.availability) params['availability'] = filter.availability;
  if (filter.technicalState) params['technicalState'] = filter.technicalState;
  if (filter.cycleType) params['cycleType'] = filter.cycleType;
  return params;
}

function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | '' {
  return value && (values as readonly string[]).includes(value) ? (value as T) : '';
}

/** Reads the filters back from the page's query parameters; unknown values are dropped. */
export function bikeFilterOf(params: Record<string, string | null | undefined>): BikeFilter {
  return {
    q: (params['q'] ?? '').slice(0, 100),
    availability: oneOf(BIKE_AVAILABILITIES, params['availability']),
    technicalState: oneOf(TECHNICAL_STATES, params['technicalState']),
    cycleType: oneOf(CYCLE_TYPES, params['cycleType']),
  };
}
