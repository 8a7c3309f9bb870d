import type { InspectionTemplateItem } from '@zusammen/shared/contracts';
import { INSPECTION_TEMPLATE_V1 } from '@zusammen/shared/contracts';
import {
  choicesOf,
  failedItems,
  inspectionProblems,
  inspectionRequestOf,
  inspectionResultOf,
} from './inspection-draft';

const items = INSPECTION_TEMPLATE_V1;
const allPass = () => Object.fromEntries(items.map((i) => [i.key, 'pass' as const]));

describe('inspection draft', () => {
  it('offers n.a. only for items that are not mandatory', () => {
    expect(choicesOf({ key: 'brakes', stvzoRef: '§ 65 StVZO', mandatory: true })).toEqual([
      'pass',
      'fail',
    ]);
    expect(choicesOf({ key: 'quick_releases', stvzoRef: null, mandatory: false })).toEqual([
      'pass',
      'fail',
      'na',
    ]);
  });

  it('has no result until every item is answered', () => {
    const answers = { ...allPass() } as Record<string, 'pass'>;
    delete answers['bell'];
    expect(inspectionProblems(items, answers)).toEqual({ bell: 'unanswered' });
    expect(inspectionResultOf(items, answers)).toBeNull();
  });

  it('passes when every item passes, with an optional item n.a.', () => {
    expect(inspectionResultOf(items, { ...allPass(), quick_releases: 'na' })).toBe('passed');
  });

  it('fails on any failed item, and names it', () => {
    const answers = { ...allPass(), rear_light: 'fail' as const, tyres: 'fail' as const };
    expect(inspectionResultOf(items, answers)).toBe('failed');
    expect(failedItems(items, answers)).toEqual(['rear_light', 'tyres']);
  });

  it('refuses n.a. on a mandatory item', () => {
    const answers = { ...allPass(), brakes: 'na' as const };
    expect(inspectionProblems(items, answers)).toEqual({ brakes: 'mandatoryNa' });
    expect(inspectionResultOf(items, answers)).toBeNull();
  });

  it('sends every item of the template version with trimmed notes', () => {
    const template: { version: number; items: InspectionTemplateItem[] } = {
      version: 3,
      items: [{ key: 'brakes', stvzoRef: '§ 65 StVZO', mandatory: true }],
    };
    expect(inspectionRequestOf(template, { brakes: 'pass', extra: 'fail' }, '  ok ')).toEqual({
      templateVersion: 3,
      items: { brakes: 'pass' },
      notes: 'ok',
    });
    expect(inspectionRequestOf(template, { brakes: 'pass' }, ' ').notes).toBeNull();
  });
});
