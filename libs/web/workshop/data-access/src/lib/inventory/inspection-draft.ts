import type {
  InspectionItemResult,
  InspectionRequest,
  InspectionResult,
  InspectionTemplateItem,
  InspectionTemplateView,
} from '@zusammen/shared/contracts';

/** Item key → the answer given so far (missing: not answered yet). */
export type InspectionAnswers = Readonly<Record<string, InspectionItemResult>>;

/** Why an answer set cannot be saved yet, per item key. */
export type InspectionItemProblem = 'unanswered' | 'mandatoryNa';

/** The answers a mandatory item accepts (it must pass; n.a. is not possible). */
export function choicesOf(item: InspectionTemplateItem): readonly InspectionItemResult[] {
  return item.mandatory ? ['pass', 'fail'] : ['pass', 'fail', 'na'];
}

export function inspectionProblems(
  items: readonly InspectionTemplateItem[],
  answers: InspectionAnswers,
): Record<string, InspectionItemProblem> {
  const problems: Record<string, InspectionItemProblem> = {};
  for (const item of items) {
    const answer = answers[item.key];
    if (!answer) problems[item.key] = 'unanswered';
    else if (answer === 'na' && item.mandatory) problems[item.key] = 'mandatoryNa';
  }
  return problems;
}

/**
 * The result the API will record: passed when no item failed and every mandatory item passed; null while the
 * checklist is incomplete.
 */
export function inspectionResultOf(
  items: readonly InspectionTemplateItem[],
  answers: InspectionAnswers,
): InspectionResult | null {
  if (Object.keys(inspectionProblems(items, answers)).length > 0) return null;
  return items.some((item) => answers[item.key] === 'fail') ? 'failed' : 'passed';
}

/** The keys of the items that failed, in checklist order. */
export function failedItems(
  items: readonly InspectionTemplateItem[],
  answers: InspectionAnswers,
): string[] {
  return items.filter((item) => answers[item.key] === 'fail').map((item) => item.key);
}

export function inspectionRequestOf(
  template: InspectionTemplateView,
  answers: InspectionAnswers,
  notes: string,
): InspectionRequest {
  const items: Record<string, InspectionItemResult> = {};
  for (const item of template.items) items[item.key] = answers[item.key];
  return { templateVersion: template.version, items, notes: notes.trim() ? notes.trim() : null };
}
