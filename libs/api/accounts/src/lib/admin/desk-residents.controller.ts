import { UserNotFoundException } from './admin-user.exception';
import { Acting, type ActingUser } from '@zusammen/api/identity';
import { Body, Controller, Get, Header, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles, UuidOr404Pipe } from '@zusammen/api/core';
import type { DeskResident, DeskResidentListResponse } from '@zusammen/shared/contracts';
import {
  CreateDeskResidentDto,
  DeskResidentQueryDto,
  UpdateDeskResidentDto,
} from './desk-residents.dto';
import { DeskResidentsService } from './desk-residents.service';

/** A malformed id answers like an unknown one. */
const USER_ID = new UuidOr404Pipe(() => new UserNotFoundException());

/** Staff at the desk (DESK_ROUTES): residents without email or password; every change is audited. */
@ApiTags('desk')
@Controller('desk/residents')
@Roles('staff', 'admin')
export class DeskResidentsController {
  constructor(private readonly residents: DeskResidentsService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'Up to 50 desk-managed residents, by name.' })
  list(@Query() query: DeskResidentQueryDto): Promise<DeskResidentListResponse> {
    return this.residents.list(query.q);
  }

  @Post()
  @ApiCreatedResponse({ description: 'DeskResident (audited as resident.created).' })
  create(@Acting() actor: ActingUser, @Body() body: CreateDeskResidentDto): Promise<DeskResident> {
    return this.residents.create(actor, body);
  }

  @Patch(':id')
  @ApiOkResponse({
    description: 'DeskResident (audited as resident.updated with the changed fields).',
  })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no desk-managed resident with this id' })
  update(
    @Acting() actor: ActingUser,
    @Param('id', USER_ID) id: string,
    @Body() body: UpdateDeskResidentDto,
  ): Promise<DeskResident> {
    return this.residents.update(actor, id, body);
  }
}
