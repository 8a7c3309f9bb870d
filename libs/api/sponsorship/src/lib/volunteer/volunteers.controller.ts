import { VolunteerNotFoundException } from './volunteer.exception';
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
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Acting, type ActingUser, Roles } from '@zusammen/api/identity';
import type { VolunteerDetail, VolunteerListResponse } from '@zusammen/shared/contracts';
import {
  ChangeVolunteerStatusDto,
  RecordCertificateDto,
  RecordVettingStepDto,
  VolunteerListQueryDto,
} from './volunteer.dto';
import { VolunteerVettingService } from './volunteer-vetting.service';
import { VolunteersService } from './volunteers.service';

/** A malformed id answers like an unknown one. */
const VOLUNTEER_ID = new UuidOr404Pipe(() => new VolunteerNotFoundException());

/** Staff work on volunteers (SPONSORSHIP_ROUTES.volunteers). Unknown or malformed ids: 404 NOT_FOUND. */
@ApiTags('sponsorship')
@Controller('sponsorship/volunteers')
@Roles('staff', 'admin')
export class VolunteersController {
  constructor(
    private readonly volunteers: VolunteersService,
    private readonly vetting: VolunteerVettingService,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'VolunteerListResponse, by display name then id; keyset cursor.' })
  list(@Query() query: VolunteerListQueryDto): Promise<VolunteerListResponse> {
    return this.volunteers.list(query);
  }

  @Get(':id')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'VolunteerDetail; the read is recorded as volunteer.viewed.' })
  @ApiNotFoundResponse({ description: 'NOT_FOUND' })
  detail(
    @Acting() actor: ActingUser,
    @Param('id', VOLUNTEER_ID) id: string,
  ): Promise<VolunteerDetail> {
    return this.volunteers.detail(actor, id);
  }

  @Post(':id/vetting-steps')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'VolunteerDetail; the first step moves registered → in_vetting.' })
  recordStep(
    @Acting() actor: ActingUser,
    @Param('id', VOLUNTEER_ID) id: string,
    @Body() body: RecordVettingStepDto,
  ): Promise<VolunteerDetail> {
    return this.vetting.recordStep(actor, id, body);
  }

  @Put(':id/certificate')
  @ApiOkResponse({
    description: 'VolunteerDetail with the new ledger entry (the old one is deleted).',
  })
  @ApiUnprocessableEntityResponse({ description: 'CERTIFICATE_DATES_INVALID, VALIDATION_FAILED' })
  @ApiConflictResponse({ description: 'CONFLICT: the volunteer was rejected or has withdrawn.' })
  recordCertificate(
    @Acting() actor: ActingUser,
    @Param('id', VOLUNTEER_ID) id: string,
    @Body() body: RecordCertificateDto,
  ): Promise<VolunteerDetail> {
    return this.vetting.recordCertificate(actor, id, body);
  }

  @Post(':id/status')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'VolunteerDetail with the new status.' })
  @ApiConflictResponse({ description: 'VOLUNTEER_INVALID_TRANSITION, VETTING_INCOMPLETE' })
  changeStatus(
    @Acting() actor: ActingUser,
    @Param('id', VOLUNTEER_ID) id: string,
    @Body() body: ChangeVolunteerStatusDto,
  ): Promise<VolunteerDetail> {
    return this.vetting.changeStatus(actor, id, body);
  }
}
