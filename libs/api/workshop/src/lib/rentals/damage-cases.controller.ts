import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Acting, Roles, type ActingUser } from '@zusammen/api/identity';
import { WorkshopErrorCode, type DamageCaseView } from '@zusammen/shared/contracts';
import { WorkshopException } from '../bikes/workshop.exception';
import { DamageCasesService } from './damage-cases.service';
import { DamageDecisionDto, DamageListQueryDto } from './rental.dto';
import { RentalQueriesService } from './rental-queries.service';

const CASE_ID = new UuidOr404Pipe(
  () => new WorkshopException(WorkshopErrorCode.DamageCaseNotFound),
);

/** Damage cases (WORKSHOP_ROUTES.damageCases) with the § 548 BGB deadline. */
@ApiTags('workshop')
@Controller('workshop/damage-cases')
export class DamageCasesController {
  constructor(
    private readonly queries: RentalQueriesService,
    private readonly cases: DamageCasesService,
  ) {}

  @Get()
  @Roles('workshop')
  @ApiOkResponse({ description: 'DamageCaseView[] (default: open), nearest claim deadline first' })
  list(@Query() query: DamageListQueryDto): Promise<DamageCaseView[]> {
    return this.queries.damageCases(query.status);
  }

  @Post(':id/decision')
  @Roles('workshop')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'DamageCaseView' })
  @ApiNotFoundResponse({ description: 'DAMAGE_CASE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'RENTAL_NOT_CHANGEABLE (already decided)' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (charge without amount)' })
  decide(
    @Acting() actor: ActingUser,
    @Param('id', CASE_ID) id: string,
    @Body() body: DamageDecisionDto,
  ): Promise<DamageCaseView> {
    return this.cases.decide(actor, id, body);
  }
}
