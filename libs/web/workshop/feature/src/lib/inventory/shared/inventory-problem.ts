import { WorkshopErrorCode } from '@zusammen/shared/contracts';
import type { FieldMessages } from '@zusammen/web/core';
import { profileFailureOf } from '@zusammen/web/core';
import { counterProblemOf } from '../../counter/shared/counter-problem';

/** Why a request of the inventory pages failed, as a key of `workshopInventory.problems`. */
export type InventoryProblem =
  | 'outOfStock'
  | 'stockNegative'
  | 'actionNotAllowed'
  | 'holdingPeriod'
  | 'inspectionIncomplete'
  | 'safetyInstruction'
  | 'workOrderNotChangeable'
  | 'photoInvalid'
  | 'stale'
  | 'notFound'
  | 'notChangeable'
  | 'invalid'
  | 'forbidden'
  | 'signedOut'
  | 'network'
  | 'unexpected';

const BY_CODE: Readonly<Record<string, InventoryProblem>> = {
  [WorkshopErrorCode.OutOfStock]: 'outOfStock',
  [WorkshopErrorCode.StockWouldBeNegative]: 'stockNegative',
  [WorkshopErrorCode.BikeActionNotAllowed]: 'actionNotAllowed',
  [WorkshopErrorCode.HoldingPeriodRunning]: 'holdingPeriod',
  [WorkshopErrorCode.InspectionIncomplete]: 'inspectionIncomplete',
  [WorkshopErrorCode.SafetyInstructionMissing]: 'safetyInstruction',
  [WorkshopErrorCode.WorkOrderNotChangeable]: 'workOrderNotChangeable',
};

const GENERAL: readonly InventoryProblem[] = [
  'photoInvalid',
  'stale',
  'notFound',
  'notChangeable',
  'invalid',
  'forbidden',
  'signedOut',
  'network',
];

/** A failed request: the problem, the field messages of a 422, and `details` (e.g. onHand of OUT_OF_STOCK). */
export interface InventoryFailure {
  problem: InventoryProblem;
  fields: FieldMessages;
  details: Record<string, unknown>;
}

export function inventoryFailureOf(error: unknown): InventoryFailure {
  const failure = profileFailureOf(error);
  const body = (error as { error?: { details?: unknown } } | null)?.error;
  const details =
    body?.details && typeof body.details === 'object' && !Array.isArray(body.details)
      ? (body.details as Record<string, unknown>)
      : {};
  let problem: InventoryProblem;
  if (failure.code !== null && Object.hasOwn(BY_CODE, failure.code)) {
    problem = BY_CODE[failure.code];
  } else {
    const general = counterProblemOf(failure);
    problem = (GENERAL as readonly string[]).includes(general)
      ? (general as InventoryProblem)
      : general === 'bikeNotFound'
        ? 'notFound'
        : 'unexpected';
  }
  return { problem, fields: failure.fields, details };
}
