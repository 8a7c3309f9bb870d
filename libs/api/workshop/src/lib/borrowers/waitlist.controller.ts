import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { UuidOr404Pipe } from '@zusammen/api/core';
import { Acting, Roles, type ActingUser } from '@zusammen/api/identity';
import { WorkshopErrorCode, type BikeWaitlistEntryView } from '@zusammen/shared/contracts';
import { WorkshopException } from '../bikes/workshop.exception';
import { WaitlistDto, WaitlistQueryDto } from './waitlist.dto';
import { WaitlistService } from './waitlist.service';

const ENTRY_ID = new UuidOr404Pipe(
  () => new WorkshopException(WorkshopErrorCode.WaitlistEntryNotFound),
);

/** The bike waiting list (WORKSHOP_ROUTES.waitlist). */
@ApiTags('workshop')
@Controller('workshop/waitlist')
export class WaitlistController {
  constructor(private readonly waitlist: WaitlistService) {}

  @Get()
  @Roles('workshop')
  @ApiOkResponse({
    description: 'BikeWaitlistEntryView[] with positions (default: waiting and offered)',
  })
  list(@Query() query: WaitlistQueryDto): Promise<BikeWaitlistEntryView[]> {
    return this.waitlist.list(query.status);
  }

  @Post()
  @Roles('workshop')
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'BikeWaitlistEntryView' })
  @ApiNotFoundResponse({ description: 'BORROWER_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ALREADY_WAITING' })
  add(@Acting() actor: ActingUser, @Body() body: WaitlistDto): Promise<BikeWaitlistEntryView> {
    return this.waitlist.add(actor, body);
  }

  @Delete(':id')
  @Roles('workshop')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Cancelled (an offered bike goes to the next in line)' })
  @ApiNotFoundResponse({ description: 'WAITLIST_ENTRY_NOT_FOUND' })
  cancel(@Param('id', ENTRY_ID) id: string): Promise<void> {
    return this.waitlist.cancel(id);
  }
}
