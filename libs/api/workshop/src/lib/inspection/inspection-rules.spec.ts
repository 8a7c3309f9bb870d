import { INSPECTION_TEMPLATE_V1, type InspectionItemResult } from '@zusammen/shared/contracts';
import { inspectionGaps, inspectionResult, isComplete } from './inspection-rules';

const allPass = (): Record<string, InspectionItemResult> =>
  Object.fromEntries(INSPECTION_TEMPLATE_V1.map((item) => [item.key, 'pass']));

describe('inspection completeness and result', () => {
  it('every item passed: complete and passed', () => {
    const items = allPass();
    expect(isComplete(inspectionGaps(INSPECTION_TEMPLATE_V1, items))).toBe(true);
    expect(inspectionResult(items)).toBe('passed');
  });

  it('a left-out item makes it incomplete', () => {
    const { brakes: _left, ...items } = allPass();
    const gaps = inspectionGaps(INSPECTION_TEMPLATE_V1, items);
    expect(gaps).toEqual({ missing: ['brakes'], unknown: [], mandatoryNotApplicable: [] });
    expect(isComplete(gaps)).toBe(false);
  });

  it('n.a. on a mandatory item is incomplete, on an optional item it is fine', () => {
    expect(
      inspectionGaps(INSPECTION_TEMPLATE_V1, { ...allPass(), bell: 'na' }).mandatoryNotApplicable,
    ).toEqual(['bell']);
    const optionalNa = { ...allPass(), quick_releases: 'na' as const };
    expect(isComplete(inspectionGaps(INSPECTION_TEMPLATE_V1, optionalNa))).toBe(true);
    expect(inspectionResult(optionalNa)).toBe('passed');
  });

  it('an item that is not on the checklist version is refused', () => {
    expect(inspectionGaps(INSPECTION_TEMPLATE_V1, { ...allPass(), horn: 'pass' }).unknown).toEqual([
      'horn',
    ]);
  });

  it('one failed item fails the inspection', () => {
    expect(inspectionResult({ ...allPass(), rear_light: 'fail' })).toBe('failed');
  });
});
