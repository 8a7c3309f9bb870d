import { HttpStatus } from '@nestjs/common';
import { DomainException } from '@zusammen/api/core';
import { WorkshopErrorCode, type HandoutRefusal } from '@zusammen/shared/contracts';
import { WorkshopException } from '../bikes/workshop.exception';

const REFUSAL_MESSAGE: Record<HandoutRefusal, string> = {
  BIKE_NOT_AVAILABLE: 'The bike is not available for this borrower.',
  INSPECTION_MISSING: 'The bike has no passed safety inspection since its last return or repair.',
  INSPECTION_EXPIRED: 'The bike’s safety inspection has expired.',
  ELIGIBILITY_MISSING: 'No eligibility is recorded for the borrower.',
  ELIGIBILITY_EXPIRED: 'The borrower’s eligibility has expired.',
  BRIEFING_MISSING: 'The borrower has no acknowledged road-safety briefing.',
  BORROWER_BLOCKED: 'The borrower is blocked.',
  RENTAL_LIMIT_REACHED: 'The borrower already has as many open rentals as allowed.',
};

/**
 * A refused handout: always 409 (a state at the counter, not bad input), the first refusal as the code and
 * `details.refusals` listing every one, so the desk sees all that is missing at once.
 */
export class HandoutRefusedException extends DomainException {
  constructor(readonly refusals: readonly HandoutRefusal[]) {
    super(refusals[0], REFUSAL_MESSAGE[refusals[0]], HttpStatus.CONFLICT, {
      refusals: [...refusals],
    });
  }
}

export const borrowerNotFound = (): WorkshopException =>
  new WorkshopException(WorkshopErrorCode.BorrowerNotFound);
export const rentalNotFound = (): WorkshopException =>
  new WorkshopException(WorkshopErrorCode.RentalNotFound);
export const bikeNotFound = (): WorkshopException =>
  new WorkshopException(WorkshopErrorCode.BikeNotFound);
