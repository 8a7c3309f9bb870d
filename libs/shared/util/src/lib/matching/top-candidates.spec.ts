import { firstFailingFilter } from './hard-filters';
import { family, volunteer } from './matching-fixtures';
import { DEFAULT_MATCH_WEIGHTS } from './matching-input';
import { randomMatchingInstance } from './random-matching-instance';
import { scorePair } from './score';
import { topCandidates } from './top-candidates';

const TODAY = '2026-11-26';

describe('topCandidates', () => {
  it('ranks by total, then volunteer id, and counts the excluded', () => {
    const volunteers = [
      volunteer({ id: 'c', languages: [{ code: 'ar', level: 'good' }] }),
      volunteer({ id: 'b', languages: [{ code: 'ar', level: 'native' }] }),
      volunteer({ id: 'a', languages: [{ code: 'ar', level: 'good' }] }), // ties with c
      volunteer({ id: 'd' }), // basic Arabic: lowest
      volunteer({ id: 'x', eligible: false }),
      volunteer({ id: 'y', maxDistanceKm: 1 }),
    ];
    const result = topCandidates(family(), volunteers, DEFAULT_MATCH_WEIGHTS, TODAY, 3);
    expect(result.candidates.map((c) => c.volunteerId)).toEqual(['b', 'a', 'c']);
    expect(result.candidates[1].score).toEqual(
      scorePair(volunteers[2], family(), DEFAULT_MATCH_WEIGHTS, TODAY),
    );
    expect(result.feasibleCount).toBe(4);
    expect(result.exclusions.H1_ELIGIBLE).toBe(1);
    expect(result.exclusions.H4_DISTANCE).toBe(1);
  });

  it('returns fewer than k when fewer are feasible, and none with counts when nobody fits', () => {
    expect(
      topCandidates(family(), [volunteer()], DEFAULT_MATCH_WEIGHTS, TODAY).candidates,
    ).toHaveLength(1);
    const none = topCandidates(
      family({ consentGiven: false }),
      [volunteer()],
      DEFAULT_MATCH_WEIGHTS,
      TODAY,
    );
    expect(none.candidates).toEqual([]);
    expect(none.exclusions.H7_FAMILY_OPEN).toBe(1);
  });

  it('equals a full sort of all feasible volunteers on random data', () => {
    const { families, volunteers, today } = randomMatchingInstance(5, {
      families: 30,
      volunteers: 400,
    });
    for (const f of families) {
      const expected = volunteers
        .filter((v) => firstFailingFilter(v, f, today) === null)
        .map((v) => ({ id: v.id, total: scorePair(v, f, DEFAULT_MATCH_WEIGHTS, today).total }))
        .sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : 1))
        .slice(0, 5)
        .map((c) => c.id);
      const result = topCandidates(f, volunteers, DEFAULT_MATCH_WEIGHTS, today);
      expect(result.candidates.map((c) => c.volunteerId)).toEqual(expected);
      const excluded = Object.values(result.exclusions).reduce((a, b) => a + b, 0);
      expect(result.feasibleCount + excluded).toBe(volunteers.length);
    }
  });
});
