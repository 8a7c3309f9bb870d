import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { WorkshopErrorCode } from '@zusammen/shared/contracts';

const E = WorkshopErrorCode;

const STATUS: Record<WorkshopErrorCode, HttpStatus> = {
  [E.BikeNotFound]: HttpStatus.NOT_FOUND,
  [E.BorrowerNotFound]: HttpStatus.NOT_FOUND,
  [E.RentalNotFound]: HttpStatus.NOT_FOUND,
  [E.WorkOrderNotFound]: HttpStatus.NOT_FOUND,
  [E.PartNotFound]: HttpStatus.NOT_FOUND,
  [E.WorkerNotFound]: HttpStatus.NOT_FOUND,
  [E.PhotoNotFound]: HttpStatus.NOT_FOUND,
  [E.WaitlistEntryNotFound]: HttpStatus.NOT_FOUND,
  [E.DamageCaseNotFound]: HttpStatus.NOT_FOUND,
  [E.StaleVersion]: HttpStatus.CONFLICT,
  [E.BikeActionNotAllowed]: HttpStatus.CONFLICT,
  [E.WorkOrderNotChangeable]: HttpStatus.CONFLICT,
  [E.OutOfStock]: HttpStatus.CONFLICT,
  [E.StockWouldBeNegative]: HttpStatus.CONFLICT,
  [E.HoldingPeriodRunning]: HttpStatus.UNPROCESSABLE_ENTITY,
  [E.InspectionIncomplete]: HttpStatus.UNPROCESSABLE_ENTITY,
  [E.SafetyInstructionMissing]: HttpStatus.UNPROCESSABLE_ENTITY,
  [E.BikeNotAvailable]: HttpStatus.CONFLICT,
  [E.InspectionMissing]: HttpStatus.CONFLICT,
  [E.InspectionExpired]: HttpStatus.CONFLICT,
  [E.EligibilityMissing]: HttpStatus.CONFLICT,
  [E.EligibilityExpired]: HttpStatus.CONFLICT,
  [E.BriefingMissing]: HttpStatus.CONFLICT,
  [E.BorrowerBlocked]: HttpStatus.CONFLICT,
  [E.RentalLimitReached]: HttpStatus.CONFLICT,
  [E.SignatureRequired]: HttpStatus.UNPROCESSABLE_ENTITY,
  [E.RentalNotChangeable]: HttpStatus.CONFLICT,
  [E.ExtensionNotAllowed]: HttpStatus.UNPROCESSABLE_ENTITY,
  [E.AlreadyWaiting]: HttpStatus.CONFLICT,
  [E.AccountNotLinkable]: HttpStatus.UNPROCESSABLE_ENTITY,
  [E.PhotoInvalid]: HttpStatus.UNPROCESSABLE_ENTITY,
};

const MESSAGE: Record<WorkshopErrorCode, string> = {
  [E.BikeNotFound]: 'Bike not found.',
  [E.BorrowerNotFound]: 'Borrower not found.',
  [E.RentalNotFound]: 'Rental not found.',
  [E.WorkOrderNotFound]: 'Work order not found.',
  [E.PartNotFound]: 'Spare part not found.',
  [E.WorkerNotFound]: 'Worker not found.',
  [E.PhotoNotFound]: 'Photo not found.',
  [E.WaitlistEntryNotFound]: 'Waiting list entry not found.',
  [E.DamageCaseNotFound]: 'Damage case not found.',
  [E.StaleVersion]: 'Someone else changed the record in the meantime; reload and try again.',
  [E.BikeActionNotAllowed]: 'The bike’s current state does not allow this action.',
  [E.WorkOrderNotChangeable]: 'The work order’s status does not allow this change.',
  [E.OutOfStock]: 'Not enough of this part in stock.',
  [E.StockWouldBeNegative]: 'The correction would take the stock below zero.',
  [E.HoldingPeriodRunning]:
    'Lost-and-found bike: the holding period is running, or the ownership basis or a clear police check is missing.',
  [E.InspectionIncomplete]:
    'The inspection must cover every checklist item; mandatory items cannot be “not applicable”.',
  [E.SafetyInstructionMissing]: 'The worker has no occupational safety instruction on record.',
  [E.BikeNotAvailable]: 'The bike is not available.',
  [E.InspectionMissing]: 'The bike has no passed inspection since its last return or repair.',
  [E.InspectionExpired]: 'The bike’s inspection has expired.',
  [E.EligibilityMissing]: 'No eligibility is on record.',
  [E.EligibilityExpired]: 'The eligibility has expired.',
  [E.BriefingMissing]: 'The road-safety briefing is missing.',
  [E.BorrowerBlocked]: 'The borrower is blocked.',
  [E.RentalLimitReached]: 'The borrower has reached the limit of open rentals.',
  [E.SignatureRequired]: 'A signature is required.',
  [E.RentalNotChangeable]: 'The rental’s status does not allow this.',
  [E.ExtensionNotAllowed]: 'The extension is not allowed.',
  [E.AlreadyWaiting]: 'Already on the waiting list for this type.',
  [E.AccountNotLinkable]: 'No account with this e-mail address can be linked.',
  [E.PhotoInvalid]: 'The photo is too large or not a JPEG, PNG or WebP image.',
};

/** Errors of the workshop API, mapped by the global filter to `{ code, message, details }`. */
export class WorkshopException extends DomainException {
  constructor(code: WorkshopErrorCode, details?: unknown) {
    super(code, MESSAGE[code], STATUS[code], details);
  }
}
