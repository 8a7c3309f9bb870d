import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Acting, Roles, type ActingUser } from '@zusammen/api/identity';
import type { BorrowerDetail, BorrowerSummary } from '@zusammen/shared/contracts';
import { borrowerNotFound } from '../rentals/counter.exception';
import {
  BorrowerCreateDto,
  BorrowerSearchQueryDto,
  BorrowerUpdateDto,
  BriefingDto,
  EligibilityDto,
} from './borrower.dto';
import { BorrowersService } from './borrowers.service';

const BORROWER_ID = new UuidOr404Pipe(borrowerNotFound);

/** Borrowers at the rental desk (WORKSHOP_ROUTES.borrowers); names and phones only for the workshop role. */
@ApiTags('workshop')
@Controller('workshop/borrowers')
export class BorrowersController {
  constructor(private readonly borrowers: BorrowersService) {}

  @Get()
  @Roles('workshop')
  @ApiOkResponse({ description: 'BorrowerSummary[] (name, phone or inventory number; max. 50)' })
  search(@Query() query: BorrowerSearchQueryDto): Promise<BorrowerSummary[]> {
    return this.borrowers.search(query.q);
  }

  @Post()
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'BorrowerDetail' })
  @ApiUnprocessableEntityResponse({
    description:
      'ACCOUNT_NOT_LINKABLE, VALIDATION_FAILED (reminderChannel without account, guardian)',
  })
  create(@Acting() actor: ActingUser, @Body() body: BorrowerCreateDto): Promise<BorrowerDetail> {
    return this.borrowers.create(actor, body);
  }

  @Get(':id')
  @Roles('workshop')
  @ApiOkResponse({ description: 'BorrowerDetail with the gate' })
  @ApiNotFoundResponse({ description: 'BORROWER_NOT_FOUND' })
  get(@Param('id', BORROWER_ID) id: string): Promise<BorrowerDetail> {
    return this.borrowers.detail(id);
  }

  @Patch(':id')
  @Roles('workshop')
  @ApiOkResponse({ description: 'BorrowerDetail' })
  @ApiNotFoundResponse({ description: 'BORROWER_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'ACCOUNT_NOT_LINKABLE, VALIDATION_FAILED' })
  update(
    @Acting() actor: ActingUser,
    @Param('id', BORROWER_ID) id: string,
    @Body() body: BorrowerUpdateDto,
  ): Promise<BorrowerDetail> {
    return this.borrowers.update(actor, id, body);
  }

  @Post(':id/eligibility')
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'BorrowerDetail' })
  @ApiNotFoundResponse({ description: 'BORROWER_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED (dates)' })
  addEligibility(
    @Acting() actor: ActingUser,
    @Param('id', BORROWER_ID) id: string,
    @Body() body: EligibilityDto,
  ): Promise<BorrowerDetail> {
    return this.borrowers.addEligibility(actor, id, body);
  }

  @Post(':id/briefings')
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'BorrowerDetail' })
  @ApiNotFoundResponse({ description: 'BORROWER_NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'SIGNATURE_REQUIRED, VALIDATION_FAILED' })
  addBriefing(
    @Acting() actor: ActingUser,
    @Param('id', BORROWER_ID) id: string,
    @Body() body: BriefingDto,
  ): Promise<BorrowerDetail> {
    return this.borrowers.addBriefing(actor, id, body);
  }
}
