import { FamilyNotFoundException } from './family.exception';
import { UuidOr404Pipe } from '@zusammen/api/core';
import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Acting, type ActingUser, Roles } from '@zusammen/api/identity';
import type { FamilyDetail, FamilyListResponse } from '@zusammen/shared/contracts';
import { FamilyListQueryDto, FamilyRequestDto, RecordConsentDto } from './family.dto';
import { FamilyService } from './family.service';

/** A malformed id answers like an unknown one. */
const FAMILY_ID = new UuidOr404Pipe(() => new FamilyNotFoundException());

/** Families at the staff desk (SPONSORSHIP_ROUTES.families). Unknown or malformed ids: 404 NOT_FOUND. */
@ApiTags('sponsorship')
@Controller('sponsorship/families')
@Roles('staff', 'admin')
export class FamiliesController {
  constructor(private readonly families: FamilyService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description: 'FamilyListResponse: urgent first, then longest waiting; keyset cursor.',
  })
  list(@Query() query: FamilyListQueryDto): Promise<FamilyListResponse> {
    return this.families.list(query);
  }

  @Post()
  @ApiCreatedResponse({ description: 'FamilyDetail of the new household (status waiting).' })
  create(@Acting() actor: ActingUser, @Body() body: FamilyRequestDto): Promise<FamilyDetail> {
    return this.families.create(actor, body);
  }

  @Get(':id')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description: 'FamilyDetail with the staff note; the read is recorded as family.viewed.',
  })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  detail(@Acting() actor: ActingUser, @Param('id', FAMILY_ID) id: string): Promise<FamilyDetail> {
    return this.families.detail(actor, id);
  }

  @Put(':id')
  @ApiOkResponse({
    description: 'FamilyDetail after the full replace (members replaced as a list).',
  })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  update(
    @Acting() actor: ActingUser,
    @Param('id', FAMILY_ID) id: string,
    @Body() body: FamilyRequestDto,
  ): Promise<FamilyDetail> {
    return this.families.update(actor, id, body);
  }

  @Post(':id/consent')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    description: 'FamilyDetail with the new consent; an active one was withdrawn today.',
  })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  recordConsent(
    @Acting() actor: ActingUser,
    @Param('id', FAMILY_ID) id: string,
    @Body() body: RecordConsentDto,
  ): Promise<FamilyDetail> {
    return this.families.recordConsent(actor, id, body);
  }

  @Post(':id/consent/withdraw')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'FamilyDetail; the consent is withdrawn as of today.' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  @ApiConflictResponse({ description: 'CONSENT_MISSING: no active consent to withdraw.' })
  withdrawConsent(
    @Acting() actor: ActingUser,
    @Param('id', FAMILY_ID) id: string,
  ): Promise<FamilyDetail> {
    return this.families.withdrawConsent(actor, id);
  }
}
