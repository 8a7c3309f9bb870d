import { DEFAULT_MATCH_WEIGHTS } from '@zusammen/shared/util';
import { toMatchWeights, weightsProblems } from './settings-rules';

const weights = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...DEFAULT_MATCH_WEIGHTS,
  ...overrides,
});

describe('weightsProblems', () => {
  it('accepts the default weights', () => {
    expect(weightsProblems(weights())).toEqual({});
  });

  it('accepts relative weights that do not sum to 1, the bounds included', () => {
    expect(weightsProblems(weights({ language: 100, proximity: 0, urgency: 0.001 }))).toEqual({});
  });

  it('names a missing component', () => {
    const { needsFit: _left, ...rest } = weights();
    expect(weightsProblems(rest)).toEqual({ 'weights.needsFit': ['needsFit must be a number'] });
  });

  it('rejects non-numbers and non-finite numbers', () => {
    expect(
      weightsProblems(weights({ language: '0.5', proximity: Number.NaN, urgency: Infinity })),
    ).toEqual({
      'weights.language': ['language must be a number'],
      'weights.proximity': ['proximity must be a number'],
      'weights.urgency': ['urgency must be a number'],
    });
  });

  it('rejects negative weights and weights above 100', () => {
    expect(weightsProblems(weights({ lifeStage: -0.1, waitingBonus: 100.5 }))).toEqual({
      'weights.lifeStage': ['lifeStage must be between 0 and 100'],
      'weights.waitingBonus': ['waitingBonus must be between 0 and 100'],
    });
  });

  it('rejects all zeros with a problem on the whole field', () => {
    const zeros = Object.fromEntries(Object.keys(DEFAULT_MATCH_WEIGHTS).map((k) => [k, 0]));
    expect(weightsProblems(zeros)).toEqual({
      weights: ['at least one weight must be above 0'],
    });
  });

  it('rejects unknown components and uses the given field name', () => {
    expect(weightsProblems(weights({ religion: 1 }), 'body.weights')).toEqual({
      'body.weights.religion': ['religion is not a score component'],
    });
  });
});

describe('toMatchWeights', () => {
  it('keeps exactly the seven components', () => {
    const extra = { ...DEFAULT_MATCH_WEIGHTS, other: 3 } as typeof DEFAULT_MATCH_WEIGHTS;
    expect(toMatchWeights(extra)).toEqual(DEFAULT_MATCH_WEIGHTS);
  });
});
