import { districtDistanceKm } from './district-distance';
import { family, volunteer } from './matching-fixtures';
import {
  DEFAULT_MATCH_WEIGHTS,
  MATCH_COMPONENTS,
  normaliseMatchWeights,
  type MatchComponent,
  type MatchFamily,
  type MatchVolunteer,
} from './matching-input';
import { scorePair } from './score';

const TODAY = '2026-11-26';

function component(c: MatchComponent, v: Partial<MatchVolunteer>, f: Partial<MatchFamily>) {
  return scorePair(volunteer(v), family(f), DEFAULT_MATCH_WEIGHTS, TODAY).components[c].value;
}

describe('score components', () => {
  it.each<[MatchComponent, string, Partial<MatchVolunteer>, Partial<MatchFamily>, number]>([
    ['language', 'shared at the weaker side’s level (basic)', {}, {}, 0.25],
    ['language', 'good ↔ native → good', { languages: [{ code: 'ar', level: 'good' }] }, {}, 0.5],
    [
      'language',
      'fluent ↔ native → fluent',
      { languages: [{ code: 'ar', level: 'fluent' }] },
      {},
      0.75,
    ],
    ['language', 'native ↔ native', { languages: [{ code: 'ar', level: 'native' }] }, {}, 1],
    [
      'language',
      'best of several shared languages',
      {
        languages: [
          { code: 'ar', level: 'basic' },
          { code: 'en', level: 'fluent' },
        ],
      },
      {
        languages: [
          { code: 'ar', level: 'native' },
          { code: 'en', level: 'native' },
        ],
      },
      0.75,
    ],
    [
      'language',
      'interpreter only',
      { languages: [{ code: 'de', level: 'native' }] },
      { interpreterAvailable: true },
      0.25,
    ],
    ['proximity', 'same district', {}, { district: 'innenstadt' }, 1],
    [
      'proximity',
      'linear towards the limit',
      { maxDistanceKm: 5 },
      {},
      1 - districtDistanceKm('innenstadt', 'gemen') / 5,
    ],
    ['proximity', 'at or beyond the limit', { maxDistanceKm: 2 }, {}, 0],
    ['availability', 'all family slots covered', {}, { availability: ['tue-evening'] }, 1],
    [
      'availability',
      'one of four slots covered',
      {},
      { availability: ['tue-evening', 'mon-morning', 'sat-afternoon', 'sun-evening'] },
      0.25,
    ],
    ['availability', 'none covered', {}, { availability: ['mon-morning'] }, 0],
    ['availability', 'family gave no slots', {}, { availability: [] }, 1],
    ['lifeStage', 'minors, volunteer open to children', {}, {}, 1],
    [
      'lifeStage',
      'minors, volunteer not open to children',
      { acceptsFamiliesWithChildren: false },
      {},
      0,
    ],
    ['lifeStage', 'no minors', { acceptsFamiliesWithChildren: false }, { hasMinors: false }, 1],
    ['needsFit', 'same areas', {}, {}, 1],
    [
      'needsFit',
      'Jaccard 1 of 3',
      { supportAreas: ['school', 'work'] },
      { needs: ['school', 'health'] },
      1 / 3,
    ],
    ['needsFit', 'disjoint', { supportAreas: ['work'] }, { needs: ['school'] }, 0],
    ['needsFit', 'both empty', { supportAreas: [] }, { needs: [] }, 1],
    ['waitingBonus', '56 days', {}, { waitingSince: '2026-10-01' }, 56 / 90],
    [
      'waitingBonus',
      'timestamp counts by its date',
      {},
      { waitingSince: '2026-10-01T23:59:00Z' },
      56 / 90,
    ],
    ['waitingBonus', 'capped at 90 days', {}, { waitingSince: '2025-01-01' }, 1],
    ['waitingBonus', 'registered today', {}, { waitingSince: TODAY }, 0],
    ['urgency', 'urgent', {}, { urgent: true }, 1],
    ['urgency', 'not urgent', {}, { urgent: false }, 0],
  ])('%s: %s', (c, _name, v, f, expected) => {
    expect(component(c, v, f)).toBeCloseTo(expected, 10);
  });
});

describe('scorePair', () => {
  it('totals Σ wᵢ·sᵢ with the weights normalised to sum 1', () => {
    const weights = {
      language: 2,
      proximity: 0,
      availability: 0,
      lifeStage: 0,
      needsFit: 0,
      waitingBonus: 2,
      urgency: 0,
    };
    const score = scorePair(volunteer(), family(), weights, TODAY);
    expect(score.components.language).toEqual({ value: 0.25, weight: 0.5, contribution: 0.125 });
    expect(score.components.waitingBonus.weight).toBe(0.5);
    expect(score.total).toBeCloseTo(0.125 + 0.5 * (56 / 90), 12);
    const contributions = MATCH_COMPONENTS.map((c) => score.components[c].contribution);
    expect(score.total).toBeCloseTo(
      contributions.reduce((a, b) => a + b, 0),
      12,
    );
  });

  it('default weights sum to 1', () => {
    expect(Object.values(DEFAULT_MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('rejects negative, non-finite or all-zero weights', () => {
    const zero = Object.fromEntries(
      MATCH_COMPONENTS.map((c) => [c, 0]),
    ) as typeof DEFAULT_MATCH_WEIGHTS;
    expect(() => normaliseMatchWeights(zero)).toThrow(RangeError);
    expect(() => normaliseMatchWeights({ ...DEFAULT_MATCH_WEIGHTS, urgency: -1 })).toThrow(
      RangeError,
    );
    expect(() => normaliseMatchWeights({ ...DEFAULT_MATCH_WEIGHTS, urgency: NaN })).toThrow(
      RangeError,
    );
  });

  it('rejects a malformed date instead of scoring with NaN', () => {
    expect(() => scorePair(volunteer(), family(), DEFAULT_MATCH_WEIGHTS, '26.11.2026')).toThrow(
      RangeError,
    );
  });
});
