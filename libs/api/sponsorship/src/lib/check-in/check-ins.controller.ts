import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Acting, type ActingUser, Roles } from '@zusammen/api/identity';
import type { CheckInRecord } from '@zusammen/shared/contracts';
import { VIEWED_PAIRING_ID } from '../pairing-views/pairings-view.controller';
import { StaffCheckInDto, VolunteerCheckInDto } from './check-in.dto';
import { CheckInService } from './check-in.service';

/** Staff log a contact (PAIRING_ROUTES.pairings/:id/check-ins), themselves or as proxy for the family. */
@ApiTags('sponsorship')
@Controller('sponsorship/pairings')
@Roles('staff', 'admin')
export class StaffCheckInsController {
  constructor(private readonly checkIns: CheckInService) {}

  @Post(':id/check-ins')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'CheckInRecord (with the note, whatever its visibility).' })
  @ApiNotFoundResponse({ description: 'PAIRING_NOT_FOUND' })
  @ApiConflictResponse({ description: 'CHECK_IN_NOT_ALLOWED (details.state)' })
  @ApiUnprocessableEntityResponse({
    description: 'VALIDATION_FAILED (occurredOn in the future or before the trial, ranges)',
  })
  add(
    @Acting() actor: ActingUser,
    @Param('id', VIEWED_PAIRING_ID) id: string,
    @Body() body: StaffCheckInDto,
  ): Promise<CheckInRecord> {
    return this.checkIns.add(actor, 'staff', id, body);
  }
}

/** The volunteer logs a contact of their own pairing (PAIRING_ROUTES.myPairings/:id/check-ins). */
@ApiTags('sponsorship')
@Controller('sponsorship/me/pairings')
@Roles('volunteer')
export class MyCheckInsController {
  constructor(private readonly checkIns: CheckInService) {}

  @Post(':id/check-ins')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'CheckInRecord, entered by the volunteer, note shared.' })
  @ApiNotFoundResponse({ description: 'PAIRING_NOT_FOUND (also for another volunteer’s pairing)' })
  @ApiConflictResponse({ description: 'CHECK_IN_NOT_ALLOWED (details.state)' })
  @ApiUnprocessableEntityResponse({
    description: 'VALIDATION_FAILED (also for enteredBy or noteVisibility in the body)',
  })
  add(
    @Acting() actor: ActingUser,
    @Param('id', VIEWED_PAIRING_ID) id: string,
    @Body() body: VolunteerCheckInDto,
  ): Promise<CheckInRecord> {
    return this.checkIns.add(actor, 'volunteer', id, body);
  }
}
