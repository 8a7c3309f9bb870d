/** What one job run wrote: new notification rows, and rows whose key existed already (a repeated run). */
export interface FollowUpResult {
  created: number;
  existing: number;
}

export function emptyResult(): FollowUpResult {
  return { created: 0, existing: 0 };
}

export function countInto(result: FollowUpResult, added: { created: boolean }): void {
  if (added.created) result.created += 1;
  else result.existing += 1;
}
