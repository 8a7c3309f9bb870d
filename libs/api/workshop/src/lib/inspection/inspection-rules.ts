import type {
  InspectionItemResult,
  InspectionResult,
  InspectionTemplateItem,
} from '@zusammen/shared/contracts';

/** What keeps an inspection from counting: items left out, items not on the list, mandatory items marked n.a. */
export interface InspectionGaps {
  missing: string[];
  unknown: string[];
  mandatoryNotApplicable: string[];
}

/** Empty lists when the item results cover the template version exactly and every mandatory item was checked. */
export function inspectionGaps(
  template: readonly InspectionTemplateItem[],
  items: Readonly<Record<string, InspectionItemResult>>,
): InspectionGaps {
  const keys = new Set(template.map((item) => item.key));
  return {
    missing: template.filter((item) => !(item.key in items)).map((item) => item.key),
    unknown: Object.keys(items).filter((key) => !keys.has(key)),
    mandatoryNotApplicable: template
      .filter((item) => item.mandatory && items[item.key] === 'na')
      .map((item) => item.key),
  };
}

export const isComplete = (gaps: InspectionGaps): boolean =>
  gaps.missing.length === 0 &&
  gaps.unknown.length === 0 &&
  gaps.mandatoryNotApplicable.length === 0;

/** Passed iff no item failed (completeness is checked before). */
export function inspectionResult(
  items: Readonly<Record<string, InspectionItemResult>>,
): InspectionResult {
  return Object.values(items).includes('fail') ? 'failed' : 'passed';
}
