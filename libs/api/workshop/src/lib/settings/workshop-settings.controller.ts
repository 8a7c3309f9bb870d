import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Acting, Roles, type ActingUser } from '@zusammen/api/identity';
import type { WorkshopSettingsView } from '@zusammen/shared/contracts';
import { WorkshopSettingsDto } from './workshop-settings.dto';
import { WorkshopSettingsService } from './workshop-settings.service';

/** WORKSHOP_ROUTES.settings: the workshop reads them, the coordinator sets them. */
@ApiTags('workshop')
@Controller('workshop/settings')
export class WorkshopSettingsController {
  constructor(private readonly settings: WorkshopSettingsService) {}

  @Get()
  @Roles('workshop', 'staff', 'admin')
  @ApiOkResponse({ description: 'WorkshopSettingsView' })
  get(): Promise<WorkshopSettingsView> {
    return this.settings.get();
  }

  @Put()
  @Roles('staff', 'admin')
  @ApiOkResponse({ description: 'WorkshopSettingsView' })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED' })
  update(
    @Acting() actor: ActingUser,
    @Body() body: WorkshopSettingsDto,
  ): Promise<WorkshopSettingsView> {
    return this.settings.update(actor, body);
  }
}
